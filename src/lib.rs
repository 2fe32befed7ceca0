//! 1 Litre of Tears fan quiz: a pure game engine with a thin Yew skin.

pub mod app; // the root component and the shared context
pub mod components; // reusable view pieces, one per file
pub mod engine; // questions, sessions, scoring, matching: no browser code
pub mod hooks; // custom hooks: app context, keyboard
pub mod pages; // one module per route
pub mod route; // the Route enum: URL ⇄ page
pub mod sound; // Web Audio chimes for right and wrong answers
pub mod state; // the app-wide reducer: records, last game, notices
pub mod store; // versioned storage schema and the localStorage adapter
pub mod text; // splitting Japanese runs out of mixed text
pub mod web; // small browser helpers: clock, seeds, page address, sharing
