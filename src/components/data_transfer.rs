//! Your data: export the records as a JSON file, import one (checked, previewed, then merged
//! or replacing after confirmation), or reset everything after confirmation.

use yew::prelude::*;

use crate::browser::page::{download, now_ms, read_chosen_file};
use crate::context::use_app;
use crate::engine::calendar::Day;
use crate::i18n::{Msg, Words};
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
    Done(Msg),
    Failed(Msg),
}

/// One line describing what a records file holds.
fn summary(words: Words, records: &Records) -> String {
    words.f(
        Msg::PackDataSummary,
        &[
            ("games", &records.tally.games.to_string()),
            ("recent", &records.results.len().to_string()),
            (
                "modes",
                &words.count(
                    records.best.len(),
                    Msg::PackDataModesOne,
                    Msg::PackDataModesMany,
                ),
            ),
            ("streak", &records.daily.best_streak.to_string()),
            (
                "achievements",
                &words.count(
                    records.achievements.len(),
                    Msg::PackDataAchievementsOne,
                    Msg::PackDataAchievementsMany,
                ),
            ),
        ],
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
                Step::Done(Msg::PackDataExported)
            } else {
                Step::Failed(Msg::PackFileNotSaved)
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
                    Err(error) => Step::Failed(error.message()),
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
                Msg::PackDataReplaced
            } else {
                Msg::PackDataMerged
            }));
        })
    };
    let confirm_reset = {
        let step = step.clone();
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.reset();
            step.set(Step::Done(Msg::PackDataDeleted));
        })
    };
    let panel = match &*step {
        Step::Idle => Html::default(),
        Step::Preview(records) => html! {
            <div class="card" role="region" aria-label={app.t(Msg::PackDataPreviewLabel).to_string()}>
                <p>{ app.f(Msg::PackDataHolds, &[("summary", &summary(app.words(), records))]) }</p>
                <button type="button" class="button" onclick={goto(Step::ConfirmImport(records.clone(), false))}>
                    { app.t(Msg::PackDataMerge) }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::ConfirmImport(records.clone(), true))}>
                    { app.t(Msg::PackDataReplace) }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ app.t(Msg::PackCancel) }</button>
            </div>
        },
        Step::ConfirmImport(records, replace) => html! {
            <div class="card" role="alertdialog" aria-label={app.t(Msg::PackDataConfirmImportLabel).to_string()}>
                <p>{ app.t(if *replace { Msg::PackDataConfirmReplace } else { Msg::PackDataConfirmMerge }) }</p>
                <button type="button" class="button" onclick={confirm_import(records, *replace)}>
                    { app.t(if *replace { Msg::PackDataYesReplace } else { Msg::PackDataYesMerge }) }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ app.t(Msg::PackCancel) }</button>
            </div>
        },
        Step::ConfirmReset => html! {
            <div class="card" role="alertdialog" aria-label={app.t(Msg::PackDataConfirmResetLabel).to_string()}>
                <p>{ app.t(Msg::PackDataConfirmReset) }</p>
                <button type="button" class="button" onclick={confirm_reset}>{ app.t(Msg::PackDataYesReset) }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ app.t(Msg::PackCancel) }</button>
            </div>
        },
        Step::Done(message) => html! { <p role="status">{ app.t(*message) }</p> },
        Step::Failed(message) => {
            html! { <p role="alert" class="field-message">{ app.t(*message) }</p> }
        }
    };
    html! {
        <section class="data" aria-labelledby="data-heading">
            <h2 id="data-heading">{ app.t(Msg::PackDataHeading) }</h2>
            <p>{ app.t(Msg::PackDataLead) }</p>
            <button type="button" class="button" onclick={export}>{ app.t(Msg::PackDataExport) }</button>
            <div class="field">
                <label for="import-file">{ app.t(Msg::PackDataFileLabel) }</label>
                <input id="import-file" type="file" accept="application/json,.json"
                    onchange={on_file} />
            </div>
            <button type="button" class="button-quiet" onclick={goto(Step::ConfirmReset)}>{ app.t(Msg::PackDataReset) }</button>
            { panel }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::summary;
    use crate::i18n::Words;
    use crate::store::schema::Records;

    #[test]
    fn summary_of_an_empty_file() {
        assert_eq!(
            summary(Words::ENGLISH, &Records::default()),
            "0 games played, 0 recent games kept, best scores in 0 modes, daily streak best 0, 0 achievements."
        );
    }
}
