//! The project's own pack format: `{"format": "litre-quiz-pack", "version": 1, "name", …}`.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{
    check_questions, field_limits, text_problem, Errors, Pack, PackId, FORMAT_NAME, FORMAT_VERSION,
    PACK_LIMIT_QUESTIONS,
};
use crate::engine::bank::{Category, Difficulty, Kind, Question, SPECIAL_EPISODE};
use crate::engine::lang::Lang;
use crate::engine::validate::{FieldNames, PACK};
use crate::i18n::Msg;

const NAMES: FieldNames = FieldNames {
    prompt: "prompt",
    answer: "answer",
    distractors: "distractors",
};

const FILE_FIELDS: [&str; 7] = [
    "$schema",
    "format",
    "version",
    "name",
    "description",
    "lang",
    "questions",
];

const QUESTION_FIELDS: [&str; 12] = [
    "id",
    "category",
    "difficulty",
    "type",
    "prompt",
    "answer",
    "distractors",
    "items",
    "accept",
    "explanation",
    "sources",
    "spoiler",
];

/// The fields that belong to one type only.
const KIND_FIELDS: [&str; 4] = ["answer", "distractors", "items", "accept"];

/// Reads fields of one object (the file, or question `question`), reporting into `errors`.
struct Fields<'a, 'e, 'w> {
    object: &'a Map<String, Value>,
    question: Option<usize>,
    errors: &'e mut Errors<'w>,
}

impl Fields<'_, '_, '_> {
    fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(self.question, field, message);
    }

    /// Reports `msg` (without slots) about `field`.
    fn fail_with(&mut self, field: &str, msg: Msg) {
        let message = self.errors.words.t(msg);
        self.fail(field, message);
    }

    /// Reports `msg`, its `{kind}` the type of `value`, about `field`.
    fn fail_kind(&mut self, field: &str, msg: Msg, value: &Value) {
        let message = self.errors.say(msg, &[("kind", self.errors.kind(value))]);
        self.fail(field, message);
    }

    /// A required, non-empty text of at most `max` characters, trimmed.
    fn text(&mut self, key: &str, max: usize) -> Option<String> {
        match self.object.get(key) {
            None => {
                self.fail_with(key, Msg::PackProblemMissing);
                None
            }
            Some(value) => self.text_value(key, value, max, false),
        }
    }

    /// An optional text (empty allowed) of at most `max` characters, trimmed; "" when absent.
    fn optional_text(&mut self, key: &str, max: usize) -> Option<String> {
        match self.object.get(key) {
            None => Some(String::new()),
            Some(value) => self.text_value(key, value, max, true),
        }
    }

    fn text_value(
        &mut self,
        key: &str,
        value: &Value,
        max: usize,
        empty_ok: bool,
    ) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.fail_kind(key, Msg::PackProblemNotText, value);
            return None;
        };
        let text = text.trim();
        if empty_ok && text.is_empty() {
            return Some(String::new());
        }
        match text_problem(self.errors.words, text, max) {
            Some(problem) => {
                self.fail(key, problem);
                None
            }
            None => Some(text.to_string()),
        }
    }

    /// A list of non-empty texts, each trimmed; `None` (after reporting) when absent and
    /// `required`, or when anything in it is wrong; an empty list when absent and optional.
    fn text_list(&mut self, key: &str, max: usize, required: bool) -> Option<Vec<String>> {
        let value = match self.object.get(key) {
            None if required => {
                self.fail_with(key, Msg::PackProblemMissing);
                return None;
            }
            None => return Some(Vec::new()),
            Some(value) => value,
        };
        let Some(array) = value.as_array() else {
            self.fail_kind(key, Msg::PackProblemNotTextList, value);
            return None;
        };
        let mut list = Vec::with_capacity(array.len());
        let mut ok = true;
        for (i, item) in array.iter().enumerate() {
            let words = self.errors.words;
            let problem = match item.as_str() {
                None => Some(words.f(Msg::PackProblemNotText, &[("kind", self.errors.kind(item))])),
                Some(text) => text_problem(words, text.trim(), max),
            };
            match problem {
                Some(problem) => {
                    let message = words.f(
                        Msg::PackProblemItem,
                        &[("i", &(i + 1).to_string()), ("problem", &problem)],
                    );
                    self.fail(key, message);
                    ok = false;
                }
                None => list.push(item.as_str().unwrap_or_default().trim().to_string()),
            }
        }
        ok.then_some(list)
    }

    /// Reports every key not in `known`, with `what` saying whose field it is not.
    fn unknown_keys(&mut self, known: &[&str], what: Msg) {
        let unknown: Vec<&String> = self
            .object
            .keys()
            .filter(|k| !known.contains(&k.as_str()))
            .collect();
        for key in unknown {
            self.fail_with(key, what);
        }
    }
}

/// Reads an own-format pack; `None` when a question could not be built (errors say why).
pub(super) fn read(object: &Map<String, Value>, errors: &mut Errors) -> Option<Pack> {
    let mut file = Fields {
        object,
        question: None,
        errors,
    };
    file.unknown_keys(&FILE_FIELDS, Msg::PackProblemNotPackField);
    let format = format!("\"{FORMAT_NAME}\"");
    let version = FORMAT_VERSION.to_string();
    match object.get("format") {
        None => {
            let message = file
                .errors
                .say(Msg::PackProblemFormatMissing, &[("format", &format)]);
            file.fail("format", message);
        }
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(other) => {
            let message = file.errors.say(
                Msg::PackProblemFormatWrong,
                &[("format", &format), ("value", &other.to_string())],
            );
            file.fail("format", message);
        }
    }
    match object.get("version") {
        None => {
            let message = file
                .errors
                .say(Msg::PackProblemVersionMissing, &[("version", &version)]);
            file.fail("version", message);
        }
        Some(v) if v.as_u64() == Some(FORMAT_VERSION) => {}
        Some(other) => {
            let message = file.errors.say(
                Msg::PackProblemVersionWrong,
                &[("value", &other.to_string()), ("version", &version)],
            );
            file.fail("version", message);
        }
    }
    let name = file.text("name", field_limits::NAME);
    let description = file.optional_text("description", field_limits::DESCRIPTION);
    let lang = match object.get("lang") {
        None => Some(Lang::English),
        Some(value) => match value.as_str().and_then(Lang::from_code) {
            Some(lang) => Some(lang),
            None => {
                let message = file.errors.say(
                    Msg::PackProblemLang,
                    &[
                        ("value", &value.to_string()),
                        ("en", "\"en\""),
                        ("ja", "\"ja\""),
                    ],
                );
                file.fail("lang", message);
                None
            }
        },
    };
    let list = match object.get("questions") {
        None => {
            file.fail_with("questions", Msg::PackProblemMissing);
            None
        }
        Some(Value::Array(list)) if list.is_empty() => {
            file.fail_with("questions", Msg::PackProblemNoQuestions);
            None
        }
        Some(Value::Array(list)) => {
            if list.len() > PACK_LIMIT_QUESTIONS {
                let message = too_many(file.errors, list.len());
                file.fail("questions", message);
            }
            Some(list)
        }
        Some(other) => {
            file.fail_kind("questions", Msg::PackProblemNotQuestionList, other);
            None
        }
    };
    let list = list?;

    let mut built: Vec<(usize, Option<String>, Option<Question>)> = Vec::with_capacity(list.len());
    for (i, value) in list.iter().enumerate() {
        let n = i + 1;
        match value.as_object() {
            Some(object) => {
                let (id, question) = read_question(object, n, errors);
                built.push((n, id, question));
            }
            None => {
                let message =
                    errors.say(Msg::PackProblemNotObject, &[("kind", errors.kind(value))]);
                errors.push(Some(n), "", message);
                built.push((n, None, None));
            }
        }
    }

    // Given ids must be unique; missing ones become q1, q2… (by position), skipping taken ones.
    let mut taken: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (n, id, _) in &built {
        if let Some(id) = id {
            if let Some(first) = taken.get(id) {
                let message = errors.say(
                    Msg::PackProblemIdTaken,
                    &[("id", id), ("first", &first.to_string())],
                );
                errors.push(Some(*n), "id", message);
            } else {
                taken.insert(id.clone(), *n);
            }
        }
    }
    let mut questions = Vec::with_capacity(built.len());
    let mut complete = true;
    for (n, id, question) in built {
        let Some(mut question) = question else {
            complete = false;
            continue;
        };
        question.id = match id {
            Some(id) => id,
            None => {
                let mut candidate = format!("q{n}");
                let mut suffix = 2;
                while taken.contains_key(&candidate) {
                    candidate = format!("q{n}-{suffix}");
                    suffix += 1;
                }
                taken.insert(candidate.clone(), n);
                candidate
            }
        };
        questions.push((n, question));
    }
    check_questions(errors, &questions, NAMES);
    if !complete {
        return None;
    }
    Some(Pack {
        id: PackId::default(),
        name: name?,
        description: description?,
        lang: lang?,
        questions: questions.into_iter().map(|(_, q)| q).collect(),
    })
}

/// Reads question `n`: its given id (if any and valid) and the question (with an empty id),
/// or `None` when a field is missing or wrong.
fn read_question(
    object: &Map<String, Value>,
    n: usize,
    errors: &mut Errors,
) -> (Option<String>, Option<Question>) {
    let mut f = Fields {
        object,
        question: Some(n),
        errors,
    };
    f.unknown_keys(&QUESTION_FIELDS, Msg::PackProblemNotQuestionField);
    let mut ok = true;
    let id = match object.get("id") {
        None => None,
        Some(value) => {
            let id = f.text_value("id", value, field_limits::ID, false);
            ok &= id.is_some();
            id
        }
    };
    let category = f.text("category", field_limits::CATEGORY);
    let difficulty = match object.get("difficulty") {
        None => Some(Difficulty::Normal),
        Some(value) => match value.as_str() {
            Some("easy") => Some(Difficulty::Easy),
            Some("normal") => Some(Difficulty::Normal),
            Some("hard") => Some(Difficulty::Hard),
            _ => {
                let message = f.errors.say(
                    Msg::PackProblemDifficulty,
                    &[
                        ("value", &value.to_string()),
                        ("easy", "\"easy\""),
                        ("normal", "\"normal\""),
                        ("hard", "\"hard\""),
                    ],
                );
                f.fail("difficulty", message);
                None
            }
        },
    };
    let types = [
        ("choice", "\"choice\""),
        ("boolean", "\"true_false\""),
        ("order", "\"order\""),
        ("typed", "\"typed\""),
    ];
    let kind_name = match object.get("type") {
        None => {
            let message = f.errors.say(Msg::PackProblemTypeMissing, &types);
            f.fail("type", message);
            None
        }
        Some(value) => match value.as_str() {
            Some(name @ ("choice" | "true_false" | "order" | "typed")) => Some(name),
            _ => {
                let value = value.to_string();
                let mut values = types.to_vec();
                values.push(("value", &value));
                let message = f.errors.say(Msg::PackProblemType, &values);
                f.fail("type", message);
                None
            }
        },
    };
    let prompt = f.text("prompt", PACK.prompt);
    let kind = kind_name.and_then(|name| read_kind(&mut f, name));
    let explanation = f.optional_text("explanation", PACK.explanation.1);
    let sources = f.text_list("sources", field_limits::SOURCE, false);
    let spoiler = match object.get("spoiler") {
        None => Some(0),
        Some(value) => match value.as_u64() {
            Some(s) if s <= u64::from(SPECIAL_EPISODE) => Some(s as u8),
            _ => {
                let message = f.errors.say(
                    Msg::PackProblemSpoiler,
                    &[
                        ("value", &value.to_string()),
                        ("max", &SPECIAL_EPISODE.to_string()),
                    ],
                );
                f.fail("spoiler", message);
                None
            }
        },
    };
    let question = (|| {
        ok.then_some(())?;
        Some(Question {
            id: String::new(),
            category: Category::Pack,
            difficulty: difficulty?,
            prompt: prompt?,
            kind: kind?,
            explanation: explanation?,
            sources: sources?,
            spoiler: spoiler?,
            topic: Some(category?),
            fact: None,
        })
    })();
    (id, question)
}

/// "has 2001 questions; a pack may have at most 2000".
pub(super) fn too_many(errors: &Errors, count: usize) -> String {
    errors.say(
        Msg::PackProblemTooMany,
        &[
            ("count", &count.to_string()),
            ("max", &PACK_LIMIT_QUESTIONS.to_string()),
        ],
    )
}

/// The type-specific fields of a question of type `name`.
fn read_kind(f: &mut Fields<'_, '_, '_>, name: &str) -> Option<Kind> {
    let own: &[&str] = match name {
        "choice" => &["answer", "distractors"],
        "true_false" => &["answer"],
        "order" => &["items"],
        _ => &["answer", "accept"],
    };
    for key in KIND_FIELDS {
        if !own.contains(&key) && f.object.contains_key(key) {
            let message = f.errors.say(
                Msg::PackProblemNotInType,
                &[("type", &format!("\"{name}\""))],
            );
            f.fail(key, message);
        }
    }
    match name {
        "choice" => {
            let answer = f.text("answer", PACK.option);
            let distractors = f.text_list("distractors", PACK.option, true);
            Some(Kind::Choice {
                answer: answer?,
                distractors: distractors?,
            })
        }
        "true_false" => match f.object.get("answer") {
            Some(Value::Bool(answer)) => Some(Kind::TrueFalse { answer: *answer }),
            None => {
                let message = f.errors.say(
                    Msg::PackProblemTrueFalseMissing,
                    &[("true", "true"), ("false", "false")],
                );
                f.fail("answer", message);
                None
            }
            Some(other) => {
                let message = f.errors.say(
                    Msg::PackProblemTrueFalseWrong,
                    &[
                        ("true", "true"),
                        ("false", "false"),
                        ("kind", f.errors.kind(other)),
                    ],
                );
                f.fail("answer", message);
                None
            }
        },
        "order" => Some(Kind::Order {
            items: f.text_list("items", PACK.option, true)?,
        }),
        _ => {
            let answer = f.text("answer", PACK.option);
            let accept = f.text_list("accept", PACK.option, false);
            Some(Kind::Typed {
                answer: answer?,
                accept: accept?,
            })
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    name: &'a str,
    description: &'a str,
    /// Written only when not English, so a pack without it (and its id) reads as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'static str>,
    questions: Vec<QuestionOut<'a>>,
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    id: &'a str,
    category: &'a str,
    difficulty: Difficulty,
    #[serde(rename = "type")]
    kind: &'static str,
    prompt: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<AnswerOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    distractors: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accept: Option<&'a [String]>,
    explanation: &'a str,
    sources: &'a [String],
    spoiler: u8,
}

#[derive(Serialize)]
#[serde(untagged)]
enum AnswerOut<'a> {
    Text(&'a str),
    Bool(bool),
}

/// The pack as pretty own-format JSON (the pack id is not written: it is derived on reading).
pub(super) fn encode(pack: &Pack) -> String {
    let questions = pack
        .questions
        .iter()
        .map(|q| {
            let mut out = QuestionOut {
                id: &q.id,
                category: super::topic_of(q),
                difficulty: q.difficulty,
                kind: super::kind_name(&q.kind),
                prompt: &q.prompt,
                answer: None,
                distractors: None,
                items: None,
                accept: None,
                explanation: &q.explanation,
                sources: &q.sources,
                spoiler: q.spoiler,
            };
            match &q.kind {
                Kind::Choice {
                    answer,
                    distractors,
                } => {
                    out.answer = Some(AnswerOut::Text(answer));
                    out.distractors = Some(distractors);
                }
                Kind::TrueFalse { answer } => out.answer = Some(AnswerOut::Bool(*answer)),
                Kind::Order { items } => out.items = Some(items),
                Kind::Typed { answer, accept } => {
                    out.answer = Some(AnswerOut::Text(answer));
                    out.accept = Some(accept);
                }
            }
            out
        })
        .collect();
    let file = FileOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        name: &pack.name,
        description: &pack.description,
        lang: (pack.lang != Lang::English).then(|| pack.lang.code()),
        questions,
    };
    // Serialising plain strings, numbers and lists cannot fail.
    let mut json = serde_json::to_string_pretty(&file).unwrap_or_default();
    json.push('\n');
    json
}
