//! "Up to which episode have you watched?": the spoiler guard's one question.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::context::use_app;
use crate::engine::bank::SPECIAL_EPISODE;

/// The words for a spoiler limit.
pub fn limit_label(limit: u8) -> String {
    match limit {
        0 => "None yet".to_string(),
        SPECIAL_EPISODE => "All of it, including the 2007 special".to_string(),
        11 => "All 11 episodes (not the special)".to_string(),
        n => format!("Up to episode {n}"),
    }
}

#[derive(Properties, PartialEq)]
pub struct SpoilerPickerProps {
    /// First run: explain why we ask.
    #[prop_or_default]
    pub first_run: bool,
}

/// A labelled select and a Save button; saving updates the app state (and so storage).
#[function_component]
pub fn SpoilerPicker(props: &SpoilerPickerProps) -> Html {
    let app = use_app();
    let current = app.records().settings.spoiler_limit;
    let select = use_node_ref();
    let saved = use_state(|| false);
    let onsubmit = {
        let select = select.clone();
        let app = app.clone();
        let saved = saved.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let chosen = select
                .cast::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<u8>().ok());
            if let Some(limit) = chosen.filter(|l| *l <= SPECIAL_EPISODE) {
                app.set_spoiler_limit(limit);
                saved.set(true);
            }
        })
    };
    let selected = current.unwrap_or(SPECIAL_EPISODE);
    html! {
        <form class="spoiler-picker card" {onsubmit}>
            if props.first_run {
                <h2>{ "Before you play: spoilers" }</h2>
                <p>{ "Questions about episodes you have not seen yet will stay hidden, and so will their explanations." }</p>
            }
            <label for="spoiler-limit">{ "Up to which episode have you watched?" }</label>
            <select id="spoiler-limit" ref={select}>
                { for (0..=SPECIAL_EPISODE).map(|n| html! {
                    <option value={n.to_string()} selected={n == selected}>{ limit_label(n) }</option>
                }) }
            </select>
            <button type="submit" class="button">{ "Save" }</button>
            if *saved && !props.first_run {
                <p role="status">{ "Saved." }</p>
            }
        </form>
    }
}
