//! A "Play together" scoreboard as a table: place (shared after a tie), player, points and
//! right answers, from first to last.

use yew::prelude::*;

use crate::context::use_app;
use crate::engine::party::Standing;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct PartyScoresProps {
    pub caption: AttrValue,
    pub standings: Vec<Standing>,
}

/// The table.
#[function_component]
pub fn PartyScores(props: &PartyScoresProps) -> Html {
    let app = use_app();
    html! {
        <div class="table-wrap">
        <table class="table party-scores">
            <caption>{ props.caption.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ app.t(Msg::PartyPlace) }</th>
                    <th scope="col">{ app.t(Msg::PartyPlayer) }</th>
                    <th scope="col">{ app.t(Msg::PartyPoints) }</th>
                    <th scope="col">{ app.t(Msg::PartyRightAnswers) }</th>
                </tr>
            </thead>
            <tbody>
                { for props.standings.iter().map(|s| html! {
                    <tr>
                        <td>{ s.rank }</td>
                        <th scope="row">{ s.score.name.clone() }</th>
                        <td>{ s.score.points }</td>
                        <td>{ s.score.correct }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
