//! Playing an imported pack: its set-up form, a new game, or an exact quiz from a shared code.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::page::random_seed;
use crate::components::loading::Loading;
use crate::components::quiz::{PackPool, Quiz};
use crate::components::quiz_setup::QuizSetup;
use crate::components::refusal::{refusal, said, BROKEN_LINK, NO_SUCH_MODE};
use crate::context::use_app;
use crate::engine::mode::Mode;
use crate::engine::packs::topics;
use crate::engine::spec::QuizSpec;
use crate::route::Route;

/// Where a refusal sends the player.
const TO_PACKS: &str = "Go to your packs";

#[derive(Properties, PartialEq)]
pub struct PackPlayProps {
    pub id: AttrValue,
    pub mode: AttrValue,
    #[prop_or_default]
    pub code: Option<String>,
}

/// Loads the pack from this browser and starts the quiz the address asks for.
#[function_component]
pub fn PackPlay(props: &PackPlayProps) -> Html {
    let fresh_seed = use_memo(props.mode.clone(), |_| random_seed());
    let app = use_app();
    let loaded = use_memo(app.pack(&props.id), |pack| {
        let pack = pack.clone()?;
        let pool = PackPool {
            id: pack.id.clone(),
            questions: Rc::new(pack.questions.iter().cloned().map(Rc::new).collect()),
        };
        Some((pack, pool))
    });
    if !app.packs_read() {
        return html! { <Loading what="Reading your packs" /> };
    }
    let Some((pack, pool)) = loaded.as_ref() else {
        return refusal(
            (
                "This pack is not in this browser",
                "Packs stay in the browser they were imported into. Import it on the Packs page to play it here.",
            ),
            Route::Packs,
            TO_PACKS,
        );
    };
    let mode = match Mode::from_slug(&props.mode) {
        Some(Mode::Daily) => {
            return refusal(
                (
                    "Packs have no daily challenge",
                    "The daily challenge uses the built-in questions so it is the same for everyone. Packs can be played in every other mode.",
                ),
                Route::Packs,
                TO_PACKS,
            )
        }
        Some(mode) => mode,
        None => return refusal(said(app.words(), NO_SUCH_MODE), Route::Packs, TO_PACKS),
    };
    let spec = match &props.code {
        Some(code) => match QuizSpec::from_code(mode, code) {
            Some(spec) => spec,
            None => return refusal(said(app.words(), BROKEN_LINK), Route::Packs, TO_PACKS),
        },
        None if !mode.has_filters() => QuizSpec::new(mode, *fresh_seed),
        None => {
            return html! {
                <QuizSetup {mode} pack={Some((pack.id.clone(), topics(pack)))} title={pack.name.clone()} />
            }
        }
    };
    let key = spec.code();
    html! {
        <>
            <p class="muted">{ format!("Pack: {}", pack.name) }</p>
            <Quiz {key} {spec} scored=true pack={Some(pool.clone())} />
        </>
    }
}
