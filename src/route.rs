//! The one place URLs and pages meet: hash routes, so any static host and any sub-path work.
//! Parameters arrive as text; pages parse them and answer a malformed one politely.

use yew::{html, Html};
use yew_router::Routable;

use crate::pages::{
    about::About, daily::Daily, home::Home, not_found::NotFound, pack_play::PackPlay, packs::Packs,
    play::Play, results::Results, settings::Settings, stats::Stats,
};

/// Every page of the game.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    /// A classic round, straight away.
    #[at("/play")]
    QuickPlay,
    /// A mode: its set-up form, or straight into the game for modes without options.
    #[at("/play/:mode")]
    Play { mode: String },
    /// An exact quiz, as shared: `#/play/classic/s1a2b-cce-dh`.
    #[at("/play/:mode/:code")]
    PlayCode { mode: String, code: String },
    #[at("/daily")]
    Daily,
    /// A past day's challenge (unscored), or today's.
    #[at("/daily/:date")]
    DailyOn { date: String },
    #[at("/results")]
    Results,
    /// Imported question packs.
    #[at("/packs")]
    Packs,
    /// A pack in a mode: its set-up form or straight into the game.
    #[at("/packs/:id/:mode")]
    PackPlay { id: String, mode: String },
    /// An exact quiz over a pack.
    #[at("/packs/:id/:mode/:code")]
    PackPlayCode {
        id: String,
        mode: String,
        code: String,
    },
    #[at("/stats")]
    Stats,
    #[at("/settings")]
    Settings,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
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
        Route::Settings => html! { <Settings /> },
        Route::About => html! { <About /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
