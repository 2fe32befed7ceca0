//! Custom hooks shared by pages.

pub mod use_keydown;
pub mod use_split;
