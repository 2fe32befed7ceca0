//! Home: the title, a quick Play, every way to play, best scores and the daily's status.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::page::now_ms;
use crate::components::spoiler_picker::limit_label;
use crate::context::use_app;
use crate::engine::calendar::{countdown_text, Day};
use crate::engine::mode::Mode;
use crate::engine::scoring::describe;
use crate::i18n::Words;
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
        let streak = records.daily.current_streak(today);
        return if records.daily.scored_on(today) {
            format!(
                "Played today ✓ · streak {streak} · next in {}",
                countdown_text(words, Day::ms_until_next(now))
            )
        } else {
            format!("Not played yet today · streak {streak}")
        };
    }
    match records.best.get(&mode) {
        Some(best) => format!("Best: {}", describe(words, mode, best.score, best.points)),
        None => "No best yet".to_string(),
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
                <span class="title-en">{ "1 Litre of Tears — the fan quiz" }</span>
            </h1>
            <p class="lead">
                { "Questions about the characters, the cast, the episodes, the music and the real Kito Aya. Every answer comes with the fact behind it." }
            </p>
            <Link<Route> to={Route::QuickPlay} classes="button button-big">{ "Play" }</Link<Route>>
            <p class="best">
                { match best {
                    Some(best) => format!("Best score: {}", describe(app.words(), Mode::Classic, best.score, best.points)),
                    None => "No best score yet — your first round sets it.".to_string(),
                } }
            </p>
            <p class="muted">
                { match records.settings.spoiler_limit {
                    Some(limit) => format!("Spoiler guard: {}.", limit_label(app.words(), limit)),
                    None => "You will be asked how far you have watched, so nothing is spoiled.".to_string(),
                } }
                { " " }
                <Link<Route> to={Route::Settings}>{ "Change" }</Link<Route>>
            </p>
            <h2>{ "Ways to play" }</h2>
            <ul class="modes" role="list">
                { for Mode::ALL.iter().map(|&mode| html! {
                    <li class="mode-card">
                        <Link<Route> to={mode_route(mode)} classes="mode-link">{ app.t(mode.label()) }</Link<Route>>
                        <p class="mode-blurb">{ app.t(mode.blurb()) }</p>
                        <p class={classes!("mode-status", (mode == Mode::Daily).then_some("daily-status"))}>
                            { mode_status(app.words(), mode, records, now) }
                        </p>
                    </li>
                }) }
                <li class="mode-card">
                    <Link<Route> to={Route::Together} classes="mode-link">{ "Play together" }</Link<Route>>
                    <p class="mode-blurb">{ "Two to eight players on one device: everyone answers each question in private, then one reveal shows who got it right." }</p>
                    <p class="mode-status party-status">
                        { match records.parties.last() {
                            Some(game) => format!("Last game: {}", game.headline()),
                            None => "No game together yet".to_string(),
                        } }
                    </p>
                </li>
            </ul>
            <p class="keys-hint">
                { "Play with mouse, touch or keyboard: keys 1–4 or A–D answer, Enter goes on." }
            </p>
        </section>
    }
}
