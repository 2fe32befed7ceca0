//! Packs: import a question pack (a file or pasted text, in the game's own format or as an Open
//! Trivia DB response), check and preview it, save it in this browser, play it in any mode but
//! the daily, see its scores, remove it; and download the built-in questions as a pack.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::browser::page::{download, read_chosen_file};
use crate::components::bank_gate::BankGate;
use crate::components::link::Link;
use crate::components::loading::Loading;
use crate::context::use_app;
use crate::engine::bank::Difficulty;
use crate::engine::mode::Mode;
use crate::engine::packs::{
    bank_as_pack, language_note, parse_pack, summary, Pack, PackFormat, PackId, OTDB_NAME,
    PACK_LIMIT_BYTES,
};
use crate::engine::scoring::describe;
use crate::i18n::{Msg, Words};
use crate::route::Route;

/// The modes a pack can be played in.
const PACK_MODES: [Mode; 5] = [
    Mode::Classic,
    Mode::Category,
    Mode::Timed,
    Mode::Survival,
    Mode::Practice,
];

/// Where the import flow stands.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Preview(Rc<Pack>, PackFormat),
    Refused(Vec<String>),
    Message(String),
    ConfirmRemove(PackId, String),
}

/// What a pack was read as, for the preview: "an Open Trivia DB response (base64)".
fn format_name(words: Words, format: PackFormat) -> String {
    words.f(format.label(), &[("site", OTDB_NAME)])
}

/// A difficulty as the preview names it.
fn difficulty_name(difficulty: Difficulty) -> Msg {
    match difficulty {
        Difficulty::Easy => Msg::PackDifficultyEasy,
        Difficulty::Normal => Msg::PackDifficultyNormal,
        Difficulty::Hard => Msg::PackDifficultyHard,
    }
}

/// "Family (3), Music (2)": each name with its count, in the player's language.
fn counted<'n>(words: Words, items: impl Iterator<Item = (&'n str, usize)>) -> String {
    items
        .map(|(name, n)| {
            words.f(
                Msg::PackCountedItem,
                &[("name", name), ("n", &n.to_string())],
            )
        })
        .collect::<Vec<_>>()
        .join(words.t(Msg::PackListSeparator))
}

/// Checks a pack's text and moves the flow to a preview or a refusal, its problems worded in
/// the player's language.
fn check(words: Words, text: &str, size: usize, step: &UseStateHandle<Step>) {
    step.set(match parse_pack(text, size, words) {
        Ok((pack, format)) => Step::Preview(Rc::new(pack), format),
        Err(errors) => Step::Refused(errors.iter().map(|e| e.describe(words)).collect()),
    });
}

/// "The format is described by the pack schema.", the schema's name a link, wherever the
/// language puts it in the sentence.
fn schema_note(words: Words) -> Html {
    let text = words.t(Msg::PackSchemaNote);
    let (before, after) = text.split_once("{link}").unwrap_or((text, ""));
    html! {
        <>
            { before }
            <a href="pack.schema.json">{ words.t(Msg::PackSchemaLink) }</a>
            { after }
        </>
    }
}

/// The Packs page.
#[function_component]
pub fn Packs() -> Html {
    let step = use_state(|| Step::Idle);
    let pasted = use_node_ref();
    let app = use_app();
    let on_file = {
        let (step, app) = (step.clone(), app.clone());
        Callback::from(move |event: Event| {
            let (step, app) = (step.clone(), app.clone());
            read_chosen_file(&event, PACK_LIMIT_BYTES, move |text, size| {
                check(app.words(), &text, size, &step);
            });
        })
    };
    let on_paste_check = {
        let (step, pasted, app) = (step.clone(), pasted.clone(), app.clone());
        Callback::from(move |_: MouseEvent| {
            let text = pasted
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            if text.trim().is_empty() {
                step.set(Step::Refused(vec![app.t(Msg::PackPasteFirst).to_string()]));
            } else {
                check(app.words(), &text, text.len(), &step);
            }
        })
    };
    let save = |pack: &Rc<Pack>| {
        let (step, app, pack) = (step.clone(), app.clone(), Rc::clone(pack));
        Callback::from(move |_: MouseEvent| {
            step.set(match app.save_pack(Rc::clone(&pack)) {
                Ok(()) => Step::Message(app.f(Msg::PackSaved, &[("name", &pack.name)])),
                Err(_) => Step::Refused(vec![app.t(Msg::PackNotStored).to_string()]),
            });
        })
    };
    let remove = |id: &PackId| {
        let (step, app, id) = (step.clone(), app.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            step.set(match app.remove_pack(&id) {
                Ok(()) => Step::Message(app.t(Msg::PackRemoved).to_string()),
                Err(_) => Step::Refused(vec![app.t(Msg::PackNotRemoved).to_string()]),
            });
        })
    };
    let goto = |next: Step| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(next.clone()))
    };
    let export_bank = {
        let (bank, step, app) = (app.bank().cloned(), step.clone(), app.clone());
        let lang = app.lang();
        Callback::from(move |_| {
            let questions = bank.as_ref().map_or(&[][..], |bank| bank.questions());
            if !download(
                "litre-quiz-built-in-pack.json",
                &bank_as_pack(questions, lang),
            ) {
                step.set(Step::Refused(vec![app
                    .t(Msg::PackFileNotSaved)
                    .to_string()]));
            }
        })
    };
    let words = app.words();
    let panel = match &*step {
        Step::Idle => Html::default(),
        Step::Preview(pack, format) => {
            let counts = summary(pack);
            html! {
                <div class="card" role="region" aria-label={app.t(Msg::PackPreviewLabel).to_string()}>
                    <h3>{ pack.name.clone() }</h3>
                    if !pack.description.is_empty() { <p>{ pack.description.clone() }</p> }
                    <p>{ app.f(Msg::PackReadAs, &[
                        ("format", &format_name(words, *format)),
                        ("questions", &words.count(counts.questions, Msg::QuestionsOne, Msg::QuestionsMany)),
                    ]) }</p>
                    <p>{ app.f(Msg::PackCategories, &[("list", &counted(words,
                        counts.categories.iter().map(|(c, n)| (c.as_str(), *n))))]) }</p>
                    <p>{ app.f(Msg::PackDifficulties, &[("list", &counted(words,
                        counts.difficulties.iter().map(|(d, n)| (words.t(difficulty_name(*d)), *n))))]) }</p>
                    <button type="button" class="button" onclick={save(pack)}>{ app.t(Msg::PackSave) }</button>
                    { " " }
                    <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ app.t(Msg::PackCancel) }</button>
                </div>
            }
        }
        Step::Refused(errors) => html! {
            <div class="card" role="alert">
                <p><strong>{ app.t(Msg::PackNotImported) }</strong></p>
                <ul class="errors">{ for errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
            </div>
        },
        Step::Message(message) => html! { <p role="status">{ message.clone() }</p> },
        Step::ConfirmRemove(id, name) => html! {
            <div class="card" role="alertdialog" aria-label={app.t(Msg::PackConfirmRemovalLabel).to_string()}>
                <p>{ app.f(Msg::PackConfirmRemove, &[("name", name)]) }</p>
                <button type="button" class="button" onclick={remove(id)}>{ app.t(Msg::PackYesRemove) }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ app.t(Msg::PackCancel) }</button>
            </div>
        },
    };
    html! {
        <section class="packs">
            <h1>{ app.t(Msg::PackPageTitle) }</h1>
            <p>{ app.t(Msg::PackPageLead) }</p>
            <h2>{ app.t(Msg::PackImportHeading) }</h2>
            <div class="field">
                <label for="pack-file">{ app.t(Msg::PackFileLabel) }</label>
                <input id="pack-file" type="file" accept="application/json,.json,.txt" onchange={on_file} />
            </div>
            <div class="field">
                <label for="pack-text">{ app.f(Msg::PackPasteLabel, &[("site", OTDB_NAME)]) }</label>
                <textarea id="pack-text" ref={pasted} rows="6" spellcheck="false" />
            </div>
            <button type="button" class="button" onclick={on_paste_check}>{ app.t(Msg::PackCheckPasted) }</button>
            <p class="muted">{ schema_note(words) }</p>
            { panel }
            <h2>{ app.t(Msg::PackYourPacks) }</h2>
            if !app.packs_read() {
                <Loading what={app.t(Msg::PackReading).to_string()} />
            } else if app.packs().is_empty() {
                <p>{ app.t(Msg::PackNone) }</p>
            }
            <ul class="pack-list" role="list">
                { for app.packs().iter().map(|pack| {
                    let counts = summary(pack);
                    let bests = app.records().pack_best.get(&pack.id).cloned().unwrap_or_default();
                    html! {
                        <li class="card pack">
                            <h3 lang={pack.lang.code()}>{ pack.name.clone() }</h3>
                            if let Some(msg) = language_note(pack.lang, app.lang()) {
                                <p class="muted pack-lang">{ app.t(msg) }</p>
                            }
                            <p class="muted">{ app.f(Msg::PackListedSummary, &[
                                ("questions", &words.count(counts.questions, Msg::QuestionsOne, Msg::QuestionsMany)),
                                ("categories", &counts.categories.keys().cloned().collect::<Vec<_>>()
                                    .join(words.t(Msg::PackListSeparator))),
                            ]) }</p>
                            <p class="pack-modes">
                                { for PACK_MODES.iter().map(|mode| html! {
                                    <Link to={Route::PackPlay { id: pack.id.to_string(), mode: mode.slug().to_string() }}
                                        classes="button-quiet pack-play">
                                        { app.f(Msg::PackPlayMode, &[("mode", app.t(mode.label()))]) }
                                    </Link>
                                }) }
                            </p>
                            if !bests.is_empty() {
                                <p>{ app.f(Msg::PackBest, &[("list", &bests.iter().map(|(mode, b)| {
                                    app.f(Msg::PackBestInMode, &[
                                        ("mode", app.t(mode.label())),
                                        ("score", &describe(app.words(), *mode, b.score, b.points)),
                                    ])
                                }).collect::<Vec<_>>().join(app.t(Msg::QuizListSeparator)))]) }</p>
                            }
                            <button type="button" class="button-quiet"
                                onclick={goto(Step::ConfirmRemove(pack.id.clone(), pack.name.clone()))}>
                                { app.f(Msg::PackRemoveNamed, &[("name", &pack.name)]) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <h2>{ app.t(Msg::PackEditHeading) }</h2>
            <p>{ app.t(Msg::PackEditLead) }</p>
            <BankGate>
                <button type="button" class="button" onclick={export_bank}>{ app.t(Msg::PackDownloadBank) }</button>
            </BankGate>
        </section>
    }
}
