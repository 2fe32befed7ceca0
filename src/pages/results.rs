//! Results: the score, the accuracy, every question with the player's answer and the right one.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_app::use_app;
use crate::route::Route;

/// The last finished round, or a friendly empty state.
#[function_component]
pub fn Results() -> Html {
    let Some(app) = use_app() else {
        return Html::default();
    };
    let game = app
        .state
        .last
        .clone()
        .or_else(|| app.state.records.last().cloned());
    let Some(game) = game else {
        return html! {
            <section class="results">
                <h1>{ "Results" }</h1>
                <p>{ "No finished round yet. Play one and your results appear here." }</p>
                <Link<Route> to={Route::Play} classes="button">{ "Play" }</Link<Route>>
            </section>
        };
    };
    let score = game.score;
    html! {
        <section class="results">
            <h1>{ "Results" }</h1>
            <p class="score">
                { format!("Score: {} of {}", score.correct, score.total) }
            </p>
            <p class="accuracy">{ format!("Accuracy: {}%", score.accuracy_percent()) }</p>
            <Link<Route> to={Route::Play} classes="button">{ "Play again" }</Link<Route>>
            <h2>{ "Your answers" }</h2>
            <ol class="review">
                { for game.answers.iter().map(|answer| {
                    let question = app.bank.question(&answer.question);
                    let prompt = question.map_or_else(
                        || "(This question is no longer in the game.)".to_string(),
                        |q| q.prompt.clone(),
                    );
                    let (icon, verdict) = if answer.correct { ("✓", "Right") } else { ("✗", "Not quite") };
                    html! {
                        <li class={if answer.correct { "review-item review-right" } else { "review-item review-wrong" }}>
                            <p class="review-prompt">{ prompt }</p>
                            <p><span aria-hidden="true">{ icon }</span>{ format!(" {verdict} — your answer: {}", answer.given) }</p>
                            if let Some(q) = question.filter(|_| !answer.correct) {
                                <p>{ format!("Right answer: {}", q.answer_text()) }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
