//! Settings: the spoiler guard, theme and sound, and your data (export, import, reset).

use yew::prelude::*;

use crate::components::appearance::Appearance;
use crate::components::data_transfer::DataTransfer;
use crate::components::language_choice::LanguageChoice;
use crate::components::spoiler_picker::SpoilerPicker;
use crate::context::use_app;
use crate::i18n::Msg;

/// The page for the player's choices (stored as `store::schema::Settings`).
#[function_component]
pub fn SettingsPage() -> Html {
    let app = use_app();
    html! {
        <section class="settings">
            <h1>{ app.t(Msg::NavSettings) }</h1>
            <h2>{ app.t(Msg::RecSpoilerGuardHeading) }</h2>
            <p>{ app.t(Msg::RecSpoilerGuardLead) }</p>
            <SpoilerPicker />
            <LanguageChoice />
            <Appearance />
            <DataTransfer />
        </section>
    }
}
