//! The options of a multiple-choice or true/false question, as real buttons.

use yew::prelude::*;

use crate::components::ja_text::ja_text;
use crate::context::use_app;
use crate::engine::session::{shown_answer, Outcome};
use crate::i18n::Msg;

/// The key letter shown beside option `i` (A–D); 1–4 work too.
pub fn key_letter(i: usize) -> char {
    char::from(b'A' + u8::try_from(i % 26).unwrap_or(0))
}

#[derive(Properties, PartialEq)]
pub struct ChoiceOptionsProps {
    pub options: Vec<String>,
    /// Set once answered: the options lock and show which was right.
    pub outcome: Option<Outcome>,
    pub answer: String,
    /// Options removed by 50:50: shown struck through and disabled.
    #[prop_or_default]
    pub hidden: Vec<usize>,
    /// A true/false question: its "True" and "False" are said in the player's language.
    #[prop_or_default]
    pub true_false: bool,
    pub on_pick: Callback<usize>,
}

/// One button per option; after answering, the right one and the player's pick are marked with
/// an icon and words, never colour alone.
#[function_component]
pub fn ChoiceOptions(props: &ChoiceOptionsProps) -> Html {
    let app = use_app();
    let answered = props.outcome.is_some();
    html! {
        <ul class="options" role="list">
            { for props.options.iter().enumerate().map(|(i, option)| {
                let on_pick = props.on_pick.clone();
                let onclick = Callback::from(move |_| on_pick.emit(i));
                let is_answer = *option == props.answer;
                let is_pick = props.outcome.as_ref().is_some_and(|o| o.given == *option);
                let removed = props.hidden.contains(&i);
                let (class, mark) = match (answered, is_answer, is_pick) {
                    (true, true, _) => ("option option-right", Some(app.t(Msg::QuizMarkRight))),
                    (true, false, true) => ("option option-wrong", Some(app.t(Msg::QuizMarkYours))),
                    _ if removed => ("option option-removed", Some(app.t(Msg::QuizMarkRemoved))),
                    _ => ("option", None),
                };
                let letter = key_letter(i);
                html! {
                    <li>
                        <button type="button" {class} {onclick} disabled={answered || removed}
                            aria-keyshortcuts={format!("{} {}", i + 1, letter)}>
                            <span class="option-key" aria-hidden="true">{ letter }</span>
                            <span class="option-text">{ ja_text(shown_answer(app.words(), props.true_false, option)) }</span>
                            if let Some(mark) = mark {
                                <span class="option-mark">{ mark }</span>
                            }
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
