//! Sends the player on to another route, in place of the current address.

use yew::prelude::*;

use crate::components::router::redirect;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RedirectProps {
    pub to: Route,
}

/// Renders nothing and goes to `to` once mounted.
#[function_component]
pub fn Redirect(props: &RedirectProps) -> Html {
    use_effect_with(props.to.clone(), redirect);
    Html::default()
}
