//! About: what this is, credits, and every source the questions cite.

use yew::prelude::*;

use crate::components::bank_gate::BankGate;
use crate::components::ja_text::ja_text;
use crate::context::{use_app, AppHandle};
use crate::engine::lang::Lang;
use crate::i18n::Msg;

/// Credits and sources.
#[function_component]
pub fn About() -> Html {
    let app = use_app();
    html! {
        <section class="about">
            <h1>{ app.t(Msg::RecAboutHeading) }</h1>
            <p>{ intro(&app) }</p>
            <p>{ app.t(Msg::RecAboutMethod) }</p>
            <h2>{ app.t(Msg::RecSourcesHeading) }</h2>
            <BankGate>
            <ul class="sources">
                { for app.bank().into_iter().flat_map(|bank| bank.sources()).map(|s| html! {
                    <li>
                        <span class="source-id">{ s.id.clone() }</span>{ " — " }
                        if s.url.is_empty() {
                            { ja_text(&s.title) }
                        } else {
                            <a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ ja_text(&s.title) }</a>
                        }
                    </li>
                }) }
            </ul>
            </BankGate>
        </section>
    }
}

/// The opening sentence, with the drama's title set off: in italics in English, in 『』 (which
/// the Japanese sentence supplies) in Japanese.
fn intro(app: &AppHandle) -> Html {
    let text = app.t(Msg::RecAboutIntro);
    let title = app.t(Msg::RecAboutWorkTitle).to_string();
    let (before, after) = text.split_once("{title}").unwrap_or((text, ""));
    let title = if app.lang() == Lang::Japanese {
        html! { { title } }
    } else {
        html! { <i>{ title }</i> }
    };
    html! { <>{ ja_text(before) }{ title }{ ja_text(after) }</> }
}
