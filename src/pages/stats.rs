//! Stats: games played, accuracy overall and by category, each mode's top ten, the daily
//! streak, two charts (each with a table), the games played together (apart from the rest),
//! and achievements with the date earned.

use yew::prelude::*;

use crate::browser::page::now_ms;
use crate::components::bar_chart::BarChart;
use crate::components::line_chart::LineChart;
use crate::context::{use_app, AppHandle};
use crate::engine::achievements;
use crate::engine::bank::Category;
use crate::engine::calendar::Day;
use crate::engine::mode::Mode;
use crate::engine::scoring::describe;
use crate::store::schema::Records;

/// "2 min 5 s".
fn duration_text(ms: f64) -> String {
    let seconds = (ms / 1000.0).round() as u64;
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// The player's numbers.
#[function_component]
pub fn Stats() -> Html {
    let app = use_app();
    let records = app.records();
    let today = Day::from_ms(now_ms());
    let overall = records
        .tally
        .all
        .percent()
        .map_or_else(|| "—".to_string(), |p| format!("{p}%"));
    let history: Vec<(String, u32)> = records
        .history
        .iter()
        .map(|p| {
            (
                format!("{} · {}", Day::from_ms(p.finished_at).iso(), app.t(p.mode.label())),
                p.accuracy,
            )
        })
        .collect();
    let bars: Vec<(String, Option<u32>)> = Category::ALL
        .iter()
        .map(|c| {
            let percent = records.tally.by_category.get(c).and_then(|n| n.percent());
            (app.t(c.label()).to_string(), percent)
        })
        .collect();
    html! {
        <section class="stats">
            <h1>{ "Your stats" }</h1>
            if records.tally.games == 0 {
                <p>{ "No games yet. Your numbers appear here after your first round." }</p>
            }
            <dl class="stat-list">
                <dt>{ "Games played" }</dt><dd>{ records.tally.games }</dd>
                <dt>{ "Questions answered" }</dt><dd>{ records.tally.all.answered }</dd>
                <dt>{ "Accuracy" }</dt><dd>{ overall }</dd>
                <dt>{ "Daily streak" }</dt>
                <dd>{ format!("{} (best {})", records.daily.current_streak(today), records.daily.best_streak) }</dd>
            </dl>
            <h2>{ "Charts" }</h2>
            <LineChart id="history-chart" title="Accuracy over your recent scored games" points={history} />
            <BarChart id="category-chart" title="Accuracy by category" {bars} />
            <h2>{ "Top ten by mode" }</h2>
            { for Mode::ALL.iter().map(|&mode| top_table(&app, records, mode)) }
            <h2>{ "Games together" }</h2>
            if records.parties.is_empty() {
                <p>{ "No game together yet. Play together from Home: two to eight players on one device." }</p>
            } else {
                <ol class="party-history" reversed=true>
                    { for records.parties.iter().rev().map(|game| html! {
                        <li>
                            <strong>{ format!("{} · {} questions{}", Day::from_ms(game.finished_at).iso(), game.questions,
                                if game.timed { " · against the clock" } else { "" }) }</strong>
                            { " — " }{ game.headline() }
                            <br />
                            <span class="muted">{ game.places.iter()
                                .map(|p| format!("{}. {} ({})", p.rank, p.name, p.points))
                                .collect::<Vec<_>>().join(" · ") }</span>
                        </li>
                    }) }
                </ol>
            }
            <h2>{ "Achievements" }</h2>
            <ul class="achievements" role="list">
                { for achievements::ALL.iter().map(|a| {
                    let earned = records.achievements.get(a.id);
                    html! {
                        <li class={if earned.is_some() { "achievement earned" } else { "achievement" }}>
                            <span aria-hidden="true" class="achievement-icon">{ if earned.is_some() { "★" } else { "☆" } }</span>
                            <span>
                                <strong>{ a.title }</strong>{ " — " }{ a.description }
                                <br />
                                <span class="muted">{ match earned {
                                    Some(at) => format!("Earned {}", Day::from_ms(*at).iso()),
                                    None => "Not yet".to_string(),
                                } }</span>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// One mode's top ten as a table, or a line saying there is none yet.
fn top_table(app: &AppHandle, records: &Records, mode: Mode) -> Html {
    let entries = records
        .top
        .get(&mode)
        .map(Vec::as_slice)
        .unwrap_or_default();
    html! {
        <section class="top" aria-label={format!("{} top ten", app.t(mode.label()))}>
            <h3>{ app.t(mode.label()) }</h3>
            if entries.is_empty() {
                <p class="muted">{ "No scored games yet." }</p>
            } else {
                <div class="table-wrap" role="region" tabindex="0"
                    aria-label={format!("{}: your ten best games", app.t(mode.label()))}>
                <table class="table">
                    <caption class="visually-hidden">{ format!("{}: your ten best games", app.t(mode.label())) }</caption>
                    <thead><tr>
                        <th scope="col">{ "#" }</th><th scope="col">{ "Date" }</th><th scope="col">{ "Score" }</th>
                        <th scope="col">{ "Accuracy" }</th><th scope="col">{ "Time" }</th>
                    </tr></thead>
                    <tbody>
                        { for entries.iter().enumerate().map(|(i, e)| html! {
                            <tr>
                                <td>{ i + 1 }</td>
                                <td>{ Day::from_ms(e.finished_at).iso() }</td>
                                <td>{ describe(mode, e.score, e.points) }</td>
                                <td>{ format!("{}%", e.score.accuracy_percent()) }</td>
                                <td>{ duration_text(e.duration_ms) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::duration_text;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_text(4_400.0), "4 s");
        assert_eq!(duration_text(120_000.0), "2 min");
        assert_eq!(duration_text(125_000.0), "2 min 5 s");
    }
}
