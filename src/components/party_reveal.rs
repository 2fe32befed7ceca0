//! The reveal after everyone has answered a question in "Play together": the right answer, its
//! explanation and sources, who got it right, and the scoreboard so far.

use yew::prelude::*;

use crate::browser::page::focus_by_id;
use crate::components::ja_text::ja_text;
use crate::components::party_scores::PartyScores;
use crate::components::source_list::SourceList;
use crate::engine::party::{Party, PartyAction};

#[derive(Properties, PartialEq)]
pub struct PartyRevealProps {
    pub party: Party,
    pub on_action: Callback<PartyAction>,
}

/// The reveal, or nothing outside the reveal phase.
#[function_component]
pub fn PartyReveal(props: &PartyRevealProps) -> Html {
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
            <p class="category">{ format!("Question {} of {} · the answer", party.current() + 1, party.total()) }</p>
            <h1 id="reveal-heading" class="reveal-answer" tabindex="-1">{ ja_text(&format!("The answer: {}", question.answer_text())) }</h1>
            <p class="review-prompt">{ ja_text(&question.prompt) }</p>
            if !question.explanation.is_empty() {
                <p class="review-explanation">{ ja_text(&question.explanation) }</p>
            }
            <SourceList ids={question.sources.clone()} />
            <h2>{ "Who got it right" }</h2>
            <ul class="party-verdicts" role="list">
                { for reveal.answers.iter().map(|a| {
                    let (icon, class, said) = if a.outcome.correct {
                        ("✓", "review-right", if timed { format!("right, +{} points", a.points) } else { "right".to_string() })
                    } else {
                        ("✗", "review-wrong", "not this time".to_string())
                    };
                    html! {
                        <li class={class}>
                            <span aria-hidden="true">{ icon }</span>
                            { format!(" {}: {said}", name(a.player)) }
                        </li>
                    }
                }) }
            </ul>
            <PartyScores caption="Scores so far" standings={party.standings()} />
            <button type="button" class="button button-big" onclick={next}>
                { if party.is_last_question() { "See the final standings" } else { "Next question" } }
            </button>
        </section>
    }
}
