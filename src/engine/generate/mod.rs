//! Questions derived from the fact tables, in both languages at once.
//!
//! Each generator turns rows into questions whose distractors come from the same table and the
//! same kind (actors for actors, titles for titles, dates for dates), chosen with a seed so the
//! bank is identical on every build. A distractor never comes from a row that would reveal more
//! of the story than the question itself.
//!
//! Every pick (which rows, which distractors, which question is left out) is made once, on the
//! English text, and both languages are written from it: the Japanese question has the same id,
//! the same options in the same places and the same spoiler tag as the English one. The
//! Japanese templates follow `content/ja/tables/TEMPLATES.md`.

mod episodes;
mod music;
mod people;
mod real;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use super::bank::{Category, Difficulty, Kind, Question};
use super::lang::Bilingual;
use super::matching::normalise;
use super::rng::{seed_from_text, Rng};
use super::tables::{JaTables, Tables};

/// A text in both languages.
type Text = Bilingual<String>;

/// A text from its English and its Japanese.
fn text(en: impl Into<String>, ja: impl Into<String>) -> Text {
    Bilingual {
        en: en.into(),
        ja: ja.into(),
    }
}

/// Every generated question in both languages, deterministic for `seed`.
pub fn generate(tables: &Tables, ja: &JaTables, seed: u64) -> Vec<Bilingual<Question>> {
    let mut out = Vec::new();
    people::cast_questions(tables, ja, seed, &mut out);
    people::character_questions(tables, ja, seed, &mut out);
    episodes::episode_questions(tables, ja, seed, &mut out);
    music::music_questions(tables, ja, seed, &mut out);
    music::work_questions(tables, ja, seed, &mut out);
    real::timeline_questions(tables, ja, seed, &mut out);
    out
}

/// Three distinct options from `pool` that differ from `answer`, told apart by their English,
/// or `None` if there are too few.
fn distractors(answer: &Text, pool: &[Text], rng: &mut Rng) -> Option<Vec<Text>> {
    let mut seen = HashSet::from([normalise(&answer.en)]);
    let mut candidates: Vec<&Text> = pool
        .iter()
        .filter(|p| !p.en.trim().is_empty() && seen.insert(normalise(&p.en)))
        .collect();
    if candidates.len() < 3 {
        return None;
    }
    rng.shuffle(&mut candidates);
    Some(candidates.into_iter().take(3).cloned().collect())
}

/// `text` as a sentence ending in `mark`, unless it already ends with its own mark: a title
/// such as "Why Did the Illness Choose Me?" ends the sentence itself, so no "??" or "?.".
/// Japanese sentences pass '？' or '。'.
fn end_sentence(text: &str, mark: char) -> String {
    let text = text.trim_end();
    if text.ends_with(['?', '!', '.', '？', '！', '。']) {
        text.to_string()
    } else {
        format!("{text}{mark}")
    }
}

/// A question's own generator: seeded by the question id so adding rows elsewhere does not
/// reshuffle it.
fn rng_for(seed: u64, id: &str) -> Rng {
    Rng::new(seed ^ seed_from_text(id))
}

/// Names joined as a Japanese list: "AとB", "A、BとC".
fn join_ja(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}と{last}", rest.join("、")),
        _ => names.concat(),
    }
}

struct Draft<'a> {
    id: String,
    category: Category,
    difficulty: Difficulty,
    prompt: Text,
    explanation: Text,
    sources: &'a [String],
    spoiler: u8,
}

impl Draft<'_> {
    /// A multiple-choice question with this answer and these distractors, in both languages.
    fn choice(self, answer: Text, distractors: Vec<Text>) -> Bilingual<Question> {
        let wrong: Bilingual<Vec<String>> = Bilingual {
            en: distractors.iter().map(|d| d.en.clone()).collect(),
            ja: distractors.into_iter().map(|d| d.ja).collect(),
        };
        self.with(Bilingual {
            en: Kind::Choice {
                answer: answer.en,
                distractors: wrong.en,
            },
            ja: Kind::Choice {
                answer: answer.ja,
                distractors: wrong.ja,
            },
        })
    }

    /// The question with this kind in each language; everything else is shared.
    fn with(self, kind: Bilingual<Kind>) -> Bilingual<Question> {
        let one = |prompt: String, kind: Kind, explanation: String| Question {
            id: self.id.clone(),
            category: self.category,
            difficulty: self.difficulty,
            prompt,
            kind,
            explanation,
            sources: self.sources.to_vec(),
            spoiler: self.spoiler,
            topic: None,
            fact: None,
        };
        Bilingual {
            en: one(self.prompt.en, kind.en, self.explanation.en),
            ja: one(self.prompt.ja, kind.ja, self.explanation.ja),
        }
    }
}
