//! Home: the title, a quick Play, every way to play, best scores and the daily's status.

use yew::prelude::*;

use crate::browser::page::now_ms;
use crate::components::link::Link;
use crate::components::spoiler_picker::limit_label;
use crate::context::use_app;
use crate::engine::calendar::{countdown_text, Day};
use crate::engine::mode::Mode;
use crate::engine::scoring::describe;
use crate::i18n::{Msg, Words};
use crate::route::Route;
use crate::store::schema::Records;

/// Where a mode's card links to.
fn mode_route(mode: Mode) -> Route {
    match mode {
        Mode::Daily => Route::Daily,
        _ => Route::Play {
            mode: mode.slug().to_string(),
        },
    }
}

/// The line under a mode's card: its best (or that there is none yet), or the daily's status.
/// Every card has one, so a returning player's Home keeps the layout of the first paint.
fn mode_status(words: Words, mode: Mode, records: &Records, now: f64) -> String {
    if mode == Mode::Daily {
        let today = Day::from_ms(now);
        let streak = records.daily.current_streak(today).to_string();
        return if records.daily.scored_on(today) {
            let next = countdown_text(words, Day::ms_until_next(now));
            words.f(
                Msg::DailyPlayedToday,
                &[("streak", &streak), ("next", &next)],
            )
        } else {
            words.f(Msg::DailyNotPlayedToday, &[("streak", &streak)])
        };
    }
    match records.best.get(&mode) {
        Some(best) => words.f(
            Msg::ModeBest,
            &[("best", &describe(words, mode, best.score, best.points))],
        ),
        None => words.t(Msg::NoModeBest).to_string(),
    }
}

/// The landing page.
#[function_component]
pub fn Home() -> Html {
    let app = use_app();
    let records = app.records();
    let now = now_ms();
    let best = records.best.get(&Mode::Classic);
    html! {
        <section class="home">
            <h1>
                <span lang="ja" class="title-ja">{ "1リットルの涙" }</span>
                <span class="title-en">{ app.t(Msg::HomeTitleEn) }</span>
            </h1>
            <p class="lead">{ app.t(Msg::HomeLead) }</p>
            <Link to={Route::QuickPlay} classes="button button-big">{ app.t(Msg::Play) }</Link>
            <p class="best">
                { match best {
                    Some(best) => app.f(Msg::BestScore, &[("score", &describe(app.words(), Mode::Classic, best.score, best.points))]),
                    None => app.t(Msg::NoBestScore).to_string(),
                } }
            </p>
            <p class="muted">
                { match records.settings.spoiler_limit {
                    Some(limit) => app.f(Msg::SpoilerGuardIs, &[("limit", &limit_label(app.words(), limit))]),
                    None => app.t(Msg::SpoilerGuardAsk).to_string(),
                } }
                { " " }
                <Link to={Route::Settings}>{ app.t(Msg::SpoilerGuardChange) }</Link>
            </p>
            <h2>{ app.t(Msg::WaysToPlay) }</h2>
            <ul class="modes" role="list">
                { for Mode::ALL.iter().map(|&mode| html! {
                    <li class="mode-card">
                        <Link to={mode_route(mode)} classes="mode-link">{ app.t(mode.label()) }</Link>
                        <p class="mode-blurb">{ app.t(mode.blurb()) }</p>
                        <p class={classes!("mode-status", (mode == Mode::Daily).then_some("daily-status"))}>
                            { mode_status(app.words(), mode, records, now) }
                        </p>
                    </li>
                }) }
                <li class="mode-card">
                    <Link to={Route::Together} classes="mode-link">{ app.t(Msg::PlayTogether) }</Link>
                    <p class="mode-blurb">{ app.t(Msg::PlayTogetherBlurb) }</p>
                    <p class="mode-status party-status">
                        { match records.parties.last() {
                            Some(game) => app.f(Msg::LastGameTogether, &[("headline", &game.headline(app.words()))]),
                            None => app.t(Msg::NoGameTogether).to_string(),
                        } }
                    </p>
                </li>
            </ul>
            <p class="keys-hint">{ app.t(Msg::KeysHint) }</p>
        </section>
    }
}
