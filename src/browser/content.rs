//! Fetching the question bank: the build names its file (content-hashed) in a
//! `<meta name="litre-quiz-bank">` of the page; the service worker keeps a copy for offline play.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
/// error, a damaged file).
pub async fn load_bank() -> Option<Bank> {
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
    Bank::from_json(&text)
}
