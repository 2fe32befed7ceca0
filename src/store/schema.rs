//! What is kept in the browser, as versioned records, and how any stored text is decoded.
//!
//! Pure: no browser APIs, so the codec is tested on the host. Decoding never fails: whatever
//! is stored, the player gets a usable state plus, when something was wrong, a [`LoadProblem`]
//! to tell them about.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::bank::SPECIAL_EPISODE;
use crate::engine::calendar::Day;
use crate::engine::daily::DailyRecord;
use crate::engine::practice::{record_answer, Boxes};
use crate::engine::quiz::Mode;
use crate::engine::scoring::Score;

/// The one localStorage key everything lives under.
pub const STORAGE_KEY: &str = "litre-quiz";
/// The schema version this build reads and writes.
pub const VERSION: u32 = 1;
/// How many finished games are kept.
pub const RESULTS_KEPT: usize = 20;

/// One answer in a finished game.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// The question id in the bank.
    pub question: String,
    /// The answer as the player gave it.
    pub given: String,
    pub correct: bool,
}

/// A finished game.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameResult {
    /// Unique per game, so results from two tabs can be told apart.
    pub id: String,
    /// When the game finished, in milliseconds since the Unix epoch.
    pub finished_at: f64,
    pub mode: Mode,
    /// The quiz code that reopens the same quiz (see `QuizSpec::code`).
    pub code: String,
    /// For daily challenges: the UTC day played.
    pub daily_day: Option<i64>,
    /// False for replays (a daily already played, a past day): they count for nothing.
    pub scored: bool,
    pub score: Score,
    /// Timed points (other modes: the number of right answers).
    pub points: u32,
    pub answers: Vec<AnswerRecord>,
}

/// A mode's best game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Best {
    pub score: Score,
    pub points: u32,
}

impl Best {
    /// Whether `self` beats `other` by the mode's measure: points in timed mode, the run in
    /// survival, the share of right answers otherwise.
    fn beats(self, other: Best, mode: Mode) -> bool {
        match mode {
            Mode::Timed => self.points > other.points,
            Mode::Survival => self.score.correct > other.score.correct,
            _ => self.score.beats(other.score),
        }
    }
}

/// The player's choices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The last episode watched (0 = none, 11 = all, 12 = the special too);
    /// `None` until the player has been asked.
    pub spoiler_limit: Option<u8>,
}

impl Settings {
    /// The limit in force; until the player is asked, only spoiler-free questions.
    pub fn spoiler_limit(&self) -> u8 {
        self.spoiler_limit.unwrap_or(0).min(SPECIAL_EPISODE)
    }
}

/// Everything stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub version: u32,
    /// Each mode's best game, kept even when it has left `results`.
    pub best: BTreeMap<Mode, Best>,
    /// The most recent games, oldest first, at most [`RESULTS_KEPT`].
    pub results: Vec<GameResult>,
    pub daily: DailyRecord,
    /// Practice boxes for every question answered in any mode.
    pub boxes: Boxes,
    pub settings: Settings,
}

impl Default for Records {
    fn default() -> Self {
        Self {
            version: VERSION,
            best: BTreeMap::new(),
            results: Vec::new(),
            daily: DailyRecord::default(),
            boxes: Boxes::new(),
            settings: Settings::default(),
        }
    }
}

impl Records {
    /// Adds a finished game: practice boxes learn from every answer; a scored game may set the
    /// mode's best and, for the daily, extend the streak. Keeps the last [`RESULTS_KEPT`].
    pub fn record(&mut self, result: GameResult) {
        for answer in &result.answers {
            record_answer(&mut self.boxes, &answer.question, answer.correct);
        }
        if result.scored {
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
            if let Some(day) = result.daily_day {
                self.daily.record(Day(day));
            }
        }
        self.results.push(result);
        let excess = self.results.len().saturating_sub(RESULTS_KEPT);
        self.results.drain(..excess);
    }

    /// The most recent game.
    pub fn last(&self) -> Option<&GameResult> {
        self.results.last()
    }
}

/// Something wrong with what was stored, to tell the player about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadProblem {
    /// The stored value could not be read; a fresh start was made.
    Unreadable,
    /// The value was written by a newer version of the game; it must not be overwritten.
    NewerVersion,
}

/// The result of decoding: always a usable state.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub records: Records,
    pub problem: Option<LoadProblem>,
}

/// Decodes whatever is stored (`None` = nothing yet). Never panics.
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
    let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
        return fresh(LoadProblem::Unreadable);
    };
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => fresh(LoadProblem::NewerVersion),
        Some(v) if v == u64::from(VERSION) => match serde_json::from_value::<Records>(value) {
            Ok(records) => Decoded {
                records,
                problem: None,
            },
            Err(_) => fresh(LoadProblem::Unreadable),
        },
        _ => fresh(LoadProblem::Unreadable),
    }
}

/// Encodes records for storage.
pub fn encode(records: &Records) -> String {
    // Serialising plain data structs into a String cannot fail.
    serde_json::to_string(records).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(n: u32, correct: u32) -> GameResult {
        GameResult {
            id: format!("g{n}"),
            finished_at: f64::from(n),
            mode: Mode::Classic,
            code: format!("s{n:x}"),
            daily_day: None,
            scored: true,
            score: Score { correct, total: 10 },
            points: correct,
            answers: vec![AnswerRecord {
                question: "q".into(),
                given: "a".into(),
                correct: true,
            }],
        }
    }

    #[test]
    fn nothing_stored_is_a_clean_start() {
        assert_eq!(
            decode(None),
            Decoded {
                records: Records::default(),
                problem: None
            }
        );
    }

    #[test]
    fn encode_then_decode_round_trips() {
        let mut records = Records::default();
        records.record(result(1, 4));
        records.record(result(2, 9));
        let decoded = decode(Some(&encode(&records)));
        assert_eq!(decoded.records, records);
        assert_eq!(decoded.problem, None);
    }

    #[test]
    fn garbage_is_unreadable_not_a_crash() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            "42",
            "{\"version\":1}",
            "{\"version\":\"1\"}",
        ] {
            let decoded = decode(Some(raw));
            assert_eq!(decoded.records, Records::default(), "{raw}");
            assert_eq!(decoded.problem, Some(LoadProblem::Unreadable), "{raw}");
        }
    }

    #[test]
    fn a_newer_version_is_flagged() {
        let decoded = decode(Some(r#"{"version": 99, "anything": true}"#));
        assert_eq!(decoded.problem, Some(LoadProblem::NewerVersion));
    }

    #[test]
    fn record_keeps_best_and_the_last_twenty() {
        let mut records = Records::default();
        records.record(result(0, 8));
        for n in 1..=25 {
            records.record(result(n, 3));
        }
        assert_eq!(records.results.len(), RESULTS_KEPT);
        assert_eq!(records.results[0].id, "g6");
        assert_eq!(records.last().map(|r| r.id.as_str()), Some("g25"));
        assert_eq!(
            records.best[&Mode::Classic].score,
            Score {
                correct: 8,
                total: 10
            }
        );
    }

    #[test]
    fn each_mode_keeps_its_own_best_by_its_own_measure() {
        let mut records = Records::default();
        let mut timed = result(1, 9);
        timed.mode = Mode::Timed;
        timed.points = 4000;
        let mut faster = result(2, 7);
        faster.mode = Mode::Timed;
        faster.points = 6000;
        records.record(timed);
        records.record(faster);
        assert_eq!(records.best[&Mode::Timed].points, 6000);
        assert!(!records.best.contains_key(&Mode::Classic));
    }

    #[test]
    fn unscored_replays_set_no_best_and_no_streak() {
        let mut records = Records::default();
        let mut replay = result(1, 10);
        replay.mode = Mode::Daily;
        replay.daily_day = Some(20_000);
        replay.scored = false;
        records.record(replay);
        assert!(records.best.is_empty());
        assert_eq!(records.daily.streak, 0);
        assert_eq!(
            records.results.len(),
            1,
            "the replay is still shown in Results"
        );
    }

    #[test]
    fn a_scored_daily_extends_the_streak() {
        let mut records = Records::default();
        for day in [20_000, 20_001] {
            let mut daily = result(1, 5);
            daily.mode = Mode::Daily;
            daily.daily_day = Some(day);
            records.record(daily);
        }
        assert_eq!(records.daily.streak, 2);
    }

    #[test]
    fn every_answer_feeds_the_practice_boxes() {
        let mut records = Records::default();
        let mut game = result(1, 0);
        game.answers = vec![AnswerRecord {
            question: "missed".into(),
            given: "x".into(),
            correct: false,
        }];
        records.record(game);
        assert_eq!(records.boxes["missed"], 1);
    }
}
