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
use crate::i18n::{fill, Msg, Words};
use crate::store::schema::Records;

/// "2 min 5 s", 2分5秒.
fn duration_text(words: Words, ms: f64) -> String {
    let seconds = (ms / 1000.0).round() as u64;
    let (m, s) = ((seconds / 60).to_string(), (seconds % 60).to_string());
    match (seconds / 60, seconds % 60) {
        (0, _) => words.f(Msg::RecSeconds, &[("s", &s)]),
        (_, 0) => words.f(Msg::Minutes, &[("m", &m)]),
        _ => words.f(Msg::RecMinutesSeconds, &[("m", &m), ("s", &s)]),
    }
}

/// The player's numbers.
#[function_component]
pub fn Stats() -> Html {
    let app = use_app();
    let words = app.words();
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
                app.f(
                    Msg::RecHistoryPoint,
                    &[
                        ("date", &Day::from_ms(p.finished_at).in_words(app.words())),
                        ("mode", app.t(p.mode.label())),
                    ],
                ),
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
            <h1>{ app.t(Msg::RecStatsHeading) }</h1>
            if records.tally.games == 0 {
                <p>{ app.t(Msg::RecNoGamesYet) }</p>
            }
            <dl class="stat-list">
                <dt>{ app.t(Msg::RecGamesPlayed) }</dt><dd>{ records.tally.games }</dd>
                <dt>{ app.t(Msg::RecQuestionsAnswered) }</dt><dd>{ records.tally.all.answered }</dd>
                <dt>{ app.t(Msg::RecAccuracy) }</dt><dd>{ overall }</dd>
                <dt>{ app.t(Msg::RecDailyStreak) }</dt>
                <dd>{ app.f(Msg::RecStreakAndBest, &[
                    ("current", &records.daily.current_streak(today).to_string()),
                    ("best", &records.daily.best_streak.to_string()),
                ]) }</dd>
            </dl>
            <h2>{ app.t(Msg::RecChartsHeading) }</h2>
            <LineChart id="history-chart" title={app.t(Msg::RecHistoryChartTitle).to_string()} points={history} />
            <BarChart id="category-chart" title={app.t(Msg::RecCategoryChartTitle).to_string()} {bars} />
            <h2>{ app.t(Msg::RecTopTenHeading) }</h2>
            { for Mode::ALL.iter().map(|&mode| top_table(&app, records, mode)) }
            <h2>{ app.t(Msg::RecGamesTogetherHeading) }</h2>
            if records.parties.is_empty() {
                <p>{ app.t(Msg::RecNoGamesTogether) }</p>
            } else {
                <ol class="party-history" reversed=true>
                    { for records.parties.iter().rev().map(|game| html! {
                        <li>
                            <strong>{ party_summary(words, game.finished_at, game.questions, game.timed) }</strong>
                            { " — " }{ game.headline(words) }
                            <br />
                            <span class="muted">{ game.places.iter()
                                .map(|p| app.f(Msg::RecPartyPlace, &[
                                    ("rank", &p.rank.to_string()),
                                    ("name", &p.name),
                                    ("points", &p.points.to_string()),
                                ]))
                                .collect::<Vec<_>>().join(" · ") }</span>
                        </li>
                    }) }
                </ol>
            }
            <h2>{ app.t(Msg::RecAchievementsHeading) }</h2>
            <ul class="achievements" role="list">
                { for achievements::ALL.iter().map(|a| {
                    let earned = records.achievements.get(a.id);
                    html! {
                        <li class={if earned.is_some() { "achievement earned" } else { "achievement" }}>
                            <span aria-hidden="true" class="achievement-icon">{ if earned.is_some() { "★" } else { "☆" } }</span>
                            <span>
                                <strong>{ app.t(a.title) }</strong>{ " — " }{ app.t(a.description) }
                                <br />
                                <span class="muted">{ match earned {
                                    Some(at) => app.f(Msg::RecEarnedOn, &[("date", &Day::from_ms(*at).in_words(app.words()))]),
                                    None => app.t(Msg::RecNotEarnedYet).to_string(),
                                } }</span>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// A game played together, as its date, length and whether it was against the clock.
fn party_summary(words: Words, finished_at: f64, questions: u32, timed: bool) -> String {
    let (one, many) = if timed {
        (Msg::RecPartyGameTimedOne, Msg::RecPartyGameTimedMany)
    } else {
        (Msg::RecPartyGameOne, Msg::RecPartyGameMany)
    };
    fill(
        &words.count(questions as usize, one, many),
        &[("date", &Day::from_ms(finished_at).in_words(words))],
    )
}

/// One mode's top ten as a table, or a line saying there is none yet.
fn top_table(app: &AppHandle, records: &Records, mode: Mode) -> Html {
    let entries = records
        .top
        .get(&mode)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let name = app.t(mode.label());
    let best_games = app.f(Msg::RecModeBestGames, &[("mode", name)]);
    html! {
        <section class="top" aria-label={app.f(Msg::RecModeTopTen, &[("mode", name)])}>
            <h3>{ name }</h3>
            if entries.is_empty() {
                <p class="muted">{ app.t(Msg::RecNoScoredGames) }</p>
            } else {
                <div class="table-wrap" role="region" tabindex="0" aria-label={best_games.clone()}>
                <table class="table">
                    <caption class="visually-hidden">{ best_games }</caption>
                    <thead><tr>
                        <th scope="col">{ app.t(Msg::RecRankColumn) }</th>
                        <th scope="col">{ app.t(Msg::RecDateColumn) }</th>
                        <th scope="col">{ app.t(Msg::RecScoreColumn) }</th>
                        <th scope="col">{ app.t(Msg::RecAccuracy) }</th>
                        <th scope="col">{ app.t(Msg::RecTimeColumn) }</th>
                    </tr></thead>
                    <tbody>
                        { for entries.iter().enumerate().map(|(i, e)| html! {
                            <tr>
                                <td>{ i + 1 }</td>
                                <td>{ Day::from_ms(e.finished_at).in_words(app.words()) }</td>
                                <td>{ describe(app.words(), mode, e.score, e.points) }</td>
                                <td>{ format!("{}%", e.score.accuracy_percent()) }</td>
                                <td>{ duration_text(app.words(), e.duration_ms) }</td>
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
    use super::{duration_text, party_summary};
    use crate::i18n::Words;

    #[test]
    fn durations_read_naturally() {
        let en = Words::ENGLISH;
        assert_eq!(duration_text(en, 4_400.0), "4 s");
        assert_eq!(duration_text(en, 120_000.0), "2 min");
        assert_eq!(duration_text(en, 125_000.0), "2 min 5 s");
    }

    #[test]
    fn games_together_are_summed_up_in_one_line() {
        let en = Words::ENGLISH;
        assert_eq!(
            party_summary(en, 0.0, 1, false),
            "1 January 1970 · 1 question"
        );
        assert_eq!(
            party_summary(en, 0.0, 12, true),
            "1 January 1970 · 12 questions · against the clock"
        );
    }
}
