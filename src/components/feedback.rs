//! What the player sees after answering: right or not (icon and words), the right answer, and
//! the explanation, with the Next button.

use yew::prelude::*;

use crate::components::ja_text::ja_text;
use crate::context::use_app;
use crate::engine::session::Outcome;
use crate::i18n::{Msg, Words};

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    /// The outcome, its given answer as the player reads it.
    pub outcome: Outcome,
    /// The right answer as the player reads it.
    pub answer: String,
    pub explanation: String,
    pub is_last: bool,
    pub next_ref: NodeRef,
    pub on_next: Callback<MouseEvent>,
}

/// The verdict text in `words`, as also announced to screen readers.
pub fn verdict(words: Words, outcome: &Outcome, answer: &str) -> String {
    if outcome.correct {
        words.t(Msg::QuizCorrect).to_string()
    } else {
        words.f(Msg::QuizNotQuite, &[("answer", answer)])
    }
}

/// The feedback panel.
#[function_component]
pub fn Feedback(props: &FeedbackProps) -> Html {
    let app = use_app();
    let (class, icon) = if props.outcome.correct {
        ("feedback feedback-right", "✓")
    } else {
        ("feedback feedback-wrong", "✗")
    };
    html! {
        <section {class} aria-label={app.t(Msg::QuizAnswerFeedback).to_string()}>
            <p class="feedback-verdict">
                <span class="feedback-icon" aria-hidden="true">{ icon }</span>
                { ja_text(&verdict(app.words(), &props.outcome, &props.answer)) }
            </p>
            if !props.outcome.correct {
                <p>{ ja_text(&app.f(Msg::QuizYourAnswerWas, &[("answer", &props.outcome.given)])) }</p>
            }
            if !props.explanation.is_empty() {
                <p class="feedback-explanation">{ ja_text(&props.explanation) }</p>
            }
            <button type="button" class="button" ref={props.next_ref.clone()}
                onclick={props.on_next.clone()}>
                { app.t(if props.is_last { Msg::QuizSeeResults } else { Msg::QuizNextQuestion }) }
            </button>
        </section>
    }
}
