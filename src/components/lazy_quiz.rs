//! The running quiz lives in its own WebAssembly module (`quiz`, split off at build time, see
//! `tools/wasm-split.mjs`), so Play and Daily, which are in the main module, show their first
//! screen at once and fetch the quiz while the player reads it (`use_quiz_soon`). Pack games
//! (in the `pages` module) render `Quiz` directly: code in one split-off module must not load
//! another, or every build, the browser tests' included, would need that loader.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::components::loading::Loading;
use crate::components::quiz::{Quiz, QuizProps};
use crate::context::use_app;
use crate::hooks::use_split::{use_split, use_split_soon, Stage};
use crate::i18n::Msg;

/// Renders the quiz from the split-off module.
type QuizView = fn(QuizProps) -> Html;

thread_local! {
    /// The quiz once its module has been loaded: later games start at once.
    static QUIZ: Cell<Option<QuizView>> = const { Cell::new(None) };
}

/// The split point: everything only this function reaches goes into the `quiz` module.
#[wasm_split(quiz, fallible)]
fn load_quiz() -> Result<QuizView, SplitLoaderError> {
    Ok(quiz_view)
}

fn quiz_view(props: QuizProps) -> Html {
    html! { <Quiz ..props /> }
}

/// Starts fetching the quiz's module, so the quiz after a first screen need not wait.
#[hook]
pub fn use_quiz_soon() {
    use_split_soon(&QUIZ, load_quiz);
}

/// The quiz, once its module is there. Give it a `key` so a new spec starts a new game.
#[function_component]
pub fn LazyQuiz(props: &QuizProps) -> Html {
    let app = use_app();
    let (stage, on_retry) = use_split(&QUIZ, load_quiz);
    let what = AttrValue::from(app.t(Msg::QuizLoading).to_string());
    match stage {
        Stage::Ready(quiz) => quiz(props.clone()),
        Stage::Loading => html! { <Loading {what} /> },
        Stage::Failed => {
            let failed = Some(AttrValue::from(app.t(Msg::QuizQuizNotLoaded).to_string()));
            html! { <Loading {what} {failed} {on_retry} /> }
        }
    }
}
