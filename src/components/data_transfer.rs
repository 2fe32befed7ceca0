//! Your data: export the records as a JSON file, import one (checked, previewed, then merged
//! or replacing after confirmation), or reset everything after confirmation.

use yew::prelude::*;

use crate::browser::page::{download, now_ms, read_chosen_file};
use crate::context::use_app;
use crate::engine::calendar::Day;
use crate::store::schema::{encode, Records};
use crate::store::transfer::{export_file_name, read_import, IMPORT_LIMIT_BYTES};

/// Where the import or reset flow stands.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    /// A file was read and checked: show what it holds.
    Preview(Box<Records>),
    /// Asked to confirm: merge (false) or replace (true).
    ConfirmImport(Box<Records>, bool),
    ConfirmReset,
    Done(&'static str),
    Failed(String),
}

/// One line describing what a records file holds.
fn summary(records: &Records) -> String {
    let bests = records.best.len();
    format!(
        "{} games played, {} recent games kept, best scores in {} mode{}, daily streak best {}, {} achievement{}.",
        records.tally.games,
        records.results.len(),
        bests,
        if bests == 1 { "" } else { "s" },
        records.daily.best_streak,
        records.achievements.len(),
        if records.achievements.len() == 1 { "" } else { "s" },
    )
}

/// The panel on the Settings page.
#[function_component]
pub fn DataTransfer() -> Html {
    let step = use_state(|| Step::Idle);
    let app = use_app();
    let export = {
        let records = app.records().clone();
        let step = step.clone();
        Callback::from(move |_| {
            let name = export_file_name(&Day::from_ms(now_ms()).iso());
            let saved = encode(&records).is_some_and(|text| download(&name, &text));
            step.set(if saved {
                Step::Done("Your scores were saved to a file.")
            } else {
                Step::Failed("This browser would not save the file.".to_string())
            });
        })
    };
    let on_file = {
        let step = step.clone();
        Callback::from(move |event: Event| {
            let step = step.clone();
            read_chosen_file(&event, IMPORT_LIMIT_BYTES, move |text, size| {
                step.set(match read_import(&text, size) {
                    Ok(records) => Step::Preview(Box::new(records)),
                    Err(error) => Step::Failed(error.message().to_string()),
                });
            });
        })
    };
    let goto = |next: Step| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(next.clone()))
    };
    let confirm_import = |records: &Records, replace: bool| {
        let step = step.clone();
        let app = app.clone();
        let records = records.clone();
        Callback::from(move |_: MouseEvent| {
            app.import(records.clone(), replace);
            step.set(Step::Done(if replace {
                "Your scores were replaced by the file's."
            } else {
                "The file's scores were merged into yours."
            }));
        })
    };
    let confirm_reset = {
        let step = step.clone();
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.reset();
            step.set(Step::Done(
                "All scores were deleted. Your settings were kept.",
            ));
        })
    };
    let panel = match &*step {
        Step::Idle => Html::default(),
        Step::Preview(records) => html! {
            <div class="card" role="region" aria-label="Import preview">
                <p>{ "This file holds: " }{ summary(records) }</p>
                <button type="button" class="button" onclick={goto(Step::ConfirmImport(records.clone(), false))}>
                    { "Merge into my scores" }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::ConfirmImport(records.clone(), true))}>
                    { "Replace my scores" }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ "Cancel" }</button>
            </div>
        },
        Step::ConfirmImport(records, replace) => html! {
            <div class="card" role="alertdialog" aria-label="Confirm import">
                <p>{ if *replace {
                    "Replace all your scores, streaks and achievements with this file's? This cannot be undone."
                } else {
                    "Add this file's games, bests and achievements to yours?"
                } }</p>
                <button type="button" class="button" onclick={confirm_import(records, *replace)}>
                    { if *replace { "Yes, replace" } else { "Yes, merge" } }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ "Cancel" }</button>
            </div>
        },
        Step::ConfirmReset => html! {
            <div class="card" role="alertdialog" aria-label="Confirm reset">
                <p>{ "Delete every score, streak and achievement kept in this browser? Your settings stay. This cannot be undone." }</p>
                <button type="button" class="button" onclick={confirm_reset}>{ "Yes, delete all scores" }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ "Cancel" }</button>
            </div>
        },
        Step::Done(message) => html! { <p role="status">{ *message }</p> },
        Step::Failed(message) => {
            html! { <p role="alert" class="field-message">{ message.clone() }</p> }
        }
    };
    html! {
        <section class="data" aria-labelledby="data-heading">
            <h2 id="data-heading">{ "Your data" }</h2>
            <p>{ "Your scores live only in this browser. Save them to a file to keep a copy or move them to another device." }</p>
            <button type="button" class="button" onclick={export}>{ "Export scores" }</button>
            <div class="field">
                <label for="import-file">{ "Import scores from a file (JSON, up to 1 MB)" }</label>
                <input id="import-file" type="file" accept="application/json,.json"
                    onchange={on_file} />
            </div>
            <button type="button" class="button-quiet" onclick={goto(Step::ConfirmReset)}>{ "Reset all scores…" }</button>
            { panel }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::summary;
    use crate::store::schema::Records;

    #[test]
    fn summary_of_an_empty_file() {
        assert_eq!(
            summary(&Records::default()),
            "0 games played, 0 recent games kept, best scores in 0 modes, daily streak best 0, 0 achievements."
        );
    }
}
