//! The result card image: a choice of two sizes, a preview with the card in words as its text
//! alternative, and Save image (shared as a file where the browser can, else downloaded), with
//! an announced status line. It takes a plain `CardContent`, so any finished game can show one.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::card::{preview_url, save, Saved};
use crate::card::{layout, CardContent, CardSize};
use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// What the card says (see `CardContent::from_game`).
    pub content: CardContent,
}

/// The status line's message for how saving went.
fn message(saved: Saved) -> Msg {
    match saved {
        Saved::Shared => Msg::QuizShared,
        Saved::Downloaded => Msg::PartyCardSaved,
        Saved::Cancelled => Msg::PartyCardCancelled,
        Saved::NoCanvas => Msg::PartyCardNoCanvas,
        Saved::Failed => Msg::PartyCardFailed,
    }
}

/// The card: size choice, preview and Save image.
#[function_component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let app = use_app();
    let size = use_state(|| CardSize::Wide);
    let status = use_state(|| None::<Saved>);
    let preview = use_memo((props.content.clone(), *size), |(content, size)| {
        preview_url(&layout(content, *size), size.pixels())
    });
    let on_save = {
        let (status, size) = (status.clone(), *size);
        let content = props.content.clone();
        Callback::from(move |_: MouseEvent| {
            // Cleared first, so saving twice is announced twice.
            status.set(None);
            let status = status.clone();
            let content = content.clone();
            spawn_local(async move {
                let ops = layout(&content, size);
                status.set(Some(save(&ops, size.pixels(), &content.file_name()).await));
            });
        })
    };
    let (width, height) = size.pixels();
    html! {
        <section class="result-card" aria-labelledby="result-card-heading">
            <h2 id="result-card-heading">{ app.t(Msg::PartyCardHeading) }</h2>
            <p class="muted">{ app.t(Msg::PartyCardLead) }</p>
            <fieldset>
                <legend>{ app.t(Msg::PartyCardSizeLegend) }</legend>
                { for CardSize::ALL.iter().map(|&choice| {
                    let id = format!("card-size-{}", choice.slug());
                    let size = size.clone();
                    html! {
                        <div class="check">
                            <input type="radio" name="card-size" id={id.clone()} checked={*size == choice}
                                onchange={Callback::from(move |_| size.set(choice))} />
                            <label for={id}>{ app.t(choice.label()) }</label>
                        </div>
                    }
                }) }
            </fieldset>
            if let Some(url) = (*preview).clone() {
                <img class={if *size == CardSize::Square { "card-preview card-preview-square" } else { "card-preview" }}
                    src={url} alt={props.content.alt_text(app.words())}
                    width={width.to_string()} height={height.to_string()} />
            } else {
                <p>{ app.t(Msg::PartyCardNoImage) }</p>
            }
            <button type="button" class="button" onclick={on_save}>{ app.t(Msg::PartyCardSave) }</button>
            <p role="status" class="share-status">{ (*status).map_or("", |saved| app.t(message(saved))) }</p>
        </section>
    }
}
