//! A gentle page for an address that cannot be played, with a way on.

use yew::prelude::*;

use crate::components::link::Link;
use crate::i18n::{Msg, Words};
use crate::route::Route;

/// The address names a mode the game does not have.
pub const NO_SUCH_MODE: (Msg, Msg) = (Msg::QuizNoSuchModeTitle, Msg::QuizNoSuchModeDetail);

/// A shared quiz link lost part of its code.
pub const BROKEN_LINK: (Msg, Msg) = (Msg::QuizBrokenLinkTitle, Msg::QuizBrokenLinkDetail);

/// A (title, explanation) pair of messages in the player's words, for [`refusal`].
pub fn said<'a>(words: Words<'a>, (title, detail): (Msg, Msg)) -> (&'a str, &'a str) {
    (words.t(title), words.t(detail))
}

/// The (title, explanation) page with one link onwards.
pub fn refusal((title, detail): (&str, &str), onward: Route, label: &str) -> Html {
    html! {
        <section class="play">
            <h1>{ title }</h1>
            <p>{ detail }</p>
            <Link to={onward} classes="button">{ label.to_string() }</Link>
        </section>
    }
}
