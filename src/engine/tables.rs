//! The fact tables under `content/tables/`: rows the generators turn into questions, and how
//! their names and dates are written in each language. The Japanese text of the fields that
//! have no `_ja` column is in `content/ja/tables/` ([`JaTables`]).

mod ja;

use serde::Deserialize;

pub use ja::{JaRow, JaTables};

use super::lang::Lang;

/// A character and the actor who plays them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CharacterRow {
    pub id: String,
    pub name_ja: String,
    pub name: String,
    #[serde(default)]
    pub name_accept: Vec<String>,
    #[serde(default)]
    pub actor_ja: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub actor_accept: Vec<String>,
    pub group: String,
    pub role: String,
    #[serde(default)]
    pub school: String,
    #[serde(default)]
    pub club: String,
    #[serde(default)]
    pub occupation: String,
    pub sources: Vec<String>,
    pub spoiler: u8,
}

impl CharacterRow {
    /// The character's name as shown in `lang` (see [`display`]).
    pub fn display_name(&self, lang: Lang) -> String {
        display(lang, &self.name_ja, &self.name)
    }

    /// The actor's name as shown in `lang`, or `None` when the sheet does not name one.
    pub fn display_actor(&self, lang: Lang) -> Option<String> {
        Some(display(lang, &self.actor_ja, &self.actor)).filter(|a| !a.is_empty())
    }
}

/// An episode (1–11) or the special (12).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct EpisodeRow {
    pub number: u8,
    pub title_ja: String,
    pub title: String,
    pub air_date: String,
    pub events: Vec<String>,
    pub sources: Vec<String>,
}

/// A song used in the series, the special or the 2004 film.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SongRow {
    pub id: String,
    pub title_ja: String,
    pub title: String,
    pub artist_ja: String,
    pub artist: String,
    #[serde(rename = "use")]
    pub usage: String,
    #[serde(default)]
    pub released: String,
    pub sources: Vec<String>,
}

/// A production credit.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CreditRow {
    pub id: String,
    /// `series`, `special` or `film`.
    pub work: String,
    pub role: String,
    pub name_ja: String,
    pub name: String,
    pub sources: Vec<String>,
}

/// The series, the special, the book, the memoir, the 2004 film.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WorkRow {
    pub id: String,
    pub title_ja: String,
    pub title: String,
    pub kind: String,
    #[serde(default)]
    pub released: String,
    pub detail: String,
    pub sources: Vec<String>,
}

/// A year in the real story: Kito Aya's life, the book, the film and the drama.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TimelineRow {
    pub id: String,
    pub year: u16,
    pub event: String,
    pub sources: Vec<String>,
    pub spoiler: u8,
}

/// Every table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tables {
    pub characters: Vec<CharacterRow>,
    pub episodes: Vec<EpisodeRow>,
    pub songs: Vec<SongRow>,
    pub credits: Vec<CreditRow>,
    pub works: Vec<WorkRow>,
    pub timeline: Vec<TimelineRow>,
}

/// A name or title as shown in `lang`. English: "池内亜也 Ikeuchi Aya", kanji then romaji,
/// either alone when the other is missing or equal. Japanese: "池内亜也", the romaji only when
/// there is no Japanese.
pub fn display(lang: Lang, ja: &str, romaji: &str) -> String {
    match (lang, ja.trim(), romaji.trim()) {
        (_, "", r) => r.to_string(),
        (Lang::Japanese, j, _) => j.to_string(),
        (Lang::English, j, "") => j.to_string(),
        (Lang::English, j, r) if j == r => j.to_string(),
        (Lang::English, j, r) => format!("{j} {r}"),
    }
}

/// "2005-10-11" as a date is written in `lang`: "11 October 2005", "2005年10月11日"; anything
/// that is not such a date is returned as it is.
pub fn long_date(iso: &str, lang: Lang) -> String {
    const MONTHS: [(u8, &str); 12] = [
        (1, "January"),
        (2, "February"),
        (3, "March"),
        (4, "April"),
        (5, "May"),
        (6, "June"),
        (7, "July"),
        (8, "August"),
        (9, "September"),
        (10, "October"),
        (11, "November"),
        (12, "December"),
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    if let [year, month, day] = parts[..] {
        let month = month
            .parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
        if let (Some(month), Ok(day)) = (month, day.parse::<u32>()) {
            return match lang {
                Lang::English => format!("{day} {} {year}", month.1),
                Lang::Japanese => format!("{year}年{}月{day}日", month.0),
            };
        }
    }
    iso.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_joins_kanji_and_romaji_in_english() {
        let en = Lang::English;
        assert_eq!(
            display(en, "池内亜也", "Ikeuchi Aya"),
            "池内亜也 Ikeuchi Aya"
        );
        assert_eq!(display(en, "兎本有紀", ""), "兎本有紀");
        assert_eq!(display(en, "", "Ganmo"), "Ganmo");
        assert_eq!(display(en, "K", "K"), "K");
    }

    #[test]
    fn display_shows_the_japanese_alone_in_japanese() {
        let ja = Lang::Japanese;
        assert_eq!(display(ja, "池内亜也", "Ikeuchi Aya"), "池内亜也");
        assert_eq!(display(ja, "兎本有紀", ""), "兎本有紀");
        assert_eq!(
            display(ja, " ", "Ganmo"),
            "Ganmo",
            "romaji when there is no Japanese"
        );
        assert_eq!(display(ja, "K", "K"), "K");
    }

    #[test]
    fn long_dates() {
        assert_eq!(long_date("2005-10-11", Lang::English), "11 October 2005");
        assert_eq!(long_date("2007-04-05", Lang::English), "5 April 2007");
        assert_eq!(long_date("2005-10-11", Lang::Japanese), "2005年10月11日");
        assert_eq!(long_date("2007-04-05", Lang::Japanese), "2007年4月5日");
        for lang in Lang::ALL {
            assert_eq!(long_date("soon", lang), "soon");
            assert_eq!(long_date("2005-13-01", lang), "2005-13-01");
        }
    }
}
