//! Splitting mixed English/Japanese text into runs, so Japanese can be marked `lang="ja"`
//! (screen readers switch voice, browsers pick Japanese glyphs), and names with a reading in
//! ruby notation (`｜亜也《あや》`, see `engine::readings`) out of plain text.

use crate::engine::readings::{READING_CLOSE, READING_OPEN, RUBY_OPEN};

/// A piece of text to show: plain, or a name with its reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Plain(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

/// The text as plain pieces and readings, in order; notation that is not closed stays plain.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(RUBY_OPEN) {
        let after = &rest[open + RUBY_OPEN.len_utf8()..];
        let Some((base, tail)) = after.split_once(READING_OPEN) else {
            break;
        };
        let Some((reading, tail)) = tail.split_once(READING_CLOSE) else {
            break;
        };
        if open > 0 {
            out.push(Piece::Plain(&rest[..open]));
        }
        out.push(Piece::Ruby { base, reading });
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(Piece::Plain(rest));
    }
    out
}

/// Whether `c` is written in Japanese: kana, kanji, Japanese punctuation, full-width forms.
pub fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // punctuation: 「」『』、。〜
        | '\u{3040}'..='\u{309F}' // hiragana
        | '\u{30A0}'..='\u{30FF}' // katakana
        | '\u{3400}'..='\u{4DBF}' // kanji extension A
        | '\u{4E00}'..='\u{9FFF}' // kanji
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
    )
}

/// The text as runs of (is Japanese, text), in order. Digits and spaces between two Japanese
/// characters stay inside the Japanese run (1リットルの涙, 15才).
pub fn runs(text: &str) -> Vec<(bool, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let japanese_at = |i: usize| -> bool {
        let c = chars[i].1;
        if is_japanese(c) {
            return true;
        }
        if !(c.is_ascii_digit() || c == ' ') {
            return false;
        }
        // A digit or space belongs to Japanese when the next non-digit, non-space is Japanese.
        chars[i..]
            .iter()
            .map(|(_, c)| *c)
            .find(|c| !(c.is_ascii_digit() || *c == ' '))
            .is_some_and(is_japanese)
            && (c != ' ' || i > 0 && is_japanese(chars[i - 1].1))
    };
    let mut out: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let here = japanese_at(i);
        if i > 0 && here != japanese_at(i - 1) {
            out.push((japanese_at(i - 1), &text[chars[start].0..chars[i].0]));
            start = i;
        }
    }
    if !chars.is_empty() {
        out.push((japanese_at(chars.len() - 1), &text[chars[start].0..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_notation_becomes_names_with_readings() {
        assert_eq!(
            pieces("｜亜也《あや》の母、｜潮香《しおか》の仕事は？"),
            [
                Piece::Ruby {
                    base: "亜也",
                    reading: "あや"
                },
                Piece::Plain("の母、"),
                Piece::Ruby {
                    base: "潮香",
                    reading: "しおか"
                },
                Piece::Plain("の仕事は？"),
            ]
        );
        assert_eq!(pieces("Only Human"), [Piece::Plain("Only Human")]);
        assert_eq!(pieces("｜壊れた《"), [Piece::Plain("｜壊れた《")]);
    }

    #[test]
    fn plain_english_is_one_run() {
        assert_eq!(runs("Only Human"), [(false, "Only Human")]);
        assert_eq!(runs(""), Vec::<(bool, &str)>::new());
    }

    #[test]
    fn names_split_into_kanji_and_romaji() {
        assert_eq!(
            runs("Who plays 池内亜也 Ikeuchi Aya?"),
            [
                (false, "Who plays "),
                (true, "池内亜也"),
                (false, " Ikeuchi Aya?")
            ]
        );
    }

    #[test]
    fn digits_join_the_japanese_they_belong_to() {
        assert_eq!(runs("1リットルの涙"), [(true, "1リットルの涙")]);
        assert_eq!(
            runs("Episode 2: 「15才、忍びよる病魔」"),
            [(false, "Episode 2: "), (true, "「15才、忍びよる病魔」")]
        );
        assert_eq!(
            runs("in 2005 and 粉雪"),
            [(false, "in 2005 and "), (true, "粉雪")]
        );
    }

    #[test]
    fn runs_rebuild_the_text() {
        let text = "The special 特別編〜追憶〜 aired on 5 April 2007 (木曜日).";
        let rebuilt: String = runs(text).iter().map(|(_, t)| *t).collect();
        assert_eq!(rebuilt, text);
    }
}
