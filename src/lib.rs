//! 1 Litre of Tears fan quiz: a pure game engine with a thin Yew skin.

pub mod app; // the root component: bank, context, router, page frame, route → page
pub mod browser; // every browser effect: localStorage, clock, sharing, downloads, theme, sound
pub mod card; // the result card image: what it says and where each part goes, pure
pub mod components; // reusable view pieces, one per file
pub mod context; // the app context (bank + shared state) and its provider
pub mod engine; // questions, sessions, scoring, matching: no browser code
pub mod hooks; // custom hooks: keyboard
pub mod i18n; // the interface's words in every language: one typed catalogue
pub mod json; // a small JSON reader and writer (records, shipped language files)
pub mod lazy; // the pages fetched on first use: a split-off wasm module and its loader
pub mod pages; // one module per route
pub mod route; // the Route enum: URL ⇄ route, no pages
pub mod share; // the share text and the play-again address of a finished game
pub mod state; // the app-wide reducer: records, packs, last game, notices
pub mod store; // versioned storage schema, changes and merging: pure
pub mod text; // splitting Japanese runs out of mixed text
