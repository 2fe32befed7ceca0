//! Settings: the spoiler guard, theme and sound, and your data (export, import, reset).

use yew::prelude::*;

use crate::components::appearance::Appearance;
use crate::components::data_transfer::DataTransfer;
use crate::components::language_choice::LanguageChoice;
use crate::components::spoiler_picker::SpoilerPicker;

/// The page for the player's choices (stored as `store::schema::Settings`).
#[function_component]
pub fn SettingsPage() -> Html {
    html! {
        <section class="settings">
            <h1>{ "Settings" }</h1>
            <h2>{ "Spoiler guard" }</h2>
            <p>{ "Questions, explanations and reviews about later episodes stay hidden." }</p>
            <SpoilerPicker />
            <LanguageChoice />
            <Appearance />
            <DataTransfer />
        </section>
    }
}
