//! Host tests of the party reducer, with the builders they share.
//! Test code only: `engine::party` includes this module under #[cfg(test)].

mod scores;
mod turns;

use super::*;
use crate::engine::test_support::{choice_pool, right_index};

const NAMES: [&str; 8] = [
    "Aya", "Asou", "Haruto", "Shioka", "Ako", "Hiroki", "Mari", "Yuki",
];

fn setup(players: usize, questions: usize, timed: bool) -> PartySetup {
    let names = NAMES[..players].iter().map(|n| n.to_string()).collect();
    PartySetup {
        question_count: questions,
        timed,
        ..PartySetup::new(names, 7)
    }
}

fn party(players: usize, questions: usize, timed: bool) -> Party {
    Party::new(setup(players, questions, timed), choice_pool(questions)).unwrap()
}

/// The current player gets the device and answers, right or wrong, after `ms`.
fn turn(p: &Party, right: bool, ms: u32) -> Party {
    let p = p.apply(PartyAction::Ready);
    let index = right_index(p.round());
    let pick = if right { index } else { (index + 1) % 4 };
    p.apply(PartyAction::Answer(Response::Choice(pick), ms))
}

/// Plays the current question: the players in seat order answer right when `right[seat]`.
fn question(p: &Party, right: &[bool]) -> Party {
    let mut p = p.clone();
    while let Some(player) = p.whose_turn() {
        p = turn(&p, right[player], 0);
    }
    p
}

/// Everything a view can ask, for comparing what two states show.
fn view(p: &Party) -> impl PartialEq + std::fmt::Debug {
    let round = p.round().clone();
    let scores = p.scoreboard();
    let standings = p.standings();
    let reveal = p.reveal();
    let turn = (p.phase(), p.whose_turn(), p.turn_order(), p.current());
    (round, scores, standings, reveal, turn)
}
