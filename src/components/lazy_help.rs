//! The keyboard shortcuts dialog lives in a small WebAssembly module of its own (`help`, split
//! off at build time, see `tools/wasm-split.mjs`): no first screen needs it, so it is fetched
//! just after the game has started rather than with the main module. Asked for before it has
//! arrived, it shows an announced loading state, or, if it could not be fetched, a message with
//! Try again.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::components::help_dialog::{HelpDialog, HelpDialogProps};
use crate::components::loading::when_loaded;
use crate::context::use_app;
use crate::hooks::use_split::{use_split, Stage};
use crate::i18n::Msg;

/// Renders the dialog.
type Help = fn(HelpDialogProps) -> Html;

thread_local! {
    /// The dialog once its module has been loaded.
    static HELP: Cell<Option<Help>> = const { Cell::new(None) };
}

/// The split point: everything only this function reaches goes into the `help` module.
#[wasm_split(help, fallible)]
fn load_help() -> Result<Help, SplitLoaderError> {
    Ok(|props| html! { <HelpDialog ..props /> })
}

/// The shortcuts dialog, fetched when this mounts (with the page frame); while it is closed,
/// nothing shows whether or not it has arrived.
#[function_component]
pub fn LazyHelp(props: &HelpDialogProps) -> Html {
    let app = use_app();
    let module = use_split(&HELP, load_help);
    if !props.open && !matches!(module.0, Stage::Ready(_)) {
        return Html::default();
    }
    when_loaded(
        &app,
        module,
        (Msg::QuizShortcutsLoading, Msg::QuizShortcutsNotLoaded),
        |help| help(props.clone()),
    )
}
