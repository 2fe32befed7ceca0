//! About: what this is, credits, and every source the questions cite.

use yew::prelude::*;

use crate::components::bank_gate::BankGate;
use crate::components::ja_text::ja_text;
use crate::context::use_app;

/// Credits and sources.
#[function_component]
pub fn About() -> Html {
    let app = use_app();
    html! {
        <section class="about">
            <h1>{ "About this quiz" }</h1>
            <p>
                { "A fan-made trivia game for " }<i>{ "1 Litre of Tears" }</i>
                { " (" }<span lang="ja">{ "1リットルの涙" }</span>
                { "), the 2005 Fuji TV drama based on the diary of Kito Aya. It is not affiliated with Fuji TV, the production companies or the Kito family." }
            </p>
            <p>
                { "Every question is written in our own words from a checked fact sheet. Where sources disagree, the quiz only asks what the evidence settles. No stills or photos from the show are used; the artwork is original." }
            </p>
            <h2>{ "Sources" }</h2>
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
