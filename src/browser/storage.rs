//! The one adapter between the game and the browser's localStorage, with a named operation
//! for each thing the game stores: the records (load, save, watch) and the packs (list, load,
//! save, remove). Packs come out as their stored texts: reading them is `content::read_packs`,
//! in a module fetched only when a pack is stored.
//!
//! Nothing else touches storage. Every browser call here can fail (private modes, blocked
//! storage, a full quota); failures come back as values for the app to explain, never panics.
//! It talks to `web_sys::Storage` directly: gloo-storage's accessors throw when localStorage
//! itself is blocked, which is one of the cases this adapter must survive.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

use crate::engine::order::sort_small;
use crate::engine::packs::{encode_pack, Pack, PackId};
use crate::store::changes::{plan_write, Change};
use crate::store::io::{LoadFailure, Loaded, SaveError};
use crate::store::schema::{
    decode, encode, Decoded, LoadProblem, Records, BACKUP_KEY, STORAGE_KEY,
};

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
    // Never write over the stored records with something that is not a whole encoding.
    let text = encode(&plan.records).ok_or(SaveError::Refused)?;
    if let Some(raw) = &plan.backup {
        back_up(&storage, raw);
    }
    storage
        .set_item(STORAGE_KEY, &text)
        .map_err(|_| SaveError::Refused)?;
    Ok(plan.records)
}

/// The key prefix imported packs are kept under, one key per pack.
pub const PACK_KEY_PREFIX: &str = "litre-quiz-pack:";

/// The stored packs' texts, in id order.
pub fn pack_texts() -> Vec<String> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PACK_KEY_PREFIX))
        .collect();
    sort_small(&mut keys);
    keys.iter()
        .filter_map(|key| storage.get_item(key).ok().flatten())
        .collect()
}

/// One stored pack's text; `None` when it is missing.
pub fn pack_text(id: &str) -> Option<String> {
    storage()?.get_item(&pack_key(id)).ok().flatten()
}

/// Stores a pack under its id.
pub fn save_pack(pack: &Pack) -> Result<(), SaveError> {
    storage()
        .ok_or(SaveError::Unavailable)?
        .set_item(&pack_key(&pack.id), &encode_pack(pack))
        .map_err(|_| SaveError::Refused)
}

/// Removes a stored pack (its scores stay in the records).
pub fn remove_pack(id: &PackId) -> Result<(), SaveError> {
    storage()
        .ok_or(SaveError::Unavailable)?
        .remove_item(&pack_key(id))
        .map_err(|_| SaveError::Refused)
}

fn pack_key(id: &str) -> String {
    format!("{PACK_KEY_PREFIX}{id}")
}

/// What another tab changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Elsewhere {
    /// The records, freshly read.
    Records(Records),
    /// A pack was saved, changed or removed there: its stored text now, if any.
    Pack(PackId, Option<String>),
    /// Storage was cleared there: the records, freshly read.
    Cleared(Records),
}

/// Calls `on_change` with what another tab changed, freshly read, whenever it happens.
/// Dropping the returned listener stops watching.
pub fn watch(on_change: impl Fn(Elsewhere) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let key = event
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(web_sys::StorageEvent::key);
        let change = match key.as_deref() {
            // A null key means the other tab cleared storage.
            None => Elsewhere::Cleared(load().records),
            Some(STORAGE_KEY) => Elsewhere::Records(load().records),
            Some(key) => match key.strip_prefix(PACK_KEY_PREFIX) {
                Some(id) => Elsewhere::Pack(PackId::from(id.to_string()), pack_text(id)),
                None => return,
            },
        };
        on_change(change);
    }))
}
