//! Every browser effect in one place: fetching the questions, localStorage, the clock and
//! seeds, sharing, downloads and file reading, the page's theme and focus, sound, and drawing
//! and saving the result card image. Each call tolerates a missing or refusing browser API;
//! `engine/` and `store/` never reach in here.

pub mod card;
pub mod content;
pub mod page;
pub mod sound;
pub mod storage;
