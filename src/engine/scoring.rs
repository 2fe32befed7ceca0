//! Scoring: right answers and accuracy for every mode, and points for timed mode.
//!
//! Timed points for a right answer are 500 + 500 × the share of the 20 s left, plus a streak
//! bonus of +100 for each right answer in a row before this one, capped at +500. A miss, or time
//! running out, scores 0 and ends the streak.

use serde::{Deserialize, Serialize};

use super::mode::Mode;
use crate::i18n::{Msg, Words};

/// Right answers out of questions asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub correct: u32,
    pub total: u32,
}

impl Score {
    /// Accuracy as a whole percentage, rounded to nearest; 0 for an empty round.
    pub fn accuracy_percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        (self.correct * 100 + self.total / 2) / self.total
    }

    /// True when `self` is a better result than `other` (more right; then fewer asked).
    pub fn beats(self, other: Score) -> bool {
        u64::from(self.correct) * u64::from(other.total.max(1))
            > u64::from(other.correct) * u64::from(self.total.max(1))
    }
}

/// A game's result in its mode's own terms, in `words`: points (timed), the run (survival),
/// or right answers out of questions.
pub fn describe(words: Words, mode: Mode, score: Score, points: u32) -> String {
    let (correct, total) = (score.correct.to_string(), score.total.to_string());
    match mode {
        Mode::Timed => words.f(Msg::QuizPoints, &[("points", &points.to_string())]),
        Mode::Survival => words.f(Msg::QuizInARow, &[("n", &correct)]),
        _ => words.f(
            Msg::QuizRightOf,
            &[("correct", &correct), ("total", &total)],
        ),
    }
}

/// A finished game's result as the Results page heads it, in `words`: the mode's own measure
/// first, then right answers out of questions ("5230 points · Score: 7 of 10").
pub fn headline(words: Words, mode: Mode, score: Score, points: u32) -> String {
    let (correct, total) = (score.correct.to_string(), score.total.to_string());
    let (points, run) = (points.to_string(), correct.clone());
    let values = [
        ("correct", correct.as_str()),
        ("total", total.as_str()),
        ("points", points.as_str()),
        ("run", run.as_str()),
    ];
    let msg = match mode {
        Mode::Timed => Msg::QuizHeadlineTimed,
        Mode::Survival => Msg::QuizHeadlineSurvival,
        _ => Msg::QuizHeadline,
    };
    words.f(msg, &values)
}

/// Base points for a right timed answer: 500, plus up to 500 for the share of time left.
pub fn timed_points(elapsed_ms: u32, limit_ms: u32) -> u32 {
    let left = limit_ms.saturating_sub(elapsed_ms);
    500 + (u64::from(left) * 500 / u64::from(limit_ms.max(1))) as u32
}

/// The bonus for the `streak`-th right answer in a row: +100 for each earlier one, at most +500.
pub fn streak_bonus(streak: u32) -> u32 {
    (streak.saturating_sub(1) * 100).min(500)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_are_described_in_each_modes_terms() {
        let score = Score {
            correct: 7,
            total: 8,
        };
        let en = Words::ENGLISH;
        assert_eq!(describe(en, Mode::Classic, score, 7), "7 of 8");
        assert_eq!(describe(en, Mode::Timed, score, 5230), "5230 points");
        assert_eq!(describe(en, Mode::Survival, score, 7), "7 in a row");
    }

    #[test]
    fn headlines_lead_with_the_modes_measure() {
        let score = Score {
            correct: 7,
            total: 8,
        };
        let en = Words::ENGLISH;
        assert_eq!(headline(en, Mode::Classic, score, 7), "Score: 7 of 8");
        assert_eq!(headline(en, Mode::Daily, score, 7), "Score: 7 of 8");
        assert_eq!(
            headline(en, Mode::Timed, score, 5230),
            "5230 points · Score: 7 of 8"
        );
        assert_eq!(
            headline(en, Mode::Survival, score, 7),
            "A run of 7 right · Score: 7 of 8"
        );
    }

    #[test]
    fn timed_points_reward_speed() {
        assert_eq!(timed_points(0, 20_000), 1000);
        assert_eq!(timed_points(10_000, 20_000), 750);
        assert_eq!(timed_points(20_000, 20_000), 500);
        assert_eq!(
            timed_points(25_000, 20_000),
            500,
            "late answers still get the base"
        );
    }

    #[test]
    fn the_streak_bonus_grows_by_100_and_caps_at_500() {
        let bonuses: Vec<u32> = (1..=8).map(streak_bonus).collect();
        assert_eq!(bonuses, [0, 100, 200, 300, 400, 500, 500, 500]);
        assert_eq!(streak_bonus(0), 0);
    }

    #[test]
    fn accuracy_rounds_to_nearest() {
        assert_eq!(
            Score {
                correct: 7,
                total: 10
            }
            .accuracy_percent(),
            70
        );
        assert_eq!(
            Score {
                correct: 2,
                total: 3
            }
            .accuracy_percent(),
            67
        );
        assert_eq!(
            Score {
                correct: 0,
                total: 0
            }
            .accuracy_percent(),
            0
        );
        assert_eq!(
            Score {
                correct: 10,
                total: 10
            }
            .accuracy_percent(),
            100
        );
    }

    #[test]
    fn beats_compares_shares() {
        let seven = Score {
            correct: 7,
            total: 10,
        };
        assert!(Score {
            correct: 8,
            total: 10
        }
        .beats(seven));
        assert!(!seven.beats(seven));
        assert!(!Score {
            correct: 3,
            total: 10
        }
        .beats(seven));
    }
}
