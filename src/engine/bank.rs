//! The question model and the question bank: parsing content files and validating them.
//!
//! Content is data (`content/`); this module turns it into [`Question`]s and checks every rule
//! a question must meet, naming the file, the question and the field when one is broken.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::matching::normalise;

/// The five kinds of knowledge the game asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Characters,
    Cast,
    Episodes,
    Music,
    Real,
    /// A question from an imported pack; its own category name is in `Question::topic`.
    Pack,
}

impl Category {
    /// Every built-in category, in display order.
    pub const ALL: [Category; 5] = [
        Category::Characters,
        Category::Cast,
        Category::Episodes,
        Category::Music,
        Category::Real,
    ];

    /// The name shown to players.
    pub fn label(self) -> &'static str {
        match self {
            Category::Characters => "Characters",
            Category::Cast => "Cast",
            Category::Episodes => "Episodes",
            Category::Music => "Music & production",
            Category::Real => "The real story",
            Category::Pack => "Your pack",
        }
    }
}

/// How hard a question is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Normal,
    Hard,
}

/// The answer format of a question, with what makes it right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    /// Pick one of several options: the answer plus distractors of the same kind.
    Choice {
        answer: String,
        distractors: Vec<String>,
    },
    /// Is the prompt's statement true?
    TrueFalse { answer: bool },
    /// Put the items in order; `items` is the correct order.
    Order { items: Vec<String> },
    /// Type the answer; `accept` lists other accepted spellings.
    Typed {
        answer: String,
        #[serde(default)]
        accept: Vec<String>,
    },
}

/// The highest spoiler value: 1–11 are the episodes, 12 is the special.
pub const SPECIAL_EPISODE: u8 = 12;

/// One quiz question, backed by cited sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub category: Category,
    pub difficulty: Difficulty,
    pub prompt: String,
    #[serde(flatten)]
    pub kind: Kind,
    pub explanation: String,
    pub sources: Vec<String>,
    /// The latest episode this question reveals: 0 = safe before watching, 12 = the special.
    pub spoiler: u8,
    /// A pack question's own category name (packs have free-form categories).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// An id shared by questions that state the same fact, so they carry the same spoiler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
}

impl Question {
    /// The right answer as shown to the player after answering.
    pub fn answer_text(&self) -> String {
        match &self.kind {
            Kind::Choice { answer, .. } | Kind::Typed { answer, .. } => answer.clone(),
            Kind::TrueFalse { answer } => bool_label(*answer).to_string(),
            Kind::Order { items } => items.join(" → "),
        }
    }
}

/// "True" or "False", as the buttons say.
pub fn bool_label(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

/// A source a question can cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: String,
}

/// A broken rule in the content, naming where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// The question id, when the error is about one question.
    pub question: Option<String>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.question {
            Some(id) => write!(
                f,
                "{}: question '{}', field '{}': {}",
                self.file, id, self.field, self.message
            ),
            None => write!(f, "{}: field '{}': {}", self.file, self.field, self.message),
        }
    }
}

/// Text length limits that keep questions readable on a 320 px phone.
pub mod limits {
    pub const PROMPT: usize = 160;
    pub const OPTION: usize = 70;
    pub const EXPLANATION_MIN: usize = 20;
    pub const EXPLANATION_MAX: usize = 280;
}

/// Parses a JSON array of items, reporting each item that does not fit `T` by its id.
pub fn parse_list<T: serde::de::DeserializeOwned>(
    file: &str,
    json: &str,
) -> Result<Vec<T>, Vec<ContentError>> {
    let values: Vec<serde_json::Value> = serde_json::from_str(json).map_err(|e| {
        vec![ContentError {
            file: file.to_string(),
            question: None,
            field: "(file)".to_string(),
            message: format!("not a JSON array of objects: {e}"),
        }]
    })?;
    let mut items = Vec::with_capacity(values.len());
    let mut errors = Vec::new();
    for (index, value) in values.into_iter().enumerate() {
        let id = value
            .get("id")
            .and_then(|v| v.as_str())
            .map_or_else(|| format!("#{}", index + 1), str::to_string);
        match serde_json::from_value::<T>(value) {
            Ok(item) => items.push(item),
            Err(e) => errors.push(ContentError {
                file: file.to_string(),
                question: Some(id),
                field: field_of_serde_error(&e.to_string()),
                message: e.to_string(),
            }),
        }
    }
    if errors.is_empty() {
        Ok(items)
    } else {
        Err(errors)
    }
}

/// Pulls the field name out of serde's "missing field `x`" / "unknown variant" messages.
fn field_of_serde_error(message: &str) -> String {
    message
        .split('`')
        .nth(1)
        .filter(|_| message.starts_with("missing field"))
        .unwrap_or("(schema)")
        .to_string()
}

/// The validated set of questions the game draws from, with the sources they cite.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    questions: Vec<Rc<Question>>,
    sources: HashMap<String, Source>,
}

impl Bank {
    /// Builds a bank, checking every rule; all broken rules are returned together.
    pub fn new(
        questions: Vec<(String, Question)>,
        sources: Vec<Source>,
    ) -> Result<Self, Vec<ContentError>> {
        let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        let errors = validate(&questions, &source_ids);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            questions: questions.into_iter().map(|(_, q)| Rc::new(q)).collect(),
            sources: sources.into_iter().map(|s| (s.id.clone(), s)).collect(),
        })
    }

    /// Every question, in content order.
    pub fn questions(&self) -> &[Rc<Question>] {
        &self.questions
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Rc<Question>> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// Every source, by id.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        let mut all: Vec<&Source> = self.sources.values().collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        all.into_iter()
    }
}

/// Checks every rule over `(file, question)` pairs; returns every broken one.
pub fn validate(questions: &[(String, Question)], source_ids: &HashSet<&str>) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    let mut prompts = HashMap::new();
    for (file, q) in questions {
        let mut fail = |field: &str, message: String| {
            errors.push(ContentError {
                file: file.clone(),
                question: Some(q.id.clone()),
                field: field.to_string(),
                message,
            });
        };
        if q.id.trim().is_empty() {
            fail("id", "must not be empty".into());
        }
        if !ids.insert(q.id.as_str()) {
            fail("id", "is used by another question".into());
        }
        if let Some(other) = prompts.insert(normalise(&q.prompt), q.id.as_str()) {
            fail("prompt", format!("duplicates the prompt of '{other}'"));
        }
        check_len(&mut fail, "prompt", &q.prompt, 1, limits::PROMPT);
        check_len(
            &mut fail,
            "explanation",
            &q.explanation,
            limits::EXPLANATION_MIN,
            limits::EXPLANATION_MAX,
        );
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
        match &q.kind {
            Kind::Choice {
                answer,
                distractors,
            } => {
                check_len(&mut fail, "answer", answer, 1, limits::OPTION);
                let mut seen = HashSet::from([normalise(answer)]);
                for d in distractors {
                    check_len(&mut fail, "distractors", d, 1, limits::OPTION);
                    if !seen.insert(normalise(d)) {
                        fail(
                            "distractors",
                            format!("'{d}' repeats the answer or another distractor"),
                        );
                    }
                }
                if distractors.len() < 3 {
                    fail(
                        "distractors",
                        format!("needs at least 3, has {}", distractors.len()),
                    );
                }
            }
            Kind::TrueFalse { .. } => {}
            Kind::Order { items } => {
                if !(3..=5).contains(&items.len()) {
                    fail("items", format!("needs 3 to 5 items, has {}", items.len()));
                }
                let distinct: HashSet<String> = items.iter().map(|i| normalise(i)).collect();
                if distinct.len() != items.len() {
                    fail("items", "items must be distinct".into());
                }
                for item in items {
                    check_len(&mut fail, "items", item, 1, limits::OPTION);
                }
            }
            Kind::Typed { answer, accept } => {
                check_len(&mut fail, "answer", answer, 1, limits::OPTION);
                for variant in std::iter::once(answer).chain(accept) {
                    if normalise(variant).is_empty() {
                        fail(
                            "accept",
                            format!("'{variant}' normalises to nothing and could never match"),
                        );
                    }
                }
            }
        }
    }
    errors.extend(super::wording::check(questions));
    errors
}

fn check_len(fail: &mut impl FnMut(&str, String), field: &str, text: &str, min: usize, max: usize) {
    let len = text.chars().count();
    if text.trim().is_empty() || len < min {
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

    fn sample(id: &str, kind: Kind) -> (String, Question) {
        (
            "test.json".to_string(),
            Question {
                id: id.to_string(),
                category: Category::Characters,
                difficulty: Difficulty::Easy,
                prompt: format!("Prompt of {id}?"),
                kind,
                explanation: "An explanation that is long enough.".to_string(),
                sources: vec!["SRC".to_string()],
                spoiler: 0,
                topic: None,
                fact: None,
            },
        )
    }

    fn choice(answer: &str, distractors: &[&str]) -> Kind {
        Kind::Choice {
            answer: answer.to_string(),
            distractors: distractors.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn rules_broken(questions: &[(String, Question)]) -> Vec<(String, String)> {
        validate(questions, &HashSet::from(["SRC"]))
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
        q.1.prompt = "x".repeat(limits::PROMPT + 1);
        assert_eq!(rules_broken(&[q]), vec![("long".into(), "prompt".into())]);
    }

    #[test]
    fn parse_names_the_item_and_missing_field() {
        let json = r#"[{"id": "q1", "category": "cast", "difficulty": "easy", "type": "true_false",
            "answer": true, "explanation": "Long enough explanation.", "sources": ["SRC"], "spoiler": 0}]"#;
        let errors = parse_list::<Question>("f.json", json).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].question.as_deref(), Some("q1"));
        assert_eq!(errors[0].field, "prompt");
        assert!(errors[0]
            .to_string()
            .contains("f.json: question 'q1', field 'prompt'"));
    }

    #[test]
    fn parse_reads_every_kind() {
        let json = r#"[
          {"id":"c","category":"cast","difficulty":"easy","type":"choice","prompt":"P?","answer":"a",
           "distractors":["b","c","d"],"explanation":"E","sources":["SRC"],"spoiler":0},
          {"id":"o","category":"episodes","difficulty":"hard","type":"order","prompt":"P?",
           "items":["1","2","3"],"explanation":"E","sources":["SRC"],"spoiler":3},
          {"id":"t","category":"real","difficulty":"normal","type":"typed","prompt":"P?",
           "answer":"Kito","explanation":"E","sources":["SRC"],"spoiler":0}
        ]"#;
        let qs = parse_list::<Question>("f.json", json).unwrap();
        assert_eq!(qs.len(), 3);
        assert_eq!(qs[1].answer_text(), "1 → 2 → 3");
        assert_eq!(
            qs[2].kind,
            Kind::Typed {
                answer: "Kito".into(),
                accept: vec![]
            }
        );
    }

    #[test]
    fn a_broken_file_is_reported_not_panicked() {
        let errors = parse_list::<Question>("f.json", "{not json").unwrap_err();
        assert_eq!(errors[0].field, "(file)");
    }
}
