//! What reading and writing the stored records can come to: the outcomes the browser adapter
//! returns and the app state turns into notices. Pure types, no browser code.

use super::schema::{LoadProblem, Records};

/// Why a write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is missing or refused access.
    Unavailable,
    /// The write was refused (usually the quota is full).
    Refused,
    /// Storage holds a newer version's data, which is never overwritten.
    NewerVersion,
}

/// Why a read did not give all the stored records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadFailure {
    /// localStorage is missing or refused access.
    Unavailable,
    /// What was stored could not all be used (a copy went to the backup key).
    Stored(LoadProblem),
}

/// What loading found: usable records and, if any, what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub records: Records,
    pub failure: Option<LoadFailure>,
}
