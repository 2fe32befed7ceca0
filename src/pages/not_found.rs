//! The page for any address the game does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// A gentle way back.
#[function_component]
pub fn NotFound() -> Html {
    html! {
        <section class="not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ "This page does not exist. Perhaps the link was cut short." }</p>
            <Link<Route> to={Route::Home} classes="button">{ "Back to the start" }</Link<Route>>
        </section>
    }
}
