//! The fact tables under `content/tables/`: rows the generators turn into questions.

use serde::Deserialize;

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
    /// The character's name as shown: kanji and romaji.
    pub fn display_name(&self) -> String {
        display(&self.name_ja, &self.name)
    }

    /// The actor's name as shown, or `None` when the sheet does not name one.
    pub fn display_actor(&self) -> Option<String> {
        Some(display(&self.actor_ja, &self.actor)).filter(|a| !a.is_empty())
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

/// "池内亜也 Ikeuchi Aya": kanji then romaji, either alone when the other is missing or equal.
pub fn display(ja: &str, romaji: &str) -> String {
    match (ja.trim(), romaji.trim()) {
        ("", r) => r.to_string(),
        (j, "") => j.to_string(),
        (j, r) if j == r => j.to_string(),
        (j, r) => format!("{j} {r}"),
    }
}

/// "2005-10-11" → "11 October 2005"; anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    if let [year, month, day] = parts[..] {
        let month = month
            .parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
        if let (Some(month), Ok(day)) = (month, day.parse::<u32>()) {
            return format!("{day} {month} {year}");
        }
    }
    iso.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_joins_kanji_and_romaji() {
        assert_eq!(display("池内亜也", "Ikeuchi Aya"), "池内亜也 Ikeuchi Aya");
        assert_eq!(display("兎本有紀", ""), "兎本有紀");
        assert_eq!(display("", "Ganmo"), "Ganmo");
        assert_eq!(display("K", "K"), "K");
    }

    #[test]
    fn long_dates() {
        assert_eq!(long_date("2005-10-11"), "11 October 2005");
        assert_eq!(long_date("2007-04-05"), "5 April 2007");
        assert_eq!(long_date("soon"), "soon");
        assert_eq!(long_date("2005-13-01"), "2005-13-01");
    }
}
