//! "Sources: …" under an explanation: each cited source by its title, linked when it has an
//! address. Used by the Results review and by the reveal of a "Play together" game.

use yew::prelude::*;

use crate::components::ja_text::ja_text;
use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    /// The sources' ids, as the question cites them.
    pub ids: Vec<String>,
}

/// The cited sources, or nothing when there are none.
#[function_component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let app = use_app();
    if props.ids.is_empty() {
        return Html::default();
    }
    html! {
        <p class="review-sources">
            { app.t(Msg::QuizSources) }
            { for props.ids.iter().enumerate().map(|(i, id)| {
                let sep = if i > 0 { app.t(Msg::QuizSourcesSeparator) } else { "" };
                match app.bank().and_then(|bank| bank.source(id)) {
                    Some(s) if !s.url.is_empty() => html! {
                        <>{ sep }<a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ ja_text(&s.title) }</a></>
                    },
                    Some(s) => html! { <>{ sep }{ ja_text(&s.title) }</> },
                    None => html! { <>{ sep }{ id.clone() }</> },
                }
            }) }
        </p>
    }
}
