//! Lenient matching of typed answers.
//!
//! Fans type names in many ways: `Nishikido Ryo`, `nishikido ryou`, `Ryō Nishikido`, `錦戸亮`.
//! [`normalise`] folds case, spaces, punctuation, macrons, full-width letters and long vowels
//! (ou / oo / ō → o, uu / ū → u); [`matches`] also accepts the two-word name order swapped and any
//! listed alias (kanji or romaji).

/// Folds a text to the form answers are compared in.
pub fn normalise(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let c = fold_char(c);
        if c.is_alphanumeric() {
            folded.extend(c.to_lowercase());
        }
    }
    fold_long_vowels(&folded)
}

/// True when `input` is an accepted way of writing `answer` or one of `aliases`.
pub fn matches(input: &str, answer: &str, aliases: &[String]) -> bool {
    let given = normalise(input);
    if given.is_empty() {
        return false;
    }
    std::iter::once(answer)
        .chain(aliases.iter().map(String::as_str))
        .any(|candidate| forms(candidate).any(|form| form == given))
}

/// A candidate as written and, for names of two or more words, with the words reversed.
fn forms(candidate: &str) -> impl Iterator<Item = String> {
    let words: Vec<&str> = candidate.split_whitespace().collect();
    let reversed = (words.len() >= 2).then(|| {
        let mut reversed = words.clone();
        reversed.reverse();
        normalise(&reversed.join(" "))
    });
    std::iter::once(normalise(candidate)).chain(reversed)
}

/// Full-width ASCII to ASCII, and vowels with macrons or circumflexes to plain doubled forms
/// (so `ō` folds the same way as `ou` and `oo`).
fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        'ā' | 'â' | 'Ā' | 'Â' => 'a',
        'ē' | 'ê' | 'Ē' | 'Ê' => 'e',
        'ī' | 'î' | 'Ī' | 'Î' => 'i',
        'ō' | 'ô' | 'Ō' | 'Ô' => 'o',
        'ū' | 'û' | 'Ū' | 'Û' => 'u',
        _ => c,
    }
}

/// `ou` and `oo` → `o`, `uu` → `u`, the common ways to write a long vowel in romaji.
fn fold_long_vowels(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        let next = chars.get(i + 1).copied();
        i += match (c, next) {
            ('o', Some('u' | 'o')) | ('u', Some('u')) => 2,
            _ => 1,
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepts(input: &str, answer: &str, aliases: &[&str]) -> bool {
        let aliases: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
        matches(input, answer, &aliases)
    }

    #[test]
    fn folds_case_spaces_and_punctuation() {
        assert_eq!(normalise("  Only   Human! "), "onlyhuman");
        assert_eq!(
            normalise("Remioromen's \"Konayuki\""),
            "remioromenskonayuki"
        );
    }

    #[test]
    fn long_vowels_fold_together() {
        for spelling in ["Ryo", "Ryou", "Ryō", "RYOO", "ryô"] {
            assert_eq!(normalise(spelling), "ryo", "{spelling}");
        }
        assert_eq!(normalise("Kitō"), normalise("Kitou"));
        assert_eq!(normalise("Asō"), normalise("Aso"));
        assert_eq!(normalise("Yūji"), normalise("Yuuji"));
    }

    #[test]
    fn full_width_letters_fold() {
        assert_eq!(normalise("Ｏｎｌｙ　Ｈｕｍａｎ"), "onlyhuman");
    }

    #[test]
    fn japanese_text_is_kept_without_punctuation() {
        assert_eq!(normalise("「粉雪」"), "粉雪");
        assert_eq!(normalise("池内 亜也"), "池内亜也");
    }

    #[test]
    fn accepted_inputs() {
        let aliases = ["錦戸亮"];
        assert!(accepts("Nishikido Ryo", "Nishikido Ryo", &aliases));
        assert!(accepts("nishikido ryou", "Nishikido Ryo", &aliases));
        assert!(accepts("Ryō Nishikido", "Nishikido Ryo", &aliases));
        assert!(accepts("錦戸 亮", "Nishikido Ryo", &aliases));
        assert!(accepts("Kito Aya", "Kitō Aya", &[]));
        assert!(accepts("kitou aya", "Kitō Aya", &[]));
        assert!(accepts("only human", "Only Human", &[]));
    }

    #[test]
    fn rejected_inputs() {
        assert!(!accepts("", "Only Human", &[]));
        assert!(!accepts("   ", "Only Human", &[]));
        assert!(!accepts("Only", "Only Human", &[]));
        assert!(!accepts("Nishikido", "Nishikido Ryo", &["錦戸亮"]));
        assert!(!accepts("Sawajiri Erika", "Nishikido Ryo", &["錦戸亮"]));
        assert!(!accepts("錦戸", "Nishikido Ryo", &["錦戸亮"]));
    }
}
