//! The set-up form for Classic and Categories: difficulty, and which categories.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::page::random_seed;
use crate::components::difficulty_choice::DifficultyChoice;
use crate::components::router::navigate;
use crate::context::use_app;
use crate::engine::bank::{Category, Difficulty};
use crate::engine::mode::Mode;
use crate::engine::order::sort_small;
use crate::engine::packs::PackId;
use crate::engine::spec::{topic_key, QuizSpec};
use crate::i18n::Msg;
use crate::route::Route;

#[derive(Properties, PartialEq, Clone)]
pub struct QuizSetupProps {
    pub mode: Mode,
    /// For an imported pack: its id and its own categories.
    #[prop_or_default]
    pub pack: Option<(PackId, Vec<String>)>,
    /// A heading other than the mode's name.
    #[prop_or_default]
    pub title: Option<String>,
}

/// Choices, then Start: the quiz opens at its own shareable address.
#[function_component]
pub fn QuizSetup(props: &QuizSetupProps) -> Html {
    let app = use_app();
    let difficulty = use_state(|| None::<Difficulty>);
    let categories = use_state(Vec::<Category>::new);
    let topics = use_state(Vec::<String>::new);
    let error = use_state(|| false);
    let mode = props.mode;
    let pack = props.pack.clone();
    let onsubmit = {
        let (difficulty, categories, topics, error) = (
            difficulty.clone(),
            categories.clone(),
            topics.clone(),
            error.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if mode == Mode::Category && categories.is_empty() && topics.is_empty() {
                error.set(true);
                return;
            }
            let mut spec = QuizSpec::new(mode, random_seed());
            spec.difficulty = *difficulty;
            spec.categories = (*categories).clone();
            sort_small(&mut spec.categories);
            spec.topics = topics.iter().map(|t| topic_key(t)).collect();
            sort_small(&mut spec.topics);
            let (mode, code) = (mode.slug().to_string(), spec.code());
            let route = match &pack {
                Some((id, _)) => Route::PackPlayCode {
                    id: id.to_string(),
                    mode,
                    code,
                },
                None => Route::PlayCode { mode, code },
            };
            navigate(&route);
        })
    };
    let toggle_topic = |topic: String| {
        let (topics, error) = (topics.clone(), error.clone());
        Callback::from(move |event: Event| {
            let checked = event
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|input| input.checked());
            let mut next: Vec<String> = topics.iter().filter(|t| **t != topic).cloned().collect();
            if checked {
                next.push(topic.clone());
            }
            error.set(false);
            topics.set(next);
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
            <h1>{ props.title.clone().unwrap_or_else(|| app.t(mode.label()).to_string()) }</h1>
            <p>{ app.t(mode.blurb()) }</p>
            if let (Mode::Category, Some((_, pack_topics))) = (mode, &props.pack) {
                <fieldset aria-describedby={error.then_some("category-error")}>
                    <legend>{ app.t(Msg::QuizCategoriesLegend) }</legend>
                    { for pack_topics.iter().enumerate().map(|(i, t)| {
                        let id = format!("topic-{i}");
                        html! {
                            <div class="check">
                                <input type="checkbox" id={id.clone()} checked={topics.contains(t)}
                                    onchange={toggle_topic(t.clone())} />
                                <label for={id}>{ t.clone() }</label>
                            </div>
                        }
                    }) }
                    if *error {
                        <p id="category-error" class="field-message">{ app.t(Msg::QuizChooseCategory) }</p>
                    }
                </fieldset>
            } else if mode == Mode::Category {
                <fieldset aria-describedby={error.then_some("category-error")}>
                    <legend>{ app.t(Msg::QuizCategoriesLegend) }</legend>
                    { for Category::ALL.iter().map(|&c| {
                        let id = format!("category-{}", c.slug());
                        html! {
                            <div class="check">
                                <input type="checkbox" id={id.clone()} checked={categories.contains(&c)}
                                    onchange={toggle(c)} />
                                <label for={id}>{ app.t(c.label()) }</label>
                            </div>
                        }
                    }) }
                    if *error {
                        <p id="category-error" class="field-message">{ app.t(Msg::QuizChooseCategory) }</p>
                    }
                </fieldset>
            }
            <DifficultyChoice prefix="difficulty" value={*difficulty}
                on_change={Callback::from(move |d| difficulty.set(d))} />
            <button type="submit" class="button button-big">{ app.t(Msg::QuizStart) }</button>
        </form>
    }
}
