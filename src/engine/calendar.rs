//! UTC calendar days: the daily challenge's clock. Pure arithmetic, no browser time zone.

use crate::i18n::{Msg, Words};

/// Milliseconds in a day.
pub const DAY_MS: f64 = 86_400_000.0;

/// A calendar day in UTC, counted from 1970-01-01 (day 0). Stored as that number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Day(pub i64);

impl Day {
    /// The UTC day that contains the instant `ms` (milliseconds since the Unix epoch).
    pub fn from_ms(ms: f64) -> Self {
        Day((ms / DAY_MS).floor() as i64)
    }

    /// Milliseconds from `now_ms` until the next UTC midnight.
    pub fn ms_until_next(now_ms: f64) -> f64 {
        let next = (Day::from_ms(now_ms).0 + 1) as f64 * DAY_MS;
        (next - now_ms).max(0.0)
    }

    /// Parses `yyyy-mm-dd`; `None` for anything else, including impossible dates.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Day(days_from_civil(y, m, d)))
    }

    /// The day's year, month (1–12) and day of the month (1–31).
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }

    /// The day as a player reads it: "11 October 2005", 2005年10月11日.
    pub fn in_words(self, words: Words) -> String {
        let (y, m, d) = self.ymd();
        words.date(y, m, d)
    }

    /// The day as `yyyy-mm-dd`.
    pub fn iso(self) -> String {
        let (y, m, d) = civil_from_days(self.0);
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// "5 h 3 min" style countdown text for a duration in milliseconds, in `words`.
pub fn countdown_text(words: Words, ms: f64) -> String {
    let minutes = (ms / 60_000.0).ceil() as i64;
    let (h, m) = ((minutes / 60).to_string(), (minutes % 60).to_string());
    match (minutes / 60, minutes % 60) {
        (0, _) => words.f(Msg::Minutes, &[("m", &m)]),
        (_, 0) => words.f(Msg::Hours, &[("h", &h)]),
        _ => words.f(Msg::HoursMinutes, &[("h", &h), ("m", &m)]),
    }
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(Day::parse("1970-01-01"), Some(Day(0)));
        assert_eq!(Day(0).iso(), "1970-01-01");
        assert_eq!(
            Day::parse("2005-10-11").map(Day::iso).as_deref(),
            Some("2005-10-11")
        );
        assert_eq!(
            Day::parse("2024-02-29").map(Day::iso).as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn days_round_trip_over_centuries() {
        for n in (-700_000..2_900_000).step_by(997) {
            assert_eq!(Day::parse(&Day(n).iso()), Some(Day(n)), "day {n}");
        }
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused() {
        for bad in [
            "",
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-5",
            "26-01-05",
            "2026-01-32",
            "2026-01-05-1",
            "yyyy-mm-dd",
            "２０２６-01-01",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_day_turns_at_utc_midnight() {
        let midnight = Day::parse("2026-11-21")
            .map(|d| d.0 as f64 * DAY_MS)
            .unwrap();
        assert_eq!(Day::from_ms(midnight - 1.0).iso(), "2026-11-20");
        assert_eq!(Day::from_ms(midnight).iso(), "2026-11-21");
        assert_eq!(Day::ms_until_next(midnight - 1.0), 1.0);
        assert_eq!(Day::ms_until_next(midnight), DAY_MS);
    }

    #[test]
    fn countdown_reads_naturally() {
        let en = Words::ENGLISH;
        assert_eq!(countdown_text(en, 59_000.0), "1 min");
        assert_eq!(countdown_text(en, 3_600_000.0), "1 h");
        assert_eq!(
            countdown_text(en, 5.0 * 3_600_000.0 + 3.0 * 60_000.0),
            "5 h 3 min"
        );
    }
}
