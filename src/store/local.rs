//! The one adapter between the game and the browser's localStorage.
//!
//! Nothing else touches storage. Every browser call here can fail (private modes, blocked
//! storage, a full quota); failures come back as values for the app to explain, never panics.
//! It talks to `web_sys::Storage` directly because gloo-storage's accessors panic when
//! localStorage itself is unavailable.

use super::schema::{decode, encode, Decoded, LoadProblem, Records, STORAGE_KEY};

/// Why a write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is missing or refused access.
    Unavailable,
    /// The write was refused (usually the quota is full).
    Refused,
}

/// Why a read did not give stored records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadFailure {
    /// localStorage is missing or refused access.
    Unavailable,
    /// What was stored could not be used.
    Stored(LoadProblem),
}

/// What loading found: usable records and, if any, what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub records: Records,
    pub failure: Option<LoadFailure>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the records. Never panics; a failure still gives records to play with.
pub fn load() -> Loaded {
    let Some(storage) = storage() else {
        return Loaded {
            records: Records::default(),
            failure: Some(LoadFailure::Unavailable),
        };
    };
    let raw = match storage.get_item(STORAGE_KEY) {
        Ok(raw) => raw,
        Err(_) => {
            return Loaded {
                records: Records::default(),
                failure: Some(LoadFailure::Unavailable),
            }
        }
    };
    let Decoded { records, problem } = decode(raw.as_deref());
    Loaded {
        records,
        failure: problem.map(LoadFailure::Stored),
    }
}

/// Writes the records.
pub fn save(records: &Records) -> Result<(), SaveError> {
    let storage = storage().ok_or(SaveError::Unavailable)?;
    storage
        .set_item(STORAGE_KEY, &encode(records))
        .map_err(|_| SaveError::Refused)
}
