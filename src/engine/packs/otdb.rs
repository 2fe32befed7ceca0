//! Open Trivia DB API responses (<https://opentdb.com/api_config.php>), in any of the three
//! encodings: HTML entities (default), `encode=url3986` and `encode=base64`.

use serde_json::{Map, Value};

use super::{
    check_questions, decode, field_limits, own::too_many, text_problem, Errors, OtdbEncoding, Pack,
    PackId, PACK_LIMIT_QUESTIONS,
};
use crate::engine::bank::{Category, Difficulty, Kind, Question};
use crate::engine::lang::Lang;
use crate::engine::validate::{FieldNames, PACK};
use crate::i18n::{Msg, Words};

const NAMES: FieldNames = FieldNames {
    prompt: "question",
    answer: "correct_answer",
    distractors: "incorrect_answers",
};

/// The attribution every imported question carries (Open Trivia DB is CC BY-SA 4.0).
pub const ATTRIBUTION: &str = "Open Trivia DB (opentdb.com), CC BY-SA 4.0";

/// What a non-zero `response_code` means, per the API documentation (whose names for the
/// codes are kept as written there).
fn response_problem(words: Words, code: u64) -> String {
    let code_text = code.to_string();
    let (name, meaning) = match code {
        1 => ("No Results", Msg::PackOtdbNoResults),
        2 => ("Invalid Parameter", Msg::PackOtdbInvalidParameter),
        3 => ("Token Not Found", Msg::PackOtdbTokenNotFound),
        4 => ("Token Empty", Msg::PackOtdbTokenEmpty),
        5 => ("Rate Limit", Msg::PackOtdbRateLimit),
        _ => return words.f(Msg::PackProblemOtdbCodeOther, &[("code", &code_text)]),
    };
    words.f(
        Msg::PackProblemOtdbCode,
        &[
            ("code", &code_text),
            ("name", name),
            ("meaning", words.t(meaning)),
        ],
    )
}

/// Reads a response; `None` when anything is wrong (errors say what).
pub(super) fn read(
    object: &Map<String, Value>,
    errors: &mut Errors,
) -> Option<(Pack, OtdbEncoding)> {
    if let Some(code) = object.get("response_code") {
        match code.as_u64() {
            Some(0) => {}
            Some(code) => {
                errors.push(None, "response_code", response_problem(errors.words, code));
                return None;
            }
            None => {
                let message =
                    errors.say(Msg::PackProblemWholeNumber, &[("kind", errors.kind(code))]);
                errors.push(None, "response_code", message);
                return None;
            }
        }
    }
    let results = match object.get("results") {
        None => {
            errors.push(None, "results", errors.words.t(Msg::PackProblemMissing));
            return None;
        }
        Some(Value::Array(results)) => results,
        Some(other) => {
            let message = errors.say(
                Msg::PackProblemNotQuestionList,
                &[("kind", errors.kind(other))],
            );
            errors.push(None, "results", message);
            return None;
        }
    };
    if results.is_empty() {
        errors.push(None, "results", errors.words.t(Msg::PackProblemNoResults));
        return None;
    }
    if results.len() > PACK_LIMIT_QUESTIONS {
        let message = too_many(errors, results.len());
        errors.push(None, "results", message);
    }
    let encoding = detect(results);
    let mut questions = Vec::with_capacity(results.len());
    let mut complete = true;
    for (i, value) in results.iter().enumerate() {
        let n = i + 1;
        let question = match value.as_object() {
            Some(object) => read_result(object, n, encoding, errors),
            None => {
                let message =
                    errors.say(Msg::PackProblemNotObject, &[("kind", errors.kind(value))]);
                errors.push(Some(n), "", message);
                None
            }
        };
        match question {
            Some(question) => questions.push((n, question)),
            None => complete = false,
        }
    }
    check_questions(errors, &questions, NAMES);
    if !complete {
        return None;
    }
    let questions: Vec<Question> = questions.into_iter().map(|(_, q)| q).collect();
    let first = questions.first().and_then(|q| q.topic.clone())?;
    let mixed = questions.iter().any(|q| q.topic.as_deref() != Some(&first));
    let name = if mixed {
        "Open Trivia DB: mixed categories".to_string()
    } else {
        shorten(&format!("Open Trivia DB: {first}"), field_limits::NAME)
    };
    let pack = Pack {
        id: PackId::default(),
        name,
        description: "Imported from an Open Trivia DB response".to_string(),
        // Open Trivia DB asks its questions in English.
        lang: Lang::English,
        questions,
    };
    Some((pack, encoding))
}

/// `text`, cut to at most `max` characters with an ellipsis when longer.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max - 1).collect();
        cut.truncate(cut.trim_end().len());
        cut.push('…');
        cut
    }
}

/// Base64 when a `type` decodes from base64 to a known type; URL-encoded when every string is
/// made only of unreserved characters and `%XX` escapes (and some escape is there); HTML
/// otherwise (real questions always contain a space, which url3986 would escape).
fn detect(results: &[Value]) -> OtdbEncoding {
    let first_type = results
        .iter()
        .find_map(|r| r.get("type").and_then(Value::as_str));
    if let Some(t) = first_type {
        if t != "multiple" && t != "boolean" {
            if let Some("multiple" | "boolean") = decode::base64(t).as_deref() {
                return OtdbEncoding::Base64;
            }
        }
    }
    let mut strings = results.iter().filter_map(Value::as_object).flat_map(|r| {
        [
            "type",
            "difficulty",
            "category",
            "question",
            "correct_answer",
        ]
        .iter()
        .filter_map(|k| r.get(*k).and_then(Value::as_str))
        .chain(
            r.get("incorrect_answers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str),
        )
    });
    let mut escaped = false;
    let shaped = strings.all(|s| {
        escaped |= s.contains('%');
        decode::is_url3986_shaped(s)
    });
    if shaped && escaped {
        OtdbEncoding::Url3986
    } else {
        OtdbEncoding::Html
    }
}

/// Decodes one string value of the response, or says what is wrong with it.
fn decoded(value: &Value, encoding: OtdbEncoding, errors: &Errors) -> Result<String, String> {
    let raw = value
        .as_str()
        .ok_or_else(|| errors.say(Msg::PackProblemNotText, &[("kind", errors.kind(value))]))?;
    let text = match encoding {
        OtdbEncoding::Html => Some(decode::html(raw)),
        OtdbEncoding::Url3986 => decode::percent(raw),
        OtdbEncoding::Base64 => decode::base64(raw),
    };
    text.map(|t| t.trim().to_string())
        .ok_or_else(|| match encoding {
            OtdbEncoding::Base64 => {
                errors.say(Msg::PackProblemNotBase64, &[("encoding", "base64")])
            }
            _ => errors.say(Msg::PackProblemNotPercent, &[]),
        })
}

/// A required string field, decoded and checked against `max` characters.
fn text(
    object: &Map<String, Value>,
    key: &str,
    max: usize,
    n: usize,
    encoding: OtdbEncoding,
    errors: &mut Errors,
) -> Option<String> {
    let Some(value) = object.get(key) else {
        errors.push(Some(n), key, errors.words.t(Msg::PackProblemMissing));
        return None;
    };
    let problem = match decoded(value, encoding, errors) {
        Ok(text) => match text_problem(errors.words, &text, max) {
            None => return Some(text),
            Some(problem) => problem,
        },
        Err(problem) => problem,
    };
    errors.push(Some(n), key, problem);
    None
}

fn read_result(
    object: &Map<String, Value>,
    n: usize,
    encoding: OtdbEncoding,
    errors: &mut Errors,
) -> Option<Question> {
    let boolean = match text(object, "type", PACK.option, n, encoding, errors) {
        Some(t) if t == "multiple" => Some(false),
        Some(t) if t == "boolean" => Some(true),
        Some(t) => {
            let message = errors.say(
                Msg::PackProblemOtdbType,
                &[
                    ("value", &t),
                    ("multiple", "'multiple'"),
                    ("boolean", "'boolean'"),
                ],
            );
            errors.push(Some(n), "type", message);
            None
        }
        None => None,
    };
    let difficulty = match text(object, "difficulty", PACK.option, n, encoding, errors) {
        Some(d) if d == "easy" => Some(Difficulty::Easy),
        Some(d) if d == "medium" => Some(Difficulty::Normal),
        Some(d) if d == "hard" => Some(Difficulty::Hard),
        Some(d) => {
            let message = errors.say(
                Msg::PackProblemOtdbDifficulty,
                &[
                    ("value", &d),
                    ("easy", "'easy'"),
                    ("medium", "'medium'"),
                    ("hard", "'hard'"),
                ],
            );
            errors.push(Some(n), "difficulty", message);
            None
        }
        None => None,
    };
    let category = text(
        object,
        "category",
        field_limits::CATEGORY,
        n,
        encoding,
        errors,
    );
    let prompt = text(object, "question", PACK.prompt, n, encoding, errors);
    let answer = text(object, "correct_answer", PACK.option, n, encoding, errors);
    let wrong = incorrect_answers(object, n, encoding, errors);
    let kind = match boolean? {
        true => {
            let answer = answer?;
            if answer.eq_ignore_ascii_case("true") {
                Kind::TrueFalse { answer: true }
            } else if answer.eq_ignore_ascii_case("false") {
                Kind::TrueFalse { answer: false }
            } else {
                let message = errors.say(
                    Msg::PackProblemOtdbBoolean,
                    &[("value", &answer), ("true", "'True'"), ("false", "'False'")],
                );
                errors.push(Some(n), "correct_answer", message);
                return None;
            }
        }
        false => Kind::Choice {
            answer: answer?,
            distractors: wrong?,
        },
    };
    Some(Question {
        id: format!("q{n}"),
        category: Category::Pack,
        difficulty: difficulty?,
        prompt: prompt?,
        kind,
        explanation: String::new(),
        sources: vec![ATTRIBUTION.to_string()],
        spoiler: 0,
        topic: Some(category?),
        fact: None,
    })
}

fn incorrect_answers(
    object: &Map<String, Value>,
    n: usize,
    encoding: OtdbEncoding,
    errors: &mut Errors,
) -> Option<Vec<String>> {
    const KEY: &str = "incorrect_answers";
    let value = match object.get(KEY) {
        None => {
            errors.push(Some(n), KEY, errors.words.t(Msg::PackProblemMissing));
            return None;
        }
        Some(value) => value,
    };
    let Some(array) = value.as_array() else {
        let message = errors.say(Msg::PackProblemNotTextList, &[("kind", errors.kind(value))]);
        errors.push(Some(n), KEY, message);
        return None;
    };
    let mut list = Vec::with_capacity(array.len());
    let mut ok = true;
    for (i, item) in array.iter().enumerate() {
        let problem = match decoded(item, encoding, errors) {
            Ok(text) => match text_problem(errors.words, &text, PACK.option) {
                None => {
                    list.push(text);
                    continue;
                }
                Some(problem) => problem,
            },
            Err(problem) => problem,
        };
        let message = errors.say(
            Msg::PackProblemItem,
            &[("i", &(i + 1).to_string()), ("problem", &problem)],
        );
        errors.push(Some(n), KEY, message);
        ok = false;
    }
    ok.then_some(list)
}
