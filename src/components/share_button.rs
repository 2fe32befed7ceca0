//! Share a result: the Web Share API where present, else the clipboard, with a visible
//! confirmation either way.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::page::{share_or_copy, Shared};

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    pub text: String,
}

/// A Share button, a preview of the text, and a status line.
#[function_component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
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
        Some(Shared::Copied) => "Copied — paste it anywhere.",
        Some(Shared::Shared) => "Shared.",
        Some(Shared::Failed) => {
            "Could not share from this browser; you can select and copy the text above."
        }
        None => "",
    };
    html! {
        <div class="share">
            <pre class="share-text" aria-label="Share text">{ props.text.clone() }</pre>
            <button type="button" class="button" {onclick}>{ "Share result" }</button>
            <p role="status" class="share-status">{ message }</p>
        </div>
    }
}
