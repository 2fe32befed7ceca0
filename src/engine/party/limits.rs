//! The limits of a "Play together" game, which the set-up checks and its messages share.

/// The fewest players that can play together.
pub const MIN_PLAYERS: usize = 2;
/// The most players that can play together.
pub const MAX_PLAYERS: usize = 8;
/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 24;
/// The numbers of questions a party can have.
pub const QUESTION_COUNTS: [usize; 3] = [5, 10, 20];
