//! One module per route; pages ask the engine and never compute game rules themselves.

pub mod about;
pub mod daily;
pub mod home;
pub mod not_found;
pub mod pack_play;
pub mod packs;
pub mod play;
pub mod results;
pub mod settings;
pub mod stats;
pub mod together;
