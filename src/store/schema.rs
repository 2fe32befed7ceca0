//! What is kept in the browser, as versioned records, and how any stored text is decoded.
//!
//! Pure: no browser APIs, so the codec and the migrations are tested on the host. Decoding
//! never fails: whatever is stored, the player gets a usable state, keeping every part that can
//! still be read, plus a [`LoadProblem`] to tell them about when something was lost.

use crate::engine::achievements::{self, Achievement, Progress};
use crate::engine::bank::SPECIAL_EPISODE;
use crate::engine::daily::DailyRecord;
use crate::engine::lang::Lang;
use crate::engine::map::{slot, Map};
use crate::engine::mode::Mode;
use crate::engine::packs::PackId;
pub use crate::engine::party::PartyResult;
use crate::engine::practice::{record_answer, Boxes, TOP_BOX};
pub use crate::engine::result::{AnswerRecord, GameResult};
use crate::engine::scoring::Score;
use crate::engine::stats::{add_to_history, add_to_top, Count, HistoryPoint, Tally, TopEntry};

use super::codec::{object, opt, or_default, req, Key, Stored};
use super::migrate;
use crate::json::Json;

/// The one localStorage key everything lives under.
pub const STORAGE_KEY: &str = "litre-quiz";
/// Where an unreadable stored value is copied before anything overwrites it.
pub const BACKUP_KEY: &str = "litre-quiz-backup";
/// The schema version this build reads and writes. Version 3 added the party games and the
/// party players' names, version 4 the chosen language; older records read as they are (those
/// parts start empty), and an older build refuses to write over newer records, so it cannot
/// drop them.
pub const VERSION: u32 = 4;
/// How many finished games are kept in full.
pub const RESULTS_KEPT: usize = 20;
/// How many finished party games are kept.
pub const PARTIES_KEPT: usize = 50;

/// A mode's best game.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Best {
    pub score: Score,
    pub points: u32,
}

impl Best {
    /// Whether `self` beats `other` by the mode's measure: points in timed mode, the run in
    /// survival, the share of right answers otherwise.
    pub fn beats(self, other: Best, mode: Mode) -> bool {
        match mode {
            Mode::Timed => self.points > other.points,
            Mode::Survival => self.score.correct > other.score.correct,
            _ => self.score.beats(other.score),
        }
    }
}

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// The player's choices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The last episode watched (0 = none, 11 = all, 12 = the special too);
    /// `None` until the player has been asked.
    pub spoiler_limit: Option<u8>,
    pub theme: Theme,
    /// Chimes for right and wrong answers; off unless switched on.
    pub sound: bool,
    /// The names of the last "Play together" game's players, offered again next time.
    pub party_names: Vec<String>,
    /// The language the player chose; `None` follows the browser's languages.
    pub lang: Option<Lang>,
}

impl Settings {
    /// The limit in force; until the player is asked, only spoiler-free questions.
    pub fn spoiler_limit(&self) -> u8 {
        self.spoiler_limit.unwrap_or(0).min(SPECIAL_EPISODE)
    }
}

/// Everything stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Records {
    pub version: u32,
    /// Each mode's best game, kept even when it has left `results`.
    pub best: Map<Mode, Best>,
    /// The most recent games, oldest first, at most [`RESULTS_KEPT`].
    pub results: Vec<GameResult>,
    /// Each mode's top ten scored games.
    pub top: Map<Mode, Vec<TopEntry>>,
    /// Recent scored games for the score-over-time chart.
    pub history: Vec<HistoryPoint>,
    pub tally: Tally,
    pub daily: DailyRecord,
    /// Practice boxes for every question answered in any mode.
    pub boxes: Boxes,
    pub settings: Settings,
    /// Achievement id → when it was earned (ms since the epoch).
    pub achievements: Map<String, f64>,
    /// Each imported pack's best game per mode, by pack id.
    pub pack_best: Map<PackId, Map<Mode, Best>>,
    /// Finished "Play together" games, oldest first, at most [`PARTIES_KEPT`]: kept apart
    /// from the bests, top tens, history and daily streak above, which are one player's.
    pub parties: Vec<PartyResult>,
}

impl Default for Records {
    fn default() -> Self {
        Self {
            version: VERSION,
            best: Map::new(),
            results: Vec::new(),
            top: Map::new(),
            history: Vec::new(),
            tally: Tally::default(),
            daily: DailyRecord::default(),
            boxes: Boxes::new(),
            settings: Settings::default(),
            achievements: Map::new(),
            pack_best: Map::new(),
            parties: Vec::new(),
        }
    }
}

impl Records {
    /// Adds a finished game and returns the achievements it newly earned. Every answer feeds
    /// the totals and the practice boxes; a scored game may also set the mode's best, join its
    /// top ten and the history, and extend the daily streak. A pack's game sets only that
    /// pack's best. Keeps the last [`RESULTS_KEPT`].
    pub fn record(&mut self, result: GameResult) -> Vec<&'static Achievement> {
        self.tally.games += 1;
        for answer in &result.answers {
            record_answer(&mut self.boxes, &answer.question, answer.correct);
            self.tally.all.add(answer.correct);
            if let Some(category) = answer.category {
                slot(&mut self.tally.by_category, &category, Count::default).add(answer.correct);
            }
            if answer.episode > 0 {
                self.tally.episodes.insert(answer.episode);
            }
        }
        let earned = match &result.pack {
            Some(pack) => {
                let best = Best {
                    score: result.score,
                    points: result.points,
                };
                let bests = slot(&mut self.pack_best, pack, Map::new);
                if bests
                    .get(&result.mode)
                    .is_none_or(|old| best.beats(*old, result.mode))
                {
                    bests.insert(result.mode, best);
                }
                Vec::new()
            }
            None => {
                if result.scored {
                    self.record_scored(&result);
                }
                self.new_achievements(&result)
            }
        };
        self.results.push(result);
        let excess = self.results.len().saturating_sub(RESULTS_KEPT);
        self.results.drain(..excess);
        earned
    }

    fn record_scored(&mut self, result: &GameResult) {
        let best = Best {
            score: result.score,
            points: result.points,
        };
        if self
            .best
            .get(&result.mode)
            .is_none_or(|old| best.beats(*old, result.mode))
        {
            self.best.insert(result.mode, best);
        }
        add_to_top(
            slot(&mut self.top, &result.mode, Vec::new),
            TopEntry {
                finished_at: result.finished_at,
                score: result.score,
                points: result.points,
                duration_ms: result.duration_ms,
            },
            result.mode,
        );
        add_to_history(
            &mut self.history,
            HistoryPoint {
                finished_at: result.finished_at,
                mode: result.mode,
                accuracy: result.score.accuracy_percent(),
            },
        );
        if let Some(day) = result.daily_day {
            self.daily.record(day);
        }
    }

    fn new_achievements(&mut self, result: &GameResult) -> Vec<&'static Achievement> {
        let progress = Progress {
            tally: &self.tally,
            best_daily_streak: self.daily.best_streak,
            learned: self.boxes.values().filter(|b| **b == TOP_BOX).count(),
            last: (result.mode, result.score, result.points),
        };
        let earned: Vec<&'static Achievement> = achievements::ALL
            .iter()
            .filter(|a| !self.achievements.contains_key(a.id))
            .filter(|a| achievements::holds(a, &progress))
            .collect();
        for a in &earned {
            self.achievements
                .insert(a.id.to_string(), result.finished_at);
        }
        earned
    }

    /// The most recent game.
    pub fn last(&self) -> Option<&GameResult> {
        self.results.last()
    }
}

/// Something wrong with what was stored, to tell the player about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadProblem {
    /// Nothing could be read; a fresh start was made.
    Unreadable,
    /// Some parts could not be read and were reset; the rest was kept.
    PartlyRecovered,
    /// The value was written by a newer version of the game; it must not be overwritten.
    NewerVersion,
}

/// The result of decoding: always a usable state.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub records: Records,
    pub problem: Option<LoadProblem>,
}

/// Reads whatever is stored. Never fails: missing storage is a fresh start, an unreadable
/// text is a fresh start with a problem to report, and readable parts of damaged records are
/// kept.
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded {
            records: Records::default(),
            problem: None,
        };
    };
    let fresh = |problem| Decoded {
        records: Records::default(),
        problem: Some(problem),
    };
    let Some(mut object) = Json::parse(raw).filter(|v| v.as_object().is_some()) else {
        return fresh(LoadProblem::Unreadable);
    };
    let version = object.get("version").and_then(Json::as_i64);
    if version.is_some_and(|v| v > i64::from(VERSION)) {
        return fresh(LoadProblem::NewerVersion);
    }
    let mut lossy = version.is_none();
    if version == Some(1) {
        migrate::v1_to_v2(&mut object);
    }
    let records = recover(&object, &mut lossy);
    Decoded {
        records,
        problem: lossy.then_some(LoadProblem::PartlyRecovered),
    }
}

/// Reads each part on its own, so one bad part costs only itself.
fn recover(object: &Json, lossy: &mut bool) -> Records {
    let mut records = Records {
        best: map_entries(object.get("best"), lossy),
        results: list_items(object.get("results"), lossy),
        top: map_entries(object.get("top"), lossy),
        history: list_items(object.get("history"), lossy),
        tally: field(object.get("tally"), lossy),
        daily: field(object.get("daily"), lossy),
        boxes: map_entries(object.get("boxes"), lossy),
        settings: field(object.get("settings"), lossy),
        achievements: map_entries(object.get("achievements"), lossy),
        pack_best: object
            .get("pack_best")
            .map_or_else(Map::new, |v| map_entries(Some(v), lossy)),
        parties: object
            .get("parties")
            .map_or_else(Vec::new, |v| list_items(Some(v), lossy)),
        ..Records::default()
    };
    let excess = records.results.len().saturating_sub(RESULTS_KEPT);
    records.results.drain(..excess);
    let excess = records.parties.len().saturating_sub(PARTIES_KEPT);
    records.parties.drain(..excess);
    records
}

/// One field, or its default (noting the loss) when missing or unreadable.
fn field<T: Stored + Default>(value: Option<&Json>, lossy: &mut bool) -> T {
    match value.and_then(T::read) {
        Some(v) => v,
        None => {
            *lossy = true;
            T::default()
        }
    }
}

/// The readable items of a list; unreadable ones are dropped and noted.
fn list_items<T: Stored>(value: Option<&Json>, lossy: &mut bool) -> Vec<T> {
    let Some(items) = value.and_then(Json::as_array) else {
        *lossy = true;
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let parsed = T::read(item);
            *lossy |= parsed.is_none();
            parsed
        })
        .collect()
}

/// The readable entries of a map; unreadable ones are dropped and noted.
fn map_entries<K: Key, V: Stored>(value: Option<&Json>, lossy: &mut bool) -> Map<K, V> {
    let Some(entries) = value.and_then(Json::as_object) else {
        *lossy = true;
        return Map::new();
    };
    let mut map = Map::new();
    for (key, value) in entries {
        match K::read_key(key).zip(V::read(value)) {
            Some((key, value)) => {
                map.insert(key, value);
            }
            None => *lossy = true,
        }
    }
    map
}

/// Encodes records for storage, or `None` if they cannot be: never an empty or partial text,
/// so a failed encoding can never be written over the stored records.
pub fn encode(records: &Records) -> Option<String> {
    let json = Json::Object(vec![
        ("version".to_string(), records.version.write()),
        ("best".to_string(), records.best.write()),
        ("results".to_string(), records.results.write()),
        ("top".to_string(), records.top.write()),
        ("history".to_string(), records.history.write()),
        ("tally".to_string(), records.tally.write()),
        ("daily".to_string(), records.daily.write()),
        ("boxes".to_string(), records.boxes.write()),
        ("settings".to_string(), records.settings.write()),
        ("achievements".to_string(), records.achievements.write()),
        ("pack_best".to_string(), records.pack_best.write()),
        ("parties".to_string(), records.parties.write()),
    ]);
    let mut text = String::new();
    json.write(&mut text);
    Some(text).filter(|text| text.starts_with('{'))
}

impl Stored for Theme {
    fn read(json: &Json) -> Option<Self> {
        match json.as_str()? {
            "system" => Some(Theme::System),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
    fn write(&self) -> Json {
        Json::String(
            match self {
                Theme::System => "system",
                Theme::Light => "light",
                Theme::Dark => "dark",
            }
            .to_string(),
        )
    }
}

impl Stored for Best {
    fn read(json: &Json) -> Option<Self> {
        Some(Best {
            score: req(json, "score")?,
            points: req(json, "points")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            ("score", self.score.write()),
            ("points", self.points.write()),
        ])
    }
}

impl Stored for Settings {
    fn read(json: &Json) -> Option<Self> {
        Some(Settings {
            spoiler_limit: opt(json, "spoiler_limit")?,
            theme: or_default(json, "theme")?,
            sound: or_default(json, "sound")?,
            party_names: or_default(json, "party_names")?,
            lang: opt(json, "lang")?,
        })
    }
    fn write(&self) -> Json {
        object(vec![
            (
                "spoiler_limit",
                self.spoiler_limit.map_or(Json::Null, |l| l.write()),
            ),
            ("theme", self.theme.write()),
            ("sound", self.sound.write()),
            ("party_names", self.party_names.write()),
            ("lang", self.lang.map_or(Json::Null, |l| l.write())),
        ])
    }
}
