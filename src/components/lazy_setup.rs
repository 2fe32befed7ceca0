//! Play's set-up form (difficulty, categories, topics) travels with the running quiz in the
//! `quiz` module (see `lazy_quiz`): a first visit's Play, the spoiler question and Home need
//! neither, and Play starts fetching that module as soon as it opens (`use_quiz_soon`), so the
//! form is usually there by the time it is asked for. Pack games (in the `pages` module) render
//! `QuizSetup` directly.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::components::loading::Loading;
use crate::components::quiz_setup::{QuizSetup, QuizSetupProps};
use crate::context::use_app;
use crate::hooks::use_split::{use_split, Stage};
use crate::i18n::Msg;

/// Renders the set-up form from the split-off module.
type SetupView = fn(QuizSetupProps) -> Html;

thread_local! {
    /// The form once its module has been loaded.
    static SETUP: Cell<Option<SetupView>> = const { Cell::new(None) };
}

/// The split point: in the `quiz` module, with the quiz the form leads to.
#[wasm_split(quiz, fallible)]
fn load_setup() -> Result<SetupView, SplitLoaderError> {
    Ok(setup_view)
}

fn setup_view(props: QuizSetupProps) -> Html {
    html! { <QuizSetup ..props /> }
}

/// The set-up form, once its module is there.
#[function_component]
pub fn LazySetup(props: &QuizSetupProps) -> Html {
    let app = use_app();
    let (stage, on_retry) = use_split(&SETUP, load_setup);
    let what = AttrValue::from(app.t(Msg::LoadingPage).to_string());
    match stage {
        Stage::Ready(setup) => setup(props.clone()),
        Stage::Loading => html! { <Loading {what} /> },
        Stage::Failed => {
            let failed = Some(AttrValue::from(app.t(Msg::PageNotLoaded).to_string()));
            html! { <Loading {what} {failed} {on_retry} /> }
        }
    }
}
