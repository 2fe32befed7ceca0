//! The one place URLs and pages meet: hash routes, so any static host and any sub-path work.

use yew::{html, Html};
use yew_router::Routable;

use crate::pages::{home::Home, not_found::NotFound, play::Play, results::Results};

/// Every page of the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/play")]
    Play,
    #[at("/results")]
    Results,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Play => html! { <Play /> },
        Route::Results => html! { <Results /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
