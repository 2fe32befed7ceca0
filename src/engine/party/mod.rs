//! "Play together": 2–8 players on one device, as a pure reducer: `Party` + `PartyAction` →
//! `Party`.
//!
//! Every player answers every question in turn, in private: a hand-off comes before each turn,
//! and one reveal after the last turn shows the right answer, who got it right and the
//! scores. Question k starts with player k mod n. Scoring is the single-player scoring: a
//! point a right answer, or with timing on, Timed mode's speed points and streak bonus, each
//! player keeping their own streak. Answers are judged by the session's own [`Round`].
//!
//! Privacy by construction: the answers to the current question are kept in a private list
//! that no query reads; they become readable only when the reveal moves them to the revealed
//! history. Scores and standings are computed from that history alone, so nothing seen during
//! a hand-off or a turn changes with an earlier player's answer.

mod errors;
mod limits;
mod result;
mod setup;
mod standings;
#[cfg(test)]
mod tests;

use std::rc::Rc;

pub use errors::{SetupError, SetupField};
pub use limits::{MAX_NAME_CHARS, MAX_PLAYERS, MIN_PLAYERS, QUESTION_COUNTS};
pub use result::{PartyPlace, PartyResult};
pub use setup::PartySetup;
pub use standings::{rank, PlayerScore, Standing};

use super::bank::Question;
use super::session::{present, score_answer, Outcome, Response, Round, TIME_LIMIT_MS};

/// Where the party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyPhase {
    /// Waiting for the device to reach `player` (seat, 0-based); shows nothing of any answer.
    HandOff { player: usize },
    /// `player` is answering the current question.
    Answering { player: usize },
    /// Everyone has answered the current question: its answer and everyone's verdict show.
    Reveal,
    /// Every question is revealed: final standings.
    Finished,
}

/// What the players did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartyAction {
    /// The player named by the hand-off has the device and is ready.
    Ready,
    /// The player's answer, given `elapsed_ms` after the question appeared (timed points).
    Answer(Response, u32),
    /// The player's time ran out (timing on only): a miss.
    TimeUp,
    /// Everyone has seen the reveal: on to the next question, or the end.
    Continue,
}

/// One player's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayerAnswer {
    /// The player's seat (0-based).
    pub player: usize,
    pub outcome: Outcome,
    /// Points gained.
    pub points: u32,
    /// The player's right answers in a row, this one included (0 after a miss).
    pub streak: u32,
}

/// What the reveal shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    /// The question, with its explanation and sources; its right answer is
    /// [`Question::answer_text`].
    pub question: Rc<Question>,
    /// Everyone's answer, in the order they answered.
    pub answers: Vec<PlayerAnswer>,
}

/// A "Play together" game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    setup: PartySetup,
    rounds: Vec<Round>,
    current: usize,
    phase: PartyPhase,
    /// The current question's answers so far. Private to the reducer: no query reads it.
    pending: Vec<PlayerAnswer>,
    /// The answers to each revealed question, in turn order.
    revealed: Vec<Vec<PlayerAnswer>>,
    /// Each player's right answers in a row, pending answers included (so never shown).
    streaks: Vec<u32>,
}

impl Party {
    /// A party of `setup`'s players asking `questions` in the order given (the first
    /// `setup.question_count` of them; see [`PartySetup::pick`]), starting with the hand-off
    /// to the first player.
    pub fn new(setup: PartySetup, mut questions: Vec<Rc<Question>>) -> Result<Self, SetupError> {
        let setup = setup.validated()?;
        if questions.len() < setup.question_count {
            return Err(SetupError::NotEnoughQuestions {
                wanted: setup.question_count,
                available: questions.len(),
            });
        }
        questions.truncate(setup.question_count);
        Ok(Self {
            rounds: present(questions, setup.seed),
            current: 0,
            phase: PartyPhase::HandOff { player: 0 },
            pending: Vec::new(),
            revealed: Vec::new(),
            streaks: vec![0; setup.names.len()],
            setup,
        })
    }

    /// The state after `action`; an action that does not fit (a stale click, an answer of the
    /// wrong kind) leaves the state as it is.
    pub fn apply(&self, action: PartyAction) -> Self {
        let mut next = self.clone();
        match (self.phase, action) {
            (PartyPhase::HandOff { player }, PartyAction::Ready) => {
                next.phase = PartyPhase::Answering { player };
            }
            (PartyPhase::Answering { player }, PartyAction::Answer(response, elapsed_ms)) => {
                if let Some(outcome) = self.round().judge(&response) {
                    next.settle(player, outcome, elapsed_ms);
                }
            }
            (PartyPhase::Answering { player }, PartyAction::TimeUp) if self.setup.timed => {
                next.settle(player, Outcome::time_up(), TIME_LIMIT_MS);
            }
            (PartyPhase::Reveal, PartyAction::Continue) => {
                if self.is_last_question() {
                    next.phase = PartyPhase::Finished;
                } else {
                    next.current += 1;
                    next.phase = PartyPhase::HandOff {
                        player: next.first_player(),
                    };
                }
            }
            _ => {}
        }
        next
    }

    /// Records `player`'s verdict, then hands off to the next player or reveals.
    fn settle(&mut self, player: usize, outcome: Outcome, elapsed_ms: u32) {
        let Some(streak) = self.streaks.get_mut(player) else {
            return;
        };
        let (after, points) = score_answer(*streak, outcome.correct, self.setup.timed, elapsed_ms);
        *streak = after;
        self.pending.push(PlayerAnswer {
            player,
            outcome,
            points,
            streak: after,
        });
        self.phase = match self.turn_order().get(self.pending.len()) {
            Some(&player) => PartyPhase::HandOff { player },
            None => {
                self.revealed.push(std::mem::take(&mut self.pending));
                PartyPhase::Reveal
            }
        };
    }

    /// The setup, with names trimmed.
    pub fn setup(&self) -> &PartySetup {
        &self.setup
    }

    /// The players' names, in seat order.
    pub fn players(&self) -> &[String] {
        &self.setup.names
    }

    /// Where the party is: whose hand-off or turn, the reveal, or the end.
    pub fn phase(&self) -> PartyPhase {
        self.phase
    }

    /// The current question as presented (options in display order). Its `outcome` and
    /// `points` stay empty: players' verdicts are in [`Party::reveal`].
    pub fn round(&self) -> &Round {
        &self.rounds[self.current]
    }

    /// The current question's index (0-based; the last one once finished).
    pub fn current(&self) -> usize {
        self.current
    }

    /// How many questions the party has.
    pub fn total(&self) -> usize {
        self.rounds.len()
    }

    /// Whether the current question is the last one.
    pub fn is_last_question(&self) -> bool {
        self.current + 1 == self.rounds.len()
    }

    /// Whether every question is revealed (the final standings show).
    pub fn is_finished(&self) -> bool {
        self.phase == PartyPhase::Finished
    }

    /// The seat of the player the device goes to or who is answering; `None` at the reveal
    /// and the end.
    pub fn whose_turn(&self) -> Option<usize> {
        match self.phase {
            PartyPhase::HandOff { player } | PartyPhase::Answering { player } => Some(player),
            PartyPhase::Reveal | PartyPhase::Finished => None,
        }
    }

    /// The seat that starts the current question: question k starts with player k mod n.
    fn first_player(&self) -> usize {
        self.current % self.setup.names.len().max(1)
    }

    /// The seats in the order they answer the current question.
    pub fn turn_order(&self) -> Vec<usize> {
        let n = self.setup.names.len();
        (0..n).map(|i| (self.first_player() + i) % n).collect()
    }

    /// The current question's answer and everyone's verdict; only in the reveal phase.
    pub fn reveal(&self) -> Option<Reveal> {
        if self.phase != PartyPhase::Reveal {
            return None;
        }
        Some(Reveal {
            question: Rc::clone(&self.round().question),
            answers: self.revealed.last().cloned().unwrap_or_default(),
        })
    }

    /// Every player's score over the revealed questions, in seat order.
    pub fn scoreboard(&self) -> Vec<PlayerScore> {
        let mut scores: Vec<PlayerScore> = (self.setup.names.iter().enumerate())
            .map(|(player, name)| PlayerScore {
                player,
                name: name.clone(),
                points: 0,
                correct: 0,
            })
            .collect();
        for answer in self.revealed.iter().flatten() {
            if let Some(score) = scores.get_mut(answer.player) {
                score.points += answer.points;
                score.correct += u32::from(answer.outcome.correct);
            }
        }
        scores
    }

    /// The scoreboard from most points to fewest, ties sharing a rank (1, 1, 3).
    pub fn standings(&self) -> Vec<Standing> {
        rank(self.scoreboard())
    }

    /// A fresh party with the same players and settings and new questions from `bank`,
    /// avoiding this party's questions when enough others fit.
    pub fn again(&self, bank: &[Rc<Question>]) -> Result<Party, SetupError> {
        let setup = self.setup.next();
        let played = |q: &Rc<Question>| self.rounds.iter().any(|r| r.question.id == q.id);
        let unplayed: Vec<Rc<Question>> = bank.iter().filter(|q| !played(q)).cloned().collect();
        let questions = setup.pick(&unplayed).or_else(|_| setup.pick(bank))?;
        Party::new(setup, questions)
    }
}
