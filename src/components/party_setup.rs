//! The set-up form of "Play together": the players' names (last game's offered again, 2–8,
//! added and removed in place), how many questions, timing, categories, difficulty and the
//! group's spoiler limit. The engine says what is wrong (`PartySetup::problems`); the form shows
//! each message beside its field and moves the focus to the first one.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::page::{focus_by_id, random_seed};
use crate::components::difficulty_choice::DifficultyChoice;
use crate::components::spoiler_picker::limit_label;
use crate::context::use_app;
use crate::engine::bank::{Category, SPECIAL_EPISODE};
use crate::engine::order::sort_small;
use crate::engine::party::{
    PartySetup, SetupError, SetupField, MAX_NAME_CHARS, MAX_PLAYERS, MIN_PLAYERS, QUESTION_COUNTS,
};
use crate::i18n::{Msg, Words};

#[derive(Properties, PartialEq)]
pub struct PartySetupFormProps {
    /// The checked setup, to start a game with.
    pub on_start: Callback<PartySetup>,
    /// Why the last start failed after the form's own checks (not enough questions).
    #[prop_or_default]
    pub problem: Option<String>,
}

/// The choices a new game starts from: last game's names, or two empty seats.
fn first_names(saved: &[String]) -> Vec<String> {
    let mut names = saved.to_vec();
    names.truncate(MAX_PLAYERS);
    while names.len() < MIN_PLAYERS {
        names.push(String::new());
    }
    names
}

/// The id of the field a problem belongs to, for its message and the focus.
fn field_id(field: SetupField) -> String {
    match field {
        SetupField::Players => "party-players".to_string(),
        SetupField::Name(i) => format!("party-name-{i}"),
        SetupField::QuestionCount => format!("party-count-{}", QUESTION_COUNTS[1]),
        SetupField::Questions => "party-start".to_string(),
    }
}

/// The message shown under a field, if the last attempt found one.
fn message(problems: &[SetupError], field: SetupField, words: Words) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field() == field)
        .map(|p| p.message(words))
}

/// The form; Start checks it and hands the setup over.
#[function_component]
pub fn PartySetupForm(props: &PartySetupFormProps) -> Html {
    let app = use_app();
    let settings = &app.records().settings;
    let setup = use_state(|| PartySetup {
        spoiler_limit: settings.spoiler_limit(),
        ..PartySetup::new(first_names(&settings.party_names), random_seed())
    });
    let problems = use_state(Vec::<SetupError>::new);
    // After an add or a remove, the field to put the focus on.
    let focus_next = use_state(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect_with((*focus_next).clone(), move |target| {
            if let Some(id) = target {
                focus_by_id(id);
                focus_next.set(None);
            }
        });
    }
    let update = |change: fn(&mut PartySetup, &Event)| {
        let setup = setup.clone();
        Callback::from(move |event: Event| {
            let mut next = (*setup).clone();
            change(&mut next, &event);
            setup.set(next);
        })
    };
    let set_name = |i: usize| {
        let setup = setup.clone();
        Callback::from(move |event: InputEvent| {
            let value = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            let mut next = (*setup).clone();
            if let Some(name) = next.names.get_mut(i) {
                *name = value;
            }
            setup.set(next);
        })
    };
    let remove = |i: usize| {
        let (setup, focus_next) = (setup.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*setup).clone();
            if next.names.len() > MIN_PLAYERS && i < next.names.len() {
                next.names.remove(i);
                focus_next.set(Some(format!("party-name-{}", i.min(next.names.len() - 1))));
                setup.set(next);
            }
        })
    };
    let add = {
        let (setup, focus_next) = (setup.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*setup).clone();
            if next.names.len() < MAX_PLAYERS {
                next.names.push(String::new());
                focus_next.set(Some(format!("party-name-{}", next.names.len() - 1)));
                setup.set(next);
            }
        })
    };
    let onsubmit = {
        let (setup, problems, on_start) = (setup.clone(), problems.clone(), props.on_start.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = setup.problems();
            match (found.first(), setup.validated()) {
                (None, Ok(checked)) => {
                    problems.set(Vec::new());
                    on_start.emit(checked);
                }
                (first, _) => {
                    if let Some(first) = first {
                        focus_by_id(&field_id(first.field()));
                    }
                    problems.set(found);
                }
            }
        })
    };
    let count = setup.names.len();
    let words = app.words();
    let players_message = message(&problems, SetupField::Players, words);
    html! {
        <form class="setup card party-setup" {onsubmit} novalidate=true>
            <h1>{ app.t(Msg::PlayTogether) }</h1>
            <p>{ app.t(Msg::PartySetupLead) }</p>
            <fieldset id="party-players" tabindex="-1"
                aria-describedby={players_message.is_some().then_some("party-players-error")}>
                <legend>{ app.f(Msg::PartyPlayersLegend, &[("count", &count.to_string()), ("max", &MAX_PLAYERS.to_string())]) }</legend>
                <ol class="party-names">
                    { for setup.names.iter().enumerate().map(|(i, name)| {
                        let id = format!("party-name-{i}");
                        let error = message(&problems, SetupField::Name(i), words);
                        let error_id = format!("{id}-error");
                        html! {
                            <li class="party-name">
                                <label for={id.clone()}>{ app.f(Msg::PartyPlayerLabel, &[("n", &(i + 1).to_string())]) }</label>
                                // Longer than allowed, so a too-long name is said rather than cut off.
                                <input id={id} type="text" value={name.clone()} autocomplete="off"
                                    maxlength={(MAX_NAME_CHARS * 4).to_string()}
                                    aria-invalid={error.is_some().then_some("true")}
                                    aria-describedby={error.is_some().then_some(error_id.clone())}
                                    oninput={set_name(i)} />
                                if count > MIN_PLAYERS {
                                    <button type="button" class="button-quiet"
                                        aria-label={app.f(Msg::PartyRemovePlayerLabel, &[("n", &(i + 1).to_string())])} onclick={remove(i)}>
                                        { app.t(Msg::PartyRemove) }
                                    </button>
                                }
                                if let Some(error) = error {
                                    <p id={error_id} class="field-message">{ error }</p>
                                }
                            </li>
                        }
                    }) }
                </ol>
                if count < MAX_PLAYERS {
                    <button type="button" class="button button-quiet" onclick={add}>{ app.t(Msg::PartyAddPlayer) }</button>
                }
                if let Some(error) = players_message {
                    <p id="party-players-error" class="field-message">{ error }</p>
                }
            </fieldset>
            <fieldset>
                <legend>{ app.t(Msg::PartyQuestionsLegend) }</legend>
                { for QUESTION_COUNTS.iter().map(|&n| {
                    let id = format!("party-count-{n}");
                    html! {
                        <div class="check">
                            <input type="radio" name="party-count" id={id.clone()} value={n.to_string()}
                                checked={setup.question_count == n}
                                onchange={update(|s, e| if let Some(n) = e.target_dyn_into::<HtmlInputElement>().and_then(|i| i.value().parse().ok()) { s.question_count = n })} />
                            <label for={id}>{ app.words().count(n, Msg::QuestionsOne, Msg::QuestionsMany) }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="check">
                <input type="checkbox" id="party-timed" checked={setup.timed}
                    onchange={update(|s, e| s.timed = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked()))} />
                <label for="party-timed">{ app.t(Msg::PartyTimedLabel) }</label>
            </div>
            <fieldset>
                <legend>{ app.t(Msg::PartyCategoriesLegend) }</legend>
                { for Category::ALL.iter().map(|&c| {
                    let id = format!("party-category-{}", c.slug());
                    let setup = setup.clone();
                    html! {
                        <div class="check">
                            <input type="checkbox" id={id.clone()} checked={setup.categories.contains(&c)}
                                onchange={Callback::from(move |e: Event| {
                                    let on = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                                    let mut next = (*setup).clone();
                                    next.categories.retain(|x| *x != c);
                                    if on {
                                        next.categories.push(c);
                                        sort_small(&mut next.categories);
                                    }
                                    setup.set(next);
                                })} />
                            <label for={id}>{ app.t(c.label()) }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <DifficultyChoice prefix="party-difficulty" value={setup.difficulty}
                on_change={{
                    let setup = setup.clone();
                    Callback::from(move |difficulty| setup.set(PartySetup { difficulty, ..(*setup).clone() }))
                }} />
            <label for="party-spoilers">{ app.t(Msg::PartySpoilersLabel) }</label>
            <select id="party-spoilers"
                onchange={update(|s, e| if let Some(n) = e.target_dyn_into::<HtmlSelectElement>().and_then(|x| x.value().parse::<u8>().ok()) { s.spoiler_limit = n.min(SPECIAL_EPISODE) })}>
                { for (0..=SPECIAL_EPISODE).map(|n| html! {
                    <option value={n.to_string()} selected={setup.spoiler_limit == n}>{ limit_label(app.words(), n) }</option>
                }) }
            </select>
            <p class="muted">{ app.t(Msg::PartySpoilersHint) }</p>
            if let Some(problem) = message(&problems, SetupField::Questions, words).or_else(|| props.problem.clone()) {
                <p id="party-start-error" class="field-message" role="alert">{ problem }</p>
            }
            <button id="party-start" type="submit" class="button button-big"
                aria-describedby={props.problem.is_some().then_some("party-start-error")}>
                { app.t(Msg::PartyStart) }
            </button>
        </form>
    }
}
