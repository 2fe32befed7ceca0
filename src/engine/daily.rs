//! The daily challenge's bookkeeping: one scored attempt a UTC day, and the daily streak.

use super::calendar::Day;

/// What is kept about daily challenges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DailyRecord {
    /// The last UTC day (days since 1970-01-01) with a scored attempt.
    pub last_scored: Option<i64>,
    /// Consecutive days with a scored attempt, ending at `last_scored`.
    pub streak: u32,
    pub best_streak: u32,
}

impl DailyRecord {
    /// Whether today's scored attempt is used up.
    pub fn scored_on(&self, day: Day) -> bool {
        self.last_scored == Some(day.0)
    }

    /// Records a scored attempt on `day`; returns false (and changes nothing) if that day
    /// already had one or it is older than the last scored day.
    pub fn record(&mut self, day: Day) -> bool {
        match self.last_scored {
            Some(last) if last >= day.0 => return false,
            Some(last) if last == day.0 - 1 => self.streak += 1,
            _ => self.streak = 1,
        }
        self.last_scored = Some(day.0);
        self.best_streak = self.best_streak.max(self.streak);
        true
    }

    /// The streak as it stands on `today`: still alive if the last attempt was today or
    /// yesterday, otherwise broken (0).
    pub fn current_streak(&self, today: Day) -> u32 {
        match self.last_scored {
            Some(last) if last == today.0 || last == today.0 - 1 => self.streak,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::DAY_MS;

    fn day(iso: &str) -> Day {
        Day::parse(iso).unwrap()
    }

    #[test]
    fn one_scored_attempt_a_day() {
        let mut record = DailyRecord::default();
        assert!(!record.scored_on(day("2026-11-21")));
        assert!(record.record(day("2026-11-21")));
        assert!(record.scored_on(day("2026-11-21")));
        assert!(!record.record(day("2026-11-21")), "a replay is not scored");
        assert_eq!(record.streak, 1);
    }

    #[test]
    fn the_streak_grows_across_midnight_utc() {
        let mut record = DailyRecord::default();
        let just_before = day("2026-11-21").0 as f64 * DAY_MS + DAY_MS - 1.0;
        let just_after = just_before + 2.0;
        assert!(record.record(Day::from_ms(just_before)));
        assert!(
            record.record(Day::from_ms(just_after)),
            "a new UTC day, a new attempt"
        );
        assert_eq!(record.streak, 2);
        assert_eq!(record.current_streak(day("2026-11-22")), 2);
    }

    #[test]
    fn a_missed_day_breaks_the_streak_but_keeps_the_best() {
        let mut record = DailyRecord::default();
        for d in ["2026-11-01", "2026-11-02", "2026-11-03"] {
            record.record(day(d));
        }
        assert_eq!(
            record.current_streak(day("2026-11-04")),
            3,
            "alive until today ends"
        );
        assert_eq!(
            record.current_streak(day("2026-11-05")),
            0,
            "a whole day missed"
        );
        record.record(day("2026-11-05"));
        assert_eq!(record.streak, 1);
        assert_eq!(record.best_streak, 3);
    }

    #[test]
    fn an_older_day_cannot_be_scored_after_a_newer_one() {
        let mut record = DailyRecord::default();
        record.record(day("2026-11-10"));
        assert!(!record.record(day("2026-11-09")));
        assert_eq!(record.last_scored, Some(day("2026-11-10").0));
    }
}
