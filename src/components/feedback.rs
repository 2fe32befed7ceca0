//! What the player sees after answering: right or not (icon and words), the right answer, and
//! the explanation, with the Next button.

use yew::prelude::*;

use crate::components::ja_text::ja_text;
use crate::engine::session::Outcome;

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub outcome: Outcome,
    pub answer: String,
    pub explanation: String,
    pub is_last: bool,
    pub next_ref: NodeRef,
    pub on_next: Callback<MouseEvent>,
}

/// The verdict text, as also announced to screen readers.
pub fn verdict(outcome: &Outcome, answer: &str) -> String {
    if outcome.correct {
        "Correct!".to_string()
    } else {
        format!("Not quite — the answer is {answer}.")
    }
}

/// The feedback panel.
#[function_component]
pub fn Feedback(props: &FeedbackProps) -> Html {
    let (class, icon) = if props.outcome.correct {
        ("feedback feedback-right", "✓")
    } else {
        ("feedback feedback-wrong", "✗")
    };
    html! {
        <section {class} aria-label="Answer feedback">
            <p class="feedback-verdict">
                <span class="feedback-icon" aria-hidden="true">{ icon }</span>
                { ja_text(&verdict(&props.outcome, &props.answer)) }
            </p>
            if !props.outcome.correct {
                <p>{ "Your answer: " }{ ja_text(&props.outcome.given) }</p>
            }
            if !props.explanation.is_empty() {
                <p class="feedback-explanation">{ ja_text(&props.explanation) }</p>
            }
            <button type="button" class="button" ref={props.next_ref.clone()}
                onclick={props.on_next.clone()}>
                { if props.is_last { "See results" } else { "Next question" } }
            </button>
        </section>
    }
}
