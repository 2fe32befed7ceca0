//! Stats: games kept, each mode's best, the daily streak and practice progress.

use yew::prelude::*;

use crate::engine::calendar::Day;
use crate::engine::practice::TOP_BOX;
use crate::engine::quiz::Mode;
use crate::hooks::use_app::use_app;
use crate::web::now_ms;

/// The player's numbers.
#[function_component]
pub fn Stats() -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    let records = &app.state.records;
    let today = Day::from_ms(now_ms());
    let missed = records.boxes.values().filter(|b| **b == 1).count();
    let learned = records.boxes.values().filter(|b| **b == TOP_BOX).count();
    html! {
        <section class="stats">
            <h1>{ "Your stats" }</h1>
            if records.results.is_empty() {
                <p>{ "No games yet. Your numbers appear here after your first round." }</p>
            }
            <dl class="stat-list">
                <dt>{ "Recent games kept" }</dt><dd>{ records.results.len() }</dd>
                <dt>{ "Daily streak" }</dt>
                <dd>{ format!("{} (best {})", records.daily.current_streak(today), records.daily.best_streak) }</dd>
                <dt>{ "Questions to practise" }</dt><dd>{ missed }</dd>
                <dt>{ "Questions learned well" }</dt><dd>{ learned }</dd>
            </dl>
            <h2>{ "Best by mode" }</h2>
            <table class="table">
                <caption class="visually-hidden">{ "Your best game in each mode" }</caption>
                <thead><tr><th scope="col">{ "Mode" }</th><th scope="col">{ "Best" }</th></tr></thead>
                <tbody>
                    { for Mode::ALL.iter().map(|mode| {
                        let best = records.best.get(mode).map_or_else(|| "—".to_string(), |b| match mode {
                            Mode::Timed => format!("{} points", b.points),
                            Mode::Survival => format!("{} in a row", b.score.correct),
                            _ => format!("{} of {}", b.score.correct, b.score.total),
                        });
                        html! { <tr><th scope="row">{ mode.label() }</th><td>{ best }</td></tr> }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
