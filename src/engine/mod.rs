//! The game engine: no yew, no web-sys, so all of it runs under plain `cargo test` on the host.

pub mod achievements;
pub mod bank;
pub mod calendar;
pub mod content;
pub mod daily;
pub mod generate;
pub mod lang;
pub mod map;
pub mod matching;
pub mod mode;
pub mod order;
pub mod packs;
pub mod party;
pub mod practice;
pub mod readings;
pub mod result;
pub mod rng;
pub mod scoring;
pub mod session;
pub mod spec;
pub mod stats;
pub mod tables;
#[cfg(test)]
pub mod test_support;
pub mod translate;
pub mod validate;
pub mod wording;
