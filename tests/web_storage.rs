//! Browser tests for the localStorage adapter, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use litre_quiz::engine::scoring::Score;
use litre_quiz::store::local::{self, LoadFailure};
use litre_quiz::store::schema::{GameResult, LoadProblem, Records, STORAGE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn plant(value: &str) {
    storage()
        .set_item(STORAGE_KEY, value)
        .expect("plant a value");
}

fn clear() {
    storage().remove_item(STORAGE_KEY).expect("clear the key");
}

#[wasm_bindgen_test]
fn nothing_stored_loads_a_clean_state() {
    clear();
    let loaded = local::load();
    assert_eq!(loaded.records, Records::default());
    assert_eq!(loaded.failure, None);
}

#[wasm_bindgen_test]
fn saved_records_load_back() {
    clear();
    let mut records = Records::default();
    records.record(GameResult {
        id: "browser-1".into(),
        finished_at: 1.0,
        seed: 7,
        score: Score {
            correct: 6,
            total: 10,
        },
        answers: vec![],
    });
    local::save(&records).expect("save works in a normal browser");
    assert_eq!(local::load().records, records);
    clear();
}

#[wasm_bindgen_test]
fn planted_garbage_loads_fresh_and_says_so() {
    plant("{ this is not json");
    let loaded = local::load();
    assert_eq!(loaded.records, Records::default());
    assert_eq!(
        loaded.failure,
        Some(LoadFailure::Stored(LoadProblem::Unreadable))
    );
    clear();
}

#[wasm_bindgen_test]
fn a_newer_version_is_reported() {
    plant(r#"{"version": 999, "best": null, "results": []}"#);
    assert_eq!(
        local::load().failure,
        Some(LoadFailure::Stored(LoadProblem::NewerVersion))
    );
    clear();
}
