//! Running totals that outlive the last 20 games: answers per category, episodes covered,
//! each mode's top ten, and the score history the charts draw.

use super::map::{ByteSet, Map};

use super::bank::Category;
use super::mode::Mode;
use super::order::sort_small_by;
use super::scoring::Score;

/// How many games each mode's top list keeps.
pub const TOP_KEPT: usize = 10;
/// How many games the score-over-time history keeps.
pub const HISTORY_KEPT: usize = 60;

/// Right answers out of answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub answered: u32,
    pub correct: u32,
}

impl Count {
    /// Adds one answer.
    pub fn add(&mut self, correct: bool) {
        self.answered += 1;
        self.correct += u32::from(correct);
    }

    /// Accuracy in whole percent; `None` before any answer.
    pub fn percent(self) -> Option<u32> {
        (self.answered > 0).then(|| {
            Score {
                correct: self.correct,
                total: self.answered,
            }
            .accuracy_percent()
        })
    }

    /// The larger of each field: merging two copies of the same history never double counts.
    pub fn max(self, other: Count) -> Count {
        Count {
            answered: self.answered.max(other.answered),
            correct: self.correct.max(other.correct),
        }
    }
}

/// Totals over every game ever recorded here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub games: u32,
    pub all: Count,
    pub by_category: Map<Category, Count>,
    /// Episodes (1–11, 12 = the special) with at least one question answered.
    pub episodes: ByteSet,
}

/// One game on a mode's top list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TopEntry {
    pub finished_at: f64,
    pub score: Score,
    pub points: u32,
    pub duration_ms: f64,
}

impl TopEntry {
    /// The mode's measure, for sorting: points (timed), run (survival), share right.
    fn rank(&self, mode: Mode) -> (u64, u64) {
        match mode {
            Mode::Timed => (u64::from(self.points), 0),
            Mode::Survival => (u64::from(self.score.correct), 0),
            _ => (
                u64::from(self.score.accuracy_percent()),
                u64::from(self.score.correct),
            ),
        }
    }
}

/// Inserts `entry` into a mode's top list, best first, keeping [`TOP_KEPT`].
pub fn add_to_top(list: &mut Vec<TopEntry>, entry: TopEntry, mode: Mode) {
    if list
        .iter()
        .any(|e| e.finished_at == entry.finished_at && e.score == entry.score)
    {
        return;
    }
    list.push(entry);
    // Better first; on a tie, the earlier game first.
    sort_small_by(list, |a, b| {
        b.rank(mode)
            .cmp(&a.rank(mode))
            .then(a.finished_at.total_cmp(&b.finished_at))
    });
    list.truncate(TOP_KEPT);
}

/// One point on the score-over-time chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HistoryPoint {
    pub finished_at: f64,
    pub mode: Mode,
    pub accuracy: u32,
}

/// Adds a point in time order, keeping the last [`HISTORY_KEPT`].
pub fn add_to_history(history: &mut Vec<HistoryPoint>, point: HistoryPoint) {
    if history
        .iter()
        .any(|p| p.finished_at == point.finished_at && p.mode == point.mode)
    {
        return;
    }
    history.push(point);
    sort_small_by(history, |a, b| a.finished_at.total_cmp(&b.finished_at));
    let excess = history.len().saturating_sub(HISTORY_KEPT);
    history.drain(..excess);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: f64, correct: u32, points: u32) -> TopEntry {
        TopEntry {
            finished_at: at,
            score: Score { correct, total: 10 },
            points,
            duration_ms: 1000.0,
        }
    }

    #[test]
    fn top_lists_keep_the_best_ten_by_the_modes_measure() {
        let mut classic = Vec::new();
        for i in 0..15 {
            add_to_top(&mut classic, entry(f64::from(i), i % 11, 0), Mode::Classic);
        }
        assert_eq!(classic.len(), TOP_KEPT);
        assert_eq!(classic[0].score.correct, 10);
        assert!(classic
            .windows(2)
            .all(|w| w[0].score.correct >= w[1].score.correct));
        let mut timed = Vec::new();
        add_to_top(&mut timed, entry(1.0, 10, 3000), Mode::Timed);
        add_to_top(&mut timed, entry(2.0, 5, 6000), Mode::Timed);
        assert_eq!(
            timed[0].points, 6000,
            "timed ranks by points, not right answers"
        );
    }

    #[test]
    fn the_same_game_is_not_listed_twice() {
        let mut list = Vec::new();
        add_to_top(&mut list, entry(5.0, 7, 0), Mode::Classic);
        add_to_top(&mut list, entry(5.0, 7, 0), Mode::Classic);
        assert_eq!(list.len(), 1);
    }

    #[test]
    fn history_stays_in_time_order_and_bounded() {
        let mut history = Vec::new();
        for i in (0..100).rev() {
            add_to_history(
                &mut history,
                HistoryPoint {
                    finished_at: f64::from(i),
                    mode: Mode::Classic,
                    accuracy: 50,
                },
            );
        }
        assert_eq!(history.len(), HISTORY_KEPT);
        assert!(history
            .windows(2)
            .all(|w| w[0].finished_at < w[1].finished_at));
    }

    #[test]
    fn counts_and_percentages() {
        let mut count = Count::default();
        assert_eq!(count.percent(), None);
        count.add(true);
        count.add(false);
        count.add(true);
        assert_eq!(count.percent(), Some(67));
        assert_eq!(
            count.max(Count {
                answered: 5,
                correct: 1
            }),
            Count {
                answered: 5,
                correct: 2
            }
        );
    }
}
