//! Scoring: how many answers were right, and the accuracy shown on Results.

use serde::{Deserialize, Serialize};

use super::session::Session;

/// Right answers out of questions asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    pub correct: u32,
    pub total: u32,
}

impl Score {
    /// The score of a session so far.
    pub fn of(session: &Session) -> Self {
        Self {
            correct: u32::try_from(session.correct()).unwrap_or(u32::MAX),
            total: u32::try_from(session.rounds.len()).unwrap_or(u32::MAX),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;

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
