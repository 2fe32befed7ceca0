//! The Japanese bank's written questions: each English question with its Japanese text from
//! `content/ja/questions/*.json`.
//!
//! Only the text is translated. The id, the kind, the category, the difficulty, the spoiler
//! tag, the fact and the sources are the English question's, and the Japanese options stand in
//! the English ones' places: `answer` for `answer`, `distractors[i]` for `distractors[i]`,
//! `items` in the same order (the order is the answer key); a true/false question keeps its
//! truth value. Whether a translation kept every option in its place is checked with the other
//! rules, in `validate`.

use std::collections::HashMap;

use serde::Deserialize;

use super::bank::{ContentError, Kind, Question};

/// The Japanese text of one written question, as in `content/ja/questions/*.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub id: String,
    pub prompt: String,
    /// Choice and typed questions.
    #[serde(default)]
    pub answer: Option<String>,
    /// Choice questions, in the English order.
    #[serde(default)]
    pub distractors: Option<Vec<String>>,
    /// Order questions, in the right order.
    #[serde(default)]
    pub items: Option<Vec<String>>,
    /// Typed questions: other accepted spellings (romaji among them).
    #[serde(default)]
    pub accept: Option<Vec<String>>,
    pub explanation: String,
}

/// `english` with the Japanese `text`, or the fields of `text` that its kind has no place for
/// (`(field, message)`). A field the kind needs but `text` lacks is left empty, for the
/// validator to name.
pub fn translate(
    english: &Question,
    text: &QuestionText,
) -> Result<Question, Vec<(String, String)>> {
    let kind_name = match english.kind {
        Kind::Choice { .. } => "a choice",
        Kind::TrueFalse { .. } => "a true/false",
        Kind::Order { .. } => "an order",
        Kind::Typed { .. } => "a typed",
    };
    let allowed: &[&str] = match english.kind {
        Kind::Choice { .. } => &["answer", "distractors"],
        Kind::TrueFalse { .. } => &[],
        Kind::Order { .. } => &["items"],
        Kind::Typed { .. } => &["answer", "accept"],
    };
    let given = [
        ("answer", text.answer.is_some()),
        ("distractors", text.distractors.is_some()),
        ("items", text.items.is_some()),
        ("accept", text.accept.is_some()),
    ];
    let misplaced: Vec<(String, String)> = given
        .iter()
        .filter(|(field, present)| *present && !allowed.contains(field))
        .map(|(field, _)| {
            let message = match english.kind {
                Kind::TrueFalse { .. } => format!(
                    "the English question is true/false, which has no '{field}': its truth \
                     value is the English one"
                ),
                _ => {
                    format!("the English question is {kind_name} question, which has no '{field}'")
                }
            };
            (field.to_string(), message)
        })
        .collect();
    if !misplaced.is_empty() {
        return Err(misplaced);
    }
    let answer = || text.answer.clone().unwrap_or_default();
    let kind = match &english.kind {
        Kind::Choice { .. } => Kind::Choice {
            answer: answer(),
            distractors: text.distractors.clone().unwrap_or_default(),
        },
        Kind::TrueFalse { answer } => Kind::TrueFalse { answer: *answer },
        Kind::Order { .. } => Kind::Order {
            items: text.items.clone().unwrap_or_default(),
        },
        Kind::Typed { .. } => Kind::Typed {
            answer: answer(),
            accept: text.accept.clone().unwrap_or_default(),
        },
    };
    Ok(Question {
        prompt: text.prompt.clone(),
        explanation: text.explanation.clone(),
        kind,
        ..english.clone()
    })
}

/// The Japanese written questions, in the English order, each under the file its text is in,
/// from the English `(file, question)` pairs and the `(file, text)` pairs of
/// `content/ja/questions/`. An English question without a text is left out (the validator
/// names it); a text no English question has, a second text for one question and a misplaced
/// field are errors here.
pub fn translate_all(
    english: &[(String, Question)],
    texts: &[(String, QuestionText)],
) -> (Vec<(String, Question)>, Vec<ContentError>) {
    let mut errors = Vec::new();
    let error = |file: &str, id: &str, field: &str, message: String| ContentError {
        file: file.to_string(),
        question: Some(id.to_string()),
        field: field.to_string(),
        message,
    };
    let mut by_id: HashMap<&str, &(String, QuestionText)> = HashMap::new();
    for entry in texts {
        let (file, text) = entry;
        match by_id.get(text.id.as_str()) {
            Some((first, _)) => errors.push(error(
                file,
                &text.id,
                "id",
                format!("has a second Japanese text; the first is in {first}"),
            )),
            None => {
                by_id.insert(&text.id, entry);
            }
        }
    }
    let english_ids: HashMap<&str, &str> = english
        .iter()
        .map(|(file, q)| (q.id.as_str(), file.as_str()))
        .collect();
    for (file, text) in texts {
        if !english_ids.contains_key(text.id.as_str()) {
            errors.push(error(
                file,
                &text.id,
                "id",
                "no English question has this id; a translation keeps the English id".into(),
            ));
        }
    }
    let mut out = Vec::with_capacity(english.len());
    for (_, q) in english {
        let Some((file, text)) = by_id.get(q.id.as_str()) else {
            continue;
        };
        match translate(q, text) {
            Ok(ja) => out.push((file.clone(), ja)),
            Err(fields) => errors.extend(
                fields
                    .into_iter()
                    .map(|(field, message)| error(file, &q.id, &field, message)),
            ),
        }
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_support::{choice, question};

    fn text(id: &str) -> QuestionText {
        QuestionText {
            id: id.into(),
            prompt: "問題？".into(),
            explanation: "日本語の解説がここに入る。".into(),
            ..QuestionText::default()
        }
    }

    #[test]
    fn the_translation_keeps_everything_but_the_text() {
        let mut en = question("q", choice("Aya", &["Ako", "Rika", "Mari"]));
        en.spoiler = 7;
        en.fact = Some("a-fact".into());
        let ja_text = QuestionText {
            answer: Some("亜也".into()),
            distractors: Some(vec!["亜湖".into(), "理加".into(), "まり".into()]),
            ..text("q")
        };
        let ja = translate(&en, &ja_text).unwrap();
        assert_eq!(ja.kind, choice("亜也", &["亜湖", "理加", "まり"]));
        assert_eq!((ja.prompt.as_str(), ja.spoiler), ("問題？", 7));
        assert_eq!(
            (&ja.id, ja.category, ja.difficulty, &ja.sources, &ja.fact),
            (&en.id, en.category, en.difficulty, &en.sources, &en.fact)
        );
    }

    #[test]
    fn true_false_keeps_its_truth_value_and_takes_no_answer() {
        let en = question("tf", Kind::TrueFalse { answer: false });
        let ja = translate(&en, &text("tf")).unwrap();
        assert_eq!(ja.kind, Kind::TrueFalse { answer: false });
        let with_answer = QuestionText {
            answer: Some("○".into()),
            ..text("tf")
        };
        let errors = translate(&en, &with_answer).unwrap_err();
        assert_eq!(errors[0].0, "answer");
        assert!(
            errors[0].1.contains("truth value is the English one"),
            "{}",
            errors[0].1
        );
    }

    #[test]
    fn a_field_the_kind_has_no_place_for_is_an_error() {
        let en = question(
            "o",
            Kind::Order {
                items: vec!["a".into(), "b".into(), "c".into()],
            },
        );
        let wrong = QuestionText {
            distractors: Some(vec!["x".into()]),
            items: Some(vec!["あ".into(), "い".into(), "う".into()]),
            ..text("o")
        };
        let errors = translate(&en, &wrong).unwrap_err();
        assert_eq!(
            errors,
            [(
                "distractors".to_string(),
                "the English question is an order question, which has no 'distractors'".to_string()
            )]
        );
    }

    #[test]
    fn translate_all_pairs_by_id_in_the_english_order() {
        let english = vec![
            (
                "questions/a.json".to_string(),
                question("one", Kind::TrueFalse { answer: true }),
            ),
            (
                "questions/a.json".to_string(),
                question("two", Kind::TrueFalse { answer: true }),
            ),
            (
                "questions/a.json".to_string(),
                question("three", Kind::TrueFalse { answer: true }),
            ),
        ];
        let texts = vec![
            ("ja/questions/a.json".to_string(), text("three")),
            ("ja/questions/a.json".to_string(), text("one")),
            ("ja/questions/a.json".to_string(), text("stray")),
            ("ja/questions/b.json".to_string(), text("one")),
        ];
        let (ja, errors) = translate_all(&english, &texts);
        let ids: Vec<&str> = ja.iter().map(|(_, q)| q.id.as_str()).collect();
        assert_eq!(ids, ["one", "three"], "English order; 'two' has no text");
        let wheres: Vec<(&str, Option<&str>)> = errors
            .iter()
            .map(|e| (e.file.as_str(), e.question.as_deref()))
            .collect();
        assert_eq!(
            wheres,
            [
                ("ja/questions/b.json", Some("one")),
                ("ja/questions/a.json", Some("stray"))
            ]
        );
    }
}
