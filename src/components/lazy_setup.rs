//! Play's set-up form (difficulty, categories, topics) comes with the running quiz in the
//! `quiz` module (`lazy_quiz`): a first visit's Play, the spoiler question and Home need
//! neither, and Play starts fetching that module as soon as it opens (`use_quiz_soon`), so the
//! form is usually there by the time it is asked for.

use yew::prelude::*;

use crate::components::lazy_quiz::use_quiz_module;
use crate::components::loading::when_loaded;
use crate::components::quiz_setup::QuizSetupProps;
use crate::context::use_app;
use crate::i18n::Msg;

/// The set-up form, once its module is there.
#[function_component]
pub fn LazySetup(props: &QuizSetupProps) -> Html {
    let app = use_app();
    let module = use_quiz_module();
    when_loaded(&app, module, (Msg::LoadingPage, Msg::PageNotLoaded), |m| {
        (m.setup)(props.clone())
    })
}
