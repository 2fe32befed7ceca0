//! The built-in content: the JSON files under `content/` plus the questions generated from its
//! tables, in English and in Japanese (`content/ja/`), checked. Used on the host only: by
//! `export-bank`, which writes the bank files the game fetches, and by the content tests.

use std::collections::{BTreeMap, HashSet};

use super::bank::{parse_list, Bank, ContentError, Question, Source};
use super::generate::generate;
use super::lang::{Bilingual, Lang};
use super::readings::{self, with_readings, Reading};
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
    errors.extend(ja_tables.check(&tables));
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
    let mut errors = bilingual(&banks, &source_ids);
    // The Japanese prompts get their names' readings once every check has passed.
    let readings: Vec<Reading> = read(content_file!("ja/readings.json"), &mut errors);
    errors.extend(
        readings::problems(&readings)
            .into_iter()
            .map(|message| ContentError {
                file: "ja/readings.json".into(),
                question: None,
                field: "reading".into(),
                message,
            }),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let banks = Bilingual {
        en: banks.en,
        ja: banks
            .ja
            .into_iter()
            .map(|(file, mut q)| {
                q.prompt = with_readings(&q.prompt, &readings);
                (file, q)
            })
            .collect(),
    };
    // The sources as Japanese players read them: every one needs its Japanese title.
    let ja_titles = read_ja(content_file!("ja/tables/sources.json"), &mut errors);
    errors.extend(source_title_errors(&sources, &ja_titles));
    if !errors.is_empty() {
        return Err(errors);
    }
    let ja_sources: Vec<Source> = sources
        .iter()
        .map(|s| Source {
            title: JaTables::row(&ja_titles, &s.id).title.clone(),
            ..s.clone()
        })
        .collect();
    let questions = |list: Vec<(String, Question)>| list.into_iter().map(|(_, q)| q).collect();
    Ok(Bilingual {
        en: Bank::new(questions(banks.en), sources),
        ja: Bank::new(questions(banks.ja), ja_sources),
    })
}

/// A source without its Japanese title, or a Japanese title for no source.
fn source_title_errors(sources: &[Source], ja: &BTreeMap<String, JaRow>) -> Vec<ContentError> {
    let error = |id: &str, message: String| ContentError {
        file: "ja/tables/sources.json".into(),
        question: None,
        field: format!("{id}.title"),
        message,
    };
    let mut errors: Vec<ContentError> = sources
        .iter()
        .filter(|s| JaTables::row(ja, &s.id).title.trim().is_empty())
        .map(|s| {
            error(
                &s.id,
                format!("is missing: the Japanese of '{}' goes here", s.title),
            )
        })
        .collect();
    errors.extend(
        ja.keys()
            .filter(|id| !sources.iter().any(|s| &s.id == *id))
            .map(|id| error(id, "is not a source of tables/sources.json".into())),
    );
    errors
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
