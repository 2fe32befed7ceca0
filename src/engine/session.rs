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
use super::mode::Mode;
use super::rng::Rng;
use super::scoring::{streak_bonus, timed_points, Score};
use crate::i18n::{Msg, Words};

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

/// An option, a given answer or a right answer as the player reads it in `words`: a
/// true/false question's "True" and "False" (`true_false`), and the unanswered timed
/// question's text, are said in the player's language (they are stored and compared in
/// English).
pub fn shown_answer<'a>(words: Words<'a>, true_false: bool, text: &'a str) -> &'a str {
    match text {
        TIME_UP_ANSWER => words.t(Msg::QuizTimeRanOut),
        _ if true_false && text == bool_label(true) => words.t(Msg::QuizTrue),
        _ if true_false && text == bool_label(false) => words.t(Msg::QuizFalse),
        _ => text,
    }
}

impl Outcome {
    /// The verdict when a timed question's time runs out: a miss.
    pub fn time_up() -> Self {
        Outcome {
            given: TIME_UP_ANSWER.to_string(),
            correct: false,
        }
    }
}

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

    /// The hint, in `words`: which episode the question is about, without giving the answer
    /// away.
    pub fn hint(&self, words: Words) -> String {
        match self.question.spoiler {
            0 => words.t(Msg::QuizHintNoEpisode).to_string(),
            SPECIAL_EPISODE => words.t(Msg::QuizHintSpecial).to_string(),
            n => words.f(Msg::QuizHintEpisode, &[("n", &n.to_string())]),
        }
    }

    /// Why 50:50 cannot help with this question, if it cannot: it needs a choice question
    /// with at least three options, so that one right and one wrong option remain.
    fn halving_blocked(&self) -> Option<Unavailable> {
        match self.question.kind {
            Kind::Choice { .. } if self.options.len() >= 3 => None,
            Kind::Choice { .. } | Kind::TrueFalse { .. } => Some(Unavailable::TwoOptions),
            Kind::Order { .. } | Kind::Typed { .. } => Some(Unavailable::NoOptions),
        }
    }

    /// Whether the player may pick option `index` now: it exists and 50:50 did not remove it.
    pub fn can_pick(&self, index: usize) -> bool {
        self.takes_picks() && index < self.options.len() && !self.hidden.contains(&index)
    }

    /// Whether this question is answered by picking one option (choice, true/false).
    pub fn takes_picks(&self) -> bool {
        matches!(
            self.question.kind,
            Kind::Choice { .. } | Kind::TrueFalse { .. }
        )
    }

    /// Judges a response, or `None` when it does not fit this question (wrong kind, bad index).
    pub(super) fn judge(&self, response: &Response) -> Option<Outcome> {
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

/// Why a lifeline cannot be used on the current question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// This mode has no lifelines (the daily challenge).
    NotInThisMode,
    /// It was used earlier in this game.
    Used,
    /// The question is answered now (or the game is over).
    Answered,
    /// Only two options: removing one would give the answer away.
    TwoOptions,
    /// The question has no options to remove (typed and ordering questions).
    NoOptions,
}

impl Unavailable {
    /// The reason, as the message that tells the player.
    pub fn reason(self) -> Msg {
        match self {
            Unavailable::NotInThisMode => Msg::QuizNoLifelinesInMode,
            Unavailable::Used => Msg::QuizLifelineUsed,
            Unavailable::Answered => Msg::QuizLifelineAnswered,
            Unavailable::TwoOptions => Msg::QuizLifelineTwoOptions,
            Unavailable::NoOptions => Msg::QuizLifelineNoOptions,
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
    /// Remove wrong options until the right one and one wrong one remain (once a game,
    /// choice questions with at least three options).
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
        Ok(Self::in_order(mode, draw(pool, count, seed)?, seed))
    }

    /// A session asking `questions` in the order given (options are still shuffled by `seed`).
    pub fn in_order(mode: Mode, questions: Vec<Rc<Question>>, seed: u64) -> Self {
        Self {
            mode,
            seed,
            rounds: present(questions, seed),
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
                next.settle(Outcome::time_up(), TIME_LIMIT_MS);
            }
            (Phase::Asking, Action::FiftyFifty) if self.can_fifty_fifty().is_ok() => {
                let round = &mut next.rounds[self.current];
                let answer = round.question.answer_text();
                let mut wrong: Vec<usize> = (0..round.options.len())
                    .filter(|&i| round.options[i] != answer)
                    .collect();
                Rng::new(self.seed ^ self.current as u64).shuffle(&mut wrong);
                // Keep one wrong option beside the right one.
                wrong.truncate(round.options.len().saturating_sub(2));
                wrong.sort_unstable();
                round.hidden = wrong;
                next.fifty_fifty_left = false;
            }
            (Phase::Asking, Action::Hint) if self.can_hint().is_ok() => {
                next.rounds[self.current].hinted = true;
                next.hint_left = false;
            }
            (Phase::Feedback, Action::Next) => {
                if self.is_last() {
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
        let timed = self.mode == Mode::Timed;
        let (streak, points) = score_answer(self.streak, outcome.correct, timed, elapsed_ms);
        self.streak = streak;
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

    /// True when the game ends after the current question: it is the last one, or a survival
    /// run was just missed.
    pub fn is_last(&self) -> bool {
        let missed = self.round().outcome.as_ref().is_some_and(|o| !o.correct);
        self.current + 1 == self.rounds.len() || self.mode == Mode::Survival && missed
    }

    /// How many questions the round has, or `None` when it goes on until a miss (survival).
    pub fn total(&self) -> Option<usize> {
        (self.mode != Mode::Survival).then_some(self.rounds.len())
    }

    /// The score so far: right answers out of questions answered.
    pub fn score(&self) -> Score {
        Score {
            correct: u32::try_from(self.correct()).unwrap_or(u32::MAX),
            total: u32::try_from(self.answered()).unwrap_or(u32::MAX),
        }
    }

    /// Whether 50:50 can be used now, or why not.
    pub fn can_fifty_fifty(&self) -> Result<(), Unavailable> {
        self.lifeline(self.fifty_fifty_left)?;
        self.round().halving_blocked().map_or(Ok(()), Err)
    }

    /// Whether the hint can be used now, or why not.
    pub fn can_hint(&self) -> Result<(), Unavailable> {
        self.lifeline(self.hint_left)
    }

    /// The checks both lifelines share.
    fn lifeline(&self, left: bool) -> Result<(), Unavailable> {
        if !self.mode.has_lifelines() {
            Err(Unavailable::NotInThisMode)
        } else if self.phase != Phase::Asking {
            Err(Unavailable::Answered)
        } else if !left {
            Err(Unavailable::Used)
        } else {
            Ok(())
        }
    }
}

/// `count` questions drawn from `pool` with `seed`; the same seed and pool always give the same
/// questions in the same order.
pub fn draw(
    pool: &[Rc<Question>],
    count: usize,
    seed: u64,
) -> Result<Vec<Rc<Question>>, NotEnoughQuestions> {
    if pool.len() < count || count == 0 {
        return Err(NotEnoughQuestions {
            wanted: count,
            available: pool.len(),
        });
    }
    let mut picks: Vec<Rc<Question>> = pool.to_vec();
    Rng::new(seed).shuffle(&mut picks);
    picks.truncate(count);
    Ok(picks)
}

/// `questions` as a game presents them, in the order given, with options shuffled by `seed`.
pub(super) fn present(questions: Vec<Rc<Question>>, seed: u64) -> Vec<Round> {
    let mut rng = Rng::new(seed ^ 0x5EED);
    questions
        .into_iter()
        .map(|q| Round::new(q, &mut rng))
        .collect()
}

/// One answer's effect on the score, given the right answers in a row before it: the streak
/// after it, and the points it earns. A miss earns 0 and ends the streak; a right answer earns
/// 1, or with `timed`, speed points plus the streak bonus (see `scoring`).
pub(super) fn score_answer(streak: u32, correct: bool, timed: bool, elapsed_ms: u32) -> (u32, u32) {
    if !correct {
        return (0, 0);
    }
    let streak = streak + 1;
    let points = if timed {
        timed_points(elapsed_ms, TIME_LIMIT_MS) + streak_bonus(streak)
    } else {
        1
    };
    (streak, points)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_support::{self, choice, choice_pool, right_index};

    fn question(id: usize, kind: Kind) -> Rc<Question> {
        Rc::new(test_support::question(&format!("q{id}"), kind))
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
    fn fifty_fifty_leaves_the_answer_and_one_wrong_option_where_it_can_help() {
        for (distractors, hidden) in [(&["w1", "w2", "w3"][..], 2), (&["w1", "w2"][..], 1)] {
            let pool = vec![question(0, choice("right", distractors))];
            let s = Session::start(Mode::Classic, &pool, 1, 9).unwrap();
            assert_eq!(s.can_fifty_fifty(), Ok(()));
            let halved = s.apply(Action::FiftyFifty);
            let round = halved.round();
            assert_eq!(
                round.hidden.len(),
                hidden,
                "{} options",
                round.options.len()
            );
            assert!(!round.hidden.contains(&right_index(round)));
            let left: Vec<usize> = (0..round.options.len())
                .filter(|i| round.can_pick(*i))
                .collect();
            assert_eq!(left.len(), 2, "the right answer and one wrong one remain");
            assert_eq!(halved.can_fifty_fifty(), Err(Unavailable::Used));
        }
    }

    #[test]
    fn fifty_fifty_says_why_it_cannot_help() {
        let two = vec![question(0, choice("right", &["wrong"]))];
        let s = Session::start(Mode::Classic, &two, 1, 1).unwrap();
        assert_eq!(s.can_fifty_fifty(), Err(Unavailable::TwoOptions));
        assert_eq!(
            s.apply(Action::FiftyFifty),
            s,
            "pressing it changes nothing"
        );
        let tf = vec![question(0, Kind::TrueFalse { answer: true })];
        let s = Session::start(Mode::Classic, &tf, 1, 1).unwrap();
        assert_eq!(s.can_fifty_fifty(), Err(Unavailable::TwoOptions));
        let typed = vec![question(
            0,
            Kind::Typed {
                answer: "Aya".into(),
                accept: vec![],
            },
        )];
        let s = Session::start(Mode::Classic, &typed, 1, 1).unwrap();
        assert_eq!(s.can_fifty_fifty(), Err(Unavailable::NoOptions));
        let daily = Session::start(Mode::Daily, &choice_pool(10), 10, 1).unwrap();
        assert_eq!(daily.can_fifty_fifty(), Err(Unavailable::NotInThisMode));
        assert_eq!(daily.can_hint(), Err(Unavailable::NotInThisMode));
        let answered = Session::start(Mode::Classic, &choice_pool(10), 10, 1)
            .unwrap()
            .apply(Action::answer(Response::Choice(0)));
        assert_eq!(answered.can_fifty_fifty(), Err(Unavailable::Answered));
    }

    #[test]
    fn the_session_says_how_long_it_is_and_when_it_ends() {
        let s = Session::start(Mode::Classic, &choice_pool(10), 10, 2).unwrap();
        assert_eq!(s.total(), Some(10));
        assert!(!s.is_last());
        let survival = Session::start(Mode::Survival, &choice_pool(10), 10, 2).unwrap();
        assert_eq!(survival.total(), None);
        let missed = answer_wrong(&survival);
        assert!(missed.is_last(), "a miss ends a survival run");
        let mut s = s;
        for _ in 0..9 {
            s = answer_right(&s, 0).apply(Action::Next);
        }
        assert!(s.is_last());
        assert_eq!(
            s.score(),
            Score {
                correct: 9,
                total: 9
            }
        );
    }

    #[test]
    fn the_hint_names_the_episode_once_a_game() {
        let mut pool = choice_pool(3);
        Rc::make_mut(&mut pool[0]).spoiler = 7;
        Rc::make_mut(&mut pool[1]).spoiler = 12;
        let s = Session::in_order(Mode::Classic, pool, 1);
        let hinted = s.apply(Action::Hint);
        assert!(hinted.round().hinted);
        let en = Words::ENGLISH;
        assert_eq!(hinted.round().hint(en), "This is about episode 7.");
        assert_eq!(hinted.apply(Action::Hint), hinted);
        assert_eq!(s.rounds[1].hint(en), "This is about the 2007 special.");
        assert!(s.rounds[2].hint(en).contains("safe before you watch"));
    }

    #[test]
    fn the_daily_has_no_lifelines() {
        let s = Session::start(Mode::Daily, &choice_pool(10), 10, 1).unwrap();
        assert_eq!(s.apply(Action::FiftyFifty), s);
        assert_eq!(s.apply(Action::Hint), s);
    }
}
