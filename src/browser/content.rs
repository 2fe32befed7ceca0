//! Fetching the question bank: the build names its file (content-hashed) in a
//! `<meta name="litre-quiz-bank">` of the page; the service worker keeps a copy for offline play.
//! The code that reads it is a split-off wasm module of its own (see `crate::lazy`), fetched
//! alongside the file, so it is not part of the first download.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::engine::bank::Bank;

/// The file the page names, or the unhashed name of a build without the hook.
fn bank_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(r#"meta[name="litre-quiz-bank"]"#)
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "bank.json".to_string())
}

/// Fetches and reads the bank; `None` when it cannot be had (offline on a first visit, a server
/// error, a damaged file, its reader's module not fetched).
pub async fn load_bank() -> Option<Bank> {
    // The reader's module is fetched while the file is.
    wasm_bindgen_futures::spawn_local(async {
        let _ = preload_bank_reader().await;
    });
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(&bank_url()))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    parse_bank(&text).await.ok().flatten()
}

/// Reads the bank's JSON; the split point of the `bank` module.
#[wasm_split(bank, fallible, preload(preload_bank_reader))]
fn parse_bank(text: &str) -> Result<Option<Bank>, SplitLoaderError> {
    Ok(Bank::from_json(text))
}
