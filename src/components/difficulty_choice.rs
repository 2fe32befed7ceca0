//! The difficulty radio buttons of a set-up form (Mixed, Easy, Normal, Hard).

use yew::prelude::*;

use crate::engine::bank::Difficulty;

/// Each choice, its label and its element id's end.
const DIFFICULTIES: [(Option<Difficulty>, &str, &str); 4] = [
    (None, "Mixed", "mixed"),
    (Some(Difficulty::Easy), "Easy", "easy"),
    (Some(Difficulty::Normal), "Normal", "normal"),
    (Some(Difficulty::Hard), "Hard", "hard"),
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
    html! {
        <fieldset>
            <legend>{ "Difficulty" }</legend>
            { for DIFFICULTIES.iter().map(|&(d, label, slug)| {
                let id = format!("{}-{slug}", props.prefix);
                html! {
                    <div class="check">
                        <input type="radio" name={props.prefix.clone()} id={id.clone()} checked={props.value == d}
                            onchange={props.on_change.reform(move |_: Event| d)} />
                        <label for={id}>{ label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
