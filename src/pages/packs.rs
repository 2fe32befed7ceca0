//! Packs: import a question pack (a file or pasted text, in the game's own format or as an Open
//! Trivia DB response), check and preview it, save it in this browser, play it in any mode but
//! the daily, see its scores, remove it; and download the built-in questions as a pack.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::page::{download, read_chosen_file};
use crate::components::bank_gate::BankGate;
use crate::components::loading::Loading;
use crate::context::use_app;
use crate::engine::mode::Mode;
use crate::engine::packs::{
    bank_as_pack, parse_pack, summary, OtdbEncoding, Pack, PackFormat, PackId, PACK_LIMIT_BYTES,
};
use crate::engine::scoring::describe;
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

fn format_name(format: PackFormat) -> &'static str {
    match format {
        PackFormat::Own => "a 1 Litre of Tears quiz pack",
        PackFormat::OpenTriviaDb(OtdbEncoding::Html) => {
            "an Open Trivia DB response (HTML entities)"
        }
        PackFormat::OpenTriviaDb(OtdbEncoding::Url3986) => {
            "an Open Trivia DB response (URL encoding)"
        }
        PackFormat::OpenTriviaDb(OtdbEncoding::Base64) => "an Open Trivia DB response (base64)",
    }
}

/// Checks a pack's text and moves the flow to a preview or a refusal.
fn check(text: &str, size: usize, step: &UseStateHandle<Step>) {
    step.set(match parse_pack(text, size) {
        Ok((pack, format)) => Step::Preview(Rc::new(pack), format),
        Err(errors) => Step::Refused(errors.iter().map(ToString::to_string).collect()),
    });
}

/// The Packs page.
#[function_component]
pub fn Packs() -> Html {
    let step = use_state(|| Step::Idle);
    let pasted = use_node_ref();
    let app = use_app();
    let on_file = {
        let step = step.clone();
        Callback::from(move |event: Event| {
            let step = step.clone();
            read_chosen_file(&event, PACK_LIMIT_BYTES, move |text, size| {
                check(&text, size, &step);
            });
        })
    };
    let on_paste_check = {
        let (step, pasted) = (step.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            let text = pasted
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            if text.trim().is_empty() {
                step.set(Step::Refused(vec!["Paste a pack first.".to_string()]));
            } else {
                check(&text, text.len(), &step);
            }
        })
    };
    let save = |pack: &Rc<Pack>| {
        let (step, app, pack) = (step.clone(), app.clone(), Rc::clone(pack));
        Callback::from(move |_: MouseEvent| {
            step.set(match app.save_pack(Rc::clone(&pack)) {
                Ok(()) => {
                    Step::Message(format!("Saved “{}”. It is listed below, ready to play.", pack.name))
                }
                Err(_) => Step::Refused(vec![
                    "This browser would not store the pack (its storage may be full or blocked). Nothing was saved.".to_string(),
                ]),
            });
        })
    };
    let remove = |id: &PackId| {
        let (step, app, id) = (step.clone(), app.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            step.set(match app.remove_pack(&id) {
                Ok(()) => Step::Message("The pack was removed.".to_string()),
                Err(_) => Step::Refused(vec!["The pack could not be removed.".to_string()]),
            });
        })
    };
    let goto = |next: Step| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(next.clone()))
    };
    let export_bank = {
        let (bank, step) = (app.bank().cloned(), step.clone());
        Callback::from(move |_| {
            let questions = bank.as_ref().map_or(&[][..], |bank| bank.questions());
            if !download("litre-quiz-built-in-pack.json", &bank_as_pack(questions)) {
                step.set(Step::Refused(vec![
                    "This browser would not save the file.".to_string()
                ]));
            }
        })
    };
    let panel = match &*step {
        Step::Idle => Html::default(),
        Step::Preview(pack, format) => {
            let counts = summary(pack);
            html! {
                <div class="card" role="region" aria-label="Pack preview">
                    <h3>{ pack.name.clone() }</h3>
                    if !pack.description.is_empty() { <p>{ pack.description.clone() }</p> }
                    <p>{ format!("Read as {}. {} questions.", format_name(*format), counts.questions) }</p>
                    <p>{ "Categories: " }{ counts.categories.iter().map(|(c, n)| format!("{c} ({n})")).collect::<Vec<_>>().join(", ") }</p>
                    <p>{ "Difficulties: " }{ counts.difficulties.iter().map(|(d, n)| format!("{} ({n})", format!("{d:?}").to_lowercase())).collect::<Vec<_>>().join(", ") }</p>
                    <button type="button" class="button" onclick={save(pack)}>{ "Save pack" }</button>
                    { " " }
                    <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ "Cancel" }</button>
                </div>
            }
        }
        Step::Refused(errors) => html! {
            <div class="card" role="alert">
                <p><strong>{ "The pack could not be imported. Nothing was saved." }</strong></p>
                <ul class="errors">{ for errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
            </div>
        },
        Step::Message(message) => html! { <p role="status">{ message.clone() }</p> },
        Step::ConfirmRemove(id, name) => html! {
            <div class="card" role="alertdialog" aria-label="Confirm removal">
                <p>{ format!("Remove “{name}” from this browser? Its scores stay in your stats.") }</p>
                <button type="button" class="button" onclick={remove(id)}>{ "Yes, remove it" }</button>
                { " " }
                <button type="button" class="button-quiet" onclick={goto(Step::Idle)}>{ "Cancel" }</button>
            </div>
        },
    };
    html! {
        <section class="packs">
            <h1>{ "Question packs" }</h1>
            <p>{ "Play quizzes fans have made — about the 2004 film, the diary, or anything else. Packs stay in this browser." }</p>
            <h2>{ "Import a pack" }</h2>
            <div class="field">
                <label for="pack-file">{ "Import a pack file (JSON, up to 2 MB)" }</label>
                <input id="pack-file" type="file" accept="application/json,.json,.txt" onchange={on_file} />
            </div>
            <div class="field">
                <label for="pack-text">{ "Or paste a pack (this game's format or an Open Trivia DB response)" }</label>
                <textarea id="pack-text" ref={pasted} rows="6" spellcheck="false" />
            </div>
            <button type="button" class="button" onclick={on_paste_check}>{ "Check pasted pack" }</button>
            <p class="muted">
                { "The format is described by " }
                <a href="pack.schema.json">{ "the pack schema" }</a>{ "." }
            </p>
            { panel }
            <h2>{ "Your packs" }</h2>
            if !app.packs_read() {
                <Loading what="Reading your packs" />
            } else if app.packs().is_empty() {
                <p>{ "No packs yet. Import one above." }</p>
            }
            <ul class="pack-list" role="list">
                { for app.packs().iter().map(|pack| {
                    let counts = summary(pack);
                    let bests = app.records().pack_best.get(&pack.id).cloned().unwrap_or_default();
                    html! {
                        <li class="card pack">
                            <h3>{ pack.name.clone() }</h3>
                            <p class="muted">{ format!("{} questions · {}", counts.questions,
                                counts.categories.keys().cloned().collect::<Vec<_>>().join(", ")) }</p>
                            <p class="pack-modes">
                                { for PACK_MODES.iter().map(|mode| html! {
                                    <Link<Route> to={Route::PackPlay { id: pack.id.to_string(), mode: mode.slug().to_string() }}
                                        classes="button-quiet pack-play">
                                        { format!("Play {}", app.t(mode.label())) }
                                    </Link<Route>>
                                }) }
                            </p>
                            if !bests.is_empty() {
                                <p>{ "Best: " }{ bests.iter().map(|(mode, b)| {
                                    format!("{} {}", app.t(mode.label()), describe(app.words(), *mode, b.score, b.points))
                                }).collect::<Vec<_>>().join(" · ") }</p>
                            }
                            <button type="button" class="button-quiet"
                                onclick={goto(Step::ConfirmRemove(pack.id.clone(), pack.name.clone()))}>
                                { format!("Remove “{}”…", pack.name) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <h2>{ "Edit the built-in questions" }</h2>
            <p>{ "Download every built-in question as a pack file, change it, and share it." }</p>
            <BankGate>
                <button type="button" class="button" onclick={export_bank}>{ "Download the built-in questions as a pack" }</button>
            </BankGate>
        </section>
    }
}
