//! Browser tests for the localStorage adapter, run in headless Chromium by wasm-bindgen-test:
//! normal use, corrupt data, a newer version's data, a full quota, and a throwing storage.
#![cfg(target_arch = "wasm32")]

use litre_quiz::browser::storage as local;
use litre_quiz::engine::mode::Mode;
use litre_quiz::engine::scoring::Score;
use litre_quiz::store::changes::Change;
use litre_quiz::store::io::{LoadFailure, SaveError};
use litre_quiz::store::schema::{GameResult, LoadProblem, Records, BACKUP_KEY, STORAGE_KEY};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn clear() {
    storage().clear().expect("clear storage");
}

fn game(id: &str) -> GameResult {
    GameResult {
        id: id.into(),
        finished_at: 1.0,
        mode: Mode::Classic,
        code: "s7".into(),
        daily_day: None,
        scored: true,
        score: Score {
            correct: 6,
            total: 10,
        },
        points: 6,
        duration_ms: 1000.0,
        answers: vec![],
        pack: None,
    }
}

#[wasm_bindgen_test]
fn nothing_stored_loads_a_clean_state() {
    clear();
    let loaded = local::load();
    assert_eq!(loaded.records, Records::default());
    assert_eq!(loaded.failure, None);
}

#[wasm_bindgen_test]
fn saved_games_load_back() {
    clear();
    let written = local::save(&[Change::Record(game("g1"))]).expect("save works");
    assert_eq!(written.results.len(), 1);
    assert_eq!(local::load().records, written);
    clear();
}

#[wasm_bindgen_test]
fn corrupt_data_is_backed_up_then_replaced_by_a_fresh_start() {
    clear();
    storage().set_item(STORAGE_KEY, "{ not json").unwrap();
    let loaded = local::load();
    assert_eq!(loaded.records, Records::default());
    assert_eq!(
        loaded.failure,
        Some(LoadFailure::Stored(LoadProblem::Unreadable))
    );
    assert_eq!(
        storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{ not json")
    );
    local::save(&[Change::Record(game("g1"))]).expect("a fresh start can be saved");
    assert_eq!(local::load().failure, None);
    clear();
}

#[wasm_bindgen_test]
fn a_newer_version_is_never_overwritten() {
    clear();
    let newer = r#"{"version": 999, "future": true}"#;
    storage().set_item(STORAGE_KEY, newer).unwrap();
    assert_eq!(
        local::load().failure,
        Some(LoadFailure::Stored(LoadProblem::NewerVersion))
    );
    assert_eq!(
        local::save(&[Change::Record(game("g1"))]),
        Err(SaveError::NewerVersion)
    );
    assert_eq!(
        storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(newer)
    );
    clear();
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_write_and_a_later_retry_succeeds() {
    clear();
    // Fill storage until the browser refuses more.
    let chunk = "x".repeat(256 * 1024);
    let mut filler = 0;
    while storage()
        .set_item(&format!("filler-{filler}"), &chunk)
        .is_ok()
    {
        filler += 1;
        assert!(filler < 1000, "storage never filled up");
    }
    let small = "y".repeat(1024);
    let mut tail = 0;
    while storage().set_item(&format!("tail-{tail}"), &small).is_ok() {
        tail += 1;
    }
    let games: Vec<Change> = (0..20)
        .map(|i| Change::Record(game(&format!("g{i}"))))
        .collect();
    assert_eq!(local::save(&games), Err(SaveError::Refused));
    // Space is freed; the same pending changes are written on the next try.
    for i in 0..filler {
        storage().remove_item(&format!("filler-{i}")).unwrap();
    }
    let written = local::save(&games).expect("the retry is written");
    assert_eq!(written.results.len(), 20);
    clear();
}

#[wasm_bindgen_test]
fn a_throwing_storage_means_an_in_memory_session_not_a_crash() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::apply(
        &js_sys::Function::new_no_args(
            "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
             Object.defineProperty(window, 'localStorage', { configurable: true, \
             get() { throw new DOMException('blocked', 'SecurityError'); } });",
        ),
        &JsValue::NULL,
        &js_sys::Array::new(),
    )
    .unwrap();
    assert!(window.local_storage().is_err(), "storage now throws");
    let loaded = local::load();
    assert_eq!(loaded.failure, Some(LoadFailure::Unavailable));
    assert_eq!(loaded.records, Records::default());
    assert_eq!(
        local::save(&[Change::Record(game("g1"))]),
        Err(SaveError::Unavailable)
    );
    js_sys::Reflect::apply(
        &js_sys::Function::new_no_args(
            "if (window.__savedStorage) { \
               Object.defineProperty(window, 'localStorage', window.__savedStorage); \
             } else { delete window.localStorage; }",
        ),
        &JsValue::NULL,
        &js_sys::Array::new(),
    )
    .unwrap();
    assert!(
        window.local_storage().is_ok_and(|s| s.is_some()),
        "storage is back"
    );
}

#[wasm_bindgen_test]
fn packs_are_stored_listed_and_removed_through_the_one_api() {
    use litre_quiz::engine::packs::{parse_pack, read_stored};
    use litre_quiz::i18n::Words;
    clear();
    let text = r#"{"format": "litre-quiz-pack", "version": 1, "name": "Film quiz",
        "questions": [{"category": "Film", "type": "choice", "prompt": "Who directs the 2004 film?",
        "answer": "Okamura Taku", "distractors": ["Murakami Masanori", "Ishikawa Jun"]}]}"#;
    let (pack, _) = parse_pack(text, text.len(), Words::ENGLISH).expect("the test pack is valid");
    assert!(local::pack_texts().is_empty());
    local::save_pack(&pack).expect("the pack is stored");
    let stored = local::pack_text(&pack.id).expect("the pack's text is there");
    assert_eq!(read_stored(&[stored]), vec![pack.clone()]);
    assert_eq!(read_stored(&local::pack_texts()), vec![pack.clone()]);
    storage()
        .set_item("litre-quiz-pack:broken-00000000", "{not a pack")
        .expect("write a broken pack");
    let texts = local::pack_texts();
    assert_eq!(texts.len(), 2, "every stored pack's text is listed");
    assert_eq!(
        read_stored(&texts),
        vec![pack.clone()],
        "an unreadable pack is left out"
    );
    local::remove_pack(&pack.id).expect("the pack is removed");
    assert_eq!(local::pack_text(&pack.id), None);
    assert_eq!(local::pack_texts().len(), 1);
    assert_eq!(
        local::load().records,
        Records::default(),
        "records are untouched"
    );
}
