//! The question model and the question bank: parsing content files into [`Question`]s, and
//! the errors that name the file, the question and the field. The rules themselves are in
//! `validate`.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

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
    pub fn label(self) -> Msg {
        match self {
            Category::Characters => Msg::CategoryCharacters,
            Category::Cast => Msg::CategoryCast,
            Category::Episodes => Msg::CategoryEpisodes,
            Category::Music => Msg::CategoryMusic,
            Category::Real => Msg::CategoryReal,
            Category::Pack => Msg::CategoryPack,
        }
    }

    /// A lowercase name for element ids and addresses ("characters", "real").
    pub fn slug(self) -> &'static str {
        match self {
            Category::Characters => "characters",
            Category::Cast => "cast",
            Category::Episodes => "episodes",
            Category::Music => "music",
            Category::Real => "real",
            Category::Pack => "pack",
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
    /// Whether this is a true/false question (its options are "True" and "False").
    pub fn is_true_false(&self) -> bool {
        matches!(self.kind, Kind::TrueFalse { .. })
    }

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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bank {
    questions: Vec<Rc<Question>>,
    sources: HashMap<String, Source>,
}

impl Bank {
    /// A bank of questions already checked by [`super::validate::builtin`].
    pub fn new(questions: Vec<Question>, sources: Vec<Source>) -> Self {
        Self {
            questions: questions.into_iter().map(Rc::new).collect(),
            sources: sources.into_iter().map(|s| (s.id.clone(), s)).collect(),
        }
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

    /// The bank as the game ships it: one compact JSON file, written at build time (by the
    /// `export-bank` tool, after every rule is checked) and fetched by the game after its
    /// first paint.
    pub fn to_json(&self) -> Option<String> {
        let file = BankFileOut {
            format: BANK_FORMAT,
            questions: self.questions.iter().map(|q| &**q).collect(),
            sources: self.sources().collect(),
        };
        serde_json::to_string(&file).ok()
    }

    /// Reads a file written by [`Bank::to_json`]; `None` for anything else.
    pub fn from_json(text: &str) -> Option<Self> {
        let file: BankFileIn = serde_json::from_str(text).ok()?;
        (file.format == BANK_FORMAT).then(|| Self::new(file.questions, file.sources))
    }
}

/// The `format` of a shipped bank file; a build only reads its own.
pub const BANK_FORMAT: &str = "litre-quiz-bank-1";

#[derive(Serialize)]
struct BankFileOut<'a> {
    format: &'a str,
    questions: Vec<&'a Question>,
    sources: Vec<&'a Source>,
}

#[derive(Deserialize)]
struct BankFileIn {
    format: String,
    questions: Vec<Question>,
    sources: Vec<Source>,
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_shipped_bank_reads_back_the_same() {
        let mut q = crate::engine::test_support::question("q1", Kind::TrueFalse { answer: true });
        q.fact = Some("a-fact".into());
        let source = Source {
            id: "SRC".into(),
            title: "A source".into(),
            url: String::new(),
        };
        let bank = Bank::new(vec![q], vec![source]);
        let text = bank.to_json().unwrap_or_default();
        assert_eq!(Bank::from_json(&text), Some(bank));
        assert_eq!(Bank::from_json("{}"), None);
        assert_eq!(
            Bank::from_json(&text.replace(BANK_FORMAT, "litre-quiz-bank-0")),
            None,
            "another build's format is not read"
        );
    }

    #[test]
    fn a_broken_file_is_reported_not_panicked() {
        let errors = parse_list::<Question>("f.json", "{not json").unwrap_err();
        assert_eq!(errors[0].field, "(file)");
    }
}
