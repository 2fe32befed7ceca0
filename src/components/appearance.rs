//! Theme (system, light, dark) and sound, saved with the player's settings.

use yew::prelude::*;

use crate::hooks::use_app::use_app;
use crate::state::AppAction;
use crate::store::changes::Change;
use crate::store::schema::{Settings, Theme};

const THEMES: [(Theme, &str); 3] = [
    (Theme::System, "Follow my device"),
    (Theme::Light, "Light"),
    (Theme::Dark, "Dark"),
];

/// Radio buttons for the theme and a checkbox for sound; changes apply at once.
#[function_component]
pub fn Appearance() -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    let settings = app.state.records.settings.clone();
    let save = {
        let state = app.state.clone();
        move |settings: Settings| state.dispatch(AppAction::Apply(Change::Settings(settings)))
    };
    let sound_toggle = {
        let (save, settings) = (save.clone(), settings.clone());
        Callback::from(move |_: Event| {
            save(Settings {
                sound: !settings.sound,
                ..settings.clone()
            })
        })
    };
    html! {
        <section aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">{ "Look and sound" }</h2>
            <fieldset>
                <legend>{ "Theme" }</legend>
                { for THEMES.iter().map(|&(theme, label)| {
                    let id = format!("theme-{}", label.split(' ').next().unwrap_or(label).to_lowercase());
                    let (save, settings) = (save.clone(), settings.clone());
                    html! {
                        <div class="check">
                            <input type="radio" name="theme" id={id.clone()} checked={settings.theme == theme}
                                onchange={Callback::from(move |_| save(Settings { theme, ..settings.clone() }))} />
                            <label for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="check">
                <input type="checkbox" id="sound" checked={settings.sound} onchange={sound_toggle} />
                <label for="sound">{ "Play a short chime for right and wrong answers (key M)" }</label>
            </div>
        </section>
    }
}
