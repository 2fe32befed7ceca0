//! The rules every question must meet, in one place for the built-in bank and imported packs:
//! how many options a kind needs, that options are distinct, that typed answers can match, that
//! prompts are not repeated, and how long each text may be. The two sources differ only in
//! their [`Limits`]: built-in text must fit a 320 px phone; packs get more room.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;

use super::bank::{Kind, Question};
use super::matching::normalise;

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

/// Checks the options of one question against `limits`; calls `fail(field, message)` for every
/// broken rule.
pub fn check_kind(
    kind: &Kind,
    limits: &Limits,
    names: FieldNames,
    fail: &mut impl FnMut(&str, String),
) {
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
                    format!("needs {min} to {max} wrong answers, has {count}"),
                );
            }
            let answer_key = option_key(answer);
            let mut seen = HashSet::new();
            for d in distractors {
                let key = option_key(d);
                if key == answer_key {
                    fail(
                        names.distractors,
                        format!("'{d}' is the same as the right answer"),
                    );
                } else if !seen.insert(key) {
                    fail(names.distractors, format!("'{d}' is listed twice"));
                }
            }
        }
        Kind::TrueFalse { .. } => {}
        Kind::Order { items } => {
            let count = items.len();
            let (min, max) = limits.items;
            if !(min..=max).contains(&count) {
                fail("items", format!("needs {min} to {max} items, has {count}"));
            }
            let mut seen = HashSet::new();
            for item in items {
                if !seen.insert(option_key(item)) {
                    fail("items", format!("'{item}' is listed twice"));
                }
            }
        }
        Kind::Typed { answer, accept } => {
            if normalise(answer).is_empty() {
                fail(
                    names.answer,
                    format!(
                        "'{answer}' has no letters or digits, so no typed answer could match it"
                    ),
                );
            }
            for variant in accept {
                if normalise(variant).is_empty() {
                    fail(
                        "accept",
                        format!("'{variant}' has no letters or digits, so it could never match"),
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
/// repeating question, and the message names the first by `label`.
pub fn check_prompts<'a, W: Copy, L: Display>(
    questions: impl IntoIterator<Item = (W, &'a Question)>,
    names: FieldNames,
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
                format!("is the same as the prompt of {}", label(*first)),
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

    fn broken(q: &Question, limits: &Limits) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut fail = |field: &str, message: String| out.push((field.to_string(), message));
        check_kind(&q.kind, limits, OWN_FIELDS, &mut fail);
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
