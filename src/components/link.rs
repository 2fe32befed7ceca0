//! A link to a route of the game.

use yew::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A plain `<a href="#/…">`: the browser changes the hash and the router follows it.
#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    html! {
        <a class={props.classes.clone()} href={props.to.href()}>{ props.children.clone() }</a>
    }
}
