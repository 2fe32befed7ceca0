//! The rules between the two languages of the built-in bank: the Japanese bank asks the
//! English bank's questions, in the same order, with the same structure and the same right
//! answers. A translation may change only the text.
//!
//! Whether a Japanese option stands in the place of its English one is judged from what the
//! two texts share: the Japanese written in the English option ("大西麻恵 Onishi Asae"), its
//! numbers (months named in English count as numbers), and the Latin words of the Japanese
//! option ("Only Human"). An option that shares nothing with its own English option but
//! everything with another one has changed places.

mod clues;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use clues::agrees;

use crate::engine::bank::{ContentError, Kind, Question};
use crate::engine::matching::matches;

/// Every broken rule between the `(file, question)` pairs of the English and Japanese banks.
pub(super) fn check(en: &[(String, Question)], ja: &[(String, Question)]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let ja_by_id: HashMap<&str, &(String, Question)> = ja
        .iter()
        .map(|entry| (entry.1.id.as_str(), entry))
        .collect();
    let en_ids: HashMap<&str, usize> = en
        .iter()
        .enumerate()
        .map(|(i, (_, q))| (q.id.as_str(), i))
        .collect();
    for (file, q) in en {
        match ja_by_id.get(q.id.as_str()) {
            Some((ja_file, ja_q)) => errors.extend(
                pair(q, ja_q)
                    .into_iter()
                    .map(|(field, message)| error(ja_file, &q.id, &field, message)),
            ),
            None => errors.push(error(
                &japanese_file(file),
                &q.id,
                "id",
                "has no Japanese text: every question exists in both languages, so add one \
                 with the same id"
                    .into(),
            )),
        }
    }
    for (file, q) in ja {
        if !en_ids.contains_key(q.id.as_str()) {
            errors.push(error(
                file,
                &q.id,
                "id",
                "is in the Japanese bank but not in the English one".into(),
            ));
        }
    }
    let shared: Vec<&str> = ja
        .iter()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| en_ids.contains_key(id))
        .collect();
    let english_order = en
        .iter()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| ja_by_id.contains_key(id));
    if let Some((position, (ja_id, _))) = shared
        .iter()
        .zip(english_order)
        .enumerate()
        .find(|(_, (a, b))| a != &b)
    {
        let (file, _) = ja_by_id[ja_id];
        errors.push(error(
            file,
            ja_id,
            "id",
            format!(
                "comes at position {} in the Japanese bank but {} in the English one: both \
                 banks keep one order, which the daily challenge draws from",
                position + 1,
                en_ids[ja_id] + 1
            ),
        ));
    }
    errors
}

fn error(file: &str, id: &str, field: &str, message: String) -> ContentError {
    ContentError {
        file: file.to_string(),
        question: Some(id.to_string()),
        field: field.to_string(),
        message,
    }
}

/// Where a question's Japanese text belongs: `ja/questions/x.json` for `questions/x.json`.
fn japanese_file(english_file: &str) -> String {
    if english_file.starts_with("questions/") {
        format!("ja/{english_file}")
    } else {
        english_file.to_string()
    }
}

/// The broken rules of one question and its Japanese twin, as `(field, message)`.
fn pair(en: &Question, ja: &Question) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut fail = |field: &str, message: String| out.push((field.to_string(), message));
    let same = |field: &str, a: String, b: String, fail: &mut dyn FnMut(&str, String)| {
        if a != b {
            fail(
                field,
                format!(
                    "is {b} in Japanese but {a} in English: a translation changes only the text"
                ),
            );
        }
    };
    same(
        "category",
        format!("{:?}", en.category),
        format!("{:?}", ja.category),
        &mut fail,
    );
    same(
        "difficulty",
        format!("{:?}", en.difficulty),
        format!("{:?}", ja.difficulty),
        &mut fail,
    );
    same(
        "spoiler",
        en.spoiler.to_string(),
        ja.spoiler.to_string(),
        &mut fail,
    );
    same(
        "sources",
        en.sources.join(", "),
        ja.sources.join(", "),
        &mut fail,
    );
    same(
        "fact",
        format!("{:?}", en.fact),
        format!("{:?}", ja.fact),
        &mut fail,
    );
    same(
        "topic",
        format!("{:?}", en.topic),
        format!("{:?}", ja.topic),
        &mut fail,
    );
    match (&en.kind, &ja.kind) {
        (
            Kind::Choice {
                answer: a_en,
                distractors: d_en,
            },
            Kind::Choice {
                answer: a_ja,
                distractors: d_ja,
            },
        ) => {
            let en_options = options(a_en, d_en);
            let ja_options = options(a_ja, d_ja);
            count(&en_options, &ja_options, "distractors", 1, &mut fail);
            places(&en_options, &ja_options, &mut fail);
        }
        (Kind::TrueFalse { answer: a }, Kind::TrueFalse { answer: b }) => {
            if a != b {
                fail("answer", format!("is {b} in Japanese but {a} in English"));
            }
            verdict(*a, &ja.explanation, &mut fail);
        }
        (Kind::Order { items: i_en }, Kind::Order { items: i_ja }) => {
            let en_items = items(i_en);
            let ja_items = items(i_ja);
            count(&en_items, &ja_items, "items", 0, &mut fail);
            places(&en_items, &ja_items, &mut fail);
        }
        (
            Kind::Typed { answer: a_en, .. },
            Kind::Typed {
                answer: a_ja,
                accept,
            },
        ) => {
            if a_ja.trim().is_empty() {
                fail(
                    "answer",
                    format!("is missing: the Japanese of '{a_en}' goes here"),
                );
            } else if !matches(a_en, a_ja, accept) {
                fail(
                    "accept",
                    format!(
                        "does not accept the English answer '{a_en}': a player who types it \
                         is right in English, so add it to the Japanese accept list"
                    ),
                );
            }
        }
        (en_kind, ja_kind) => fail(
            "type",
            format!(
                "is {} question in Japanese but {} question in English",
                kind_name(ja_kind),
                kind_name(en_kind)
            ),
        ),
    }
    out
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Choice { .. } => "a choice",
        Kind::TrueFalse { .. } => "a true/false",
        Kind::Order { .. } => "an order",
        Kind::Typed { .. } => "a typed",
    }
}

/// A choice question's options with the field each is in: `answer`, `distractors[0]`, …
fn options<'a>(answer: &'a str, distractors: &'a [String]) -> Vec<(String, &'a str)> {
    std::iter::once(("answer".to_string(), answer))
        .chain(
            distractors
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("distractors[{i}]"), d.as_str())),
        )
        .collect()
}

/// An order question's items with the field each is in: `items[0]`, …
fn items(items: &[String]) -> Vec<(String, &str)> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (format!("items[{i}]"), item.as_str()))
        .collect()
}

/// The same number of options in both languages (`skip` leading options are not in `list`'s
/// count: the answer of a choice question), and none of them empty.
fn count(
    en: &[(String, &str)],
    ja: &[(String, &str)],
    list: &str,
    skip: usize,
    fail: &mut impl FnMut(&str, String),
) {
    let (n_en, n_ja) = (en.len() - skip, ja.len() - skip);
    if n_en != n_ja {
        let which = if n_ja < n_en {
            format!("{} is missing", en[ja.len()].0)
        } else {
            format!("{} has no English counterpart", ja[en.len()].0)
        };
        fail(
            list,
            format!("has {n_en} in English but {n_ja} in Japanese ({which}): a translation keeps every option"),
        );
    }
    for ((field, text), (_, english)) in ja.iter().zip(en) {
        if text.trim().is_empty() {
            fail(
                field,
                format!("is missing: the Japanese of '{english}' goes here"),
            );
        }
    }
}

/// Each Japanese option stands in its English option's place.
fn places(en: &[(String, &str)], ja: &[(String, &str)], fail: &mut impl FnMut(&str, String)) {
    for (i, (field, text)) in ja.iter().enumerate() {
        let Some((_, own)) = en.get(i) else { continue };
        if agrees(own, text) != Some(false) {
            continue;
        }
        if let Some((other_field, other)) = en
            .iter()
            .enumerate()
            .find(|&(j, (_, other))| j != i && agrees(other, text) == Some(true))
            .map(|(_, option)| option)
        {
            let why = if field.starts_with("items") {
                "the order is the answer key, so keep the items in the English order"
            } else {
                "the translation changes which option is right; keep each option in its \
                 English place"
            };
            fail(
                field,
                format!(
                    "'{text}' is the Japanese of the English {other_field} ('{other}'), not of \
                     the English {field} ('{own}'): {why}"
                ),
            );
        }
    }
}

/// A true/false explanation opens with its verdict, 正解は○ or 正解は×, and it is the answer's.
fn verdict(answer: bool, explanation: &str, fail: &mut impl FnMut(&str, String)) {
    let (right, wrong) = if answer { ('○', '×') } else { ('×', '○') };
    let said = explanation
        .trim_start()
        .strip_prefix("正解は")
        .and_then(|r| r.chars().next());
    if said == Some(wrong) {
        fail(
            "explanation",
            format!(
                "opens with 正解は{wrong} but the answer is {answer} (the English one): a \
                 translation keeps the truth value"
            ),
        );
    } else if said != Some(right) {
        fail(
            "explanation",
            format!(
                "must open with the verdict, 正解は{right}。, as every true/false explanation does"
            ),
        );
    }
}
