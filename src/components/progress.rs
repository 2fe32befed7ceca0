//! "Question 3 of 10" as text and as a progress bar ("Question 3" alone in survival).

use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The 1-based number of the current question.
    pub number: usize,
    /// `None` when the round has no fixed length (survival).
    pub total: Option<usize>,
}

/// Where the player is in the round.
#[function_component]
pub fn Progress(props: &ProgressProps) -> Html {
    let app = use_app();
    let number = props.number.to_string();
    let Some(total) = props.total else {
        return html! {
            <div class="progress">
                <p class="progress-text">{ app.f(Msg::QuizQuestionNumber, &[("n", &number)]) }</p>
            </div>
        };
    };
    let label = app.f(
        Msg::QuestionOf,
        &[("n", &number), ("total", &total.to_string())],
    );
    html! {
        <div class="progress">
            <p class="progress-text">{ label.clone() }</p>
            <progress max={total.to_string()} value={props.number.to_string()}
                aria-label={label} />
        </div>
    }
}
