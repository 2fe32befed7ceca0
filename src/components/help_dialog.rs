//! The keyboard shortcuts, in a modal dialog that keeps focus inside while open and gives it
//! back to where it was when closed. It is in a module of its own (`lazy_help`).

use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::Msg;

/// Every shortcut, as (keys, what it does); keys that need words are a message.
pub const SHORTCUTS: [(Keys, Msg); 6] = [
    (Keys::Said(Msg::QuizKeysAnswer), Msg::QuizShortcutAnswer),
    (Keys::Named("Enter"), Msg::QuizNextQuestion),
    (Keys::Named("Esc"), Msg::QuizBackToStart),
    (Keys::Named("M"), Msg::QuizShortcutSound),
    (Keys::Named("?"), Msg::QuizShortcutHelp),
    (Keys::Named("Tab"), Msg::QuizShortcutMove),
];

/// A shortcut's keys: a key's own name, the same in every language, or words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Named(&'static str),
    Said(Msg),
}

#[derive(Properties, Clone, PartialEq)]
pub struct HelpDialogProps {
    pub open: bool,
    pub on_close: Callback<()>,
}

/// A native modal `<dialog>`: the rest of the page is inert while it is open.
#[function_component]
pub fn HelpDialog(props: &HelpDialogProps) -> Html {
    let app = use_app();
    let dialog = use_node_ref();
    let opener = use_mut_ref(|| None::<HtmlElement>);
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            let Some(dialog) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if *open && !dialog.open() {
                *opener.borrow_mut() = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                let _ = dialog.show_modal();
            } else if !*open {
                if dialog.open() {
                    dialog.close();
                }
                if let Some(el) = opener.borrow_mut().take() {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_close = props.on_close.clone();
    // Esc closes a modal dialog natively; keep the app state in step.
    let onclose = {
        let on_close = on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    // Tab and Shift+Tab cycle through the dialog's controls instead of leaving it.
    let onkeydown = {
        let dialog = dialog.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Tab" {
                return;
            }
            let Some(dialog) = dialog.cast::<web_sys::Element>() else {
                return;
            };
            let controls: Vec<HtmlElement> = dialog
                .query_selector_all("button, a[href], input, select")
                .map(|list| {
                    (0..list.length())
                        .filter_map(|i| list.get(i)?.dyn_into::<HtmlElement>().ok())
                        .collect()
                })
                .unwrap_or_default();
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let at = controls.iter().position(|c| {
                active
                    .as_ref()
                    .is_some_and(|a| a == c.as_ref() as &web_sys::Element)
            });
            let next = match (at, event.shift_key()) {
                (Some(0) | None, true) => controls.last(),
                (Some(i), false) if i + 1 == controls.len() => controls.first(),
                (None, false) => controls.first(),
                _ => return,
            };
            if let Some(next) = next {
                event.prevent_default();
                let _ = next.focus();
            }
        })
    };
    html! {
        <dialog ref={dialog} class="help-dialog" aria-labelledby="help-title" {onclose} {onkeydown}>
            <h2 id="help-title">{ app.t(Msg::QuizShortcutsTitle) }</h2>
            <table class="table">
                <caption class="visually-hidden">{ app.t(Msg::QuizShortcutsCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ app.t(Msg::QuizShortcutsKey) }</th>
                    <th scope="col">{ app.t(Msg::QuizShortcutsWhat) }</th>
                </tr></thead>
                <tbody>
                    { for SHORTCUTS.iter().map(|&(keys, what)| {
                        let keys = match keys {
                            Keys::Named(name) => name,
                            Keys::Said(msg) => app.t(msg),
                        };
                        html! {
                            <tr><th scope="row"><kbd>{ keys }</kbd></th><td>{ app.t(what) }</td></tr>
                        }
                    }) }
                </tbody>
            </table>
            <button type="button" class="button" onclick={move |_| on_close.emit(())}>{ app.t(Msg::QuizClose) }</button>
        </dialog>
    }
}
