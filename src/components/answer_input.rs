//! How a question takes its answer, by kind: the options to pick (choice and true/false), the
//! items to put in order, or a field to type in. Shared by the quiz and Play together's turns.

use yew::prelude::*;

use crate::components::choice_options::ChoiceOptions;
use crate::components::order_answer::OrderAnswer;
use crate::components::typed_answer::TypedAnswer;
use crate::engine::bank::Kind;
use crate::engine::session::{Response, Round};

/// The answer controls of `round`; `number` keys them, so a new question starts afresh.
pub fn answer_input(
    round: &Round,
    number: usize,
    typed_field: NodeRef,
    on_answer: Callback<Response>,
) -> Html {
    let answered = round.outcome.is_some();
    match &round.question.kind {
        Kind::Choice { .. } | Kind::TrueFalse { .. } => html! {
            <ChoiceOptions options={round.options.clone()} outcome={round.outcome.clone()}
                answer={round.question.answer_text()} hidden={round.hidden.clone()}
                true_false={round.question.is_true_false()} on_pick={on_answer.reform(Response::Choice)} />
        },
        Kind::Order { .. } => html! {
            <OrderAnswer key={number} options={round.options.clone()} {answered}
                on_submit={on_answer.reform(Response::Order)} />
        },
        Kind::Typed { .. } => html! {
            <TypedAnswer key={number} {answered} field={typed_field}
                on_submit={on_answer.reform(Response::Text)} />
        },
    }
}
