//! The built-in content: the JSON files under `content/` plus the questions generated from its
//! tables, in English and in Japanese (`content/ja/`), checked. Used on the host only: by
//! `export-bank`, which writes the bank files the game fetches, and by the content tests.

use std::collections::{BTreeMap, HashSet};

use super::bank::{parse_list, Bank, ContentError, Question, Source};
use super::generate::generate;
use super::lang::{Bilingual, Lang};
use super::tables::{JaRow, JaTables, Tables};
use super::translate::{translate_all, QuestionText};
use super::validate::bilingual;

/// The seed the generators use (the first air date), so every build makes the same bank.
const CONTENT_SEED: u64 = 20_051_011;

/// Where the generated questions are said to come from in error messages.
const GENERATED: &str = "(generated from tables)";

macro_rules! content_file {
    ($path:literal) => {
        ($path, include_str!(concat!("../../content/", $path)))
    };
}

/// The hand-written question files, by name, with their text.
const QUESTION_FILES: [(&str, &str); 5] = [
    content_file!("questions/characters.json"),
    content_file!("questions/cast.json"),
    content_file!("questions/episodes.json"),
    content_file!("questions/music.json"),
    content_file!("questions/real.json"),
];

/// The Japanese text of the hand-written questions, one file for each English one.
const JA_QUESTION_FILES: [(&str, &str); 5] = [
    content_file!("ja/questions/characters.json"),
    content_file!("ja/questions/cast.json"),
    content_file!("ja/questions/episodes.json"),
    content_file!("ja/questions/music.json"),
    content_file!("ja/questions/real.json"),
];

/// Parses one file into `into`, collecting errors instead of stopping at the first.
fn read<T: serde::de::DeserializeOwned>(
    (file, json): (&str, &str),
    errors: &mut Vec<ContentError>,
) -> Vec<T> {
    parse_list(file, json).unwrap_or_else(|e| {
        errors.extend(e);
        Vec::new()
    })
}

/// Parses one `content/ja/tables/` file: an object of rows by id.
fn read_ja((file, json): (&str, &str), errors: &mut Vec<ContentError>) -> BTreeMap<String, JaRow> {
    serde_json::from_str(json).unwrap_or_else(|e| {
        errors.push(ContentError {
            file: file.to_string(),
            question: None,
            field: "(file)".to_string(),
            message: format!("not a JSON object of rows by id: {e}"),
        });
        BTreeMap::new()
    })
}

/// Loads, generates and validates the built-in bank in both languages; every broken rule of
/// either is returned together.
pub fn builtin_banks() -> Result<Bilingual<Bank>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut english: Vec<(String, Question)> = Vec::new();
    for file in QUESTION_FILES {
        let list: Vec<Question> = read(file, &mut errors);
        english.extend(list.into_iter().map(|q| (file.0.to_string(), q)));
    }
    let mut texts: Vec<(String, QuestionText)> = Vec::new();
    for file in JA_QUESTION_FILES {
        let list: Vec<QuestionText> = read(file, &mut errors);
        texts.extend(list.into_iter().map(|t| (file.0.to_string(), t)));
    }
    let sources: Vec<Source> = read(content_file!("tables/sources.json"), &mut errors);
    let tables = Tables {
        characters: read(content_file!("tables/characters.json"), &mut errors),
        episodes: read(content_file!("tables/episodes.json"), &mut errors),
        songs: read(content_file!("tables/songs.json"), &mut errors),
        credits: read(content_file!("tables/credits.json"), &mut errors),
        works: read(content_file!("tables/works.json"), &mut errors),
        timeline: read(content_file!("tables/timeline.json"), &mut errors),
    };
    let ja_tables = JaTables {
        characters: read_ja(content_file!("ja/tables/characters.json"), &mut errors),
        episodes: read_ja(content_file!("ja/tables/episodes.json"), &mut errors),
        songs: read_ja(content_file!("ja/tables/songs.json"), &mut errors),
        credits: read_ja(content_file!("ja/tables/credits.json"), &mut errors),
        works: read_ja(content_file!("ja/tables/works.json"), &mut errors),
        timeline: read_ja(content_file!("ja/tables/timeline.json"), &mut errors),
    };
    errors.extend(check_ja_tables(&tables, &ja_tables));
    let (mut japanese, translate_errors) = translate_all(&english, &texts);
    errors.extend(translate_errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    for q in generate(&tables, &ja_tables, CONTENT_SEED) {
        english.push((GENERATED.to_string(), q.en));
        japanese.push((GENERATED.to_string(), q.ja));
    }
    let banks = Bilingual {
        en: english,
        ja: japanese,
    };
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let errors = bilingual(&banks, &source_ids);
    if !errors.is_empty() {
        return Err(errors);
    }
    let bank = |questions: Vec<(String, Question)>| {
        Bank::new(
            questions.into_iter().map(|(_, q)| q).collect(),
            sources.clone(),
        )
    };
    Ok(banks.map(bank))
}

/// The built-in bank in `lang`, checked with the other language (see [`builtin_banks`]).
pub fn builtin_bank_in(lang: Lang) -> Result<Bank, Vec<ContentError>> {
    builtin_banks().map(|banks| match lang {
        Lang::English => banks.en,
        Lang::Japanese => banks.ja,
    })
}

/// The English built-in bank.
pub fn builtin_bank() -> Result<Bank, Vec<ContentError>> {
    builtin_bank_in(Lang::English)
}

/// Every row the generators use has its Japanese text, and every Japanese row is a row of the
/// English table: a role for each character with an English role, and one for each credit
/// (the same for every holder of one credit); as many events for each episode as in English;
/// a use for each song, a detail for each work, an event for each year of the timeline.
fn check_ja_tables(tables: &Tables, ja: &JaTables) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut fail = |table: &str, id: &str, field: &str, message: String| {
        errors.push(ContentError {
            file: format!("ja/tables/{table}.json"),
            question: None,
            field: format!("{id}.{field}"),
            message,
        });
    };
    let need = |table: &str,
                rows: &BTreeMap<String, JaRow>,
                wanted: Vec<(String, &str, &str)>,
                fail: &mut dyn FnMut(&str, &str, &str, String)| {
        for (id, field, english) in &wanted {
            let row = JaTables::row(rows, id);
            let text = match *field {
                "role" => &row.role,
                "use" => &row.usage,
                "detail" => &row.detail,
                _ => &row.event,
            };
            if text.trim().is_empty() {
                fail(
                    table,
                    id,
                    field,
                    format!("is missing: the Japanese of '{english}' goes here"),
                );
            }
        }
        let ids: HashSet<&str> = wanted.iter().map(|(id, _, _)| id.as_str()).collect();
        for id in rows.keys().filter(|id| !ids.contains(id.as_str())) {
            fail(
                table,
                id,
                "(row)",
                "is not a row the English table uses".into(),
            );
        }
    };
    need(
        "characters",
        &ja.characters,
        tables
            .characters
            .iter()
            .filter(|c| !c.role.trim().is_empty())
            .map(|c| (c.id.clone(), "role", c.role.as_str()))
            .collect(),
        &mut fail,
    );
    need(
        "songs",
        &ja.songs,
        tables
            .songs
            .iter()
            .map(|s| (s.id.clone(), "use", s.usage.as_str()))
            .collect(),
        &mut fail,
    );
    need(
        "credits",
        &ja.credits,
        tables
            .credits
            .iter()
            .map(|c| (c.id.clone(), "role", c.role.as_str()))
            .collect(),
        &mut fail,
    );
    need(
        "works",
        &ja.works,
        tables
            .works
            .iter()
            .map(|w| (w.id.clone(), "detail", w.detail.as_str()))
            .collect(),
        &mut fail,
    );
    need(
        "timeline",
        &ja.timeline,
        tables
            .timeline
            .iter()
            .map(|t| (t.id.clone(), "event", t.event.as_str()))
            .collect(),
        &mut fail,
    );
    let mut roles: BTreeMap<(&str, &str), (&str, &str)> = BTreeMap::new();
    for credit in &tables.credits {
        let role = JaTables::row(&ja.credits, &credit.id).role.as_str();
        let first = roles
            .entry((&credit.work, &credit.role))
            .or_insert((&credit.id, role));
        if first.1 != role {
            fail(
                "credits",
                &credit.id,
                "role",
                format!(
                    "is '{role}' but '{}' for {}, the same {} credit of the {}: one credit has \
                     one Japanese name",
                    first.1, first.0, credit.role, credit.work
                ),
            );
        }
    }
    let numbers: HashSet<String> = tables
        .episodes
        .iter()
        .map(|e| e.number.to_string())
        .collect();
    for episode in &tables.episodes {
        let id = episode.number.to_string();
        let events = &JaTables::row(&ja.episodes, &id).events;
        if events.len() != episode.events.len() {
            fail(
                "episodes",
                &id,
                "events",
                format!(
                    "has {} events but the English has {}: each event is translated in its place",
                    events.len(),
                    episode.events.len()
                ),
            );
        }
        for (k, event) in events.iter().enumerate() {
            if event.trim().is_empty() {
                fail("episodes", &id, &format!("events[{k}]"), "is empty".into());
            }
        }
    }
    for id in ja.episodes.keys().filter(|id| !numbers.contains(*id)) {
        fail(
            "episodes",
            id,
            "(row)",
            "is not an episode number of the English table".into(),
        );
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tables::{CreditRow, EpisodeRow};

    fn ja_row(f: impl FnOnce(&mut JaRow)) -> JaRow {
        let mut row = JaRow::default();
        f(&mut row);
        row
    }

    #[test]
    fn missing_and_stray_japanese_table_rows_are_named() {
        let credit = |id: &str| CreditRow {
            id: id.into(),
            work: "series".into(),
            role: "director".into(),
            name_ja: String::new(),
            name: id.into(),
            sources: vec![],
        };
        let tables = Tables {
            episodes: vec![EpisodeRow {
                number: 3,
                title_ja: "題".into(),
                title: "Title".into(),
                air_date: "2005-10-25".into(),
                events: vec!["One.".into(), "Two.".into()],
                sources: vec![],
            }],
            credits: vec![credit("a"), credit("b")],
            ..Tables::default()
        };
        let mut ja = JaTables::default();
        ja.episodes
            .insert("3".into(), ja_row(|r| r.events = vec!["一。".into()]));
        ja.episodes
            .insert("13".into(), ja_row(|r| r.events = vec!["？".into()]));
        ja.credits
            .insert("a".into(), ja_row(|r| r.role = "演出".into()));
        ja.credits
            .insert("b".into(), ja_row(|r| r.role = "監督".into()));
        let found: Vec<String> = check_ja_tables(&tables, &ja)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "ja/tables/credits.json: field 'b.role': is '監督' but '演出' for a, the same \
                 director credit of the series: one credit has one Japanese name",
                "ja/tables/episodes.json: field '3.events': has 1 events but the English has 2: \
                 each event is translated in its place",
                "ja/tables/episodes.json: field '13.(row)': is not an episode number of the \
                 English table",
            ]
        );
    }
}
