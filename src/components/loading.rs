//! What a view shows while something it needs is being fetched (the question bank, the pages
//! module), and when that fetch failed: one look and one wording for both.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    /// The message and the progress bar's name, e.g. "Loading the questions".
    pub what: AttrValue,
    /// What could not be fetched, e.g. "The questions"; `None` while still loading.
    #[prop_or_default]
    pub failed: Option<AttrValue>,
    /// Try the fetch again.
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

/// An announced loading state, or a message with Try again.
#[function_component]
pub fn Loading(props: &LoadingProps) -> Html {
    match &props.failed {
        None => html! {
            <div class="bank-loading" role="status">
                <p>{ format!("{}…", props.what) }</p>
                <progress aria-label={props.what.clone()}></progress>
            </div>
        },
        Some(failed) => {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            html! {
                <div class="card" role="alert">
                    <p><strong>{ format!("{failed} could not be loaded.") }</strong></p>
                    <p>{ "Check your connection and try again. Your scores and settings are safe." }</p>
                    <button type="button" class="button" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
    }
}
