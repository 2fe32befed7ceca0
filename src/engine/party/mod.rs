//! "Play together": 2–8 players on one device. This far: the setup with its checks, and the
//! standings with ties shared.

mod errors;
mod setup;
mod standings;

pub use errors::{SetupError, SetupField};
pub use setup::{PartySetup, MAX_NAME_CHARS, MAX_PLAYERS, MIN_PLAYERS, QUESTION_COUNTS};
pub use standings::{rank, PlayerScore, Standing};
