//! The timed mode's visible countdown, announced to screen readers only at 10 and 5 seconds.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::browser::page::now_ms;
use crate::context::use_app;
use crate::i18n::Msg;

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub limit_ms: u32,
    /// False once the question is answered: the clock stops.
    pub running: bool,
    pub on_expire: Callback<()>,
}

/// Seconds left, as text and a bar. Mount it anew (with a `key`) for each question.
#[function_component]
pub fn Countdown(props: &CountdownProps) -> Html {
    let app = use_app();
    let started = use_state(now_ms);
    let now = use_state(now_ms);
    {
        let now = now.clone();
        use_effect_with(props.running, move |running| {
            let ticker = running.then(|| Interval::new(200, move || now.set(now_ms())));
            move || drop(ticker)
        });
    }
    let left_ms = (f64::from(props.limit_ms) - (*now - *started)).max(0.0);
    let expired = props.running && left_ms <= 0.0;
    use_effect_with(expired, {
        let on_expire = props.on_expire.clone();
        move |expired| {
            if *expired {
                on_expire.emit(());
            }
        }
    });
    let seconds = (left_ms / 1000.0).ceil() as u32;
    let announcement = match seconds {
        1..=5 => app.t(Msg::QuizFiveSecondsLeft),
        6..=10 => app.t(Msg::QuizTenSecondsLeft),
        _ => "",
    };
    html! {
        <div class={classes!("countdown", (seconds <= 5).then_some("countdown-low"))}>
            <p class="countdown-text" aria-hidden="true">{ app.f(Msg::QuizSecondsLeft, &[("s", &seconds.to_string())]) }</p>
            <progress max={props.limit_ms.to_string()} value={format!("{left_ms:.0}")}
                aria-label={app.t(Msg::QuizTimeLeft).to_string()} />
            <p class="visually-hidden" aria-live="polite">{ if props.running { announcement } else { "" } }</p>
        </div>
    }
}
