//! The set-up form for Classic and Categories: difficulty, and which categories.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::bank::{Category, Difficulty};
use crate::engine::quiz::{Mode, QuizSpec};
use crate::route::Route;
use crate::web::random_seed;

#[derive(Properties, PartialEq)]
pub struct QuizSetupProps {
    pub mode: Mode,
}

const DIFFICULTIES: [(Option<Difficulty>, &str); 4] = [
    (None, "Mixed"),
    (Some(Difficulty::Easy), "Easy"),
    (Some(Difficulty::Normal), "Normal"),
    (Some(Difficulty::Hard), "Hard"),
];

/// Choices, then Start: the quiz opens at its own shareable address.
#[function_component]
pub fn QuizSetup(props: &QuizSetupProps) -> Html {
    let navigator = use_navigator();
    let difficulty = use_state(|| None::<Difficulty>);
    let categories = use_state(Vec::<Category>::new);
    let error = use_state(|| false);
    let mode = props.mode;
    let onsubmit = {
        let (difficulty, categories, error) =
            (difficulty.clone(), categories.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if mode == Mode::Category && categories.is_empty() {
                error.set(true);
                return;
            }
            let mut spec = QuizSpec::new(mode, random_seed());
            spec.difficulty = *difficulty;
            spec.categories = (*categories).clone();
            spec.categories.sort();
            if let Some(navigator) = &navigator {
                navigator.push(&Route::PlayCode {
                    mode: mode.slug().to_string(),
                    code: spec.code(),
                });
            }
        })
    };
    let toggle = |category: Category| {
        let (categories, error) = (categories.clone(), error.clone());
        Callback::from(move |event: Event| {
            let checked = event
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|input| input.checked());
            let mut next: Vec<Category> = categories
                .iter()
                .copied()
                .filter(|c| *c != category)
                .collect();
            if checked {
                next.push(category);
            }
            error.set(false);
            categories.set(next);
        })
    };
    html! {
        <form class="setup card" {onsubmit}>
            <h1>{ mode.label() }</h1>
            <p>{ mode.blurb() }</p>
            if mode == Mode::Category {
                <fieldset aria-describedby={error.then_some("category-error")}>
                    <legend>{ "Categories" }</legend>
                    { for Category::ALL.iter().map(|&c| {
                        let id = format!("category-{c:?}").to_lowercase();
                        html! {
                            <div class="check">
                                <input type="checkbox" id={id.clone()} checked={categories.contains(&c)}
                                    onchange={toggle(c)} />
                                <label for={id}>{ c.label() }</label>
                            </div>
                        }
                    }) }
                    if *error {
                        <p id="category-error" class="field-message">{ "Choose at least one category." }</p>
                    }
                </fieldset>
            }
            <fieldset>
                <legend>{ "Difficulty" }</legend>
                { for DIFFICULTIES.iter().map(|&(d, label)| {
                    let id = format!("difficulty-{}", label.to_lowercase());
                    let difficulty = difficulty.clone();
                    html! {
                        <div class="check">
                            <input type="radio" name="difficulty" id={id.clone()} checked={*difficulty == d}
                                onchange={Callback::from(move |_| difficulty.set(d))} />
                            <label for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <button type="submit" class="button button-big">{ "Start" }</button>
        </form>
    }
}
