//! What a view shows while something it needs is being fetched (the question bank, the pages
//! module), and when that fetch failed: one look and one wording for both.

use yew::prelude::*;

use crate::context::{use_app, AppHandle};
use crate::hooks::use_split::Stage;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    /// The message and the progress bar's name, e.g. "Loading the questions".
    pub what: AttrValue,
    /// The sentence saying what could not be fetched, e.g. "The questions could not be
    /// loaded."; `None` while still loading.
    #[prop_or_default]
    pub failed: Option<AttrValue>,
    /// Try the fetch again.
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

/// A split-off module's view once the module is there (`ready`), else the loading state saying
/// `what` is loading, or that it `failed` with Try again: how every lazily loaded view waits.
pub fn when_loaded<T>(
    app: &AppHandle,
    (stage, on_retry): (Stage<T>, Callback<()>),
    (what, failed): (Msg, Msg),
    ready: impl FnOnce(T) -> Html,
) -> Html {
    let what = AttrValue::from(app.t(what).to_string());
    match stage {
        Stage::Ready(entry) => ready(entry),
        Stage::Loading => html! { <Loading {what} /> },
        Stage::Failed => {
            let failed = Some(AttrValue::from(app.t(failed).to_string()));
            html! { <Loading {what} {failed} {on_retry} /> }
        }
    }
}

/// An announced loading state, or a message with Try again.
#[function_component]
pub fn Loading(props: &LoadingProps) -> Html {
    let app = use_app();
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
                    <p><strong>{ failed.clone() }</strong></p>
                    <p>{ app.t(Msg::QuizCheckConnection) }</p>
                    <button type="button" class="button" onclick={retry}>{ app.t(Msg::QuizTryAgain) }</button>
                </div>
            }
        }
    }
}
