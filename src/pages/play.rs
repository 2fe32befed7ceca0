//! Play: a mode's set-up form, a new game of a mode, or an exact quiz from a shared code.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::quiz::Quiz;
use crate::components::quiz_setup::QuizSetup;
use crate::components::spoiler_picker::SpoilerPicker;
use crate::engine::quiz::{Mode, QuizSpec};
use crate::hooks::use_app::use_app;
use crate::route::Route;
use crate::web::random_seed;

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
    let Some(app) = use_app() else {
        return Html::default();
    };
    let Some(mode) = Mode::from_slug(&props.mode) else {
        return polite_error(
            "There is no such way to play",
            "The address names a game mode this quiz does not have.",
        );
    };
    if mode == Mode::Daily {
        return html! { <Redirect<Route> to={Route::Daily} /> };
    }
    if app.state.records.settings.spoiler_limit.is_none() {
        return html! { <section class="play"><SpoilerPicker first_run=true /></section> };
    }
    let spec = match &props.code {
        Some(code) => match QuizSpec::from_code(mode, code) {
            Some(spec) => spec,
            None => {
                return polite_error(
                    "This quiz link is incomplete",
                    "Part of the link seems to be missing or changed, so the quiz it points to cannot be rebuilt.",
                )
            }
        },
        None if props.start_now || !mode.has_filters() => QuizSpec::new(mode, *fresh_seed),
        None => return html! { <QuizSetup {mode} /> },
    };
    let key = spec.code();
    html! { <Quiz {key} {spec} scored=true /> }
}

/// A gentle page for an address that cannot be played.
fn polite_error(title: &str, detail: &str) -> Html {
    html! {
        <section class="play">
            <h1>{ title }</h1>
            <p>{ detail }</p>
            <Link<Route> to={Route::Home} classes="button">{ "Choose a game" }</Link<Route>>
        </section>
    }
}
