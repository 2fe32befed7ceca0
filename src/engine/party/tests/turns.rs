//! Turns: rotation, hand-offs, privacy before the reveal, the reveal, judging, random play.
//! Test code only: `engine::party` includes this module under #[cfg(test)].

use super::*;
use crate::engine::bank::Kind;
use crate::engine::rng::Rng;
use crate::engine::test_support;

#[test]
fn the_first_player_rotates_each_question() {
    let mut p = party(3, 5, false);
    for k in 0..5 {
        let order: Vec<usize> = (0..3).map(|i| (k + i) % 3).collect();
        assert_eq!(p.turn_order(), order, "question {k}");
        let mut seen = Vec::new();
        while let PartyPhase::HandOff { player } = p.phase() {
            seen.push(player);
            p = turn(&p, true, 0);
        }
        assert_eq!(seen, order, "hand-offs of question {k}");
        assert_eq!(p.phase(), PartyPhase::Reveal);
        assert_eq!(p.is_last_question(), k == 4);
        p = p.apply(PartyAction::Continue);
    }
    assert!(p.is_finished());
}

#[test]
fn each_turn_starts_with_a_hand_off_and_stale_actions_do_nothing() {
    let p = party(2, 5, false);
    assert_eq!(p.phase(), PartyPhase::HandOff { player: 0 });
    assert_eq!(p.whose_turn(), Some(0));
    let answer = PartyAction::Answer(Response::Choice(0), 0);
    for stale in [answer.clone(), PartyAction::Continue, PartyAction::TimeUp] {
        assert_eq!(p.apply(stale.clone()), p, "{stale:?} before Ready");
    }
    let answering = p.apply(PartyAction::Ready);
    assert_eq!(answering.phase(), PartyPhase::Answering { player: 0 });
    for stale in [PartyAction::Ready, PartyAction::Continue] {
        assert_eq!(answering.apply(stale.clone()), answering, "{stale:?}");
    }
    let misfit = PartyAction::Answer(Response::Text("Aya".into()), 0);
    assert_eq!(
        answering.apply(misfit),
        answering,
        "the wrong kind of answer"
    );
    let bad = PartyAction::Answer(Response::Choice(9), 0);
    assert_eq!(
        answering.apply(bad),
        answering,
        "an option that does not exist"
    );
    let next = answering.apply(answer);
    assert_eq!(next.phase(), PartyPhase::HandOff { player: 1 });
    assert_eq!(next.whose_turn(), Some(1));
}

#[test]
fn nothing_of_an_earlier_answer_shows_before_the_reveal() {
    // Question 1 (revealed) then question 2, where Haruto answers after Aya and Asou.
    let start = question(&party(3, 5, true), &[true, false, true]).apply(PartyAction::Continue);
    assert_eq!(start.turn_order(), [1, 2, 0]);
    let right = turn(&turn(&start, true, 1_000), true, 2_000);
    let wrong = turn(&turn(&start, false, 19_000), false, 5_000);
    assert_eq!(right.phase(), PartyPhase::HandOff { player: 0 });
    assert_eq!(view(&right), view(&wrong), "at the hand-off");
    let (right, wrong) = (
        right.apply(PartyAction::Ready),
        wrong.apply(PartyAction::Ready),
    );
    assert_eq!(view(&right), view(&wrong), "while answering");
    assert_eq!(right.reveal(), None);
    assert_eq!(right.round().outcome, None);
    let points: Vec<u32> = right.scoreboard().iter().map(|s| s.points).collect();
    let before: Vec<u32> = start.scoreboard().iter().map(|s| s.points).collect();
    assert_eq!(points, before, "only revealed questions count");
    assert_ne!(
        question(&right, &[true; 3]).scoreboard(),
        question(&wrong, &[true; 3]).scoreboard(),
        "they differ once revealed"
    );
}

#[test]
fn the_reveal_shows_the_question_and_everyones_verdict_in_turn_order() {
    let p = question(&party(3, 5, false), &[true, true, true]).apply(PartyAction::Continue);
    let p = question(&p, &[false, true, false]);
    assert_eq!(p.phase(), PartyPhase::Reveal);
    assert_eq!(p.whose_turn(), None);
    let reveal = p.reveal().unwrap();
    assert_eq!(reveal.question, p.round().question);
    assert_eq!(reveal.question.answer_text(), "right 1");
    let seen: Vec<(usize, bool, u32)> = (reveal.answers.iter())
        .map(|a| (a.player, a.outcome.correct, a.points))
        .collect();
    assert_eq!(seen, [(1, true, 1), (2, false, 0), (0, false, 0)]);
    assert_eq!(reveal.answers[0].outcome.given, "right 1");
    let scores: Vec<u32> = p.scoreboard().iter().map(|s| s.points).collect();
    assert_eq!(scores, [1, 2, 1], "the scoreboard includes this question");
    assert_eq!(
        p.apply(PartyAction::Ready),
        p,
        "the reveal waits for Continue"
    );
    let next = p.apply(PartyAction::Continue);
    assert_eq!(next.reveal(), None);
    assert_eq!(next.phase(), PartyPhase::HandOff { player: 2 });
}

#[test]
fn every_kind_of_question_is_judged_as_in_a_session() {
    let kinds = [
        Kind::TrueFalse { answer: false },
        Kind::Typed {
            answer: "Nishikido Ryo".into(),
            accept: vec!["錦戸亮".into()],
        },
        Kind::Order {
            items: ["a", "b", "c"].map(String::from).to_vec(),
        },
    ];
    let mut questions = choice_pool(2);
    for (i, kind) in kinds.into_iter().enumerate() {
        questions.insert(i, Rc::new(test_support::question(&format!("k{i}"), kind)));
    }
    let p = Party::new(setup(2, 5, false), questions).unwrap();
    let answer =
        |p: &Party, r: Response| p.apply(PartyAction::Ready).apply(PartyAction::Answer(r, 0));
    let p = answer(&answer(&p, Response::Choice(1)), Response::Choice(0));
    let verdicts = |p: &Party| -> Vec<bool> {
        p.reveal()
            .unwrap()
            .answers
            .iter()
            .map(|a| a.outcome.correct)
            .collect()
    };
    assert_eq!(verdicts(&p), [true, false], "true/false");
    let p = p.apply(PartyAction::Continue);
    let p = answer(&p, Response::Text("錦戸亮".into()));
    let p = answer(&p, Response::Text("Ryo".into()));
    assert_eq!(verdicts(&p), [true, false], "typed");
    let p = p.apply(PartyAction::Continue);
    let options = p.round().options.clone();
    let solved: Vec<usize> = ["a", "b", "c"]
        .iter()
        .filter_map(|item| options.iter().position(|o| o == item))
        .collect();
    let p = answer(
        &answer(&p, Response::Order(solved)),
        Response::Order(vec![0, 1, 2]),
    );
    assert_eq!(verdicts(&p), [true, false], "order");
}

#[test]
fn random_play_always_finishes_with_every_answer_counted() {
    let mut rng = Rng::new(2026);
    for game in 0..200 {
        let players = 2 + rng.below(7);
        let count = QUESTION_COUNTS[rng.below(3)];
        let mut p = party(players, count, false);
        let mut answers = 0;
        let mut right = vec![0u32; players];
        for _ in 0..100_000 {
            if p.is_finished() {
                break;
            }
            let action = match rng.below(6) {
                0 => PartyAction::Ready,
                1 => PartyAction::Continue,
                2 => PartyAction::TimeUp,
                3 => PartyAction::Answer(Response::Text("x".into()), 0),
                _ => PartyAction::Answer(Response::Choice(rng.below(6)), rng.below(30_000) as u32),
            };
            let next = p.apply(action.clone());
            if let (PartyPhase::Answering { player }, PartyAction::Answer(r, _)) =
                (p.phase(), &action)
            {
                if next != p {
                    answers += 1;
                    right[player] += u32::from(*r == Response::Choice(right_index(p.round())));
                }
            }
            if next.phase() != PartyPhase::Reveal {
                assert_eq!(next.reveal(), None, "game {game}");
            }
            p = next;
        }
        assert!(p.is_finished(), "game {game} did not finish");
        assert_eq!(answers, players * count, "game {game}");
        let scores: Vec<u32> = p.scoreboard().iter().map(|s| s.points).collect();
        assert_eq!(scores, right, "game {game}");
    }
}
