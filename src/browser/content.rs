//! Reading question content. The question bank, one file a language: the build names each
//! (content-hashed) in a `<meta name="litre-quiz-bank">` (English) or
//! `<meta name="litre-quiz-bank-ja">` (Japanese) of the page, and only the player's language is
//! fetched; the service worker keeps a copy for offline play.
//! The code that reads it is a split-off wasm module of its own (see `crate::lazy`), fetched
//! alongside the file, so it is not part of the first download. Stored packs: their texts come
//! from `storage`, and the code that reads and checks them is another split-off module, fetched
//! only when there is a pack to read.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::engine::bank::Bank;
use crate::engine::lang::Lang;
use crate::engine::packs::{read_stored, Pack};
use crate::i18n::Texts;

/// The file of `lang`'s bank the page names, or the unhashed name of a build without the hook.
fn bank_url(lang: Lang) -> String {
    let (meta, fallback) = match lang {
        Lang::English => (r#"meta[name="litre-quiz-bank"]"#, "bank.json"),
        Lang::Japanese => (r#"meta[name="litre-quiz-bank-ja"]"#, "bank-ja.json"),
    };
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(meta).ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| fallback.to_string())
}

/// Fetches and reads the interface texts of `lang` (none for English, which is built in);
/// `None` when they cannot be had, and the interface stays in English.
pub async fn load_texts(lang: Lang) -> Option<Texts> {
    let meta = match lang {
        Lang::English => return None,
        Lang::Japanese => r#"meta[name="litre-quiz-ui-ja"]"#,
    };
    let url = web_sys::window()?
        .document()?
        .query_selector(meta)
        .ok()
        .flatten()?
        .get_attribute("content")?;
    Texts::from_json(&fetch_text(&url).await?)
}

/// The text of the file at `url`; `None` when it cannot be had (offline, a server error).
async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Fetches and reads `lang`'s bank; `None` when it cannot be had (offline on a first visit, a
/// server error, a damaged file, its reader's module not fetched).
pub async fn load_bank(lang: Lang) -> Option<Bank> {
    // The reader's module is fetched while the file is.
    wasm_bindgen_futures::spawn_local(async {
        let _ = preload_bank_reader().await;
    });
    let text = fetch_text(&bank_url(lang)).await?;
    parse_bank(&text).await.ok().flatten()
}

/// Reads the bank's JSON; the split point of the `bank` module.
#[wasm_split(bank, fallible, preload(preload_bank_reader))]
fn parse_bank(text: &str) -> Result<Option<Bank>, SplitLoaderError> {
    Ok(Bank::from_json(text))
}

/// Stored packs read from their texts and checked again (those that no longer pass are left
/// out); nothing is fetched when there are none. Empty if the reader's module cannot be fetched.
pub async fn read_packs(texts: Vec<String>) -> Vec<Rc<Pack>> {
    if texts.is_empty() {
        return Vec::new();
    }
    read_stored_packs(&texts)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(Rc::new)
        .collect()
}

/// The split point of the `pack_reader` module.
#[wasm_split(pack_reader, fallible)]
fn read_stored_packs(texts: &[String]) -> Result<Vec<Pack>, SplitLoaderError> {
    Ok(read_stored(texts))
}
