//! A running quiz: one question at a time, answered by click, touch or keys (1–4, A–D; Enter
//! for next), with the mode's timer and lifelines. When it finishes, the result is recorded and
//! the player goes to Results.

use std::rc::Rc;

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::browser::page::now_ms;
use crate::browser::sound::chime;
use crate::components::answer_input::answer_input;
use crate::components::countdown::Countdown;
use crate::components::feedback::{verdict, Feedback};
use crate::components::ja_text::ja_text;
use crate::components::link::Link;
use crate::components::progress::Progress;
use crate::components::router::navigate;
use crate::components::spoiler_picker::limit_label;
use crate::context::use_app;
use crate::engine::bank::{Kind, Question};
use crate::engine::calendar::Day;
use crate::engine::mode::Mode;
use crate::engine::packs::PackId;
use crate::engine::result::{GameResult, Played};
use crate::engine::session::{
    shown_answer, Action, NotEnoughQuestions, Outcome, Phase, Response, Session, TIME_LIMIT_MS,
};
use crate::engine::spec::QuizSpec;
use crate::hooks::use_keydown::{on_control, option_for_key, use_keydown};
use crate::i18n::Msg;
use crate::route::Route;

/// A running quiz, or why one could not start.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizState(pub Result<Session, NotEnoughQuestions>);

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &self.0 {
            Ok(session) => {
                let next = session.apply(action);
                if &next == session {
                    self
                } else {
                    Rc::new(QuizState(Ok(next)))
                }
            }
            Err(_) => self,
        }
    }
}

/// An imported pack's questions, played instead of the built-in bank.
#[derive(Debug, Clone)]
pub struct PackPool {
    pub id: PackId,
    pub questions: Rc<Vec<Rc<Question>>>,
}

impl PartialEq for PackPool {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && Rc::ptr_eq(&self.questions, &other.questions)
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct QuizProps {
    pub spec: QuizSpec,
    /// False for replays that count for nothing.
    pub scored: bool,
    /// The UTC day, for daily challenges.
    #[prop_or_default]
    pub daily_day: Option<Day>,
    /// A pack to play instead of the built-in questions.
    #[prop_or_default]
    pub pack: Option<PackPool>,
}

/// The quiz. Give it a `key` so a new spec starts a new game.
#[function_component]
pub fn Quiz(props: &QuizProps) -> Html {
    let app = use_app();
    let spoiler_limit = app.records().settings.spoiler_limit();
    let quiz = use_reducer({
        let app = app.clone();
        let spec = props.spec.clone();
        let pack = props.pack.clone();
        move || {
            QuizState(spec.start(
                match (&pack, app.bank()) {
                    (Some(pack), _) => pack.questions.as_slice(),
                    (None, Some(bank)) => bank.questions(),
                    (None, None) => &[],
                },
                spoiler_limit,
                &app.records().boxes,
            ))
        }
    });
    let heading = use_node_ref();
    let next_button = use_node_ref();
    let typed_field = use_node_ref();
    let asked_at = use_mut_ref(now_ms);
    let started_at = *use_state(now_ms);

    let position = quiz.0.as_ref().ok().map(|s| (s.current, s.phase));
    // A typed question takes keys at once: its field gets the focus instead of the prompt.
    let typed = quiz
        .0
        .as_ref()
        .is_ok_and(|s| matches!(s.round().question.kind, Kind::Typed { .. }));
    {
        let heading = heading.clone();
        let next_button = next_button.clone();
        let typed_field = typed_field.clone();
        let asked_at = asked_at.clone();
        let sound = app.records().settings.sound;
        let chime_for = quiz
            .0
            .as_ref()
            .ok()
            .and_then(|s| s.round().outcome.as_ref().map(|o| (sound, o.correct)));
        use_effect_with(position, move |position| {
            if let Some((_, Phase::Asking)) = position {
                *asked_at.borrow_mut() = now_ms();
            }
            if let (Some((_, Phase::Feedback)), Some((sound, correct))) = (position, chime_for) {
                if sound {
                    chime(correct);
                }
            }
            let target = match position {
                Some((_, Phase::Asking)) if typed => typed_field.cast::<HtmlElement>(),
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
        let result = match (&quiz.0, finished) {
            (Ok(session), true) => Some(GameResult::from_session(
                session,
                Played {
                    code: props.spec.code(),
                    daily_day: props.daily_day,
                    scored: props.scored,
                    pack: props.pack.as_ref().map(|p| p.id.clone()),
                    started_at,
                    finished_at: now_ms(),
                },
            )),
            _ => None,
        };
        let app = app.clone();
        use_effect_with(finished, move |_| {
            if let Some(result) = result {
                app.finish_game(result);
                navigate(&Route::Results);
            }
        });
    }
    let answer = {
        let quiz = quiz.clone();
        let asked_at = asked_at.clone();
        Callback::from(move |response: Response| {
            let elapsed_ms = (now_ms() - *asked_at.borrow()).max(0.0) as u32;
            quiz.dispatch(Action::Answer {
                response,
                elapsed_ms,
            });
        })
    };
    let on_key = {
        let quiz = quiz.clone();
        let answer = answer.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Ok(session) = &quiz.0 else { return };
            let round = session.round();
            match session.phase {
                Phase::Asking if round.takes_picks() => {
                    if let Some(i) = option_for_key(&event.key()).filter(|i| round.can_pick(*i)) {
                        event.prevent_default();
                        answer.emit(Response::Choice(i));
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
            let detail = app.f(
                Msg::QuizNotEnoughDetail,
                &[
                    ("wanted", &short.wanted.to_string()),
                    ("available", &short.available.to_string()),
                    (
                        "guard",
                        &limit_label(app.words(), spoiler_limit).to_lowercase(),
                    ),
                ],
            );
            return html! {
                <section class="play">
                    <h1>{ app.t(Msg::QuizNotEnoughTitle) }</h1>
                    <p>{ detail }</p>
                    <p>{ app.t(Msg::QuizNotEnoughAdvice) }</p>
                    <Link to={Route::Home} classes="button">{ app.t(Msg::QuizBackToStart) }</Link>
                    { " " }
                    <Link to={Route::Settings} classes="button button-quiet">{ app.t(Msg::NavSettings) }</Link>
                </section>
            };
        }
    };
    let round = session.round();
    let question = &round.question;
    let answered = round.outcome.is_some();
    let true_false = question.is_true_false();
    // The right answer and the outcome as the player reads them.
    let right_answer = shown_answer(app.words(), true_false, &question.answer_text()).to_string();
    let shown_outcome = round.outcome.as_ref().map(|o| Outcome {
        given: shown_answer(app.words(), true_false, &o.given).to_string(),
        correct: o.correct,
    });
    let input = answer_input(round, session.current, typed_field.clone(), answer.clone());
    let lifeline = |action: Action| {
        let quiz = quiz.clone();
        Callback::from(move |_: MouseEvent| quiz.dispatch(action.clone()))
    };
    let halving = session.can_fifty_fifty();
    let hinting = session.can_hint();
    let lifelines = (session.mode.has_lifelines() && !answered).then(|| html! {
        <div class="lifelines" role="group" aria-label={app.t(Msg::QuizLifelines).to_string()}>
            <button type="button" class="button-quiet" onclick={lifeline(Action::FiftyFifty)}
                disabled={halving.is_err()}
                aria-describedby={halving.is_err().then_some("fifty-fifty-why")}
                aria-label={app.t(Msg::QuizFiftyFiftyLabel).to_string()}>{ "50:50" }</button>
            <button type="button" class="button-quiet" onclick={lifeline(Action::Hint)}
                disabled={hinting.is_err()}
                aria-label={app.t(Msg::QuizHintLabel).to_string()}>{ app.t(Msg::QuizHintButton) }</button>
            if let Err(why) = halving {
                <p id="fifty-fifty-why" class="lifeline-why muted">{ app.f(Msg::QuizFiftyFiftyWhy, &[("reason", app.t(why.reason()))]) }</p>
            }
        </div>
    });
    let countdown = (session.mode == Mode::Timed).then(|| {
        let quiz = quiz.clone();
        html! {
            <Countdown key={session.current} limit_ms={TIME_LIMIT_MS} running={!answered}
                on_expire={Callback::from(move |_| quiz.dispatch(Action::TimeUp))} />
        }
    });
    let total = session.total();
    let on_next = {
        let quiz = quiz.clone();
        Callback::from(move |_| quiz.dispatch(Action::Next))
    };
    let announcement = shown_outcome
        .as_ref()
        .map(|o| verdict(app.words(), o, &right_answer))
        .unwrap_or_default();
    html! {
        <section class="play" aria-labelledby="question-prompt">
            <Progress number={session.current + 1} {total} />
            <p class="category">{ [app.t(session.mode.label()), app.t(question.category.label())].join(app.t(Msg::QuizListSeparator)) }</p>
            { for countdown }
            <h1 id="question-prompt" class="prompt" tabindex="-1" ref={heading}>
                { ja_text(&question.prompt) }
            </h1>
            if round.hinted {
                <p class="hint">{ ja_text(&round.hint(app.words())) }</p>
            }
            { input }
            { for lifelines }
            <div class="visually-hidden" role="status" aria-live="polite">{ announcement }</div>
            if let Some(outcome) = &shown_outcome {
                <Feedback outcome={outcome.clone()} answer={right_answer.clone()}
                    explanation={question.explanation.clone()}
                    is_last={session.is_last()}
                    next_ref={next_button} {on_next} />
            }
        </section>
    }
}
