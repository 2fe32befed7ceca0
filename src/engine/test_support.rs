//! Builders shared by the engine's host tests: questions, pools and finished games.

use std::rc::Rc;

use super::bank::{Category, Difficulty, Kind, Question};
use super::mode::Mode;
use super::result::GameResult;
use super::scoring::Score;
use super::session::Round;

/// A question with every field filled in plainly.
pub fn question(id: &str, kind: Kind) -> Question {
    Question {
        id: id.to_string(),
        category: Category::Episodes,
        difficulty: Difficulty::Normal,
        prompt: format!("Prompt of {id}?"),
        kind,
        explanation: "An explanation that is long enough.".into(),
        sources: vec!["SRC".into()],
        spoiler: 0,
        topic: None,
        fact: None,
    }
}

/// A choice kind with `answer` and `distractors`.
pub fn choice(answer: &str, distractors: &[&str]) -> Kind {
    Kind::Choice {
        answer: answer.to_string(),
        distractors: distractors.iter().map(|d| d.to_string()).collect(),
    }
}

/// `n` choice questions with four options each.
pub fn choice_pool(n: usize) -> Vec<Rc<Question>> {
    (0..n)
        .map(|i| {
            Rc::new(question(
                &format!("q{i}"),
                choice(&format!("right {i}"), &["w1", "w2", "w3"]),
            ))
        })
        .collect()
}

/// The index of the right option in a round.
pub fn right_index(round: &Round) -> usize {
    let answer = round.question.answer_text();
    round
        .options
        .iter()
        .position(|o| *o == answer)
        .unwrap_or(usize::MAX)
}

/// A scored classic game with `correct` right answers out of ten.
pub fn game(id: &str, correct: u32) -> GameResult {
    GameResult {
        id: id.into(),
        finished_at: 1.0,
        mode: Mode::Classic,
        code: "s1".into(),
        daily_day: None,
        scored: true,
        score: Score { correct, total: 10 },
        points: correct,
        duration_ms: 0.0,
        answers: vec![],
        pack: None,
    }
}
