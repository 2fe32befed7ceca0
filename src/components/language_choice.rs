//! The language the game is played in, as a choice in Settings (the header has a one-press
//! switch too); saved with the player's settings and applied at once.

use yew::prelude::*;

use crate::context::use_app;
use crate::engine::lang::Lang;
use crate::i18n::Msg;

/// Each language in its own words.
const LANGUAGES: [(Lang, &str); 2] = [(Lang::English, "English"), (Lang::Japanese, "日本語")];

/// Radio buttons, one a language.
#[function_component]
pub fn LanguageChoice() -> Html {
    let app = use_app();
    let current = app.lang();
    html! {
        <section aria-labelledby="language-heading">
            <h2 id="language-heading">{ app.t(Msg::RecLanguageHeading) }</h2>
            <fieldset>
                <legend>{ app.t(Msg::RecLanguageLegend) }</legend>
                { for LANGUAGES.iter().map(|&(lang, label)| {
                    let id = format!("language-{}", lang.code());
                    let app = app.clone();
                    html! {
                        <div class="check">
                            <input type="radio" name="language" id={id.clone()} checked={current == lang}
                                onchange={Callback::from(move |_| app.set_lang(lang))} />
                            <label for={id} lang={lang.code()}>{ label }</label>
                        </div>
                    }
                }) }
            </fieldset>
        </section>
    }
}
