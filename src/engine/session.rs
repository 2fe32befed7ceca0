//! A quiz round as a pure reducer: `Session` + `Action` → `Session`.
//!
//! Start with a seed (same seed ⇒ same questions and option order), answer, see feedback, go to
//! the next question, finish. Actions that make no sense in the current phase change nothing,
//! so a double key press or a stale click can never corrupt a game.

use std::rc::Rc;

use super::bank::{bool_label, Kind, Question};
use super::matching;
use super::rng::Rng;

/// Where the player is in the round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The current question waits for an answer.
    Asking,
    /// The current question is answered; its feedback is showing.
    Feedback,
    /// Every question is answered.
    Finished,
}

/// What the player answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// The index of the chosen option in [`Round::options`] (true/false: 0 = True, 1 = False).
    Choice(usize),
    /// The option indices in the order the player put them.
    Order(Vec<usize>),
    /// Typed text.
    Text(String),
}

/// The verdict on one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The answer as text, for the review.
    pub given: String,
    pub correct: bool,
}

/// One question as this session presents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub question: Rc<Question>,
    /// Options in display order: shuffled for choice and order questions, True/False for
    /// true/false, empty for typed answers.
    pub options: Vec<String>,
    pub outcome: Option<Outcome>,
}

impl Round {
    fn new(question: Rc<Question>, rng: &mut Rng) -> Self {
        let options = match &question.kind {
            Kind::Choice {
                answer,
                distractors,
            } => {
                let mut options: Vec<String> = distractors.iter().take(3).cloned().collect();
                options.push(answer.clone());
                rng.shuffle(&mut options);
                options
            }
            Kind::TrueFalse { .. } => vec![bool_label(true).into(), bool_label(false).into()],
            Kind::Order { items } => {
                let mut options = items.clone();
                rng.shuffle(&mut options);
                if &options == items {
                    // A puzzle that starts solved is no puzzle: rotate by one.
                    options.rotate_left(1);
                }
                options
            }
            Kind::Typed { .. } => Vec::new(),
        };
        Self {
            question,
            options,
            outcome: None,
        }
    }

    /// Judges a response, or `None` when it does not fit this question (wrong kind, bad index).
    fn judge(&self, response: &Response) -> Option<Outcome> {
        match (&self.question.kind, response) {
            (Kind::Choice { answer, .. }, Response::Choice(i)) => {
                let given = self.options.get(*i)?;
                Some(Outcome {
                    given: given.clone(),
                    correct: given == answer,
                })
            }
            (Kind::TrueFalse { answer }, Response::Choice(i)) if *i < 2 => Some(Outcome {
                given: self.options[*i].clone(),
                correct: (*i == 0) == *answer,
            }),
            (Kind::Order { items }, Response::Order(order)) => {
                let mut seen = vec![false; self.options.len()];
                let mut placed = Vec::with_capacity(order.len());
                for &i in order {
                    let slot = seen.get_mut(i)?;
                    if *slot {
                        return None;
                    }
                    *slot = true;
                    placed.push(self.options[i].clone());
                }
                if placed.len() != items.len() {
                    return None;
                }
                Some(Outcome {
                    correct: &placed == items,
                    given: placed.join(" → "),
                })
            }
            (Kind::Typed { answer, accept }, Response::Text(text)) => {
                let given = text.trim();
                if given.is_empty() {
                    return None;
                }
                Some(Outcome {
                    given: given.to_string(),
                    correct: matching::matches(given, answer, accept),
                })
            }
            _ => None,
        }
    }
}

/// What the player can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Answer(Response),
    Next,
}

/// A whole round of questions and where the player is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub seed: u64,
    pub rounds: Vec<Round>,
    pub current: usize,
    pub phase: Phase,
}

/// Why a session could not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotEnoughQuestions {
    pub wanted: usize,
    pub available: usize,
}

impl Session {
    /// Draws `count` questions from `pool` with `seed`; the same seed and pool always give the
    /// same questions in the same order with the same option order.
    pub fn start(
        pool: &[Rc<Question>],
        count: usize,
        seed: u64,
    ) -> Result<Self, NotEnoughQuestions> {
        if pool.len() < count || count == 0 {
            return Err(NotEnoughQuestions {
                wanted: count,
                available: pool.len(),
            });
        }
        let mut rng = Rng::new(seed);
        let mut picks: Vec<usize> = (0..pool.len()).collect();
        rng.shuffle(&mut picks);
        let rounds = picks
            .into_iter()
            .take(count)
            .map(|i| Round::new(Rc::clone(&pool[i]), &mut rng))
            .collect();
        Ok(Self {
            seed,
            rounds,
            current: 0,
            phase: Phase::Asking,
        })
    }

    /// The state after `action`; an action that does not fit leaves the state as it is.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match (self.phase, action) {
            (Phase::Asking, Action::Answer(response)) => {
                if let Some(outcome) = self.round().judge(&response) {
                    next.rounds[self.current].outcome = Some(outcome);
                    next.phase = Phase::Feedback;
                }
            }
            (Phase::Feedback, Action::Next) => {
                if self.current + 1 < self.rounds.len() {
                    next.current += 1;
                    next.phase = Phase::Asking;
                } else {
                    next.phase = Phase::Finished;
                }
            }
            _ => {}
        }
        next
    }

    /// The question being asked (or the last one, once finished).
    pub fn round(&self) -> &Round {
        &self.rounds[self.current]
    }

    /// How many answers were right so far.
    pub fn correct(&self) -> usize {
        self.rounds
            .iter()
            .filter(|r| r.outcome.as_ref().is_some_and(|o| o.correct))
            .count()
    }

    /// True when the current question is the last one.
    pub fn is_last(&self) -> bool {
        self.current + 1 == self.rounds.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bank::{Category, Difficulty};

    fn question(id: usize, kind: Kind) -> Rc<Question> {
        Rc::new(Question {
            id: format!("q{id}"),
            category: Category::Episodes,
            difficulty: Difficulty::Normal,
            prompt: format!("Question {id}?"),
            kind,
            explanation: "Because.".into(),
            sources: vec!["S".into()],
            spoiler: 0,
        })
    }

    fn choice_pool(n: usize) -> Vec<Rc<Question>> {
        (0..n)
            .map(|i| {
                question(
                    i,
                    Kind::Choice {
                        answer: format!("right {i}"),
                        distractors: vec!["w1".into(), "w2".into(), "w3".into()],
                    },
                )
            })
            .collect()
    }

    fn right_index(round: &Round) -> usize {
        let answer = round.question.answer_text();
        round.options.iter().position(|o| *o == answer).unwrap()
    }

    #[test]
    fn same_seed_same_quiz() {
        let pool = choice_pool(30);
        let a = Session::start(&pool, 10, 99).unwrap();
        let b = Session::start(&pool, 10, 99).unwrap();
        assert_eq!(a, b);
        let c = Session::start(&pool, 10, 100).unwrap();
        assert_ne!(a.rounds, c.rounds);
    }

    #[test]
    fn a_full_round_counts_right_answers() {
        let pool = choice_pool(12);
        let mut s = Session::start(&pool, 10, 5).unwrap();
        for i in 0..10 {
            assert_eq!(s.phase, Phase::Asking);
            assert_eq!(s.current, i);
            let right = right_index(s.round());
            let pick = if i % 3 == 0 { (right + 1) % 4 } else { right };
            s = s.apply(Action::Answer(Response::Choice(pick)));
            assert_eq!(s.phase, Phase::Feedback);
            assert_eq!(s.round().outcome.as_ref().unwrap().correct, i % 3 != 0);
            s = s.apply(Action::Next);
        }
        assert_eq!(s.phase, Phase::Finished);
        assert_eq!(s.correct(), 6);
    }

    #[test]
    fn out_of_phase_actions_change_nothing() {
        let pool = choice_pool(10);
        let s = Session::start(&pool, 10, 1).unwrap();
        assert_eq!(s.apply(Action::Next), s, "Next before answering");
        let answered = s.apply(Action::Answer(Response::Choice(0)));
        assert_eq!(
            answered.apply(Action::Answer(Response::Choice(1))),
            answered,
            "a second answer"
        );
        assert_eq!(
            s.apply(Action::Answer(Response::Choice(9))),
            s,
            "an option that does not exist"
        );
        assert_eq!(
            s.apply(Action::Answer(Response::Text("x".into()))),
            s,
            "the wrong kind of answer"
        );
    }

    #[test]
    fn not_enough_questions_is_an_error() {
        let err = Session::start(&choice_pool(3), 10, 1).unwrap_err();
        assert_eq!(
            err,
            NotEnoughQuestions {
                wanted: 10,
                available: 3
            }
        );
    }

    #[test]
    fn true_false_judging() {
        let pool = vec![question(0, Kind::TrueFalse { answer: false })];
        let s = Session::start(&pool, 1, 1).unwrap();
        assert_eq!(s.round().options, ["True", "False"]);
        let wrong = s.apply(Action::Answer(Response::Choice(0)));
        assert!(!wrong.round().outcome.as_ref().unwrap().correct);
        let right = s.apply(Action::Answer(Response::Choice(1)));
        assert!(right.round().outcome.as_ref().unwrap().correct);
    }

    #[test]
    fn order_questions_start_unsolved_and_judge_the_order() {
        let items: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        let pool = vec![question(
            0,
            Kind::Order {
                items: items.clone(),
            },
        )];
        for seed in 0..50 {
            let s = Session::start(&pool, 1, seed).unwrap();
            assert_ne!(s.round().options, items, "seed {seed} starts solved");
            let solution: Vec<usize> = items
                .iter()
                .map(|item| s.round().options.iter().position(|o| o == item).unwrap())
                .collect();
            let done = s.apply(Action::Answer(Response::Order(solution)));
            assert!(done.round().outcome.as_ref().unwrap().correct);
            let as_shown = s.apply(Action::Answer(Response::Order(vec![0, 1, 2, 3])));
            assert!(!as_shown.round().outcome.as_ref().unwrap().correct);
            let repeated = s.apply(Action::Answer(Response::Order(vec![0, 0, 1, 2])));
            assert_eq!(repeated, s, "a repeated index is not an answer");
        }
    }

    #[test]
    fn typed_answers_are_matched_leniently_and_blank_is_ignored() {
        let pool = vec![question(
            0,
            Kind::Typed {
                answer: "Nishikido Ryo".into(),
                accept: vec!["錦戸亮".into()],
            },
        )];
        let s = Session::start(&pool, 1, 1).unwrap();
        assert_eq!(s.apply(Action::Answer(Response::Text("  ".into()))), s);
        let kanji = s.apply(Action::Answer(Response::Text("錦戸亮".into())));
        assert!(kanji.round().outcome.as_ref().unwrap().correct);
        let wrong = s.apply(Action::Answer(Response::Text("Ryo".into())));
        assert!(!wrong.round().outcome.as_ref().unwrap().correct);
        assert_eq!(wrong.round().outcome.as_ref().unwrap().given, "Ryo");
    }
}
