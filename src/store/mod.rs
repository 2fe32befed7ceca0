//! Keeping scores in the browser: a pure, versioned schema with migrations and merging, and the
//! one localStorage adapter.

pub mod changes;
pub mod local;
pub mod migrate;
pub mod schema;
pub mod transfer;
