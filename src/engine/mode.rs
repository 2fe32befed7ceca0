//! The ways to play, and what each mode allows.

use serde::{Deserialize, Serialize};

/// The ways to play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Ten mixed questions.
    Classic,
    /// Ten questions from chosen categories.
    Category,
    /// Twenty seconds a question, points for speed and streaks.
    Timed,
    /// Questions until the first miss.
    Survival,
    /// The same ten questions for everyone on a UTC date.
    Daily,
    /// Missed questions come back first.
    Practice,
}

impl Mode {
    /// Every mode, in picker order.
    pub const ALL: [Mode; 6] = [
        Mode::Classic,
        Mode::Category,
        Mode::Timed,
        Mode::Survival,
        Mode::Daily,
        Mode::Practice,
    ];

    /// The name used in addresses (`#/play/timed`).
    pub fn slug(self) -> &'static str {
        match self {
            Mode::Classic => "classic",
            Mode::Category => "category",
            Mode::Timed => "timed",
            Mode::Survival => "survival",
            Mode::Daily => "daily",
            Mode::Practice => "practice",
        }
    }

    /// The mode named by `slug`.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Mode::ALL.into_iter().find(|m| m.slug() == slug)
    }

    /// The name shown to players.
    pub fn label(self) -> &'static str {
        match self {
            Mode::Classic => "Classic",
            Mode::Category => "Categories",
            Mode::Timed => "Timed",
            Mode::Survival => "Survival",
            Mode::Daily => "Daily challenge",
            Mode::Practice => "Practice",
        }
    }

    /// One line on the mode picker.
    pub fn blurb(self) -> &'static str {
        match self {
            Mode::Classic => "Ten mixed questions.",
            Mode::Category => "Ten questions from the categories you choose.",
            Mode::Timed => "Twenty seconds a question; quick answers and streaks earn points.",
            Mode::Survival => "Keep going until your first miss.",
            Mode::Daily => "Today's ten questions, the same for everyone.",
            Mode::Practice => "The questions you missed come back first.",
        }
    }

    /// Whether 50:50 and the hint may be used.
    pub fn has_lifelines(self) -> bool {
        self != Mode::Daily
    }

    /// Whether the difficulty and category filters apply.
    pub fn has_filters(self) -> bool {
        matches!(self, Mode::Classic | Mode::Category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_round_trip_through_slugs() {
        for mode in Mode::ALL {
            assert_eq!(Mode::from_slug(mode.slug()), Some(mode));
        }
        assert_eq!(Mode::from_slug("nope"), None);
    }
}
