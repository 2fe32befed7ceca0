//! One player's turn in "Play together": the hand-off ("Pass the device to …", Ready), then the
//! question for that player alone. Nothing here shows another player's answer: the engine keeps
//! them out of reach until the reveal, and the answer goes in without any feedback.

use yew::prelude::*;

use crate::context::use_app;
use crate::browser::page::{focus_by_id, now_ms};
use crate::components::answer_input::answer_input;
use crate::components::countdown::Countdown;
use crate::components::ja_text::ja_text;
use crate::components::progress::Progress;
use crate::engine::bank::Kind;
use crate::engine::party::{Party, PartyAction, PartyPhase};
use crate::engine::session::{Response, TIME_LIMIT_MS};
use crate::hooks::use_keydown::{option_for_key, use_keydown};

#[derive(Properties, PartialEq)]
pub struct PartyTurnProps {
    pub party: Party,
    pub on_action: Callback<PartyAction>,
}

/// The hand-off or the question, for the player whose turn it is.
#[function_component]
pub fn PartyTurn(props: &PartyTurnProps) -> Html {
    let app = use_app();
    let party = &props.party;
    let phase = party.phase();
    let asked_at = use_mut_ref(now_ms);
    let typed_field = use_node_ref();
    {
        let asked_at = asked_at.clone();
        let typed_field = typed_field.clone();
        let typed = matches!(party.round().question.kind, Kind::Typed { .. });
        use_effect_with((phase, party.current()), move |(phase, _)| match phase {
            PartyPhase::HandOff { .. } => focus_by_id("party-ready"),
            PartyPhase::Answering { .. } => {
                *asked_at.borrow_mut() = now_ms();
                match typed_field.cast::<web_sys::HtmlElement>() {
                    Some(field) if typed => {
                        let _ = field.focus();
                    }
                    _ => focus_by_id("question-prompt"),
                }
            }
            PartyPhase::Reveal | PartyPhase::Finished => {}
        });
    }
    let answer = {
        let (on_action, asked_at) = (props.on_action.clone(), asked_at.clone());
        Callback::from(move |response: Response| {
            let elapsed = (now_ms() - *asked_at.borrow()).max(0.0) as u32;
            on_action.emit(PartyAction::Answer(response, elapsed));
        })
    };
    let on_key = {
        let (answer, round) = (answer.clone(), party.round().clone());
        let answering = matches!(phase, PartyPhase::Answering { .. });
        Callback::from(move |event: KeyboardEvent| {
            if !answering || !round.takes_picks() {
                return;
            }
            if let Some(i) = option_for_key(&event.key()).filter(|i| round.can_pick(*i)) {
                event.prevent_default();
                answer.emit(Response::Choice(i));
            }
        })
    };
    use_keydown(on_key);

    let names = party.players();
    let name = |player: usize| names.get(player).cloned().unwrap_or_default();
    let number = party.current() + 1;
    let total = party.total();
    match phase {
        PartyPhase::HandOff { player } => {
            let ready = props.on_action.reform(|_: MouseEvent| PartyAction::Ready);
            html! {
                <section class="party-handoff card" aria-labelledby="handoff-heading">
                    <p class="category">{ format!("Question {number} of {total}") }</p>
                    <h1 id="handoff-heading">{ format!("Pass the device to {}", name(player)) }</h1>
                    <p>{ format!("{}, press Ready when only you can see the screen. Your answer stays private until everyone has answered.", name(player)) }</p>
                    <button id="party-ready" type="button" class="button button-big" onclick={ready}>
                        { "Ready" }
                    </button>
                </section>
            }
        }
        PartyPhase::Answering { player } => {
            let round = party.round();
            let question = &round.question;
            let input = answer_input(round, party.current(), typed_field.clone(), answer.clone());
            let countdown = party.setup().timed.then(|| {
                let on_action = props.on_action.clone();
                html! {
                    <Countdown key={format!("{number}-{player}")} limit_ms={TIME_LIMIT_MS} running=true
                        on_expire={Callback::from(move |_| on_action.emit(PartyAction::TimeUp))} />
                }
            });
            html! {
                <section class="play party-turn" aria-labelledby="question-prompt">
                    <Progress {number} total={Some(total)} />
                    <p class="category">{ format!("{}'s turn · {}", name(player), app.t(question.category.label())) }</p>
                    { for countdown }
                    <h1 id="question-prompt" class="prompt" tabindex="-1">{ ja_text(&question.prompt) }</h1>
                    { input }
                </section>
            }
        }
        PartyPhase::Reveal | PartyPhase::Finished => Html::default(),
    }
}
