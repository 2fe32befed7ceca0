//! Each stored type to and from [`Json`], field by field, in the shape the records have always
//! had (the shape serde's derives gave them, so every saved game still reads): fields in
//! declaration order, modes and categories by their lowercase names, maps by key order. A
//! required field that is missing or unreadable makes the whole item unreadable; an optional
//! one (`Option`, or one with a default) may be missing, but not unreadable. The records' own
//! types (`schema`) implement [`Stored`] beside their definitions.

use crate::engine::bank::Category;
use crate::engine::calendar::Day;
use crate::engine::daily::DailyRecord;
use crate::engine::lang::Lang;
use crate::engine::map::{ByteSet, Map};
use crate::engine::mode::Mode;
use crate::engine::packs::PackId;
use crate::engine::party::{PartyPlace, PartyResult};
use crate::engine::result::{AnswerRecord, GameResult};
use crate::engine::scoring::Score;
use crate::engine::stats::{Count, HistoryPoint, Tally, TopEntry};
use crate::json::Json;

/// A type kept in the records.
pub trait Stored: Sized {
    fn read(json: &Json) -> Option<Self>;
    fn write(&self) -> Json;
}

/// A map key kept in the records (JSON keys are strings).
pub trait Key: Sized + Ord {
    fn read_key(key: &str) -> Option<Self>;
    fn write_key(&self) -> String;
}

/// A required field.
pub fn req<T: Stored>(json: &Json, key: &str) -> Option<T> {
    T::read(json.get(key)?)
}

/// A field that may be missing or null (`None`), but not unreadable.
pub fn opt<T: Stored>(json: &Json, key: &str) -> Option<Option<T>> {
    match json.get(key) {
        None | Some(Json::Null) => Some(None),
        Some(value) => T::read(value).map(Some),
    }
}

/// A field that takes its default when missing, but must be readable when present.
pub fn or_default<T: Stored + Default>(json: &Json, key: &str) -> Option<T> {
    json.get(key).map_or_else(|| Some(T::default()), T::read)
}

/// An object of these fields, in this order.
pub fn object(fields: Vec<(&str, Json)>) -> Json {
    Json::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

impl Stored for u32 {
    fn read(json: &Json) -> Option<Self> {
        json.as_u32()
    }
    fn write(&self) -> Json {
        Json::Number(f64::from(*self))
    }
}

impl Stored for u8 {
    fn read(json: &Json) -> Option<Self> {
        json.as_u8()
    }
    fn write(&self) -> Json {
        Json::Number(f64::from(*self))
    }
}

impl Stored for i64 {
    fn read(json: &Json) -> Option<Self> {
        json.as_i64()
    }
    fn write(&self) -> Json {
        Json::Number(*self as f64)
    }
}

impl Stored for f64 {
    fn read(json: &Json) -> Option<Self> {
        json.as_f64()
    }
    fn write(&self) -> Json {
        Json::Number(*self)
    }
}

impl Stored for bool {
    fn read(json: &Json) -> Option<Self> {
        json.as_bool()
    }
    fn write(&self) -> Json {
        Json::Bool(*self)
    }
}

impl Stored for String {
    fn read(json: &Json) -> Option<Self> {
        json.as_str().map(str::to_string)
    }
    fn write(&self) -> Json {
        Json::String(self.clone())
    }
}

impl<T: Stored> Stored for Vec<T> {
    fn read(json: &Json) -> Option<Self> {
        json.as_array()?.iter().map(T::read).collect()
    }
    fn write(&self) -> Json {
        Json::Array(self.iter().map(T::write).collect())
    }
}

impl Stored for ByteSet {
    fn read(json: &Json) -> Option<Self> {
        let mut set = ByteSet::default();
        for item in json.as_array()? {
            set.insert(u8::read(item)?);
        }
        Some(set)
    }
    fn write(&self) -> Json {
        Json::Array(self.iter().map(|n| n.write()).collect())
    }
}

impl<K: Key + Ord, V: Stored> Stored for Map<K, V> {
    fn read(json: &Json) -> Option<Self> {
        let mut map = Map::new();
        for (k, v) in json.as_object()? {
            map.insert(K::read_key(k)?, V::read(v)?);
        }
        Some(map)
    }
    fn write(&self) -> Json {
        Json::Object(
            self.iter()
                .map(|(k, v)| (k.write_key(), v.write()))
                .collect(),
        )
    }
}

impl Key for String {
    fn read_key(key: &str) -> Option<Self> {
        Some(key.to_string())
    }
    fn write_key(&self) -> String {
        self.clone()
    }
}

impl Key for PackId {
    fn read_key(key: &str) -> Option<Self> {
        Some(PackId::from(key.to_string()))
    }
    fn write_key(&self) -> String {
        self.to_string()
    }
}

impl Key for Mode {
    fn read_key(key: &str) -> Option<Self> {
        Mode::from_slug(key)
    }
    fn write_key(&self) -> String {
        self.slug().to_string()
    }
}

impl Key for Category {
    fn read_key(key: &str) -> Option<Self> {
        Category::ALL
            .into_iter()
            .chain([Category::Pack])
            .find(|c| c.slug() == key)
    }
    fn write_key(&self) -> String {
        self.slug().to_string()
    }
}

impl Stored for Mode {
    fn read(json: &Json) -> Option<Self> {
        Mode::read_key(json.as_str()?)
    }
    fn write(&self) -> Json {
        Json::String(self.write_key())
    }
}

impl Stored for Category {
    fn read(json: &Json) -> Option<Self> {
        Category::read_key(json.as_str()?)
    }
    fn write(&self) -> Json {
        Json::String(self.write_key())
    }
}

impl Stored for PackId {
    fn read(json: &Json) -> Option<Self> {
        PackId::read_key(json.as_str()?)
    }
    fn write(&self) -> Json {
        Json::String(self.write_key())
    }
}

impl Stored for Lang {
    fn read(json: &Json) -> Option<Self> {
        Lang::from_code(json.as_str()?)
    }
    fn write(&self) -> Json {
        Json::String(self.code().to_string())
    }
}

impl Stored for Day {
    fn read(json: &Json) -> Option<Self> {
        json.as_i64().map(Day)
    }
    fn write(&self) -> Json {
        self.0.write()
    }
}

impl Stored for Score {
    fn read(json: &Json) -> Option<Self> {
        Some(Score {
            correct: req(json, "correct")?,
            total: req(json, "total")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("correct", self.correct.write()),
            ("total", self.total.write()),
        ])
    }
}

impl Stored for AnswerRecord {
    fn read(json: &Json) -> Option<Self> {
        Some(AnswerRecord {
            question: req(json, "question")?,
            given: req(json, "given")?,
            correct: req(json, "correct")?,
            category: opt(json, "category")?,
            episode: or_default(json, "episode")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("question", self.question.write()),
            ("given", self.given.write()),
            ("correct", self.correct.write()),
            ("category", self.category.map_or(Json::Null, |c| c.write())),
            ("episode", self.episode.write()),
        ])
    }
}

impl Stored for GameResult {
    fn read(json: &Json) -> Option<Self> {
        Some(GameResult {
            id: req(json, "id")?,
            finished_at: req(json, "finished_at")?,
            mode: req(json, "mode")?,
            code: req(json, "code")?,
            daily_day: opt(json, "daily_day")?,
            scored: req(json, "scored")?,
            score: req(json, "score")?,
            points: req(json, "points")?,
            duration_ms: or_default(json, "duration_ms")?,
            answers: req(json, "answers")?,
            pack: opt(json, "pack")?,
        })
    }
    fn write(&self) -> Json {
        let mut fields = vec![
            ("id", self.id.write()),
            ("finished_at", self.finished_at.write()),
            ("mode", self.mode.write()),
            ("code", self.code.write()),
            (
                "daily_day",
                self.daily_day.map_or(Json::Null, |d| d.write()),
            ),
            ("scored", self.scored.write()),
            ("score", self.score.write()),
            ("points", self.points.write()),
            ("duration_ms", self.duration_ms.write()),
            ("answers", self.answers.write()),
        ];
        if let Some(pack) = &self.pack {
            fields.push(("pack", pack.write()));
        }
        object(fields)
    }
}

impl Stored for Count {
    fn read(json: &Json) -> Option<Self> {
        Some(Count {
            answered: req(json, "answered")?,
            correct: req(json, "correct")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("answered", self.answered.write()),
            ("correct", self.correct.write()),
        ])
    }
}

impl Stored for Tally {
    fn read(json: &Json) -> Option<Self> {
        Some(Tally {
            games: req(json, "games")?,
            all: req(json, "all")?,
            by_category: req(json, "by_category")?,
            episodes: req(json, "episodes")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("games", self.games.write()),
            ("all", self.all.write()),
            ("by_category", self.by_category.write()),
            ("episodes", self.episodes.write()),
        ])
    }
}

impl Stored for TopEntry {
    fn read(json: &Json) -> Option<Self> {
        Some(TopEntry {
            finished_at: req(json, "finished_at")?,
            score: req(json, "score")?,
            points: req(json, "points")?,
            duration_ms: req(json, "duration_ms")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("finished_at", self.finished_at.write()),
            ("score", self.score.write()),
            ("points", self.points.write()),
            ("duration_ms", self.duration_ms.write()),
        ])
    }
}

impl Stored for HistoryPoint {
    fn read(json: &Json) -> Option<Self> {
        Some(HistoryPoint {
            finished_at: req(json, "finished_at")?,
            mode: req(json, "mode")?,
            accuracy: req(json, "accuracy")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("finished_at", self.finished_at.write()),
            ("mode", self.mode.write()),
            ("accuracy", self.accuracy.write()),
        ])
    }
}

impl Stored for DailyRecord {
    fn read(json: &Json) -> Option<Self> {
        Some(DailyRecord {
            last_scored: opt(json, "last_scored")?,
            streak: req(json, "streak")?,
            best_streak: req(json, "best_streak")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            (
                "last_scored",
                self.last_scored.map_or(Json::Null, |d| d.write()),
            ),
            ("streak", self.streak.write()),
            ("best_streak", self.best_streak.write()),
        ])
    }
}

impl Stored for PartyPlace {
    fn read(json: &Json) -> Option<Self> {
        Some(PartyPlace {
            rank: req(json, "rank")?,
            name: req(json, "name")?,
            points: req(json, "points")?,
            correct: req(json, "correct")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("rank", self.rank.write()),
            ("name", self.name.write()),
            ("points", self.points.write()),
            ("correct", self.correct.write()),
        ])
    }
}

impl Stored for PartyResult {
    fn read(json: &Json) -> Option<Self> {
        Some(PartyResult {
            id: req(json, "id")?,
            finished_at: req(json, "finished_at")?,
            questions: req(json, "questions")?,
            timed: req(json, "timed")?,
            places: req(json, "places")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("id", self.id.write()),
            ("finished_at", self.finished_at.write()),
            ("questions", self.questions.write()),
            ("timed", self.timed.write()),
            ("places", self.places.write()),
        ])
    }
}
