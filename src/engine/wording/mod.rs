//! Wording rules for the question bank, run at the end of [`super::validate::builtin`].
//!
//! They catch the slips a template or a hand edit can leave behind, which the schema cannot
//! see: a doubled word ("the the song"), a sentence ended twice ("Choose Me??", "Me?."), and
//! one fact told with two different spoiler tags by two questions (questions that state the
//! same fact share a `fact` id, and must share their `spoiler` too). In Japanese too: a
//! sentence ended twice with full-width marks ("？。", "。。", "！？"), and Latin letters in a
//! Japanese prompt ([`japanese`]). Every error names the file, the question and the field, and
//! says in plain words what to change.

mod japanese;

use std::collections::BTreeMap;

use super::bank::{ContentError, Kind, Question};
use super::lang::Lang;

/// Marks that end a sentence twice: a title ending in "?" followed by the template's own mark.
const DOUBLED_ENDS: [&str; 4] = ["??", "?.", "!.", "?!"];

/// Every broken wording rule over `(file, question)` pairs of the bank in `lang`.
pub fn check(questions: &[(String, Question)], lang: Lang) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (file, q) in questions {
        let mut fail = |field: &str, message: String| {
            errors.push(ContentError {
                file: file.clone(),
                question: Some(q.id.clone()),
                field: field.to_string(),
                message,
            });
        };
        for (field, text) in texts(q) {
            if let Some(word) = doubled_word(text) {
                fail(
                    field,
                    format!("repeats the word '{word}' ('{word} {word}'): \"{text}\""),
                );
            }
            let doubled = DOUBLED_ENDS.iter().find(|m| text.contains(*m)).copied();
            if let Some(marks) = doubled.or_else(|| japanese::doubled_end(text)) {
                fail(
                    field,
                    format!("ends a sentence twice ('{marks}'): \"{text}\""),
                );
            }
        }
        if lang == Lang::Japanese {
            if let Some(run) = japanese::stray_latin(&q.prompt) {
                fail(
                    "prompt",
                    format!(
                        "has Latin letters ('{run}'): a Japanese prompt writes names and words \
                         in Japanese, except names officially written in Latin letters ({}, \
                         1年A組's A) and a title the question quotes in English or romaji \
                         (in 「」, in a prompt that says 英語 or ローマ字)",
                        japanese::LATIN_NAMES.join(", ")
                    ),
                );
            }
            if let Kind::Typed { answer, accept } = &q.kind {
                if !japanese::takes_kana(answer, accept) {
                    fail(
                        "accept",
                        format!(
                            "has no reading in kana: a Japanese player may type '{answer}' \
                             in hiragana, so accept its reading (e.g. 'さわじりえりか')"
                        ),
                    );
                }
            }
        }
        if q.fact.as_deref().is_some_and(|f| f.trim().is_empty()) {
            fail("fact", "must not be empty when given".into());
        }
    }
    errors.extend(one_spoiler_per_fact(questions));
    errors
}

/// Each text a player sees, with the name of the field it comes from.
fn texts(q: &Question) -> Vec<(&'static str, &str)> {
    let mut out = vec![
        ("prompt", q.prompt.as_str()),
        ("explanation", &q.explanation),
    ];
    match &q.kind {
        Kind::Choice {
            answer,
            distractors,
        } => {
            out.push(("answer", answer));
            out.extend(distractors.iter().map(|d| ("distractors", d.as_str())));
        }
        Kind::TrueFalse { .. } => {}
        Kind::Order { items } => out.extend(items.iter().map(|i| ("items", i.as_str()))),
        Kind::Typed { answer, accept } => {
            out.push(("answer", answer));
            out.extend(accept.iter().map(|a| ("accept", a.as_str())));
        }
    }
    out
}

/// The first word written twice in a row ("the the"), ignoring case. Words set apart by
/// punctuation ("Aya, Aya") and numbers ("1 1") do not count.
fn doubled_word(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|pair| {
        let (first, second) = (pair[0], pair[1]);
        let core = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let word = core(first);
        let ends_bare = first.chars().last().is_some_and(char::is_alphanumeric);
        let has_letters = word.chars().any(char::is_alphabetic);
        (ends_bare && has_letters && word == core(second)).then_some(word)
    })
}

/// Questions that share a `fact` must share their spoiler tag: one fact cannot be safe before
/// watching in one question and an episode-11 spoiler in another.
fn one_spoiler_per_fact(questions: &[(String, Question)]) -> Vec<ContentError> {
    let mut by_fact: BTreeMap<&str, Vec<&(String, Question)>> = BTreeMap::new();
    for entry in questions {
        if let Some(fact) = entry.1.fact.as_deref().filter(|f| !f.trim().is_empty()) {
            by_fact.entry(fact).or_default().push(entry);
        }
    }
    let mut errors = Vec::new();
    for (fact, group) in by_fact {
        if group.iter().all(|(_, q)| q.spoiler == group[0].1.spoiler) {
            continue;
        }
        for (file, q) in &group {
            let others: Vec<String> = group
                .iter()
                .filter(|(_, other)| other.id != q.id && other.spoiler != q.spoiler)
                .map(|(_, other)| format!("'{}' (spoiler {})", other.id, other.spoiler))
                .collect();
            errors.push(ContentError {
                file: file.clone(),
                question: Some(q.id.clone()),
                field: "spoiler".to_string(),
                message: format!(
                    "is {} but states the same fact '{fact}' as {}; give every question \
                     of one fact the same spoiler tag",
                    q.spoiler,
                    others.join(", ")
                ),
            });
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bank::{Category, Difficulty};

    fn question(id: &str, prompt: &str, kind: Kind) -> (String, Question) {
        (
            "test.json".to_string(),
            Question {
                id: id.to_string(),
                category: Category::Music,
                difficulty: Difficulty::Normal,
                prompt: prompt.to_string(),
                kind,
                explanation: "A plain explanation of the fact.".to_string(),
                sources: vec!["SRC".to_string()],
                spoiler: 0,
                topic: None,
                fact: None,
            },
        )
    }

    fn choice(answer: &str) -> Kind {
        Kind::Choice {
            answer: answer.to_string(),
            distractors: vec!["Konayuki".into(), "Only Human".into(), "Sora e".into()],
        }
    }

    /// (question id, field) of every error.
    fn broken(questions: &[(String, Question)]) -> Vec<(String, String)> {
        check(questions, Lang::English)
            .into_iter()
            .map(|e| (e.question.unwrap_or_default(), e.field))
            .collect()
    }

    #[test]
    fn clean_text_passes() {
        let q = question(
            "clean",
            "Who performs 「3月9日」, the song Aya's class sings? (Hint: a band.)",
            choice("Remioromen"),
        );
        assert!(broken(&[q]).is_empty());
        let order = question(
            "order",
            "Put these in order, earliest first.",
            Kind::Order {
                items: vec!["Aya, Aya's mother".into(), "Grade 1 1".into(), "C".into()],
            },
        );
        assert!(broken(&[order]).is_empty());
    }

    #[test]
    fn a_doubled_word_is_an_error_naming_the_field() {
        let q = question(
            "doubled",
            "Who performs 3月9日, the The song Aya's class sings?",
            choice("Remioromen"),
        );
        assert_eq!(broken(&[q]), vec![("doubled".into(), "prompt".into())]);
        let mut q = question("in-explanation", "Who sings it?", choice("K"));
        q.1.explanation = "It is the theme song of of the series.".into();
        let errors = check(&[q], Lang::English);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].question.as_deref(), Some("in-explanation"));
        assert_eq!(errors[0].field, "explanation");
        assert!(errors[0].message.contains("'of of'"), "{}", errors[0]);
    }

    #[test]
    fn a_doubled_word_in_an_option_is_an_error() {
        let q = question("option", "Which song?", choice("The the song"));
        assert_eq!(broken(&[q]), vec![("option".into(), "answer".into())]);
    }

    #[test]
    fn a_double_question_mark_is_an_error() {
        let q = question(
            "marks",
            "Which episode is titled Why Did the Illness Choose Me??",
            choice("Episode 3"),
        );
        assert_eq!(broken(&[q]), vec![("marks".into(), "prompt".into())]);
    }

    #[test]
    fn a_question_mark_before_a_full_stop_is_an_error() {
        let mut q = question("stop", "Which episode?", choice("Episode 3"));
        q.1.explanation = "Episode 3 is Why Did the Illness Choose Me?.".into();
        let errors = check(&[q], Lang::English);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            (errors[0].question.as_deref(), errors[0].field.as_str()),
            (Some("stop"), "explanation")
        );
        assert!(errors[0].to_string().contains("question 'stop'"));
    }

    #[test]
    fn doubled_marks_in_items_and_accepted_spellings_are_errors() {
        let order = question(
            "items",
            "Put these in order.",
            Kind::Order {
                items: vec!["A!.".into(), "B".into(), "C".into()],
            },
        );
        let typed = question(
            "typed",
            "Type the title.",
            Kind::Typed {
                answer: "Only Human".into(),
                accept: vec!["Only Human?!".into()],
            },
        );
        assert_eq!(
            broken(&[order, typed]),
            vec![
                ("items".into(), "items".into()),
                ("typed".into(), "accept".into())
            ]
        );
    }

    #[test]
    fn one_fact_with_two_spoilers_is_an_error_on_each_question() {
        let mut early = question("diary-ages", "Which ages?", choice("14 to 21"));
        early.1.fact = Some("diary-ages".into());
        let mut late = question("diary-end", "Until 21?", Kind::TrueFalse { answer: true });
        late.1.fact = Some("diary-ages".into());
        late.1.spoiler = 11;
        let mut other = question("other", "Something else?", choice("Yes"));
        other.1.fact = Some("another-fact".into());
        other.1.spoiler = 5;
        let errors = check(&[early, late, other], Lang::English);
        let wheres: Vec<(Option<&str>, &str)> = errors
            .iter()
            .map(|e| (e.question.as_deref(), e.field.as_str()))
            .collect();
        assert_eq!(
            wheres,
            vec![
                (Some("diary-ages"), "spoiler"),
                (Some("diary-end"), "spoiler")
            ]
        );
        assert!(
            errors[0].message.contains("'diary-end' (spoiler 11)"),
            "{}",
            errors[0]
        );
        assert!(
            errors[1].message.contains("'diary-ages' (spoiler 0)"),
            "{}",
            errors[1]
        );
    }

    #[test]
    fn one_fact_with_one_spoiler_passes() {
        let mut a = question("a", "First?", choice("Yes"));
        let mut b = question("b", "Second?", choice("Yes"));
        a.1.fact = Some("same".into());
        b.1.fact = Some("same".into());
        a.1.spoiler = 7;
        b.1.spoiler = 7;
        assert!(broken(&[a, b]).is_empty());
    }

    #[test]
    fn an_empty_fact_id_is_an_error() {
        let mut q = question("empty", "A question?", choice("Yes"));
        q.1.fact = Some(" ".into());
        assert_eq!(broken(&[q]), vec![("empty".into(), "fact".into())]);
    }
}
