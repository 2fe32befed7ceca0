//! "How far have you watched?": the spoiler guard's one question. On a first visit it answers
//! in one press for the common cases (all of it, or not yet), with a picker for part-way; no
//! answer that could spoil is ever chosen for the player.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::context::use_app;
use crate::engine::bank::SPECIAL_EPISODE;
use crate::i18n::{Msg, Words};

/// The words for a spoiler limit.
pub fn limit_label(words: Words, limit: u8) -> String {
    match limit {
        0 => words.t(Msg::QuizSpoilerNone).to_string(),
        SPECIAL_EPISODE => words.t(Msg::QuizSpoilerAll).to_string(),
        11 => words.t(Msg::QuizSpoilerEleven).to_string(),
        n => words.f(Msg::QuizSpoilerUpTo, &[("n", &n.to_string())]),
    }
}

#[derive(Properties, PartialEq)]
pub struct SpoilerPickerProps {
    /// First run: explain why we ask, and offer the one-press answers.
    #[prop_or_default]
    pub first_run: bool,
}

/// One-press answers (first run), then a labelled select and a Save button; saving updates the
/// app state (and so storage).
#[function_component]
pub fn SpoilerPicker(props: &SpoilerPickerProps) -> Html {
    let app = use_app();
    let current = app.records().settings.spoiler_limit;
    let select = use_node_ref();
    let saved = use_state(|| false);
    let unchosen = use_state(|| false);
    let choose = |limit: u8| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.set_spoiler_limit(limit))
    };
    let onsubmit = {
        let select = select.clone();
        let app = app.clone();
        let (saved, unchosen) = (saved.clone(), unchosen.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let chosen = select
                .cast::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<u8>().ok())
                .filter(|l| *l <= SPECIAL_EPISODE);
            unchosen.set(chosen.is_none());
            if let Some(limit) = chosen {
                app.set_spoiler_limit(limit);
                saved.set(true);
            }
        })
    };
    let onchange = {
        let unchosen = unchosen.clone();
        Callback::from(move |_: Event| unchosen.set(false))
    };
    html! {
        <section class="spoiler-picker card" aria-labelledby={props.first_run.then_some("spoiler-heading")}>
            if props.first_run {
                <h1 id="spoiler-heading">{ app.t(Msg::QuizSpoilerHeading) }</h1>
                <p>{ app.t(Msg::QuizSpoilerWhy) }</p>
                <div class="spoiler-quick">
                    <button type="button" class="button" onclick={choose(SPECIAL_EPISODE)}>
                        { app.t(Msg::QuizSpoilerWatchedAll) }
                    </button>
                    <button type="button" class="button" onclick={choose(0)}>
                        { app.t(Msg::QuizSpoilerNotYet) }
                    </button>
                </div>
                <p class="spoiler-or">{ app.t(Msg::QuizSpoilerOr) }</p>
            }
            <form class="spoiler-form" {onsubmit}>
                <label for="spoiler-limit">{ app.t(Msg::QuizSpoilerQuestion) }</label>
                <select id="spoiler-limit" ref={select} {onchange}
                    aria-describedby={unchosen.then_some("spoiler-unchosen")}>
                    if current.is_none() {
                        <option value="" selected=true disabled=true>{ app.t(Msg::QuizSpoilerChoose) }</option>
                    }
                    { for (0..=SPECIAL_EPISODE).map(|n| html! {
                        <option value={n.to_string()} selected={Some(n) == current}>{ limit_label(app.words(), n) }</option>
                    }) }
                </select>
                <button type="submit" class="button">{ app.t(Msg::QuizSave) }</button>
                if *unchosen {
                    <p id="spoiler-unchosen" class="field-message" role="alert">
                        { app.t(Msg::QuizSpoilerUnchosen) }
                    </p>
                }
                if *saved && !props.first_run {
                    <p role="status">{ app.t(Msg::QuizSaved) }</p>
                }
            </form>
        </section>
    }
}
