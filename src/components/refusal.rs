//! A gentle page for an address that cannot be played, with a way on.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// The address names a mode the game does not have.
pub const NO_SUCH_MODE: (&str, &str) = (
    "There is no such way to play",
    "The address names a game mode this quiz does not have.",
);

/// A shared quiz link lost part of its code.
pub const BROKEN_LINK: (&str, &str) = (
    "This quiz link is incomplete",
    "Part of the link seems to be missing or changed, so the quiz it points to cannot be rebuilt.",
);

/// The (title, explanation) page with one link onwards.
pub fn refusal((title, detail): (&str, &str), onward: Route, label: &str) -> Html {
    html! {
        <section class="play">
            <h1>{ title }</h1>
            <p>{ detail }</p>
            <Link<Route> to={onward} classes="button">{ label.to_string() }</Link<Route>>
        </section>
    }
}
