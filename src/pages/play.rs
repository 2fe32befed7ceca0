//! Play: a mode's set-up form, a new game of a mode, or an exact quiz from a shared code.

use yew::prelude::*;

use crate::browser::page::random_seed;
use crate::components::bank_gate::BankGate;
use crate::components::lazy_quiz::{use_quiz_soon, LazyQuiz};
use crate::components::lazy_setup::LazySetup;
use crate::components::redirect::Redirect;
use crate::components::refusal::{refusal, said, BROKEN_LINK, NO_SUCH_MODE};
use crate::components::spoiler_picker::SpoilerPicker;
use crate::context::{use_app, use_bank_soon};
use crate::engine::mode::Mode;
use crate::engine::spec::QuizSpec;
use crate::i18n::Msg;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PlayProps {
    /// The mode's slug from the address.
    pub mode: AttrValue,
    /// A quiz code from a shared link.
    #[prop_or_default]
    pub code: Option<String>,
    /// Start straight away even for modes with a set-up form.
    #[prop_or_default]
    pub start_now: bool,
}

/// Resolves the address to a game, asking about spoilers first on a first visit.
#[function_component]
pub fn Play(props: &PlayProps) -> Html {
    let fresh_seed = use_memo(props.mode.clone(), |_| random_seed());
    // Before the spoiler question or the set-up form, so the quiz after them need not wait.
    use_bank_soon();
    use_quiz_soon();
    let app = use_app();
    let Some(mode) = Mode::from_slug(&props.mode) else {
        return refusal(
            said(app.words(), NO_SUCH_MODE),
            Route::Home,
            app.t(Msg::QuizChooseGame),
        );
    };
    if mode == Mode::Daily {
        return html! { <Redirect to={Route::Daily} /> };
    }
    if app.records().settings.spoiler_limit.is_none() {
        return html! { <section class="play"><SpoilerPicker first_run=true /></section> };
    }
    let spec = match &props.code {
        Some(code) => match QuizSpec::from_code(mode, code) {
            Some(spec) => spec,
            None => {
                return refusal(
                    said(app.words(), BROKEN_LINK),
                    Route::Home,
                    app.t(Msg::QuizChooseGame),
                )
            }
        },
        None if props.start_now || !mode.has_filters() => QuizSpec::new(mode, *fresh_seed),
        None => return html! { <LazySetup {mode} /> },
    };
    let key = spec.code();
    html! { <BankGate><LazyQuiz {key} {spec} scored=true /></BankGate> }
}
