//! Theme (system, light, dark) and sound, saved with the player's settings.

use yew::prelude::*;

use crate::context::use_app;
use crate::store::schema::Theme;

const THEMES: [(Theme, &str); 3] = [
    (Theme::System, "Follow my device"),
    (Theme::Light, "Light"),
    (Theme::Dark, "Dark"),
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
            <h2 id="appearance-heading">{ "Look and sound" }</h2>
            <fieldset>
                <legend>{ "Theme" }</legend>
                { for THEMES.iter().map(|&(theme, label)| {
                    let id = format!("theme-{}", label.split(' ').next().unwrap_or(label).to_lowercase());
                    let app = app.clone();
                    html! {
                        <div class="check">
                            <input type="radio" name="theme" id={id.clone()} checked={settings.theme == theme}
                                onchange={Callback::from(move |_| app.set_theme(theme))} />
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
