//! Results: the score, every question with the player's answer, the right one, the explanation
//! and its sources (hidden when beyond the spoiler guard), a share text, and Play again.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::AppContext;
use crate::components::ja_text::ja_text;
use crate::components::share_button::ShareButton;
use crate::engine::bank::Question;
use crate::engine::calendar::Day;
use crate::engine::packs::parse_pack;
use crate::engine::quiz::{Mode, QuizSpec};
use crate::hooks::use_app::use_app;
use crate::route::Route;
use crate::store::local;
use crate::store::schema::{AnswerRecord, GameResult};
use crate::web::{page_base, random_seed};

/// The route that replays exactly this game.
fn replay_route(game: &GameResult) -> Route {
    code_route(game, game.code.clone())
}

/// The route for `game`'s mode (and pack) with quiz `code`.
fn code_route(game: &GameResult, code: String) -> Route {
    let mode = game.mode.slug().to_string();
    match (&game.pack, game.daily_day) {
        (Some(id), _) => Route::PackPlayCode {
            id: id.clone(),
            mode,
            code,
        },
        (None, Some(day)) => Route::DailyOn {
            date: Day(day).iso(),
        },
        (None, None) => Route::PlayCode { mode, code },
    }
}

/// The route for another game like this one: same mode and filters, new questions.
fn again_route(game: &GameResult) -> Route {
    if game.mode == Mode::Daily {
        return Route::Daily;
    }
    match QuizSpec::from_code(game.mode, &game.code) {
        Some(mut spec) => {
            spec.seed = random_seed();
            code_route(game, spec.code())
        }
        None => Route::QuickPlay,
    }
}

/// A share text in Wordle's spirit: no answers, no spoilers.
fn share_text(game: &GameResult) -> String {
    let day = game
        .daily_day
        .map_or_else(|| Day::from_ms(game.finished_at), Day);
    let title = format!(
        "1 Litre of Tears quiz · {} · {}",
        game.mode.label(),
        day.iso()
    );
    let squares: String = game
        .answers
        .iter()
        .map(|a| if a.correct { '🟩' } else { '⬜' })
        .collect();
    let tally = match game.mode {
        Mode::Timed => format!("{} points", game.points),
        _ => format!("{}/{}", game.score.correct, game.score.total),
    };
    let route = replay_route(game).to_path();
    format!("{title}\n{squares} {tally}\n{}#{route}", page_base())
}

/// The last finished round, or a friendly empty state.
#[function_component]
pub fn Results() -> Html {
    // Filled after the first paint, so screen readers announce new achievements.
    let announce = use_state(|| false);
    {
        let announce = announce.clone();
        use_effect_with((), move |_| announce.set(true));
    }
    let app = use_app();
    let game = app.as_ref().and_then(|app| {
        app.state
            .last
            .clone()
            .or_else(|| app.state.records.last().cloned())
    });
    // A pack game's questions come from the pack, if it is still in this browser.
    let pack = use_memo(game.as_ref().and_then(|g| g.pack.clone()), |id| {
        let text = local::pack(id.as_deref()?)?;
        parse_pack(&text, text.len()).ok().map(|(pack, _)| pack)
    });
    let Some(app) = app else {
        return Html::default();
    };
    let Some(game) = game else {
        return html! {
            <section class="results">
                <h1>{ "Results" }</h1>
                <p>{ "No finished round yet. Play one and your results appear here." }</p>
                <Link<Route> to={Route::QuickPlay} classes="button">{ "Play" }</Link<Route>>
            </section>
        };
    };
    let score = game.score;
    let headline = match game.mode {
        Mode::Timed => format!(
            "{} points · Score: {} of {}",
            game.points, score.correct, score.total
        ),
        Mode::Survival => format!(
            "A run of {} right · Score: {} of {}",
            score.correct, score.correct, score.total
        ),
        _ => format!("Score: {} of {}", score.correct, score.total),
    };
    html! {
        <section class="results">
            <h1>{ "Results" }</h1>
            <p class="muted">
                { game.mode.label() }
                if let Some(day) = game.daily_day { { format!(" · {}", Day(day).iso()) } }
                if !game.scored { { " · a replay, not scored" } }
            </p>
            <p class="score">{ headline }</p>
            <div role="status" class="new-achievements">
                { for app.state.new_achievements.iter().filter(|_| *announce && app.state.last.is_some()).map(|a| html! {
                    <p class="achievement-new">
                        <span aria-hidden="true">{ "★ " }</span>
                        { format!("New achievement: {} — {}", a.title, a.description) }
                    </p>
                }) }
            </div>
            <p class="accuracy">{ format!("Accuracy: {}%", score.accuracy_percent()) }</p>
            <Link<Route> to={again_route(&game)} classes="button">{ "Play again" }</Link<Route>>
            <ShareButton text={share_text(&game)} />
            <h2>{ "Your answers" }</h2>
            <ol class="review">
                { for game.answers.iter().map(|answer| {
                    let question = match &*pack {
                        Some(pack) => pack.questions.iter().find(|q| q.id == answer.question),
                        None => app.bank.question(&answer.question).map(|q| &**q),
                    };
                    review_item(&app, answer, question)
                }) }
            </ol>
        </section>
    }
}

/// One reviewed answer; questions beyond the spoiler guard keep their secrets.
fn review_item(app: &AppContext, answer: &AnswerRecord, question: Option<&Question>) -> Html {
    let limit = app.state.records.settings.spoiler_limit();
    let (icon, verdict, class) = if answer.correct {
        ("✓", "Right", "review-item review-right")
    } else {
        ("✗", "Not quite", "review-item review-wrong")
    };
    let Some(question) = question else {
        return html! {
            <li {class}><p>{ format!("{icon} {verdict} — this question is no longer in the game.") }</p></li>
        };
    };
    if question.spoiler > limit {
        return html! {
            <li {class}><p>{ format!("{icon} {verdict} — hidden by your spoiler guard.") }</p></li>
        };
    }
    html! {
        <li {class}>
            <p class="review-prompt">{ ja_text(&question.prompt) }</p>
            <p><span aria-hidden="true">{ icon }</span>{ ja_text(&format!(" {verdict} — your answer: {}", answer.given)) }</p>
            if !answer.correct {
                <p>{ ja_text(&format!("Right answer: {}", question.answer_text())) }</p>
            }
            if !question.explanation.is_empty() {
                <p class="review-explanation">{ ja_text(&question.explanation) }</p>
            }
            if !question.sources.is_empty() {
            <p class="review-sources">
                { "Sources: " }
                { for question.sources.iter().enumerate().map(|(i, id)| {
                    let sep = if i > 0 { "; " } else { "" };
                    match app.bank.source(id) {
                        Some(s) if !s.url.is_empty() => html! {
                            <>{ sep }<a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ ja_text(&s.title) }</a></>
                        },
                        Some(s) => html! { <>{ sep }{ ja_text(&s.title) }</> },
                        None => html! { <>{ sep }{ id.clone() }</> },
                    }
                }) }
            </p>
            }
        </li>
    }
}
