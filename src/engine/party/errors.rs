//! Why a "Play together" setup cannot start, in plain words (in the player's language) that
//! name the form field at fault.

use crate::engine::session::NotEnoughQuestions;
use crate::i18n::{Msg, Words};

use super::limits::{MAX_NAME_CHARS, MAX_PLAYERS, MIN_PLAYERS, QUESTION_COUNTS};

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

impl SetupError {
    /// The message shown beside the field, in the player's language: it names the field, says
    /// what is wrong and how to put it right.
    pub fn message(&self, words: Words) -> String {
        let (min, max) = (MIN_PLAYERS.to_string(), MAX_PLAYERS.to_string());
        match *self {
            SetupError::TooFewPlayers { count } => words.f(
                Msg::PartyTooFewPlayers,
                &[
                    ("min", &min),
                    ("max", &max),
                    ("n", &MIN_PLAYERS.saturating_sub(count).to_string()),
                ],
            ),
            SetupError::TooManyPlayers { count } => words.f(
                Msg::PartyTooManyPlayers,
                &[
                    ("min", &min),
                    ("max", &max),
                    ("n", &count.saturating_sub(MAX_PLAYERS).to_string()),
                ],
            ),
            SetupError::BlankName { player } => {
                words.f(Msg::PartyBlankName, &[("n", &(player + 1).to_string())])
            }
            SetupError::NameTooLong { player, chars } => words.f(
                Msg::PartyNameTooLong,
                &[
                    ("n", &(player + 1).to_string()),
                    ("chars", &chars.to_string()),
                    ("max", &MAX_NAME_CHARS.to_string()),
                ],
            ),
            SetupError::SameName { player, earlier } => words.f(
                Msg::PartySameName,
                &[
                    ("n", &(player + 1).to_string()),
                    ("earlier", &(earlier + 1).to_string()),
                ],
            ),
            SetupError::QuestionCount { .. } => {
                let [a, b, c] = QUESTION_COUNTS.map(|n| n.to_string());
                words.f(
                    Msg::PartyQuestionCountProblem,
                    &[("a", &a), ("b", &b), ("c", &c)],
                )
            }
            SetupError::NotEnoughQuestions { wanted, available } => words.f(
                Msg::PartyNotEnoughQuestions,
                &[
                    ("available", &available.to_string()),
                    ("wanted", &wanted.to_string()),
                ],
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
