//! What is kept in the browser, as versioned records, and how any stored text is decoded.
//!
//! Pure: no browser APIs, so the codec is tested on the host. Decoding never fails: whatever
//! is stored, the player gets a usable state plus, when something was wrong, a [`LoadProblem`]
//! to tell them about.

use serde::{Deserialize, Serialize};

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
    pub seed: u64,
    pub score: Score,
    pub answers: Vec<AnswerRecord>,
}

/// Everything stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub version: u32,
    /// The best score ever, kept even when its game has left `results`.
    pub best: Option<Score>,
    /// The most recent games, oldest first, at most [`RESULTS_KEPT`].
    pub results: Vec<GameResult>,
}

impl Default for Records {
    fn default() -> Self {
        Self {
            version: VERSION,
            best: None,
            results: Vec::new(),
        }
    }
}

impl Records {
    /// Adds a finished game, updating the best score and keeping the last [`RESULTS_KEPT`].
    pub fn record(&mut self, result: GameResult) {
        if self.best.is_none_or(|best| result.score.beats(best)) {
            self.best = Some(result.score);
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
            seed: u64::from(n),
            score: Score { correct, total: 10 },
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
            records.best,
            Some(Score {
                correct: 8,
                total: 10
            })
        );
    }
}
