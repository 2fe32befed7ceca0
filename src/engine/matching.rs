//! Lenient matching of typed answers.
//!
//! Fans type names in many ways: `Nishikido Ryo`, `nishikido ryou`, `Ryō Nishikido`, `錦戸亮`,
//! `ニシキドリョウ`. [`normalise`] folds case, spaces, punctuation, macrons, full-width letters
//! and digits, long vowels (ou / oo / ō → o, uu / ū → u, ー dropped) and kana (katakana and
//! half-width katakana → hiragana, with their voiced marks); [`matches`] also accepts the two-word name
//! order swapped and any listed alias (kanji, kana or romaji). The same folding serves both
//! languages' banks, so a Japanese keyboard's input matches an English answer's aliases too.

/// Folds a text to the form answers are compared in.
pub fn normalise(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in fold_kana(text).chars() {
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

/// Half-width katakana in the order of U+FF66–U+FF9D, as full-width katakana (`ｰ` → `ー`).
const HALF_WIDTH_KANA: &str =
    "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// Kana as hiragana: katakana and half-width katakana are written in hiragana, and a voiced
/// or semi-voiced mark written apart (`ｶﾞ`, or a combining mark) joins the kana before it
/// (`が`). A mark with no kana to join is dropped, and so is the long vowel mark (`ー`, `ｰ`),
/// as long vowels fold in romaji: `オンリー`, `オンリ-` and `おんり` are one answer.
fn fold_kana(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{FF66}'..='\u{FF9D}' => HALF_WIDTH_KANA
                .chars()
                .nth(c as usize - 0xFF66)
                .unwrap_or(c),
            _ => c,
        };
        let mark = match c {
            '\u{FF9E}' | '\u{3099}' | '\u{309B}' => Some(1),
            '\u{FF9F}' | '\u{309A}' | '\u{309C}' => Some(2),
            _ => None,
        };
        if c == 'ー' {
            continue;
        }
        if let Some(step) = mark {
            if let Some(marked) = out.chars().last().and_then(|last| voiced(last, step)) {
                out.pop();
                out.push(marked);
            }
            continue;
        }
        out.push(match c {
            '\u{30A1}'..='\u{30F6}' | '\u{30FD}' | '\u{30FE}' => {
                char::from_u32(c as u32 - 0x60).unwrap_or(c)
            }
            _ => c,
        });
    }
    out
}

/// A hiragana with a voiced mark (`step` 1: か → が, う → ゔ) or a semi-voiced one (`step` 2:
/// は → ぱ), if it can take that mark.
fn voiced(kana: char, step: u32) -> Option<char> {
    let takes = match step {
        1 => "かきくけこさしすせそたちつてとはひふへほ".contains(kana),
        _ => "はひふへほ".contains(kana),
    };
    if kana == 'う' && step == 1 {
        Some('ゔ')
    } else if takes {
        char::from_u32(kana as u32 + step)
    } else {
        None
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
    fn katakana_and_hiragana_fold_together() {
        assert_eq!(normalise("カトウカズコ"), normalise("かとうかずこ"));
        assert_eq!(
            normalise("オンリー・ヒューマン"),
            normalise("おんりーひゅーまん")
        );
        assert_eq!(normalise("ヴ"), normalise("ゔ"));
        assert_ne!(
            normalise("カトウカズコ"),
            normalise("かとうかすこ"),
            "a voiced mark counts"
        );
    }

    #[test]
    fn half_width_katakana_and_marks_fold() {
        assert_eq!(normalise("ｶﾄｳｶｽﾞｺ"), normalise("かとうかずこ"));
        assert_eq!(normalise("ｵﾝﾘｰ ﾋｭｰﾏﾝ"), normalise("オンリー・ヒューマン"));
        assert_eq!(normalise("ﾊﾟﾝ"), normalise("パン"));
        assert_eq!(
            normalise("か\u{3099}"),
            "が",
            "a combining mark joins its kana"
        );
        assert_eq!(
            normalise("ﾞあ"),
            "あ",
            "a mark with no kana before it is dropped"
        );
    }

    #[test]
    fn the_long_vowel_mark_folds_like_long_vowels_in_romaji() {
        for spelling in ["オンリー", "ｵﾝﾘｰ", "オンリ-", "オンリ－", "おんり"]
        {
            assert_eq!(normalise(spelling), "おんり", "{spelling}");
        }
    }

    #[test]
    fn full_width_digits_and_letters_fold() {
        assert_eq!(normalise("１９８６"), "1986");
        assert_eq!(normalise("ＡＹＡ"), normalise("aya"));
        assert_eq!(normalise("１年Ａ組"), normalise("1年A組"));
    }

    #[test]
    fn japanese_input_matches_in_both_banks() {
        // The Japanese bank: the answer in hiragana, romaji among the accepted spellings.
        let ja_accept = ["Kato Kazuko", "Kazuko Kato"];
        assert!(accepts("カトウカズコ", "かとうかずこ", &ja_accept));
        assert!(accepts("ｶﾄｳｶｽﾞｺ", "かとうかずこ", &ja_accept));
        assert!(accepts(
            "ＫＡＴＯ　ＫＡＺＵＫＯ",
            "かとうかずこ",
            &ja_accept
        ));
        // The English bank: the answer in romaji, the kana among the accepted spellings.
        assert!(accepts("カトウ カズコ", "Kato Kazuko", &["かとうかずこ"]));
        assert!(accepts("ＡＹＡ", "Aya", &[]));
        assert!(accepts("１９８６", "1986", &["昭和61年"]));
        assert!(accepts("昭和６１年", "1986", &["昭和61年"]));
        assert!(!accepts("カトウ", "かとうかずこ", &ja_accept));
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
