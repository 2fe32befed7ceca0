//! A dismissible banner for storage problems.

use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
    pub on_dismiss: Callback<MouseEvent>,
}

/// A short, polite message with a Dismiss button.
#[function_component]
pub fn NoticeBar(props: &NoticeProps) -> Html {
    let app = use_app();
    html! {
        <div class="notice" role="status">
            <p>{ props.message.clone() }</p>
            <button type="button" class="button-quiet" onclick={props.on_dismiss.clone()}>
                { app.t(Msg::RecDismiss) }
            </button>
        </div>
    }
}
