//! The daily challenge: ten questions picked by the UTC date, the same for everyone, one scored
//! attempt a day; past days replay unscored, future days are not out yet.

use yew::prelude::*;

use crate::browser::page::now_ms;
use crate::components::bank_gate::BankGate;
use crate::components::lazy_quiz::{use_quiz_soon, LazyQuiz};
use crate::components::link::Link;
use crate::context::{use_app, use_bank_soon};
use crate::engine::calendar::{countdown_text, Day};
use crate::engine::scoring::headline;
use crate::engine::spec::QuizSpec;
use crate::i18n::Msg;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DailyProps {
    /// `yyyy-mm-dd` from the address; `None` for today.
    pub date: Option<String>,
}

/// A start screen saying what counts, then the quiz.
#[function_component]
pub fn Daily(props: &DailyProps) -> Html {
    let started = use_state(|| false);
    // The start screen needs no questions; the quiz after Start does.
    use_bank_soon();
    use_quiz_soon();
    let app = use_app();
    let now = now_ms();
    let today = Day::from_ms(now);
    let day = match props.date.as_deref().map(Day::parse) {
        None => today,
        Some(Some(day)) => day,
        Some(None) => {
            return html! {
                <section class="daily">
                    <h1>{ app.t(Msg::QuizDailyBadDateTitle) }</h1>
                    <p>{ app.t(Msg::QuizDailyBadDateDetail) }</p>
                    <Link to={Route::Daily} classes="button">{ app.t(Msg::QuizDailyPlayToday) }</Link>
                </section>
            };
        }
    };
    if day > today {
        return html! {
            <section class="daily">
                <h1>{ app.f(Msg::QuizDailyNotYetTitle, &[("date", &day.in_words(app.words()))]) }</h1>
                <p>{ app.t(Msg::QuizDailyNotYetDetail) }</p>
                <Link to={Route::Daily} classes="button">{ app.t(Msg::QuizDailyPlayToday) }</Link>
            </section>
        };
    }
    let daily = &app.records().daily;
    let scored = day == today && !daily.scored_on(today);
    let next_in = countdown_text(app.words(), Day::ms_until_next(now));
    let status = if day < today {
        app.t(Msg::QuizDailyPast).to_string()
    } else if scored {
        let streak = daily.current_streak(today).to_string();
        app.f(Msg::QuizDailyScored, &[("streak", &streak)])
    } else {
        app.f(Msg::QuizDailyReplay, &[("time", &next_in)])
    };
    // The scored result of this day, if this browser kept it.
    let result = app
        .records()
        .results
        .iter()
        .rev()
        .find(|r| r.daily_day == Some(day) && r.scored)
        .map(|r| headline(app.words(), r.mode, r.score, r.points));
    let spec = QuizSpec::daily(day);
    if *started {
        return html! {
            <BankGate><LazyQuiz key={day.iso()} {spec} {scored} daily_day={Some(day)} /></BankGate>
        };
    }
    let start = {
        let started = started.clone();
        Callback::from(move |_| started.set(true))
    };
    html! {
        <section class="daily">
            <h1>{ app.f(Msg::QuizDailyHeading, &[("date", &day.in_words(app.words()))]) }</h1>
            <p>{ status }</p>
            if let Some(result) = result {
                <p class="score">{ app.f(
                    if day == today { Msg::QuizDailyResultToday } else { Msg::QuizDailyResultThatDay },
                    &[("result", &result)],
                ) }</p>
            }
            <p class="muted">{ app.t(Msg::QuizDailySame) }</p>
            <button type="button" class="button button-big" onclick={start}>
                { app.t(if scored { Msg::QuizDailyStart } else { Msg::QuizDailyPlayAgain }) }
            </button>
        </section>
    }
}
