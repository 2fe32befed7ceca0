//! The difficulty radio buttons of a set-up form (Mixed, Easy, Normal, Hard).

use yew::prelude::*;

use crate::context::use_app;
use crate::engine::bank::Difficulty;
use crate::i18n::Msg;

/// Each choice, its label and its element id's end.
const DIFFICULTIES: [(Option<Difficulty>, Msg, &str); 4] = [
    (None, Msg::QuizDifficultyMixed, "mixed"),
    (Some(Difficulty::Easy), Msg::QuizDifficultyEasy, "easy"),
    (
        Some(Difficulty::Normal),
        Msg::QuizDifficultyNormal,
        "normal",
    ),
    (Some(Difficulty::Hard), Msg::QuizDifficultyHard, "hard"),
];

#[derive(Properties, PartialEq)]
pub struct DifficultyChoiceProps {
    /// Starts the radios' ids and names, so two forms never share them ("difficulty").
    pub prefix: AttrValue,
    /// `None` is Mixed.
    pub value: Option<Difficulty>,
    pub on_change: Callback<Option<Difficulty>>,
}

/// A fieldset of one radio button a difficulty.
#[function_component]
pub fn DifficultyChoice(props: &DifficultyChoiceProps) -> Html {
    let app = use_app();
    html! {
        <fieldset>
            <legend>{ app.t(Msg::QuizDifficulty) }</legend>
            { for DIFFICULTIES.iter().map(|&(d, label, slug)| {
                let id = format!("{}-{slug}", props.prefix);
                html! {
                    <div class="check">
                        <input type="radio" name={props.prefix.clone()} id={id.clone()} checked={props.value == d}
                            onchange={props.on_change.reform(move |_: Event| d)} />
                        <label for={id}>{ app.t(label) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
