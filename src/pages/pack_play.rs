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
use crate::engine::packs::{language_note, topics};
use crate::engine::spec::QuizSpec;
use crate::i18n::Msg;
use crate::route::Route;

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
        return html! { <Loading what={app.t(Msg::PackReading).to_string()} /> };
    }
    // Where a refusal sends the player.
    let to_packs = app.t(Msg::PackGoToPacks);
    let Some((pack, pool)) = loaded.as_ref() else {
        return refusal(
            (app.t(Msg::PackNotHereTitle), app.t(Msg::PackNotHereDetail)),
            Route::Packs,
            to_packs,
        );
    };
    let mode = match Mode::from_slug(&props.mode) {
        Some(Mode::Daily) => {
            return refusal(
                (app.t(Msg::PackNoDailyTitle), app.t(Msg::PackNoDailyDetail)),
                Route::Packs,
                to_packs,
            )
        }
        Some(mode) => mode,
        None => return refusal(said(app.words(), NO_SUCH_MODE), Route::Packs, to_packs),
    };
    // A pack in another language than the player's says so before it is played.
    let note = language_note(pack.lang, app.lang()).map_or_else(Html::default, |msg| {
        html! { <p class="muted pack-lang" role="note">{ app.t(msg) }</p> }
    });
    let spec = match &props.code {
        Some(code) => match QuizSpec::from_code(mode, code) {
            Some(spec) => spec,
            None => return refusal(said(app.words(), BROKEN_LINK), Route::Packs, to_packs),
        },
        None if !mode.has_filters() => QuizSpec::new(mode, *fresh_seed),
        None => {
            return html! {
                <>
                    { note }
                    <QuizSetup {mode} pack={Some((pack.id.clone(), topics(pack)))} title={pack.name.clone()} />
                </>
            }
        }
    };
    let key = spec.code();
    html! {
        <>
            <p class="muted">{ app.f(Msg::PackPlaying, &[("name", &pack.name)]) }</p>
            { note }
            <Quiz {key} {spec} scored=true pack={Some(pool.clone())} />
        </>
    }
}
