//! Results: the score, every question with the player's answer, the right one, the explanation
//! and its sources (hidden when beyond the spoiler guard), a share text, a result card image,
//! and Play again.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::page::{now_ms, page_base, random_seed};
use crate::card::CardContent;
use crate::components::bank_gate::BankGate;
use crate::components::ja_text::ja_text;
use crate::components::result_card::ResultCard;
use crate::components::share_button::ShareButton;
use crate::components::source_list::SourceList;
use crate::context::{use_app, AppHandle};
use crate::engine::bank::Question;
use crate::engine::calendar::Day;
use crate::engine::result::AnswerRecord;
use crate::engine::scoring::headline;
use crate::route::Route;
use crate::share::{again_route, share_text};

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
    let again_seed = *use_memo((), |_| random_seed());
    let Some(game) = app.last_game().cloned() else {
        return html! {
            <section class="results">
                <h1>{ "Results" }</h1>
                <p>{ "No finished round yet. Play one and your results appear here." }</p>
                <Link<Route> to={Route::QuickPlay} classes="button">{ "Play" }</Link<Route>>
            </section>
        };
    };
    // A pack game's questions come from the pack, if it is still in this browser.
    let pack = game.pack.as_ref().and_then(|id| app.pack(id));
    let streak = app.records().daily.current_streak(Day::from_ms(now_ms()));
    let card = CardContent::from_game(&game, streak, &page_base(), app.words());
    html! {
        <section class="results">
            <h1>{ "Results" }</h1>
            <p class="muted">
                { app.t(game.mode.label()) }
                if let Some(day) = game.daily_day { { format!(" · {}", day.iso()) } }
                if !game.scored { { " · a replay, not scored" } }
            </p>
            <p class="score">{ headline(game.mode, game.score, game.points) }</p>
            <div role="status" class="new-achievements">
                { for app.new_achievements().iter().filter(|_| *announce).map(|a| html! {
                    <p class="achievement-new">
                        <span aria-hidden="true">{ "★ " }</span>
                        { app.f(crate::i18n::Msg::RecNewAchievement, &[("title", app.t(a.title)), ("description", app.t(a.description))]) }
                    </p>
                }) }
            </div>
            <p class="accuracy">{ format!("Accuracy: {}%", game.score.accuracy_percent()) }</p>
            <Link<Route> to={again_route(&game, again_seed)} classes="button">{ "Play again" }</Link<Route>>
            <ShareButton text={share_text(&game, &page_base())} />
            <ResultCard content={card} />
            <h2>{ "Your answers" }</h2>
            <BankGate>
                <ol class="review">
                    { for game.answers.iter().map(|answer| {
                        let question = match (&pack, app.bank()) {
                            (Some(pack), _) => pack.questions.iter().find(|q| q.id == answer.question),
                            (None, Some(bank)) => bank.question(&answer.question).map(|q| &**q),
                            (None, None) => None,
                        };
                        review_item(&app, answer, question)
                    }) }
                </ol>
            </BankGate>
        </section>
    }
}

/// One reviewed answer; questions beyond the spoiler guard keep their secrets.
fn review_item(app: &AppHandle, answer: &AnswerRecord, question: Option<&Question>) -> Html {
    let limit = app.records().settings.spoiler_limit();
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
            <SourceList ids={question.sources.clone()} />
        </li>
    }
}
