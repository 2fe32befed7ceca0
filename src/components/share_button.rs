//! Share a result: the Web Share API where present, else the clipboard, with a visible
//! confirmation either way.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::page::{share_or_copy, Shared};
use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    pub text: String,
}

/// A Share button, a preview of the text, and a status line.
#[function_component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let app = use_app();
    let status = use_state(|| None::<Shared>);
    let onclick = {
        let status = status.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let text = text.clone();
            spawn_local(async move { status.set(Some(share_or_copy(&text).await)) });
        })
    };
    let message = match *status {
        Some(Shared::Copied) => app.t(Msg::QuizShareCopied),
        Some(Shared::Shared) => app.t(Msg::QuizShared),
        Some(Shared::Failed) => app.t(Msg::QuizShareFailed),
        None => "",
    };
    html! {
        <div class="share">
            <pre class="share-text" aria-label={app.t(Msg::QuizShareTextLabel).to_string()}>{ props.text.clone() }</pre>
            <button type="button" class="button" {onclick}>{ app.t(Msg::QuizShareResult) }</button>
            <p role="status" class="share-status">{ message }</p>
        </div>
    }
}
