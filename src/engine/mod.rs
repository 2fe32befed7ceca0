//! The game engine: no yew, no web-sys, so all of it runs under plain `cargo test` on the host.

pub mod achievements;
pub mod bank;
pub mod calendar;
pub mod content;
pub mod daily;
pub mod generate;
pub mod matching;
pub mod packs;
pub mod practice;
pub mod quiz;
pub mod rng;
pub mod scoring;
pub mod session;
pub mod stats;
pub mod tables;
pub mod wording;
