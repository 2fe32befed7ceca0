//! The end of a "Play together" game: how it ended in a sentence, the final standings (ties
//! share a place), a result card to save, and what next: the same players again, other players
//! or settings, or Home.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::page::{focus_by_id, page_base};
use crate::card::CardContent;
use crate::components::party_scores::PartyScores;
use crate::components::result_card::ResultCard;
use crate::engine::party::PartyResult;
use crate::engine::party::Standing;
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
    use_effect_with(props.result.id.clone(), |_| {
        focus_by_id("party-end-heading")
    });
    let again = props.on_again.reform(|_: MouseEvent| ());
    let change = props.on_change.reform(|_: MouseEvent| ());
    html! {
        <section class="party-end" aria-labelledby="party-end-heading">
            <h1 id="party-end-heading" tabindex="-1">{ "Final standings" }</h1>
            <p class="score">{ props.result.headline() }</p>
            <PartyScores caption="Final standings" standings={props.standings.clone()} />
            <p class="muted">{ "Party games are kept in Stats, apart from your own bests and streak." }</p>
            <div class="actions">
                <button type="button" class="button button-big" onclick={again}>
                    { "Play again with the same players" }
                </button>
                <button type="button" class="button button-quiet" onclick={change}>
                    { "Change players or settings" }
                </button>
                <Link<Route> to={Route::Home} classes="button button-quiet">{ "Home" }</Link<Route>>
            </div>
            <ResultCard content={CardContent::from_party(&props.result, &page_base())} />
        </section>
    }
}
