//! The pages other than Home (and the not-found page) live in a second WebAssembly module,
//! split off at build time by `wasm-split-cli` (see `tools/wasm-split.mjs`) and fetched the
//! first time one of them is shown. Until it has arrived the page shows an announced loading
//! state; if it cannot be fetched (offline on a first visit, a server error), a message and a
//! way to try again. A failed fetch is not remembered, so trying again really fetches again.
//! On targets other than wasm (host tests) the split function is an ordinary call.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::loading::Loading;
use crate::pages::{
    about::About, daily::Daily, home::Home, not_found::NotFound, pack_play::PackPlay, packs::Packs,
    play::Play, results::Results, settings::SettingsPage, stats::Stats,
};
use crate::route::Route;

/// Renders a route with the pages of the split-off module.
type Pages = fn(Route) -> Html;

thread_local! {
    /// The split-off pages once their module has been loaded: later visits render at once.
    static LOADED: Cell<Option<Pages>> = const { Cell::new(None) };
}

/// The split point: everything only this function reaches goes into the `pages` module.
#[wasm_split(pages, fallible)]
fn load_pages() -> Result<Pages, SplitLoaderError> {
    Ok(later_pages)
}

/// The page for a route (Home and the not-found page are also in the main module).
fn later_pages(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::QuickPlay => html! { <Play mode="classic" start_now=true /> },
        Route::Play { mode } => html! { <Play mode={mode} /> },
        Route::PlayCode { mode, code } => html! { <Play mode={mode} code={Some(code)} /> },
        Route::Daily => html! { <Daily date={None::<String>} /> },
        Route::DailyOn { date } => html! { <Daily date={Some(date)} /> },
        Route::Results => html! { <Results /> },
        Route::Packs => html! { <Packs /> },
        Route::PackPlay { id, mode } => html! { <PackPlay {id} {mode} /> },
        Route::PackPlayCode { id, mode, code } => {
            html! { <PackPlay {id} {mode} code={Some(code)} /> }
        }
        Route::Stats => html! { <Stats /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::About => html! { <About /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyPageProps {
    pub route: Route,
}

/// Where the split-off module stands for this page.
#[derive(Clone, Copy)]
enum Stage {
    Loading,
    Ready(Pages),
    Failed,
}

/// The page for `route`, once the module with the later pages is there.
#[function_component]
pub fn LazyPage(props: &LazyPageProps) -> Html {
    let stage = use_state(|| match LOADED.with(Cell::get) {
        Some(pages) => Stage::Ready(pages),
        None => Stage::Loading,
    });
    let attempt = use_state(|| 0_u32);
    {
        let stage = stage.clone();
        use_effect_with(*attempt, move |_| {
            if matches!(*stage, Stage::Loading) {
                spawn_local(async move {
                    match load_pages().await {
                        Ok(pages) => {
                            LOADED.with(|loaded| loaded.set(Some(pages)));
                            stage.set(Stage::Ready(pages));
                        }
                        Err(_) => stage.set(Stage::Failed),
                    }
                });
            }
        });
    }
    match *stage {
        Stage::Ready(pages) => pages(props.route.clone()),
        Stage::Loading => html! { <Loading what="Loading this page" /> },
        Stage::Failed => {
            let on_retry = Callback::from(move |()| {
                stage.set(Stage::Loading);
                attempt.set(*attempt + 1);
            });
            html! { <Loading what="Loading this page" failed={Some(AttrValue::from("This part of the game"))} {on_retry} /> }
        }
    }
}
