//! The game engine: no yew, no web-sys, so all of it runs under plain `cargo test` on the host.

pub mod bank;
pub mod content;
pub mod generate;
pub mod matching;
pub mod rng;
pub mod scoring;
pub mod session;
pub mod tables;
