//! Play: one question at a time, answered by click, touch or keys (1–4, A–D; Enter for next).

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::choice_options::ChoiceOptions;
use crate::components::feedback::{verdict, Feedback};
use crate::components::order_answer::OrderAnswer;
use crate::components::progress::Progress;
use crate::components::typed_answer::TypedAnswer;
use crate::engine::bank::Kind;
use crate::engine::scoring::Score;
use crate::engine::session::{Action, Phase, Response, Session};
use crate::hooks::use_app::use_app;
use crate::hooks::use_keydown::{on_control, use_keydown};
use crate::hooks::use_quiz::{use_quiz, QuizState};
use crate::route::Route;
use crate::state::AppAction;
use crate::store::schema::{AnswerRecord, GameResult};

/// Questions in a round.
const ROUND_LENGTH: usize = 10;

/// A fresh seed for a new round.
fn random_seed() -> u64 {
    // Two 32-bit halves from Math.random, mixed with the clock.
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (high << 32 | low) ^ js_sys::Date::now() as u64
}

/// Maps a key to an option index: 1–9 or A–Z.
fn option_for_key(key: &str) -> Option<usize> {
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    match c {
        '1'..='9' => Some(c as usize - '1' as usize),
        'a'..='z' => Some(c as usize - 'a' as usize),
        'A'..='Z' => Some(c as usize - 'A' as usize),
        _ => None,
    }
}

/// The summary kept in storage.
fn game_result(session: &Session) -> GameResult {
    let finished_at = js_sys::Date::now();
    GameResult {
        id: format!("{finished_at}-{:x}", session.seed),
        finished_at,
        seed: session.seed,
        score: Score::of(session),
        answers: session
            .rounds
            .iter()
            .filter_map(|round| {
                round.outcome.as_ref().map(|o| AnswerRecord {
                    question: round.question.id.clone(),
                    given: o.given.clone(),
                    correct: o.correct,
                })
            })
            .collect(),
    }
}

/// The quiz page.
#[function_component]
pub fn Play() -> Html {
    let app = use_app();
    let bank = app.as_ref().map(|a| a.bank.clone());
    let quiz = use_quiz(move || {
        let pool = bank
            .as_ref()
            .map(|b| b.questions().to_vec())
            .unwrap_or_default();
        QuizState(Session::start(&pool, ROUND_LENGTH, random_seed()))
    });
    let navigator = use_navigator();
    let heading = use_node_ref();
    let next_button = use_node_ref();

    let position = quiz.0.as_ref().ok().map(|s| (s.current, s.phase));
    {
        let heading = heading.clone();
        let next_button = next_button.clone();
        use_effect_with(position, move |position| {
            let target = match position {
                Some((_, Phase::Asking)) => heading.cast::<HtmlElement>(),
                Some((_, Phase::Feedback)) => next_button.cast::<HtmlElement>(),
                _ => None,
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }
    {
        let quiz = quiz.clone();
        let finished = position.is_some_and(|(_, phase)| phase == Phase::Finished);
        use_effect_with(finished, move |finished| {
            if let (true, Ok(session), Some(app)) = (*finished, &quiz.0, app) {
                app.state
                    .dispatch(AppAction::Finished(game_result(session)));
                if let Some(navigator) = navigator {
                    navigator.push(&Route::Results);
                }
            }
        });
    }
    let on_key = {
        let quiz = quiz.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Ok(session) = &quiz.0 else { return };
            let round = session.round();
            match session.phase {
                Phase::Asking
                    if matches!(
                        round.question.kind,
                        Kind::Choice { .. } | Kind::TrueFalse { .. }
                    ) =>
                {
                    if let Some(i) =
                        option_for_key(&event.key()).filter(|i| *i < round.options.len())
                    {
                        event.prevent_default();
                        quiz.dispatch(Action::Answer(Response::Choice(i)));
                    }
                }
                Phase::Feedback if event.key() == "Enter" && !on_control(&event) => {
                    event.prevent_default();
                    quiz.dispatch(Action::Next);
                }
                _ => {}
            }
        })
    };
    use_keydown(on_key);

    let session = match &quiz.0 {
        Ok(session) => session,
        Err(short) => {
            return html! {
                <section class="play">
                    <h1>{ "Not enough questions" }</h1>
                    <p>{ format!("A round needs {} questions, but only {} are available.", short.wanted, short.available) }</p>
                    <Link<Route> to={Route::Home} classes="button">{ "Back to the start" }</Link<Route>>
                </section>
            };
        }
    };
    let round = session.round();
    let question = &round.question;
    let answer = question.answer_text();
    let answered = round.outcome.is_some();
    let answer_input = match &question.kind {
        Kind::Choice { .. } | Kind::TrueFalse { .. } => {
            let quiz = quiz.clone();
            html! {
                <ChoiceOptions options={round.options.clone()} outcome={round.outcome.clone()}
                    answer={answer.clone()}
                    on_pick={Callback::from(move |i| quiz.dispatch(Action::Answer(Response::Choice(i))))} />
            }
        }
        Kind::Order { .. } => {
            let quiz = quiz.clone();
            html! {
                <OrderAnswer key={session.current} options={round.options.clone()} {answered}
                    on_submit={Callback::from(move |order| quiz.dispatch(Action::Answer(Response::Order(order))))} />
            }
        }
        Kind::Typed { .. } => {
            let quiz = quiz.clone();
            html! {
                <TypedAnswer key={session.current} {answered}
                    on_submit={Callback::from(move |text| quiz.dispatch(Action::Answer(Response::Text(text))))} />
            }
        }
    };
    let on_next = {
        let quiz = quiz.clone();
        Callback::from(move |_| quiz.dispatch(Action::Next))
    };
    let announcement = round
        .outcome
        .as_ref()
        .map(|o| verdict(o, &answer))
        .unwrap_or_default();
    html! {
        <section class="play" aria-labelledby="question-prompt">
            <Progress number={session.current + 1} total={session.rounds.len()} />
            <p class="category">{ question.category.label() }</p>
            <h1 id="question-prompt" class="prompt" tabindex="-1" ref={heading}>
                { question.prompt.clone() }
            </h1>
            { answer_input }
            <div class="visually-hidden" role="status" aria-live="polite">{ announcement }</div>
            if let Some(outcome) = &round.outcome {
                <Feedback outcome={outcome.clone()} answer={answer.clone()}
                    explanation={question.explanation.clone()} is_last={session.is_last()}
                    next_ref={next_button} {on_next} />
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::option_for_key;

    #[test]
    fn keys_map_to_options() {
        assert_eq!(option_for_key("1"), Some(0));
        assert_eq!(option_for_key("4"), Some(3));
        assert_eq!(option_for_key("a"), Some(0));
        assert_eq!(option_for_key("D"), Some(3));
        assert_eq!(option_for_key("Enter"), None);
        assert_eq!(option_for_key("0"), None);
    }
}
