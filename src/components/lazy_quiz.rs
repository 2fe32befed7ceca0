//! The running quiz lives in its own WebAssembly module (`quiz`, split off at build time, see
//! `tools/wasm-split.mjs`), so Play and Daily, which are in the main module, show their first
//! screen at once and fetch the quiz while the player reads it (`use_quiz_soon`). Play's set-up
//! form travels with it (`lazy_setup`). Pack games (in the `pages` module) render `Quiz` and
//! `QuizSetup` directly: code in one split-off module must not load another, or every build,
//! the browser tests' included, would need that loader.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::components::loading::when_loaded;
use crate::components::quiz::{Quiz, QuizProps};
use crate::components::quiz_setup::{QuizSetup, QuizSetupProps};
use crate::context::use_app;
use crate::hooks::use_split::{use_split, use_split_soon, Stage};
use crate::i18n::Msg;

/// The views the `quiz` module renders.
#[derive(Clone, Copy)]
pub struct QuizModule {
    pub quiz: fn(QuizProps) -> Html,
    pub setup: fn(QuizSetupProps) -> Html,
}

thread_local! {
    /// The module's views once it has been loaded: later games start at once.
    static QUIZ: Cell<Option<QuizModule>> = const { Cell::new(None) };
}

/// The split point: everything only this function reaches goes into the `quiz` module.
#[wasm_split(quiz, fallible)]
fn load_quiz() -> Result<QuizModule, SplitLoaderError> {
    Ok(QuizModule {
        quiz: |props| html! { <Quiz ..props /> },
        setup: |props| html! { <QuizSetup ..props /> },
    })
}

/// Starts fetching the quiz's module, so the quiz after a first screen need not wait.
#[hook]
pub fn use_quiz_soon() {
    use_split_soon(&QUIZ, load_quiz);
}

/// The quiz's module: loading, there, or failed (with a retry).
#[hook]
pub fn use_quiz_module() -> (Stage<QuizModule>, Callback<()>) {
    use_split(&QUIZ, load_quiz)
}

/// The quiz, once its module is there. Give it a `key` so a new spec starts a new game.
#[function_component]
pub fn LazyQuiz(props: &QuizProps) -> Html {
    let app = use_app();
    let module = use_quiz_module();
    when_loaded(
        &app,
        module,
        (Msg::QuizLoading, Msg::QuizQuizNotLoaded),
        |m| (m.quiz)(props.clone()),
    )
}
