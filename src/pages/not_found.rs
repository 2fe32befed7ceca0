//! The page for any address the game does not know.

use yew::prelude::*;

use crate::components::link::Link;
use crate::context::use_app;
use crate::i18n::Msg;
use crate::route::Route;

/// A gentle way back.
#[function_component]
pub fn NotFound() -> Html {
    let app = use_app();
    html! {
        <section class="not-found">
            <h1>{ app.t(Msg::RecNotFoundHeading) }</h1>
            <p>{ app.t(Msg::RecNotFoundText) }</p>
            <Link to={Route::Home} classes="button">{ app.t(Msg::RecBackToStart) }</Link>
        </section>
    }
}
