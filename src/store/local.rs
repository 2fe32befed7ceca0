//! The one adapter between the game and the browser's localStorage.
//!
//! Nothing else touches storage. Every browser call here can fail (private modes, blocked
//! storage, a full quota); failures come back as values for the app to explain, never panics.
//! It talks to `web_sys::Storage` directly: gloo-storage's accessors throw when localStorage
//! itself is blocked, which is one of the cases this adapter must survive.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

use super::changes::{plan_write, Change};
use super::schema::{decode, encode, Decoded, LoadProblem, Records, BACKUP_KEY, STORAGE_KEY};

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

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Copies an unreadable value to the backup key, once (an identical backup is not rewritten).
fn back_up(storage: &web_sys::Storage, raw: &str) {
    if storage.get_item(BACKUP_KEY).ok().flatten().as_deref() != Some(raw) {
        // Best effort: a full quota must not stop the game from loading.
        let _ = storage.set_item(BACKUP_KEY, raw);
    }
}

/// Reads the records. Never panics; a failure still gives records to play with.
pub fn load() -> Loaded {
    let unavailable = || Loaded {
        records: Records::default(),
        failure: Some(LoadFailure::Unavailable),
    };
    let Some(storage) = storage() else {
        return unavailable();
    };
    let Ok(raw) = storage.get_item(STORAGE_KEY) else {
        return unavailable();
    };
    let Decoded { records, problem } = decode(raw.as_deref());
    if let (Some(LoadProblem::Unreadable | LoadProblem::PartlyRecovered), Some(raw)) =
        (problem, raw.as_deref())
    {
        back_up(&storage, raw);
    }
    Loaded {
        records,
        failure: problem.map(LoadFailure::Stored),
    }
}

/// Re-reads storage, applies `changes` on top, and writes the result, which it returns.
pub fn save(changes: &[Change]) -> Result<Records, SaveError> {
    let storage = storage().ok_or(SaveError::Unavailable)?;
    let stored = storage
        .get_item(STORAGE_KEY)
        .map_err(|_| SaveError::Unavailable)?;
    let plan = plan_write(stored.as_deref(), changes).ok_or(SaveError::NewerVersion)?;
    if let Some(raw) = &plan.backup {
        back_up(&storage, raw);
    }
    storage
        .set_item(STORAGE_KEY, &encode(&plan.records))
        .map_err(|_| SaveError::Refused)?;
    Ok(plan.records)
}

/// The key prefix imported packs are kept under, one key per pack.
pub const PACK_KEY_PREFIX: &str = "litre-quiz-pack:";

/// Every stored pack as (id, text), by id.
pub fn packs() -> Vec<(String, String)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut packs: Vec<(String, String)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let id = key.strip_prefix(PACK_KEY_PREFIX)?.to_string();
            let text = storage.get_item(&key).ok().flatten()?;
            Some((id, text))
        })
        .collect();
    packs.sort();
    packs
}

/// One stored pack's text.
pub fn pack(id: &str) -> Option<String> {
    storage()?
        .get_item(&format!("{PACK_KEY_PREFIX}{id}"))
        .ok()
        .flatten()
}

/// Stores a pack's text under its id.
pub fn save_pack(id: &str, text: &str) -> Result<(), SaveError> {
    storage()
        .ok_or(SaveError::Unavailable)?
        .set_item(&format!("{PACK_KEY_PREFIX}{id}"), text)
        .map_err(|_| SaveError::Refused)
}

/// Removes a stored pack (its scores stay in the records).
pub fn remove_pack(id: &str) -> Result<(), SaveError> {
    storage()
        .ok_or(SaveError::Unavailable)?
        .remove_item(&format!("{PACK_KEY_PREFIX}{id}"))
        .map_err(|_| SaveError::Refused)
}

/// Calls `on_change` with the freshly read records whenever another tab changes them.
/// Dropping the returned listener stops watching.
pub fn watch(on_change: impl Fn(Records) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let key = event
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(web_sys::StorageEvent::key);
        // A null key means the other tab cleared storage.
        if key.as_deref().is_none_or(|k| k == STORAGE_KEY) {
            on_change(load().records);
        }
    }))
}
