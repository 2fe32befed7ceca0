//! "Question 3 of 10" as text and as a progress bar ("Question 3" alone in survival).

use yew::prelude::*;

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
    let Some(total) = props.total else {
        return html! {
            <div class="progress">
                <p class="progress-text">{ format!("Question {}", props.number) }</p>
            </div>
        };
    };
    let label = format!("Question {} of {total}", props.number);
    html! {
        <div class="progress">
            <p class="progress-text">{ label.clone() }</p>
            <progress max={total.to_string()} value={props.number.to_string()}
                aria-label={label} />
        </div>
    }
}
