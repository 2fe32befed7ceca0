//! Imported question packs: the project's own pack format and Open Trivia DB API responses.
//!
//! [`parse_pack`] reads a file (or pasted text), detects its format, checks every rule and
//! returns either a validated [`Pack`] or *every* problem found, each naming the question
//! (1-based) and the field. Pack questions use [`Category::Pack`] with their own category name
//! in [`Question::topic`]. Text is data: markup is kept as literal text, never interpreted;
//! only Open Trivia DB's transport encodings (HTML entities, percent, base64) are decoded.
//! See `docs/PACKS.md` and `static/pack.schema.json`.

mod decode;
mod entities;
mod otdb;
mod own;

use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use crate::i18n::{Msg, Words};

use super::bank::{Category, Difficulty, Kind, Question};
use super::lang::Lang;
use super::rng::seed_from_text;
use super::validate::{self, FieldNames};

/// The largest pack file accepted.
pub const PACK_LIMIT_BYTES: usize = 2 * 1024 * 1024; // 2 MB
/// The most questions a pack may hold.
pub const PACK_LIMIT_QUESTIONS: usize = 2000;

/// The value of the `format` field of an own-format pack.
pub const FORMAT_NAME: &str = "litre-quiz-pack";
/// The own-format version this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;
/// The name of the Open Trivia DB service, the same in every language.
pub const OTDB_NAME: &str = "Open Trivia DB";
/// At most this many problems are listed; the rest are counted in a final "and N more".
pub const MAX_ERRORS: usize = 50;

/// Length limits of a pack's own fields, in characters. The question texts' limits are
/// [`validate::PACK`], shared with the built-in bank's rules.
pub mod field_limits {
    pub const NAME: usize = 100;
    pub const DESCRIPTION: usize = 500;
    pub const CATEGORY: usize = 100;
    pub const ID: usize = 100;
    /// Each entry of `sources`.
    pub const SOURCE: usize = 500;
}

/// A pack's stable id, derived from its content: `slug-of-name-1a2b3c4d`.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(transparent)]
pub struct PackId(String);

impl PackId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for PackId {
    fn from(id: String) -> Self {
        PackId(id)
    }
}

impl From<&str> for PackId {
    fn from(id: &str) -> Self {
        PackId(id.to_string())
    }
}

/// Lets maps keyed by pack id be read with a plain `&str`.
impl std::borrow::Borrow<str> for PackId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for PackId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PackId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An imported question pack, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub id: PackId,
    pub name: String,
    pub description: String,
    /// The language the pack's questions are written in: its optional top-level `"lang"`
    /// (`"en"` or `"ja"`); English without one, and for Open Trivia DB responses.
    pub lang: Lang,
    pub questions: Vec<Question>,
}

/// The note a player in `player` sees before playing a pack in `pack_lang`: "This pack is in
/// English."; `None` when they are the same language.
pub fn language_note(pack_lang: Lang, player: Lang) -> Option<Msg> {
    (pack_lang != player).then_some(match pack_lang {
        Lang::English => Msg::PackInEnglish,
        Lang::Japanese => Msg::PackInJapanese,
    })
}

/// Which input format a text was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackFormat {
    Own,
    OpenTriviaDb(OtdbEncoding),
}

/// The `encode` option an Open Trivia DB response was fetched with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtdbEncoding {
    /// The default: HTML entities.
    Html,
    /// `encode=url3986`: percent-encoded UTF-8.
    Url3986,
    /// `encode=base64`: base64 of UTF-8.
    Base64,
}

impl PackFormat {
    /// What the import preview says a text was read as; its `{site}` is [`OTDB_NAME`].
    pub fn label(self) -> Msg {
        match self {
            PackFormat::Own => Msg::PackFormatOwn,
            PackFormat::OpenTriviaDb(OtdbEncoding::Html) => Msg::PackFormatOtdbHtml,
            PackFormat::OpenTriviaDb(OtdbEncoding::Url3986) => Msg::PackFormatOtdbUrl,
            PackFormat::OpenTriviaDb(OtdbEncoding::Base64) => Msg::PackFormatOtdbBase64,
        }
    }
}

/// One precise problem: which question (1-based, None = the file as a whole), which field, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub question: Option<usize>,
    /// The field as written in the file (`correct_answer`, `distractors`…); empty when the
    /// problem is about the whole question or file.
    pub field: String,
    /// Why, in the language of the words [`parse_pack`] was given ("is missing").
    pub message: String,
}

impl PackError {
    /// The problem as a player reads it, naming the question and the field: "Question 3,
    /// field 'answer': is missing". `words` should be the ones given to [`parse_pack`].
    pub fn describe(&self, words: Words) -> String {
        let n = self.question.map(|n| n.to_string()).unwrap_or_default();
        let values = [
            ("n", n.as_str()),
            ("field", self.field.as_str()),
            ("problem", self.message.as_str()),
        ];
        let msg = match (self.question, self.field.is_empty()) {
            (Some(_), false) => Msg::PackErrorQuestionField,
            (Some(_), true) => Msg::PackErrorQuestion,
            (None, false) => Msg::PackErrorFileField,
            (None, true) => Msg::PackErrorFile,
        };
        words.f(msg, &values)
    }
}

/// In English: for errors read with [`Words::ENGLISH`] (tests, developer tools).
impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Words::ENGLISH))
    }
}

/// Collects problems, keeping the first [`MAX_ERRORS`] and counting the rest, worded in the
/// player's language.
#[derive(Debug)]
struct Errors<'w> {
    list: Vec<PackError>,
    more: usize,
    words: Words<'w>,
}

impl<'w> Errors<'w> {
    fn new(words: Words<'w>) -> Self {
        Errors {
            list: Vec::new(),
            more: 0,
            words,
        }
    }

    /// A message with its slots filled, in the errors' language.
    fn say(&self, msg: Msg, values: &[(&str, &str)]) -> String {
        self.words.f(msg, values)
    }

    /// The name of a JSON value's type, for "must be text, not a number".
    fn kind(&self, value: &serde_json::Value) -> &'w str {
        self.words.t(json_kind(value))
    }

    fn push(&mut self, question: Option<usize>, field: &str, message: impl Into<String>) {
        if self.list.len() < MAX_ERRORS {
            self.list.push(PackError {
                question,
                field: field.to_string(),
                message: message.into(),
            });
        } else {
            self.more += 1;
        }
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn into_vec(mut self) -> Vec<PackError> {
        if self.more > 0 {
            let message =
                self.words
                    .count(self.more, Msg::PackProblemMoreOne, Msg::PackProblemMoreMany);
            self.list.push(PackError {
                question: None,
                field: String::new(),
                message,
            });
        }
        self.list
    }
}

/// Stored packs read back from their texts and checked again; a text that no longer passes
/// the checks is left out.
pub fn read_stored(texts: &[String]) -> Vec<Pack> {
    texts
        .iter()
        .filter_map(|text| parse_pack(text, text.len(), Words::ENGLISH).ok())
        .map(|(pack, _)| pack)
        .collect()
}

/// Reads a pack from text of `size` bytes (the file size; for pasted text its byte length), detecting the format. Enforces all limits. Never panics.
/// The problems are worded with `words`, the player's language.
pub fn parse_pack(
    text: &str,
    size: usize,
    words: Words,
) -> Result<(Pack, PackFormat), Vec<PackError>> {
    let mut errors = Errors::new(words);
    let size = size.max(text.len());
    if size > PACK_LIMIT_BYTES {
        let message = errors.say(
            Msg::PackProblemTooLarge,
            &[
                ("size", &human_size(words, size)),
                ("max", &words.f(Msg::PackSizeMb, &[("n", "2")])),
            ],
        );
        errors.push(None, "", message);
        return Err(errors.into_vec());
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        errors.push(None, "", words.t(Msg::PackProblemEmpty));
        return Err(errors.into_vec());
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            errors.push(None, "", not_json_message(words, &e));
            return Err(errors.into_vec());
        }
    };
    let format_field = format!("\"format\": \"{FORMAT_NAME}\"");
    let Some(object) = value.as_object() else {
        let message = errors.say(
            Msg::PackProblemNotAPackKind,
            &[
                ("kind", errors.kind(&value)),
                ("format", &format_field),
                ("site", OTDB_NAME),
                ("results", "\"results\""),
            ],
        );
        errors.push(None, "", message);
        return Err(errors.into_vec());
    };
    let read = if object.contains_key("format") || object.contains_key("questions") {
        own::read(object, &mut errors).map(|p| (p, PackFormat::Own))
    } else if object.contains_key("results") || object.contains_key("response_code") {
        otdb::read(object, &mut errors).map(|(p, e)| (p, PackFormat::OpenTriviaDb(e)))
    } else {
        let message = errors.say(
            Msg::PackProblemNotAPack,
            &[
                ("format", &format_field),
                ("site", OTDB_NAME),
                ("results", "\"results\""),
            ],
        );
        errors.push(None, "", message);
        None
    };
    match read {
        Some((mut pack, format)) if errors.is_empty() => {
            pack.id = pack_id(&pack);
            Ok((pack, format))
        }
        _ => Err(errors.into_vec()),
    }
}

/// "not JSON (line 1, column 5): expected value" (the reason is the JSON reader's, in English).
fn not_json_message(words: Words, e: &serde_json::Error) -> String {
    let full = e.to_string();
    let reason = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(reason, _)| reason);
    words.f(
        Msg::PackProblemNotJson,
        &[
            ("line", &e.line().to_string()),
            ("column", &e.column().to_string()),
            ("reason", reason),
        ],
    )
}

/// "a JSON array", "a number"… for messages about a value of the wrong type.
fn json_kind(value: &serde_json::Value) -> Msg {
    match value {
        serde_json::Value::Null => Msg::PackKindNull,
        serde_json::Value::Bool(_) => Msg::PackKindBool,
        serde_json::Value::Number(_) => Msg::PackKindNumber,
        serde_json::Value::String(_) => Msg::PackKindString,
        serde_json::Value::Array(_) => Msg::PackKindArray,
        serde_json::Value::Object(_) => Msg::PackKindObject,
    }
}

fn human_size(words: Words, bytes: usize) -> String {
    let (msg, n) = if bytes >= 1024 * 1024 {
        (
            Msg::PackSizeMb,
            format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)),
        )
    } else if bytes >= 1024 {
        (Msg::PackSizeKb, format!("{:.1}", bytes as f64 / 1024.0))
    } else {
        (Msg::PackSizeBytes, bytes.to_string())
    };
    words.f(msg, &[("n", &n)])
}

/// What is wrong with a text's emptiness or length, if anything.
fn text_problem(words: Words, text: &str, max: usize) -> Option<String> {
    let len = text.chars().count();
    if text.trim().is_empty() {
        Some(words.t(Msg::PackProblemEmpty).to_string())
    } else if len > max {
        Some(words.f(
            Msg::PackProblemTooLong,
            &[("len", &len.to_string()), ("max", &max.to_string())],
        ))
    } else {
        None
    }
}

/// Checks the whole question list with the rules shared with the built-in bank: no repeated
/// prompt, and per kind the option counts and distinctness. Field-level checks (types,
/// lengths) are the readers' job.
fn check_questions(errors: &mut Errors, questions: &[(usize, Question)], names: FieldNames) {
    let words = errors.words;
    validate::check_prompts(
        questions.iter().map(|(n, q)| (*n, q)),
        names,
        words,
        |n| words.f(Msg::PackQuestionLabel, &[("n", &n.to_string())]),
        |n, field, message| errors.push(Some(n), field, message),
    );
    for (n, q) in questions {
        validate::check_kind(
            &q.kind,
            &validate::PACK,
            names,
            words,
            &mut |field, message| errors.push(Some(*n), field, message),
        );
    }
}

/// A stable id from the content: `slug-of-name-1a2b3c4d`, lowercase a–z, 0–9 and hyphens,
/// at most 40 characters.
fn pack_id(pack: &Pack) -> PackId {
    let hash = seed_from_text(&encode_pack(pack)) as u32;
    PackId(format!("{}-{hash:08x}", slug(&pack.name)))
}

/// The name as lowercase ASCII words joined by hyphens, at most 31 characters ("pack" if none).
fn slug(name: &str) -> String {
    let mut slug = String::new();
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !slug.is_empty() {
                slug.push('-');
            }
            gap = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
        if slug.len() >= 31 {
            break;
        }
    }
    slug.truncate(31);
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "pack".to_string()
    } else {
        slug.to_string()
    }
}

/// The pack in the project's own format (pretty JSON), which parse_pack reads back to an equal Pack.
pub fn encode_pack(pack: &Pack) -> String {
    own::encode(pack)
}

/// The built-in bank (in `bank_lang`) as an own-format pack file, so fans can edit and share it.
pub fn bank_as_pack(questions: &[Rc<Question>], bank_lang: Lang) -> String {
    let pack = Pack {
        id: PackId::default(),
        name: "1 Litre of Tears: the built-in questions".to_string(),
        lang: bank_lang,
        description: "Every question of the game's own bank, as an editable pack. Sources are \
                      the game's source ids; spoiler is the latest episode a question reveals \
                      (0 = safe before watching, 12 = the special)."
            .to_string(),
        questions: questions
            .iter()
            .map(|q| Question {
                category: Category::Pack,
                topic: Some(topic_of(q).to_string()),
                // The pack format has no `fact`: the export drops it, as the reader would.
                fact: None,
                ..Question::clone(q)
            })
            .collect(),
    };
    encode_pack(&pack)
}

/// A question's category name: its pack topic, or the built-in category's label.
fn topic_of(q: &Question) -> &str {
    q.topic
        .as_deref()
        .unwrap_or_else(|| Words::ENGLISH.t(q.category.label()))
}

/// The type name as the pack format writes it.
fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Choice { .. } => "choice",
        Kind::TrueFalse { .. } => "true_false",
        Kind::Order { .. } => "order",
        Kind::Typed { .. } => "typed",
    }
}

/// Counts for the preview: questions, per category name (topic), per difficulty, per type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PackSummary {
    pub questions: usize,
    pub categories: BTreeMap<String, usize>,
    pub difficulties: BTreeMap<Difficulty, usize>,
    /// Keyed by `choice`, `true_false`, `order`, `typed`.
    pub types: BTreeMap<&'static str, usize>,
}

/// Counts a pack's questions for the import preview.
pub fn summary(pack: &Pack) -> PackSummary {
    let mut s = PackSummary {
        questions: pack.questions.len(),
        ..PackSummary::default()
    };
    for q in &pack.questions {
        *s.categories.entry(topic_of(q).to_string()).or_default() += 1;
        *s.difficulties.entry(q.difficulty).or_default() += 1;
        *s.types.entry(kind_name(&q.kind)).or_default() += 1;
    }
    s
}

/// The pack's categories (topics), sorted, for category mode.
pub fn topics(pack: &Pack) -> Vec<String> {
    let mut all: Vec<String> = pack
        .questions
        .iter()
        .map(|q| topic_of(q).to_string())
        .collect();
    all.sort();
    all.dedup();
    all
}

#[cfg(test)]
mod tests;
