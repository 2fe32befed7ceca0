//! A finished game as it is kept: built from the session that played it, with each answer.

use super::bank::Category;
use super::calendar::Day;
use super::mode::Mode;
use super::packs::PackId;
use super::scoring::Score;
use super::session::Session;

/// One answer in a finished game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRecord {
    /// The question id in the bank.
    pub question: String,
    /// The answer as the player gave it.
    pub given: String,
    pub correct: bool,
    /// The question's category (unknown for games from schema version 1).
    pub category: Option<Category>,
    /// The episode the question is about (0 = none, 12 = the special).
    pub episode: u8,
}

/// A finished game.
#[derive(Debug, Clone, PartialEq)]
pub struct GameResult {
    /// Unique per game, so results from two tabs can be told apart.
    pub id: String,
    /// When the game finished, in milliseconds since the Unix epoch.
    pub finished_at: f64,
    pub mode: Mode,
    /// The quiz code that reopens the same quiz (see `QuizSpec::code`).
    pub code: String,
    /// For daily challenges: the UTC day played.
    pub daily_day: Option<Day>,
    /// False for replays (a daily already played, a past day): they count for no record.
    pub scored: bool,
    pub score: Score,
    /// Timed points (other modes: the number of right answers).
    pub points: u32,
    /// How long the game took.
    pub duration_ms: f64,
    pub answers: Vec<AnswerRecord>,
    /// The imported pack played, if any: its games count only for that pack's scores.
    pub pack: Option<PackId>,
}

/// What the session alone does not know about a game: how it was started, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Played {
    /// The quiz code that reopens it.
    pub code: String,
    /// The day, for a daily challenge.
    pub daily_day: Option<Day>,
    /// Whether it counts for records.
    pub scored: bool,
    /// The pack it drew from, if any.
    pub pack: Option<PackId>,
    pub started_at: f64,
    pub finished_at: f64,
}

impl GameResult {
    /// The result of `session` (finished or not: only answered questions count).
    pub fn from_session(session: &Session, played: Played) -> Self {
        GameResult {
            id: format!("{}-{:x}", played.finished_at, session.seed),
            finished_at: played.finished_at,
            mode: session.mode,
            code: played.code,
            daily_day: played.daily_day,
            scored: played.scored,
            score: session.score(),
            points: session.points(),
            duration_ms: (played.finished_at - played.started_at).max(0.0),
            pack: played.pack,
            answers: session
                .rounds
                .iter()
                .filter_map(|round| {
                    round.outcome.as_ref().map(|o| AnswerRecord {
                        question: round.question.id.clone(),
                        given: o.given.clone(),
                        correct: o.correct,
                        category: Some(round.question.category),
                        episode: round.question.spoiler,
                    })
                })
                .collect(),
        }
    }

    /// The day the game counts for: the daily's day, or the day it finished.
    pub fn day(&self) -> Day {
        self.daily_day
            .unwrap_or_else(|| Day::from_ms(self.finished_at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::session::{Action, Response};
    use crate::engine::test_support::{choice_pool, right_index};

    #[test]
    fn a_result_keeps_every_answer_and_the_score() {
        let pool = choice_pool(12);
        let mut session = Session::start(Mode::Survival, &pool, 12, 7).unwrap();
        for wrong in [false, false, true] {
            let right = right_index(session.round());
            let pick = if wrong { (right + 1) % 4 } else { right };
            session = session
                .apply(Action::answer(Response::Choice(pick)))
                .apply(Action::Next);
        }
        let result = GameResult::from_session(
            &session,
            Played {
                code: "s7".into(),
                daily_day: None,
                scored: true,
                pack: Some(PackId::from("my-pack-1234abcd".to_string())),
                started_at: 1_000.0,
                finished_at: 61_000.0,
            },
        );
        assert_eq!(result.mode, Mode::Survival);
        assert_eq!(
            result.score,
            Score {
                correct: 2,
                total: 3
            }
        );
        assert_eq!(result.points, 2);
        assert_eq!(result.duration_ms, 60_000.0);
        assert_eq!(result.answers.len(), 3);
        assert_eq!(
            result.answers.iter().map(|a| a.correct).collect::<Vec<_>>(),
            [true, true, false]
        );
        assert_eq!(result.answers[0].question, session.rounds[0].question.id);
        assert_eq!(result.id, format!("61000-{:x}", 7));
        assert_eq!(result.pack.as_deref(), Some("my-pack-1234abcd"));
        assert_eq!(result.day(), Day(0));
    }
}
