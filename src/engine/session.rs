//! A quiz round as a pure reducer: `Session` + `Action` → `Session`.
//!
//! Start with a seed (same seed ⇒ same questions and option order), answer, see feedback, go to
//! the next question, finish. The mode's rules live here too: timed points and time running
//! out, survival ending at the first miss, and the 50:50 and hint lifelines. Actions that make
//! no sense in the current phase change nothing, so a double key press or a stale click can
//! never corrupt a game.

use std::rc::Rc;

use super::bank::{bool_label, Kind, Question, SPECIAL_EPISODE};
use super::matching;
use super::quiz::Mode;
use super::rng::Rng;
use super::scoring::{streak_bonus, timed_points};

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

/// The text given for a timed question left unanswered.
pub const TIME_UP_ANSWER: &str = "No answer — time ran out";

/// One question as this session presents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub question: Rc<Question>,
    /// Options in display order: shuffled for choice and order questions, True/False for
    /// true/false, empty for typed answers.
    pub options: Vec<String>,
    pub outcome: Option<Outcome>,
    /// Option indices removed by 50:50.
    pub hidden: Vec<usize>,
    /// Whether the hint is shown.
    pub hinted: bool,
    /// Points earned (timed mode: speed and streak; other modes: 1 for a right answer).
    pub points: u32,
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
            hidden: Vec::new(),
            hinted: false,
            points: 0,
        }
    }

    /// The hint: which episode the question is about, without giving the answer away.
    pub fn hint(&self) -> String {
        match self.question.spoiler {
            0 => "This one needs no episode: it is safe before you watch.".to_string(),
            SPECIAL_EPISODE => "This is about the 2007 special.".to_string(),
            n => format!("This is about episode {n}."),
        }
    }

    /// Whether 50:50 can apply: a choice question with at least four options.
    fn can_halve(&self) -> bool {
        matches!(self.question.kind, Kind::Choice { .. }) && self.options.len() >= 4
    }

    /// Judges a response, or `None` when it does not fit this question (wrong kind, bad index).
    fn judge(&self, response: &Response) -> Option<Outcome> {
        match (&self.question.kind, response) {
            (Kind::Choice { answer, .. }, Response::Choice(i)) => {
                if self.hidden.contains(i) {
                    return None;
                }
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

/// What the player (or the clock) can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// An answer, given `elapsed_ms` after the question appeared (used in timed mode).
    Answer {
        response: Response,
        elapsed_ms: u32,
    },
    /// The timed question's time ran out.
    TimeUp,
    Next,
    /// Remove two wrong options (once a game, choice questions only).
    FiftyFifty,
    /// Show which episode the question is about (once a game).
    Hint,
}

impl Action {
    /// An answer with no timing (every mode but timed ignores the time anyway).
    pub fn answer(response: Response) -> Self {
        Action::Answer {
            response,
            elapsed_ms: 0,
        }
    }
}

/// A whole round of questions and where the player is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub mode: Mode,
    pub seed: u64,
    pub rounds: Vec<Round>,
    pub current: usize,
    pub phase: Phase,
    /// Whether 50:50 is still available.
    pub fifty_fifty_left: bool,
    /// Whether the hint is still available.
    pub hint_left: bool,
    /// Right answers in a row, up to now.
    pub streak: u32,
}

/// Time for one question in timed mode.
pub const TIME_LIMIT_MS: u32 = 20_000;

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
        mode: Mode,
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
        let mut picks: Vec<Rc<Question>> = pool.to_vec();
        Rng::new(seed).shuffle(&mut picks);
        picks.truncate(count);
        Ok(Self::in_order(mode, picks, seed))
    }

    /// A session asking `questions` in the order given (options are still shuffled by `seed`).
    pub fn in_order(mode: Mode, questions: Vec<Rc<Question>>, seed: u64) -> Self {
        let mut rng = Rng::new(seed ^ 0x5EED);
        let rounds = questions
            .into_iter()
            .map(|q| Round::new(q, &mut rng))
            .collect();
        Self {
            mode,
            seed,
            rounds,
            current: 0,
            phase: Phase::Asking,
            fifty_fifty_left: mode.has_lifelines(),
            hint_left: mode.has_lifelines(),
            streak: 0,
        }
    }

    /// The state after `action`; an action that does not fit leaves the state as it is.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match (self.phase, action) {
            (
                Phase::Asking,
                Action::Answer {
                    response,
                    elapsed_ms,
                },
            ) => {
                if let Some(outcome) = self.round().judge(&response) {
                    next.settle(outcome, elapsed_ms);
                }
            }
            (Phase::Asking, Action::TimeUp) if self.mode == Mode::Timed => {
                let outcome = Outcome {
                    given: TIME_UP_ANSWER.to_string(),
                    correct: false,
                };
                next.settle(outcome, TIME_LIMIT_MS);
            }
            (Phase::Asking, Action::FiftyFifty)
                if self.fifty_fifty_left && self.round().can_halve() =>
            {
                let round = &mut next.rounds[self.current];
                let answer = round.question.answer_text();
                let mut wrong: Vec<usize> = (0..round.options.len())
                    .filter(|&i| round.options[i] != answer)
                    .collect();
                Rng::new(self.seed ^ self.current as u64).shuffle(&mut wrong);
                wrong.truncate(2);
                wrong.sort_unstable();
                round.hidden = wrong;
                next.fifty_fifty_left = false;
            }
            (Phase::Asking, Action::Hint) if self.hint_left => {
                next.rounds[self.current].hinted = true;
                next.hint_left = false;
            }
            (Phase::Feedback, Action::Next) => {
                let missed = self.round().outcome.as_ref().is_some_and(|o| !o.correct);
                if self.mode == Mode::Survival && missed || self.is_last() {
                    next.phase = Phase::Finished;
                } else {
                    next.current += 1;
                    next.phase = Phase::Asking;
                }
            }
            _ => {}
        }
        next
    }

    /// Records the verdict on the current question, with its points and the streak.
    fn settle(&mut self, outcome: Outcome, elapsed_ms: u32) {
        self.streak = if outcome.correct { self.streak + 1 } else { 0 };
        let points = match (outcome.correct, self.mode) {
            (false, _) => 0,
            (true, Mode::Timed) => {
                timed_points(elapsed_ms, TIME_LIMIT_MS) + streak_bonus(self.streak)
            }
            (true, _) => 1,
        };
        let round = &mut self.rounds[self.current];
        round.outcome = Some(outcome);
        round.points = points;
        self.phase = Phase::Feedback;
    }

    /// Total points so far.
    pub fn points(&self) -> u32 {
        self.rounds.iter().map(|r| r.points).sum()
    }

    /// How many questions were answered (survival ends early).
    pub fn answered(&self) -> usize {
        self.rounds.iter().filter(|r| r.outcome.is_some()).count()
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
    use crate::engine::quiz::Mode;

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
            topic: None,
            fact: None,
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
        let a = Session::start(Mode::Classic, &pool, 10, 99).unwrap();
        let b = Session::start(Mode::Classic, &pool, 10, 99).unwrap();
        assert_eq!(a, b);
        let c = Session::start(Mode::Classic, &pool, 10, 100).unwrap();
        assert_ne!(a.rounds, c.rounds);
    }

    #[test]
    fn a_full_round_counts_right_answers() {
        let pool = choice_pool(12);
        let mut s = Session::start(Mode::Classic, &pool, 10, 5).unwrap();
        for i in 0..10 {
            assert_eq!(s.phase, Phase::Asking);
            assert_eq!(s.current, i);
            let right = right_index(s.round());
            let pick = if i % 3 == 0 { (right + 1) % 4 } else { right };
            s = s.apply(Action::answer(Response::Choice(pick)));
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
        let s = Session::start(Mode::Classic, &pool, 10, 1).unwrap();
        assert_eq!(s.apply(Action::Next), s, "Next before answering");
        let answered = s.apply(Action::answer(Response::Choice(0)));
        assert_eq!(
            answered.apply(Action::answer(Response::Choice(1))),
            answered,
            "a second answer"
        );
        assert_eq!(
            s.apply(Action::answer(Response::Choice(9))),
            s,
            "an option that does not exist"
        );
        assert_eq!(
            s.apply(Action::answer(Response::Text("x".into()))),
            s,
            "the wrong kind of answer"
        );
    }

    #[test]
    fn not_enough_questions_is_an_error() {
        let err = Session::start(Mode::Classic, &choice_pool(3), 10, 1).unwrap_err();
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
        let s = Session::start(Mode::Classic, &pool, 1, 1).unwrap();
        assert_eq!(s.round().options, ["True", "False"]);
        let wrong = s.apply(Action::answer(Response::Choice(0)));
        assert!(!wrong.round().outcome.as_ref().unwrap().correct);
        let right = s.apply(Action::answer(Response::Choice(1)));
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
            let s = Session::start(Mode::Classic, &pool, 1, seed).unwrap();
            assert_ne!(s.round().options, items, "seed {seed} starts solved");
            let solution: Vec<usize> = items
                .iter()
                .map(|item| s.round().options.iter().position(|o| o == item).unwrap())
                .collect();
            let done = s.apply(Action::answer(Response::Order(solution)));
            assert!(done.round().outcome.as_ref().unwrap().correct);
            let as_shown = s.apply(Action::answer(Response::Order(vec![0, 1, 2, 3])));
            assert!(!as_shown.round().outcome.as_ref().unwrap().correct);
            let repeated = s.apply(Action::answer(Response::Order(vec![0, 0, 1, 2])));
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
        let s = Session::start(Mode::Classic, &pool, 1, 1).unwrap();
        assert_eq!(s.apply(Action::answer(Response::Text("  ".into()))), s);
        let kanji = s.apply(Action::answer(Response::Text("錦戸亮".into())));
        assert!(kanji.round().outcome.as_ref().unwrap().correct);
        let wrong = s.apply(Action::answer(Response::Text("Ryo".into())));
        assert!(!wrong.round().outcome.as_ref().unwrap().correct);
        assert_eq!(wrong.round().outcome.as_ref().unwrap().given, "Ryo");
    }

    fn answer_right(s: &Session, elapsed_ms: u32) -> Session {
        let right = right_index(s.round());
        s.apply(Action::Answer {
            response: Response::Choice(right),
            elapsed_ms,
        })
    }

    fn answer_wrong(s: &Session) -> Session {
        let wrong = (right_index(s.round()) + 1) % 4;
        s.apply(Action::answer(Response::Choice(wrong)))
    }

    #[test]
    fn timed_points_add_speed_and_streak() {
        let pool = choice_pool(10);
        let mut s = Session::start(Mode::Timed, &pool, 10, 3).unwrap();
        s = answer_right(&s, 0).apply(Action::Next); // 1000 + 0
        s = answer_right(&s, 10_000).apply(Action::Next); // 750 + 100
        s = answer_wrong(&s).apply(Action::Next); // 0, streak over
        s = answer_right(&s, 20_000); // 500 + 0
        assert_eq!(s.points(), 1000 + 850 + 500);
        assert_eq!(s.streak, 1);
    }

    #[test]
    fn time_running_out_is_a_miss_in_timed_mode_only() {
        let pool = choice_pool(10);
        let timed = Session::start(Mode::Timed, &pool, 10, 3).unwrap();
        let out = timed.apply(Action::TimeUp);
        assert_eq!(out.phase, Phase::Feedback);
        let outcome = out.round().outcome.clone().unwrap();
        assert!(!outcome.correct);
        assert_eq!(outcome.given, TIME_UP_ANSWER);
        let classic = Session::start(Mode::Classic, &pool, 10, 3).unwrap();
        assert_eq!(classic.apply(Action::TimeUp), classic);
    }

    #[test]
    fn survival_ends_at_the_first_miss() {
        let pool = choice_pool(30);
        let mut s = Session::start(Mode::Survival, &pool, 30, 8).unwrap();
        for _ in 0..4 {
            s = answer_right(&s, 0).apply(Action::Next);
        }
        s = answer_wrong(&s);
        assert_eq!(s.phase, Phase::Feedback, "the miss is explained first");
        s = s.apply(Action::Next);
        assert_eq!(s.phase, Phase::Finished);
        assert_eq!((s.correct(), s.answered()), (4, 5));
    }

    #[test]
    fn fifty_fifty_hides_two_wrong_options_once_a_game() {
        let pool = choice_pool(10);
        let s = Session::start(Mode::Classic, &pool, 10, 4).unwrap();
        let halved = s.apply(Action::FiftyFifty);
        let round = halved.round();
        assert_eq!(round.hidden.len(), 2);
        assert!(!round.hidden.contains(&right_index(round)));
        assert!(!halved.fifty_fifty_left);
        assert_eq!(halved.apply(Action::FiftyFifty), halved, "only once");
        let hidden = round.hidden[0];
        assert_eq!(
            halved.apply(Action::answer(Response::Choice(hidden))),
            halved,
            "a removed option cannot be picked"
        );
        let next = answer_right(&halved, 0).apply(Action::Next);
        assert!(next.round().hidden.is_empty());
        assert_eq!(next.apply(Action::FiftyFifty), next);
    }

    #[test]
    fn the_hint_names_the_episode_once_a_game() {
        let mut pool = choice_pool(3);
        Rc::make_mut(&mut pool[0]).spoiler = 7;
        Rc::make_mut(&mut pool[1]).spoiler = 12;
        let s = Session::in_order(Mode::Classic, pool, 1);
        let hinted = s.apply(Action::Hint);
        assert!(hinted.round().hinted);
        assert_eq!(hinted.round().hint(), "This is about episode 7.");
        assert_eq!(hinted.apply(Action::Hint), hinted);
        assert_eq!(s.rounds[1].hint(), "This is about the 2007 special.");
        assert!(s.rounds[2].hint().contains("safe before you watch"));
    }

    #[test]
    fn the_daily_has_no_lifelines() {
        let s = Session::start(Mode::Daily, &choice_pool(10), 10, 1).unwrap();
        assert_eq!(s.apply(Action::FiftyFifty), s);
        assert_eq!(s.apply(Action::Hint), s);
    }
}
