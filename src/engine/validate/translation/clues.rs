//! The clues that tell whether a Japanese option is the translation of an English one: the
//! Japanese written in the English option, the numbers of both, the Latin words of the
//! Japanese.

use std::collections::BTreeSet;

use crate::engine::matching::normalise;

/// Whether a Japanese option is the translation of an English one, judged from what they
/// share: `Some(true)` if every clue agrees, `Some(false)` if one does not, `None` with no clue.
pub(super) fn agrees(english: &str, japanese: &str) -> Option<bool> {
    let mut verdicts = Vec::new();
    let folded = normalise(japanese);
    let written = japanese_runs(english);
    if !written.is_empty() {
        verdicts.push(written.iter().all(|run| folded.contains(run.as_str())));
    }
    let (n_en, n_ja) = (numbers(english), numbers(japanese));
    if !n_en.is_empty() || !n_ja.is_empty() {
        verdicts.push(n_en == n_ja);
    }
    let words = latin_words(japanese);
    if !words.is_empty() {
        let english = normalise(english);
        verdicts.push(words.iter().all(|w| english.contains(w.as_str())));
    }
    (!verdicts.is_empty()).then(|| verdicts.into_iter().all(|v| v))
}

/// Whether `c` is written in Japanese script (kanji, kana, the long vowel mark, 々).
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' | '\u{FF66}'..='\u{FF9F}')
}

/// The runs of Japanese script in a text (with the digits inside them: 3月9日), normalised.
fn japanese_runs(text: &str) -> Vec<String> {
    text.split(|c: char| !(is_japanese(c) || c.is_ascii_digit()))
        .filter(|run| run.chars().any(is_japanese))
        .map(normalise)
        .collect()
}

/// The Latin words of a text (full-width letters too), normalised.
fn latin_words(text: &str) -> Vec<String> {
    let is_latin = |c: char| c.is_ascii_alphabetic() || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    text.split(|c: char| !is_latin(c))
        .filter(|w| !w.is_empty())
        .map(normalise)
        .collect()
}

/// The numbers in a text (full-width digits too), with English month names as their numbers.
fn numbers(text: &str) -> BTreeSet<u64> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let folded: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let mut out: BTreeSet<u64> = folded
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    for word in folded.split(|c: char| !c.is_ascii_alphabetic()) {
        if let Some(m) = MONTHS.iter().position(|m| word.eq_ignore_ascii_case(m)) {
            out.insert(m as u64 + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clues_judge_what_options_share() {
        assert_eq!(agrees("大西麻恵 Onishi Asae", "大西麻恵"), Some(true));
        assert_eq!(agrees("沢尻エリカ Sawajiri Erika", "大西麻恵"), Some(false));
        assert_eq!(agrees("23 November 2005", "2005年11月23日"), Some(true));
        assert_eq!(agrees("16 November 2005", "2005年11月23日"), Some(false));
        assert_eq!(agrees("Only Human (K)", "K「Only Human」"), Some(true));
        assert_eq!(
            agrees("Her first role on stage", "舞台初出演"),
            None,
            "no clue"
        );
        assert_eq!(
            agrees("常南大学 理学部 (science)", "常南大学理学部"),
            Some(true)
        );
    }
}
