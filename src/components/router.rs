//! The router: the current [`Route`], read from the address's hash and followed as it changes,
//! for every component below it ([`use_route`]); and the way to go elsewhere ([`navigate`]).
//! Links are plain `<a href="#/…">` ([`super::link::Link`]), so they also work before the
//! game has started and open in a new tab as any link does.

use yew::prelude::*;

use crate::browser::page::{go_to_hash, location_hash, on_hash_change};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    #[prop_or_default]
    pub children: Html,
}

/// Provides the current route to its children.
#[function_component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let route = use_state_eq(|| Route::from_hash(&location_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = {
                let route = route.clone();
                on_hash_change(move |hash| route.set(Route::from_hash(&hash)))
            };
            // A link pressed between the first render and now is not lost.
            route.set(Route::from_hash(&location_hash()));
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>
            { props.children.clone() }
        </ContextProvider<Route>>
    }
}

/// The current route (Home outside a router).
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::Home)
}

/// Goes to `to`, as a new entry in the browser's history.
pub fn navigate(to: &Route) {
    go_to_hash(&to.href(), false);
}

/// Goes to `to` in place of the current address, so Back does not return to it.
pub fn redirect(to: &Route) {
    go_to_hash(&to.href(), true);
}
