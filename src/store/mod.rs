//! Keeping scores: a pure, versioned schema with migrations and merging, the changes waiting
//! to be written, and what reading and writing can come to. No browser code: the localStorage
//! adapter is `browser::storage`.

pub mod changes;
pub mod codec;
pub mod io;
pub mod migrate;
pub mod schema;
pub mod transfer;
