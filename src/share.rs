//! What a finished game offers to do next, as pure functions tested on the host: the share text
//! (in Wordle's spirit: no answers, no spoilers), the address that replays exactly that game,
//! and the address of another game like it. Its mode-and-day line and squares are also what
//! the result card (`card`) shows.

use crate::engine::mode::Mode;
use crate::engine::result::GameResult;
use crate::engine::scoring::describe;
use crate::engine::spec::QuizSpec;
use crate::i18n::{Msg, Words};
use crate::route::Route;

/// The route that replays exactly this game.
pub fn replay_route(game: &GameResult) -> Route {
    code_route(game, game.code.clone())
}

/// The route for `game`'s mode (and pack) with quiz `code`.
fn code_route(game: &GameResult, code: String) -> Route {
    let mode = game.mode.slug().to_string();
    match (&game.pack, game.daily_day) {
        (Some(id), _) => Route::PackPlayCode {
            id: id.to_string(),
            mode,
            code,
        },
        (None, Some(day)) => Route::DailyOn { date: day.iso() },
        (None, None) => Route::PlayCode { mode, code },
    }
}

/// The route for another game like this one: the same mode and filters with new questions
/// drawn by `seed`; today's challenge after a daily.
pub fn again_route(game: &GameResult, seed: u64) -> Route {
    if game.mode == Mode::Daily {
        return Route::Daily;
    }
    match QuizSpec::from_code(game.mode, &game.code) {
        Some(mut spec) => {
            spec.seed = seed;
            code_route(game, spec.code())
        }
        None => Route::QuickPlay,
    }
}

/// The game's mode and day, as the share text and the result card show them:
/// "Classic · 21 November 2026".
pub fn mode_and_day(words: Words, game: &GameResult) -> String {
    [words.t(game.mode.label()), &game.day().in_words(words)].join(words.t(Msg::QuizListSeparator))
}

/// One entry per question asked, in order: right (true) or not. All a finished game shows of
/// its answers when it is shared.
pub fn squares(game: &GameResult) -> Vec<bool> {
    game.answers.iter().map(|a| a.correct).collect()
}

/// The share text, in `words`: title, mode and day, a square per answer, the tally, and a link
/// that replays the game (`page` is the page address without its `#…` route).
pub fn share_text(words: Words, game: &GameResult, page: &str) -> String {
    let title = [words.t(Msg::QuizShareTitle), &mode_and_day(words, game)]
        .join(words.t(Msg::QuizListSeparator));
    let squares: String = squares(game)
        .into_iter()
        .map(|right| if right { '🟩' } else { '⬜' })
        .collect();
    let tally = match game.mode {
        Mode::Timed => describe(words, game.mode, game.score, game.points),
        _ => format!("{}/{}", game.score.correct, game.score.total),
    };
    let route = replay_route(game).to_path();
    format!("{title}\n{squares} {tally}\n{page}#{route}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::calendar::Day;
    use crate::engine::packs::PackId;
    use crate::engine::result::AnswerRecord;
    use crate::engine::scoring::Score;
    use crate::engine::test_support::game;

    fn answered(correct: &[bool]) -> Vec<AnswerRecord> {
        correct
            .iter()
            .map(|&correct| AnswerRecord {
                question: "q".into(),
                given: "secret answer".into(),
                correct,
                category: None,
                episode: 11,
            })
            .collect()
    }

    #[test]
    fn the_share_text_has_squares_and_a_replay_link_but_no_answers() {
        let mut g = game("g", 2);
        g.code = "s2a-ccr".into();
        g.finished_at = 20_400.0 * 86_400_000.0;
        g.score = Score {
            correct: 2,
            total: 3,
        };
        g.answers = answered(&[true, false, true]);
        let text = share_text(Words::ENGLISH, &g, "https://example.org/quiz/");
        assert_eq!(
            text,
            format!(
                "1 Litre of Tears quiz · Classic · {}\n🟩⬜🟩 2/3\nhttps://example.org/quiz/#/play/classic/s2a-ccr",
                Day(20_400).in_words(Words::ENGLISH)
            )
        );
        assert!(!text.contains("secret"));
    }

    #[test]
    fn timed_games_share_their_points_and_dailies_their_day() {
        let mut timed = game("t", 3);
        timed.mode = Mode::Timed;
        timed.points = 2_150;
        assert!(share_text(Words::ENGLISH, &timed, "").contains(" 2150 points\n"));
        let mut daily = game("d", 7);
        daily.mode = Mode::Daily;
        daily.daily_day = Day::parse("2026-11-21");
        let text = share_text(Words::ENGLISH, &daily, "p");
        assert!(text.starts_with("1 Litre of Tears quiz · Daily challenge · 21 November 2026\n"));
        assert!(text.ends_with("p#/daily/2026-11-21"));
    }

    #[test]
    fn play_again_keeps_the_filters_with_new_questions() {
        let mut g = game("g", 5);
        g.mode = Mode::Category;
        g.code = "s1-ccr-dh".into();
        assert_eq!(
            again_route(&g, 0xabc),
            Route::PlayCode {
                mode: "category".into(),
                code: "sabc-ccr-dh".into()
            }
        );
        g.pack = Some(PackId::from("film-1234abcd".to_string()));
        assert_eq!(
            again_route(&g, 0xabc),
            Route::PackPlayCode {
                id: "film-1234abcd".into(),
                mode: "category".into(),
                code: "sabc-ccr-dh".into()
            }
        );
    }

    #[test]
    fn play_again_after_a_daily_is_today_and_a_broken_code_is_a_quick_play() {
        let mut daily = game("d", 7);
        daily.mode = Mode::Daily;
        daily.daily_day = Some(Day(20_000));
        assert_eq!(again_route(&daily, 1), Route::Daily);
        assert_eq!(
            replay_route(&daily),
            Route::DailyOn {
                date: Day(20_000).iso()
            }
        );
        let mut broken = game("b", 1);
        broken.code = "zz".into();
        assert_eq!(again_route(&broken, 1), Route::QuickPlay);
    }
}
