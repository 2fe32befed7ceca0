//! "Question 3 of 10" as text and as a progress bar.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The 1-based number of the current question.
    pub number: usize,
    pub total: usize,
}

/// Where the player is in the round.
#[function_component]
pub fn Progress(props: &ProgressProps) -> Html {
    let label = format!("Question {} of {}", props.number, props.total);
    html! {
        <div class="progress">
            <p class="progress-text">{ label.clone() }</p>
            <progress max={props.total.to_string()} value={props.number.to_string()}
                aria-label={label} />
        </div>
    }
}
