//! A dismissible banner for storage problems.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
    pub on_dismiss: Callback<MouseEvent>,
}

/// A short, polite message with a Dismiss button.
#[function_component]
pub fn NoticeBar(props: &NoticeProps) -> Html {
    html! {
        <div class="notice" role="status">
            <p>{ props.message.clone() }</p>
            <button type="button" class="button-quiet" onclick={props.on_dismiss.clone()}>
                { "Dismiss" }
            </button>
        </div>
    }
}
