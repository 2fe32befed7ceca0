//! An ordering question: move items up and down with buttons, then check the order.

use yew::prelude::*;

use crate::components::ja_text::ja_text;
use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct OrderAnswerProps {
    /// The items as first shown.
    pub options: Vec<String>,
    pub answered: bool,
    /// The player's order, as indices into `options`.
    pub on_submit: Callback<Vec<usize>>,
}

/// A list whose items move with "Move up" / "Move down" buttons, and a Check button.
#[function_component]
pub fn OrderAnswer(props: &OrderAnswerProps) -> Html {
    let app = use_app();
    let order = use_state(|| (0..props.options.len()).collect::<Vec<usize>>());
    let swap = |a: usize, b: usize| {
        let order = order.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*order).clone();
            next.swap(a, b);
            order.set(next);
        })
    };
    let submit = {
        let order = order.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |_: MouseEvent| on_submit.emit((*order).clone()))
    };
    let last = order.len().saturating_sub(1);
    html! {
        <div class="order">
            <p id="order-help" class="muted order-help">
                { app.t(Msg::QuizOrderHelp) }
            </p>
            <ol class="order-list" aria-describedby="order-help">
                { for order.iter().enumerate().map(|(place, &i)| {
                    let text = props.options.get(i).cloned().unwrap_or_default();
                    html! {
                        <li class="order-item">
                            <span class="order-text">{ ja_text(&text) }</span>
                            <span class="order-moves">
                                <button type="button" class="button-small"
                                    aria-label={app.f(Msg::QuizMoveUp, &[("item", &text)])}
                                    disabled={props.answered || place == 0}
                                    onclick={swap(place, place.saturating_sub(1))}>{ "↑" }</button>
                                <button type="button" class="button-small"
                                    aria-label={app.f(Msg::QuizMoveDown, &[("item", &text)])}
                                    disabled={props.answered || place == last}
                                    onclick={swap(place, (place + 1).min(last))}>{ "↓" }</button>
                            </span>
                        </li>
                    }
                }) }
            </ol>
            if !props.answered {
                <button type="button" class="button" onclick={submit}>{ app.t(Msg::QuizCheckOrder) }</button>
            }
        </div>
    }
}
