//! Results: the score, every question with the player's answer, the right one, the explanation
//! and its sources (hidden when beyond the spoiler guard), a share text, a result card image,
//! and Play again.

use yew::prelude::*;

use crate::browser::page::{now_ms, page_base, random_seed};
use crate::card::CardContent;
use crate::components::bank_gate::BankGate;
use crate::components::ja_text::ja_text;
use crate::components::link::Link;
use crate::components::result_card::ResultCard;
use crate::components::share_button::ShareButton;
use crate::components::source_list::SourceList;
use crate::context::{use_app, AppHandle};
use crate::engine::bank::Question;
use crate::engine::calendar::Day;
use crate::engine::result::AnswerRecord;
use crate::engine::scoring::headline;
use crate::engine::session::shown_answer;
use crate::i18n::Msg;
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
                <h1>{ app.t(Msg::QuizResultsTitle) }</h1>
                <p>{ app.t(Msg::QuizNoResults) }</p>
                <Link to={Route::QuickPlay} classes="button">{ app.t(Msg::Play) }</Link>
            </section>
        };
    };
    // A pack game's questions come from the pack, if it is still in this browser.
    let pack = game.pack.as_ref().and_then(|id| app.pack(id));
    let streak = app.records().daily.current_streak(Day::from_ms(now_ms()));
    let card = CardContent::from_game(&game, streak, &page_base(), app.words());
    // The mode, the day of a daily, and whether it counted.
    let day = game.daily_day.map(|day| day.in_words(app.words()));
    let about: Vec<&str> = [
        Some(app.t(game.mode.label())),
        day.as_deref(),
        (!game.scored).then(|| app.t(Msg::QuizNotScored)),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <section class="results">
            <h1>{ app.t(Msg::QuizResultsTitle) }</h1>
            <p class="muted">{ about.join(app.t(Msg::QuizListSeparator)) }</p>
            <p class="score">{ headline(app.words(), game.mode, game.score, game.points) }</p>
            <div role="status" class="new-achievements">
                { for app.new_achievements().iter().filter(|_| *announce).map(|a| html! {
                    <p class="achievement-new">
                        <span aria-hidden="true">{ "★ " }</span>
                        { app.f(Msg::RecNewAchievement, &[("title", app.t(a.title)), ("description", app.t(a.description))]) }
                    </p>
                }) }
            </div>
            <p class="accuracy">{ app.f(Msg::QuizAccuracy, &[("percent", &game.score.accuracy_percent().to_string())]) }</p>
            <Link to={again_route(&game, again_seed)} classes="button">{ app.t(Msg::QuizPlayAgain) }</Link>
            <ShareButton text={share_text(app.words(), &game, &page_base())} />
            <ResultCard content={card} />
            <h2>{ app.t(Msg::QuizYourAnswers) }</h2>
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
        ("✓", app.t(Msg::QuizReviewRight), "review-item review-right")
    } else {
        ("✗", app.t(Msg::QuizReviewWrong), "review-item review-wrong")
    };
    let Some(question) = question else {
        let text = app.f(Msg::QuizReviewGone, &[("verdict", verdict)]);
        return html! {
            <li {class}><p>{ format!("{icon} {text}") }</p></li>
        };
    };
    if question.spoiler > limit {
        let text = app.f(Msg::QuizReviewHidden, &[("verdict", verdict)]);
        return html! {
            <li {class}><p>{ format!("{icon} {text}") }</p></li>
        };
    }
    let true_false = question.is_true_false();
    let given = shown_answer(app.words(), true_false, &answer.given);
    let right = question.answer_text();
    let right = shown_answer(app.words(), true_false, &right);
    html! {
        <li {class}>
            <p class="review-prompt">{ ja_text(&question.prompt) }</p>
            <p><span aria-hidden="true">{ icon }{ " " }</span>{ ja_text(&app.f(Msg::QuizReviewAnswer, &[("verdict", verdict), ("answer", given)])) }</p>
            if !answer.correct {
                <p>{ ja_text(&app.f(Msg::QuizRightAnswer, &[("answer", right)])) }</p>
            }
            if !question.explanation.is_empty() {
                <p class="review-explanation">{ ja_text(&question.explanation) }</p>
            }
            <SourceList ids={question.sources.clone()} />
        </li>
    }
}
