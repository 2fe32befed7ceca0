//! The end of a "Play together" game: how it ended in a sentence, the final standings (ties
//! share a place), a result card to save, and what next: the same players again, other players
//! or settings, or Home.

use yew::prelude::*;

use crate::browser::page::{focus_by_id, page_base};
use crate::card::CardContent;
use crate::components::link::Link;
use crate::components::party_scores::PartyScores;
use crate::components::result_card::ResultCard;
use crate::context::use_app;
use crate::engine::party::PartyResult;
use crate::engine::party::Standing;
use crate::i18n::Msg;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct PartyEndProps {
    /// The game as it is kept.
    pub result: PartyResult,
    pub standings: Vec<Standing>,
    pub on_again: Callback<()>,
    pub on_change: Callback<()>,
}

/// The final standings and the ways on.
#[function_component]
pub fn PartyEnd(props: &PartyEndProps) -> Html {
    let app = use_app();
    use_effect_with(props.result.id.clone(), |_| {
        focus_by_id("party-end-heading")
    });
    let again = props.on_again.reform(|_: MouseEvent| ());
    let change = props.on_change.reform(|_: MouseEvent| ());
    html! {
        <section class="party-end" aria-labelledby="party-end-heading">
            <h1 id="party-end-heading" tabindex="-1">{ app.t(Msg::PartyFinalStandings) }</h1>
            <p class="score">{ props.result.headline(app.words()) }</p>
            <PartyScores caption={AttrValue::from(app.t(Msg::PartyFinalStandings).to_string())} standings={props.standings.clone()} />
            <p class="muted">{ app.t(Msg::PartyKeptInStats) }</p>
            <div class="actions">
                <button type="button" class="button button-big" onclick={again}>
                    { app.t(Msg::PartyPlayAgain) }
                </button>
                <button type="button" class="button button-quiet" onclick={change}>
                    { app.t(Msg::PartyChangePlayers) }
                </button>
                <Link to={Route::Home} classes="button button-quiet">{ app.t(Msg::PartyHome) }</Link>
            </div>
            <ResultCard content={CardContent::from_party(&props.result, &page_base(), app.words())} />
        </section>
    }
}
