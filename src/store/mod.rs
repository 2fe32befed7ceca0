//! Keeping scores in the browser: a pure, versioned schema and the one localStorage adapter.

pub mod local;
pub mod schema;
