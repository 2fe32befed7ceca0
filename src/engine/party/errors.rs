//! Why a "Play together" setup cannot start, in plain words that name the form field at fault.

use std::fmt;

use crate::engine::session::NotEnoughQuestions;

use super::limits::{MAX_NAME_CHARS, MAX_PLAYERS, MIN_PLAYERS};

/// The field of the setup form a [`SetupError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupField {
    /// The list of players as a whole (how many).
    Players,
    /// One player's name, by seat (0-based).
    Name(usize),
    /// The number of questions.
    QuestionCount,
    /// The question choice: categories, difficulty and spoiler limit together.
    Questions,
}

/// Why a setup cannot start a party. Seats are 0-based; messages count players from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupError {
    TooFewPlayers {
        count: usize,
    },
    TooManyPlayers {
        count: usize,
    },
    BlankName {
        player: usize,
    },
    NameTooLong {
        player: usize,
        chars: usize,
    },
    /// `player`'s name is `earlier`'s name, ignoring case.
    SameName {
        player: usize,
        earlier: usize,
    },
    QuestionCount {
        count: usize,
    },
    NotEnoughQuestions {
        wanted: usize,
        available: usize,
    },
}

impl SetupError {
    /// The field to show the message beside.
    pub fn field(&self) -> SetupField {
        match *self {
            SetupError::TooFewPlayers { .. } | SetupError::TooManyPlayers { .. } => {
                SetupField::Players
            }
            SetupError::BlankName { player }
            | SetupError::NameTooLong { player, .. }
            | SetupError::SameName { player, .. } => SetupField::Name(player),
            SetupError::QuestionCount { .. } => SetupField::QuestionCount,
            SetupError::NotEnoughQuestions { .. } => SetupField::Questions,
        }
    }
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SetupError::TooFewPlayers { count } => write!(
                f,
                "Players: {MIN_PLAYERS} to {MAX_PLAYERS} players can play together; add {} more.",
                MIN_PLAYERS - count
            ),
            SetupError::TooManyPlayers { count } => write!(
                f,
                "Players: {MIN_PLAYERS} to {MAX_PLAYERS} players can play together; remove {}.",
                count - MAX_PLAYERS
            ),
            SetupError::BlankName { player } => {
                write!(f, "Player {}'s name: type a name.", player + 1)
            }
            SetupError::NameTooLong { player, chars } => write!(
                f,
                "Player {}'s name: {chars} characters is too long; use at most {MAX_NAME_CHARS}.",
                player + 1
            ),
            SetupError::SameName { player, earlier } => write!(
                f,
                "Player {}'s name: player {} has the same name; give each player a different one.",
                player + 1,
                earlier + 1
            ),
            SetupError::QuestionCount { .. } => {
                write!(f, "Number of questions: choose 5, 10 or 20.")
            }
            SetupError::NotEnoughQuestions { wanted, available } => write!(
                f,
                "Questions: only {available} questions fit these categories, difficulty and \
                 spoiler limit, and {wanted} are needed; choose fewer questions or widen the choice."
            ),
        }
    }
}

impl From<NotEnoughQuestions> for SetupError {
    fn from(e: NotEnoughQuestions) -> Self {
        SetupError::NotEnoughQuestions {
            wanted: e.wanted,
            available: e.available,
        }
    }
}
