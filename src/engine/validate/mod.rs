//! The rules every question must meet, in one place for the built-in bank and imported packs:
//! how many options a kind needs, that options are distinct, that typed answers can match, that
//! prompts are not repeated, and how long each text may be. The two sources differ only in
//! their [`Limits`]: built-in text must fit a 320 px phone; packs get more room. The built-in
//! bank exists in English and Japanese: [`bilingual`] checks each with these rules and that
//! both ask the same questions with the same right answers ([`translation`]).

mod translation;

use std::collections::{HashMap, HashSet};
use std::fmt::Display;

use super::bank::{Category, ContentError, Kind, Question, SPECIAL_EPISODE};
use super::lang::{Bilingual, Lang};
use super::matching::normalise;
use super::wording;
use crate::i18n::{Msg, Words};

/// How long texts may be and how many options a kind needs, in characters (Unicode scalars).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub prompt: usize,
    /// Each answer, distractor, order item and accepted spelling.
    pub option: usize,
    /// The explanation: its shortest and longest (0 = may be left out).
    pub explanation: (usize, usize),
    /// Distractors of a choice question.
    pub distractors: (usize, usize),
    /// Items of an order question.
    pub items: (usize, usize),
}

/// Built-in questions: short enough for a phone, with three distractors for a full 50:50.
pub const BUILT_IN: Limits = Limits {
    prompt: 160,
    option: 70,
    explanation: (20, 280),
    distractors: (3, 8),
    items: (3, 5),
};

/// Imported packs: fans' own texts, with more room and as few as one distractor.
pub const PACK: Limits = Limits {
    prompt: 500,
    option: 200,
    explanation: (0, 1000),
    distractors: (1, 8),
    items: (3, 5),
};

/// What a format calls the fields the rules talk about (`correct_answer` in Open Trivia DB).
#[derive(Debug, Clone, Copy)]
pub struct FieldNames {
    pub prompt: &'static str,
    pub answer: &'static str,
    pub distractors: &'static str,
}

/// The field names of the game's own formats.
pub const OWN_FIELDS: FieldNames = FieldNames {
    prompt: "prompt",
    answer: "answer",
    distractors: "distractors",
};

/// Checks every rule for both languages of the built-in bank over `(file, question)` pairs:
/// each bank with [`builtin`], and that the Japanese bank asks the English bank's questions in
/// the same order with the same right answers.
pub fn bilingual(
    banks: &Bilingual<Vec<(String, Question)>>,
    source_ids: &HashSet<&str>,
) -> Vec<ContentError> {
    let mut errors = builtin(&banks.en, source_ids, Lang::English);
    errors.extend(builtin(&banks.ja, source_ids, Lang::Japanese));
    errors.extend(translation::check(&banks.en, &banks.ja));
    errors
}

/// Checks every rule for the built-in bank in `lang` over `(file, question)` pairs and returns
/// every broken one: the rules shared with packs (options, lengths, repeated prompts) with the
/// built-in limits, and the bank's own (ids, sources, categories, spoiler tags, wording).
pub fn builtin(
    questions: &[(String, Question)],
    source_ids: &HashSet<&str>,
    lang: Lang,
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let error = |(file, q): &(String, Question), field: &str, message: String| ContentError {
        file: file.clone(),
        question: Some(q.id.clone()),
        field: field.to_string(),
        message,
    };
    check_prompts(
        questions.iter().map(|entry| (entry, &entry.1)),
        OWN_FIELDS,
        Words::ENGLISH,
        |(_, q)| format!("'{}'", q.id),
        |entry, field, message| errors.push(error(entry, field, message)),
    );
    let mut ids = HashSet::new();
    for entry in questions {
        let q = &entry.1;
        let mut fail = |field: &str, message: String| errors.push(error(entry, field, message));
        if q.id.trim().is_empty() {
            fail("id", "must not be empty".into());
        }
        if !ids.insert(q.id.as_str()) {
            fail("id", "is used by another question".into());
        }
        check_lengths(q, &BUILT_IN, &mut fail);
        check_kind(&q.kind, &BUILT_IN, OWN_FIELDS, Words::ENGLISH, &mut fail);
        if q.sources.is_empty() {
            fail("sources", "must cite at least one source".into());
        }
        for source in &q.sources {
            if !source_ids.contains(source.as_str()) {
                fail("sources", format!("'{source}' is not in the sources table"));
            }
        }
        if q.category == Category::Pack || q.topic.is_some() {
            fail(
                "category",
                "built-in questions use the five built-in categories".into(),
            );
        }
        if q.spoiler > SPECIAL_EPISODE {
            fail("spoiler", format!("{} is outside 0–12", q.spoiler));
        }
    }
    errors.extend(wording::check(questions, lang));
    errors
}

/// Checks the options of one question against `limits`; calls `fail(field, message)` for every
/// broken rule, the message worded with `words` (a pack's player reads it).
pub fn check_kind(
    kind: &Kind,
    limits: &Limits,
    names: FieldNames,
    words: Words,
    fail: &mut impl FnMut(&str, String),
) {
    let count_problem = |msg: Msg, (min, max): (usize, usize), count: usize| {
        words.f(
            msg,
            &[
                ("min", &min.to_string()),
                ("max", &max.to_string()),
                ("count", &count.to_string()),
            ],
        )
    };
    match kind {
        Kind::Choice {
            answer,
            distractors,
        } => {
            let count = distractors.len();
            let (min, max) = limits.distractors;
            if !(min..=max).contains(&count) {
                fail(
                    names.distractors,
                    count_problem(Msg::PackProblemDistractorCount, (min, max), count),
                );
            }
            let answer_key = option_key(answer);
            let mut seen = HashSet::new();
            for d in distractors {
                let key = option_key(d);
                if key == answer_key {
                    fail(
                        names.distractors,
                        words.f(Msg::PackProblemSameAsAnswer, &[("option", d)]),
                    );
                } else if !seen.insert(key) {
                    fail(
                        names.distractors,
                        words.f(Msg::PackProblemListedTwice, &[("option", d)]),
                    );
                }
            }
        }
        Kind::TrueFalse { .. } => {}
        Kind::Order { items } => {
            let count = items.len();
            let (min, max) = limits.items;
            if !(min..=max).contains(&count) {
                fail(
                    "items",
                    count_problem(Msg::PackProblemItemCount, (min, max), count),
                );
            }
            let mut seen = HashSet::new();
            for item in items {
                if !seen.insert(option_key(item)) {
                    fail(
                        "items",
                        words.f(Msg::PackProblemListedTwice, &[("option", item)]),
                    );
                }
            }
        }
        Kind::Typed { answer, accept } => {
            if normalise(answer).is_empty() {
                fail(
                    names.answer,
                    words.f(Msg::PackProblemAnswerUnmatchable, &[("answer", answer)]),
                );
            }
            for variant in accept {
                if normalise(variant).is_empty() {
                    fail(
                        "accept",
                        words.f(Msg::PackProblemVariantUnmatchable, &[("variant", variant)]),
                    );
                }
            }
        }
    }
}

/// Checks the length of every text of one question against `limits`.
pub fn check_lengths(q: &Question, limits: &Limits, fail: &mut impl FnMut(&str, String)) {
    check_len(fail, "prompt", &q.prompt, 1, limits.prompt);
    let (min, max) = limits.explanation;
    if min > 0 || !q.explanation.is_empty() {
        check_len(fail, "explanation", &q.explanation, min.max(1), max);
    }
    let options: Vec<(&str, &String)> = match &q.kind {
        Kind::Choice {
            answer,
            distractors,
        } => std::iter::once(("answer", answer))
            .chain(distractors.iter().map(|d| ("distractors", d)))
            .collect(),
        Kind::TrueFalse { .. } => Vec::new(),
        Kind::Order { items } => items.iter().map(|i| ("items", i)).collect(),
        Kind::Typed { answer, accept } => std::iter::once(("answer", answer))
            .chain(accept.iter().map(|a| ("accept", a)))
            .collect(),
    };
    for (field, text) in options {
        check_len(fail, field, text, 1, limits.option);
    }
}

/// Reports every prompt that repeats an earlier one: `fail(which, field, message)` names the
/// repeating question, and the message (worded with `words`) names the first by `label`.
pub fn check_prompts<'a, W: Copy, L: Display>(
    questions: impl IntoIterator<Item = (W, &'a Question)>,
    names: FieldNames,
    words: Words,
    label: impl Fn(W) -> L,
    mut fail: impl FnMut(W, &str, String),
) {
    let mut prompts: HashMap<String, W> = HashMap::new();
    for (which, q) in questions {
        let key = normalise(&q.prompt);
        if key.is_empty() {
            continue;
        }
        match prompts.get(&key) {
            Some(first) => fail(
                which,
                names.prompt,
                words.f(
                    Msg::PackProblemSamePrompt,
                    &[("first", &label(*first).to_string())],
                ),
            ),
            None => {
                prompts.insert(key, which);
            }
        }
    }
}

/// The form options are compared in for distinctness: [`normalise`]d, or for text with no
/// letters or digits at all (`+`, `?`) the trimmed text itself.
fn option_key(text: &str) -> String {
    let key = normalise(text);
    if key.is_empty() {
        text.trim().to_lowercase()
    } else {
        key
    }
}

fn check_len(fail: &mut impl FnMut(&str, String), field: &str, text: &str, min: usize, max: usize) {
    let len = text.chars().count();
    if text.trim().is_empty() {
        fail(field, "is empty".to_string());
    } else if len < min {
        fail(
            field,
            format!("is too short ({len} characters, at least {min})"),
        );
    } else if len > max {
        fail(
            field,
            format!("is too long ({len} characters, at most {max})"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_support::{choice, question};

    fn sample(id: &str, kind: Kind) -> (String, Question) {
        ("test.json".to_string(), question(id, kind))
    }

    fn rules_broken(questions: &[(String, Question)]) -> Vec<(String, String)> {
        builtin(questions, &HashSet::from(["SRC"]), Lang::English)
            .into_iter()
            .map(|e| (e.question.unwrap_or_default(), e.field))
            .collect()
    }

    #[test]
    fn a_good_question_passes() {
        assert!(rules_broken(&[sample("a", choice("x", &["y", "z", "w"]))]).is_empty());
    }

    #[test]
    fn errors_name_the_question_and_the_field() {
        let mut q = sample("bad", choice("x", &["y", "x", "w"]));
        q.1.spoiler = 13;
        q.1.sources.push("NOPE".into());
        let broken = rules_broken(&[q]);
        assert!(broken.contains(&("bad".into(), "distractors".into())));
        assert!(broken.contains(&("bad".into(), "spoiler".into())));
        assert!(broken.contains(&("bad".into(), "sources".into())));
    }

    #[test]
    fn too_few_distractors_is_an_error() {
        let broken = rules_broken(&[sample("few", choice("x", &["y", "z"]))]);
        assert_eq!(broken, vec![("few".into(), "distractors".into())]);
    }

    #[test]
    fn duplicate_ids_and_prompts_are_errors() {
        let a = sample("same", Kind::TrueFalse { answer: true });
        let b = sample("same", Kind::TrueFalse { answer: false });
        let broken = rules_broken(&[a, b]);
        assert!(broken.contains(&("same".into(), "id".into())));
        assert!(broken.contains(&("same".into(), "prompt".into())));
    }

    #[test]
    fn order_needs_three_to_five_distinct_items() {
        let two = Kind::Order {
            items: vec!["a".into(), "b".into()],
        };
        let dup = Kind::Order {
            items: vec!["a".into(), "b".into(), "A".into()],
        };
        let broken = rules_broken(&[sample("two", two), sample("dup", dup)]);
        assert!(broken.contains(&("two".into(), "items".into())));
        assert!(broken.contains(&("dup".into(), "items".into())));
    }

    #[test]
    fn typed_variants_must_be_matchable() {
        let kind = Kind::Typed {
            answer: "Aya".into(),
            accept: vec!["!!".into()],
        };
        assert_eq!(
            rules_broken(&[sample("t", kind)]),
            vec![("t".into(), "accept".into())]
        );
    }

    #[test]
    fn over_long_text_is_an_error() {
        let mut q = sample("long", Kind::TrueFalse { answer: true });
        q.1.prompt = "x".repeat(BUILT_IN.prompt + 1);
        assert_eq!(rules_broken(&[q]), vec![("long".into(), "prompt".into())]);
    }

    fn broken(q: &Question, limits: &Limits) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut fail = |field: &str, message: String| out.push((field.to_string(), message));
        check_kind(&q.kind, limits, OWN_FIELDS, Words::ENGLISH, &mut fail);
        check_lengths(q, limits, &mut fail);
        out
    }

    #[test]
    fn the_same_question_meets_pack_limits_but_not_built_in_ones() {
        let mut q = question("q", choice("a", &["b"]));
        q.prompt = "x".repeat(200);
        q.explanation = String::new();
        assert!(broken(&q, &PACK).is_empty());
        let fields: Vec<String> = broken(&q, &BUILT_IN).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["distractors", "prompt", "explanation"]);
    }

    #[test]
    fn repeated_prompts_name_the_first_question() {
        let a = question("a", choice("x", &["y", "z", "w"]));
        let b = question("b", choice("x", &["y", "z", "w"]));
        let mut b2 = b.clone();
        b2.prompt = a.prompt.to_uppercase();
        let mut found = Vec::new();
        check_prompts(
            [(1, &a), (2, &b), (3, &b2)],
            OWN_FIELDS,
            Words::ENGLISH,
            |n| format!("question {n}"),
            |n, field, message| found.push((n, field.to_string(), message)),
        );
        assert_eq!(
            found,
            [(
                3,
                "prompt".to_string(),
                "is the same as the prompt of question 1".to_string()
            )]
        );
    }

    #[test]
    fn options_must_differ_from_the_answer_and_each_other() {
        let q = question("q", choice("Kitō Aya", &["kitou aya", "B", "b!"]));
        let messages: Vec<String> = broken(&q, &PACK).into_iter().map(|(_, m)| m).collect();
        assert_eq!(
            messages,
            [
                "'kitou aya' is the same as the right answer",
                "'b!' is listed twice"
            ]
        );
    }
}
