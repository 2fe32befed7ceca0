//! The reveal after everyone has answered a question in "Play together": the right answer, its
//! explanation and sources, who got it right, and the scoreboard so far.

use yew::prelude::*;

use crate::browser::page::focus_by_id;
use crate::components::ja_text::ja_text;
use crate::components::party_scores::PartyScores;
use crate::components::source_list::SourceList;
use crate::context::use_app;
use crate::engine::party::{Party, PartyAction};
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct PartyRevealProps {
    pub party: Party,
    pub on_action: Callback<PartyAction>,
}

/// The reveal, or nothing outside the reveal phase.
#[function_component]
pub fn PartyReveal(props: &PartyRevealProps) -> Html {
    let app = use_app();
    let party = &props.party;
    use_effect_with(party.current(), |_| focus_by_id("reveal-heading"));
    let Some(reveal) = party.reveal() else {
        return Html::default();
    };
    let question = &reveal.question;
    let names = party.players();
    let name = |player: usize| names.get(player).cloned().unwrap_or_default();
    let timed = party.setup().timed;
    let next = props
        .on_action
        .reform(|_: MouseEvent| PartyAction::Continue);
    html! {
        <section class="party-reveal card" aria-labelledby="reveal-heading">
            <p class="category">{ app.f(Msg::PartyRevealOf, &[("n", &(party.current() + 1).to_string()), ("total", &party.total().to_string())]) }</p>
            <h1 id="reveal-heading" class="reveal-answer" tabindex="-1">{ ja_text(&app.f(Msg::PartyTheAnswer, &[("answer", &question.answer_text())])) }</h1>
            <p class="review-prompt">{ ja_text(&question.prompt) }</p>
            if !question.explanation.is_empty() {
                <p class="review-explanation">{ ja_text(&question.explanation) }</p>
            }
            <SourceList ids={question.sources.clone()} />
            <h2>{ app.t(Msg::PartyWhoGotItRight) }</h2>
            <ul class="party-verdicts" role="list">
                { for reveal.answers.iter().map(|a| {
                    let who = name(a.player);
                    let (icon, class, said) = match (a.outcome.correct, timed) {
                        (true, true) => ("✓", "review-right", app.f(Msg::PartyVerdictRightPoints, &[("name", &who), ("points", &a.points.to_string())])),
                        (true, false) => ("✓", "review-right", app.f(Msg::PartyVerdictRight, &[("name", &who)])),
                        (false, _) => ("✗", "review-wrong", app.f(Msg::PartyVerdictWrong, &[("name", &who)])),
                    };
                    html! {
                        <li class={class}>
                            <span aria-hidden="true">{ icon }</span>
                            { format!(" {said}") }
                        </li>
                    }
                }) }
            </ul>
            <PartyScores caption={AttrValue::from(app.t(Msg::PartyScoresSoFar).to_string())} standings={party.standings()} />
            <button type="button" class="button button-big" onclick={next}>
                { app.t(if party.is_last_question() { Msg::PartySeeFinalStandings } else { Msg::QuizNextQuestion }) }
            </button>
        </section>
    }
}
