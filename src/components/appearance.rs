//! Theme (system, light, dark) and sound, saved with the player's settings.

use yew::prelude::*;

use crate::context::use_app;
use crate::i18n::Msg;
use crate::store::schema::Theme;

/// Each theme with its radio button's id and its label.
const THEMES: [(Theme, &str, Msg); 3] = [
    (Theme::System, "theme-follow", Msg::RecThemeSystem),
    (Theme::Light, "theme-light", Msg::RecThemeLight),
    (Theme::Dark, "theme-dark", Msg::RecThemeDark),
];

/// Radio buttons for the theme and a checkbox for sound; changes apply at once.
#[function_component]
pub fn Appearance() -> Html {
    let app = use_app();
    let settings = app.records().settings.clone();
    let sound_toggle = {
        let (app, sound) = (app.clone(), settings.sound);
        Callback::from(move |_: Event| app.set_sound(!sound))
    };
    html! {
        <section aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">{ app.t(Msg::RecLookAndSoundHeading) }</h2>
            <fieldset>
                <legend>{ app.t(Msg::RecThemeLegend) }</legend>
                { for THEMES.iter().map(|&(theme, id, label)| {
                    let label = app.t(label).to_string();
                    let app = app.clone();
                    html! {
                        <div class="check">
                            <input type="radio" name="theme" id={id} checked={settings.theme == theme}
                                onchange={Callback::from(move |_| app.set_theme(theme))} />
                            <label for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="check">
                <input type="checkbox" id="sound" checked={settings.sound} onchange={sound_toggle} />
                <label for="sound">{ app.t(Msg::RecSoundChime) }</label>
            </div>
        </section>
    }
}
