//! The built-in content: the JSON files under `content/` plus the questions generated from its
//! tables, checked. Used on the host only: by `export-bank`, which writes the bank file the game
//! fetches, and by the content tests.

use std::collections::HashSet;

use super::bank::{parse_list, Bank, ContentError, Question, Source};
use super::generate::generate;
use super::tables::{JaTables, Tables};
use super::validate::builtin;

/// The seed the generators use (the first air date), so every build makes the same bank.
const CONTENT_SEED: u64 = 20_051_011;

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

/// Loads, generates and validates the built-in bank; every broken rule is returned together.
pub fn builtin_bank() -> Result<Bank, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut questions: Vec<(String, Question)> = Vec::new();
    for file in QUESTION_FILES {
        let list: Vec<Question> = read(file, &mut errors);
        questions.extend(list.into_iter().map(|q| (file.0.to_string(), q)));
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
    if !errors.is_empty() {
        return Err(errors);
    }
    questions.extend(
        generate(&tables, &JaTables::default(), CONTENT_SEED)
            .into_iter()
            .map(|q| ("(generated from tables)".to_string(), q.en)),
    );
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let errors = builtin(&questions, &source_ids);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Bank::new(
        questions.into_iter().map(|(_, q)| q).collect(),
        sources,
    ))
}
