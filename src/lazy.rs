//! The pages other than Home, Play, Daily and the not-found page live in a second WebAssembly
//! module (`pages`), split off at build time by `wasm-split-cli` (see `tools/wasm-split.mjs`)
//! and fetched the first time one of them is shown. Until it has arrived the page shows an
//! announced loading state; if it cannot be fetched (offline on a first visit, a server error),
//! a message and a way to try again (`hooks::use_split`). On targets other than wasm (host
//! tests) the split function is an ordinary call.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::components::loading::when_loaded;
use crate::context::use_app;
use crate::hooks::use_split::use_split;
use crate::i18n::Msg;
use crate::pages::{
    about::About, pack_play::PackPlay, packs::Packs, results::Results, settings::SettingsPage,
    stats::Stats, together::Together,
};
use crate::route::Route;

/// Renders a route with the pages of the split-off module.
type Pages = fn(Route) -> Html;

thread_local! {
    /// The split-off pages once their module has been loaded: later visits render at once.
    static PAGES: Cell<Option<Pages>> = const { Cell::new(None) };
}

/// The split point: everything only this function reaches goes into the `pages` module.
#[wasm_split(pages, fallible)]
fn load_pages() -> Result<Pages, SplitLoaderError> {
    Ok(later_pages)
}

/// The page for a route of the split-off module. The root renders the other routes itself
/// (`app::switch`), so they never reach this.
fn later_pages(route: Route) -> Html {
    match route {
        Route::Results => html! { <Results /> },
        Route::Packs => html! { <Packs /> },
        Route::PackPlay { id, mode } => html! { <PackPlay {id} {mode} /> },
        Route::PackPlayCode { id, mode, code } => {
            html! { <PackPlay {id} {mode} code={Some(code)} /> }
        }
        Route::Stats => html! { <Stats /> },
        Route::Together => html! { <Together /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::About => html! { <About /> },
        _ => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyPageProps {
    pub route: Route,
}

/// The page for `route`, once the module with the later pages is there.
#[function_component]
pub fn LazyPage(props: &LazyPageProps) -> Html {
    let app = use_app();
    let stage = use_split(&PAGES, load_pages);
    when_loaded(
        &app,
        stage,
        (Msg::LoadingPage, Msg::PageNotLoaded),
        |pages| pages(props.route.clone()),
    )
}
