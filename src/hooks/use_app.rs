//! Access to the app context (bank and shared state) from any page.

use yew::prelude::*;

use crate::app::AppContext;

/// The app context; `None` only outside the app root, where pages never render.
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}
