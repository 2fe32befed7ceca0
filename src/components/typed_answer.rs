//! A typed-answer question: a labelled text field, described by the question's prompt so a
//! screen reader reads the question when the field takes focus, and a Check button.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct TypedAnswerProps {
    pub answered: bool,
    pub on_submit: Callback<String>,
    /// The text field, for the quiz to focus.
    #[prop_or_default]
    pub field: NodeRef,
}

/// The text field keeps what was typed; an empty answer gets a message, not a verdict.
#[function_component]
pub fn TypedAnswer(props: &TypedAnswerProps) -> Html {
    let app = use_app();
    let input = props.field.clone();
    let empty = use_state(|| false);
    let onsubmit = {
        let input = input.clone();
        let empty = empty.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            empty.set(text.trim().is_empty());
            if !text.trim().is_empty() {
                on_submit.emit(text);
            }
        })
    };
    html! {
        <form class="typed" {onsubmit}>
            <label for="typed-answer">{ app.t(Msg::QuizYourAnswer) }</label>
            <input id="typed-answer" ref={input} type="text" autocomplete="off"
                autocapitalize="off" spellcheck="false" disabled={props.answered}
                aria-describedby={if *empty { "question-prompt typed-empty" } else { "question-prompt" }} />
            if *empty {
                <p id="typed-empty" class="field-message">{ app.t(Msg::QuizTypeFirst) }</p>
            }
            if !props.answered {
                <button type="submit" class="button">{ app.t(Msg::QuizCheckAnswer) }</button>
            }
        </form>
    }
}
