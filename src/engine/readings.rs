//! Readings (furigana) for Japanese names whose reading is not obvious (亜也 あや, 遥斗 はると):
//! `content/ja/readings.json` lists them, each with the fact sheet's romanisation it follows,
//! and the Japanese bank's prompts carry them in ruby notation, `｜亜也《あや》`, on a name's
//! first appearance in each prompt. The views show them as `<ruby>` (`text::pieces`).

use serde::Deserialize;

/// One name and its reading in hiragana.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Reading {
    pub name: String,
    pub reading: String,
    /// The fact sheet's romanisation of the name, which the reading follows.
    pub romaji: String,
    pub source: String,
}

/// The opening mark, base/reading separators of the ruby notation.
pub const RUBY_OPEN: char = '｜';
pub const READING_OPEN: char = '《';
pub const READING_CLOSE: char = '》';

/// `text` with the first appearance of each name given a reading, in ruby notation. A name
/// inside one already marked (木藤 in a marked 木藤亜也) is left alone.
pub fn with_readings(text: &str, readings: &[Reading]) -> String {
    let mut out = text.to_string();
    for reading in readings {
        let Some(at) = unmarked_position(&out, &reading.name) else {
            continue;
        };
        let marked = format!(
            "{RUBY_OPEN}{}{READING_OPEN}{}{READING_CLOSE}",
            reading.name, reading.reading
        );
        out.replace_range(at..at + reading.name.len(), &marked);
    }
    out
}

/// Where `name` first appears outside ruby notation.
fn unmarked_position(text: &str, name: &str) -> Option<usize> {
    let mut depth = 0_u32;
    for (i, c) in text.char_indices() {
        match c {
            RUBY_OPEN => depth += 1,
            READING_CLOSE => depth = depth.saturating_sub(1),
            _ if depth == 0 && text[i..].starts_with(name) => return Some(i),
            _ => {}
        }
    }
    None
}

/// Problems with the readings file: a reading not all hiragana, a name listed twice.
pub fn problems(readings: &[Reading]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, r) in readings.iter().enumerate() {
        if r.reading.is_empty()
            || !r
                .reading
                .chars()
                .all(|c| ('\u{3041}'..='\u{309F}').contains(&c))
        {
            out.push(format!(
                "{}: the reading '{}' must be hiragana",
                r.name, r.reading
            ));
        }
        if r.romaji.trim().is_empty() || r.source.trim().is_empty() {
            out.push(format!(
                "{}: give the romanisation and where it comes from",
                r.name
            ));
        }
        if readings[..i].iter().any(|other| other.name == r.name) {
            out.push(format!("{}: listed twice", r.name));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(name: &str, kana: &str) -> Reading {
        Reading {
            name: name.into(),
            reading: kana.into(),
            romaji: "x".into(),
            source: "x".into(),
        }
    }

    #[test]
    fn only_the_first_appearance_gets_a_reading() {
        let readings = [reading("亜也", "あや"), reading("遥斗", "はると")];
        assert_eq!(
            with_readings("亜也が遥斗に渡した手紙で、亜也は何と書いた？", &readings),
            "｜亜也《あや》が｜遥斗《はると》に渡した手紙で、亜也は何と書いた？"
        );
        assert_eq!(
            with_readings("豆腐店の名前は？", &readings),
            "豆腐店の名前は？"
        );
    }

    #[test]
    fn a_name_inside_a_marked_one_is_left_alone() {
        let readings = [reading("木藤亜也", "きとうあや"), reading("亜也", "あや")];
        assert_eq!(
            with_readings("木藤亜也の日記", &readings),
            "｜木藤亜也《きとうあや》の日記"
        );
    }

    #[test]
    fn the_readings_file_is_sound() {
        let file = include_str!("../../content/ja/readings.json");
        let readings: Vec<Reading> = serde_json::from_str(file).expect("readings.json parses");
        assert!(readings.len() >= 6);
        assert_eq!(problems(&readings), Vec::<String>::new());
        assert!(
            !problems(&[reading("亜也", "アヤ")]).is_empty(),
            "katakana is refused"
        );
    }
}
