//! The ways to play, and what each mode allows.

use crate::i18n::Msg;
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
    pub fn label(self) -> Msg {
        match self {
            Mode::Classic => Msg::ModeClassic,
            Mode::Category => Msg::ModeCategory,
            Mode::Timed => Msg::ModeTimed,
            Mode::Survival => Msg::ModeSurvival,
            Mode::Daily => Msg::ModeDaily,
            Mode::Practice => Msg::ModePractice,
        }
    }

    /// One line on the mode picker.
    pub fn blurb(self) -> Msg {
        match self {
            Mode::Classic => Msg::BlurbClassic,
            Mode::Category => Msg::BlurbCategory,
            Mode::Timed => Msg::BlurbTimed,
            Mode::Survival => Msg::BlurbSurvival,
            Mode::Daily => Msg::BlurbDaily,
            Mode::Practice => Msg::BlurbPractice,
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
