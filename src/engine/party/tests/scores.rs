//! Scores: plain and timed scoring, standings with ties, refusing bad setups, playing again.
//! Test code only: `engine::party` includes this module under #[cfg(test)].

use super::*;
use crate::engine::session::TIME_UP_ANSWER;

#[test]
fn plain_scoring_is_a_point_a_right_answer() {
    let mut p = party(2, 5, false);
    for k in 0..5 {
        p = question(&p, &[k % 2 == 0, k < 4]).apply(PartyAction::Continue);
    }
    assert!(p.is_finished());
    let scores: Vec<(u32, u32)> = p
        .scoreboard()
        .iter()
        .map(|s| (s.points, s.correct))
        .collect();
    assert_eq!(scores, [(3, 3), (4, 4)]);
    assert_eq!(p.apply(PartyAction::Continue), p, "finished stays finished");
}

#[test]
fn timed_scoring_keeps_a_streak_per_player() {
    let p = party(2, 5, true);
    // Question 1: Aya, then Asou.
    let p = turn(&turn(&p, true, 0), true, 10_000); // 1000, 750
    let p = p.apply(PartyAction::Continue);
    // Question 2: Asou, then Aya.
    let p = turn(&turn(&p, true, 0), false, 0); // 1000 + 100; a miss ends Aya's streak
    let p = p.apply(PartyAction::Continue);
    // Question 3: Aya, then Asou, whose time runs out.
    let p = turn(&p, true, 20_000); // 500 + 0
    let p = p.apply(PartyAction::Ready).apply(PartyAction::TimeUp);
    let reveal = p.reveal().unwrap();
    assert_eq!(reveal.answers[0].streak, 1);
    assert_eq!(reveal.answers[1].outcome.given, TIME_UP_ANSWER);
    assert_eq!((reveal.answers[1].points, reveal.answers[1].streak), (0, 0));
    let scores: Vec<(u32, u32)> = p
        .scoreboard()
        .iter()
        .map(|s| (s.points, s.correct))
        .collect();
    assert_eq!(scores, [(1500, 2), (1850, 2)]);
    let p = p.apply(PartyAction::Continue);
    // Question 4: Asou's streak starts again; Aya's grows.
    let p = turn(&turn(&p, true, 0), true, 0); // Asou 1000; Aya 1000 + 100
    let bonus: Vec<u32> = p
        .reveal()
        .unwrap()
        .answers
        .iter()
        .map(|a| a.points)
        .collect();
    assert_eq!(bonus, [1000, 1100]);
}

#[test]
fn time_up_is_only_for_timed_parties() {
    let p = party(2, 5, false).apply(PartyAction::Ready);
    assert_eq!(p.apply(PartyAction::TimeUp), p);
}

#[test]
fn standings_share_ranks_on_ties() {
    let mut p = party(3, 5, false);
    for right in [
        [true, true, false],
        [true, true, true],
        [false, false, false],
    ] {
        p = question(&p, &right).apply(PartyAction::Continue);
    }
    let ranks = |p: &Party| -> Vec<(usize, String)> {
        p.standings()
            .iter()
            .map(|s| (s.rank, s.score.name.clone()))
            .collect()
    };
    let expected = [(1, "Aya"), (1, "Asou"), (3, "Haruto")].map(|(r, n)| (r, n.to_string()));
    assert_eq!(ranks(&p), expected);
    for right in [[false, false, true], [false, false, false]] {
        p = question(&p, &right).apply(PartyAction::Continue);
    }
    assert!(p.is_finished());
    assert!(p
        .standings()
        .iter()
        .all(|s| s.rank == 1 && s.score.points == 2));
}

#[test]
fn a_party_refuses_a_bad_setup_or_too_few_questions() {
    let err = Party::new(setup(1, 5, false), choice_pool(5)).unwrap_err();
    assert_eq!(err, SetupError::TooFewPlayers { count: 1 });
    let err = Party::new(setup(2, 10, false), choice_pool(6)).unwrap_err();
    assert_eq!(
        err,
        SetupError::NotEnoughQuestions {
            wanted: 10,
            available: 6
        }
    );
    let p = Party::new(setup(2, 5, false), choice_pool(9)).unwrap();
    assert_eq!(p.total(), 5, "only the first five are asked");
}

#[test]
fn again_keeps_the_players_and_settings_with_new_questions() {
    let bank = choice_pool(40);
    let first = setup(3, 10, true);
    let mut p = Party::new(first.clone(), first.pick(&bank).unwrap()).unwrap();
    while !p.is_finished() {
        p = question(&p, &[true, false, true]).apply(PartyAction::Continue);
    }
    let again = p.again(&bank).unwrap();
    assert_eq!(again.players(), p.players());
    assert_eq!(
        PartySetup {
            seed: first.seed,
            ..again.setup().clone()
        },
        first
    );
    assert_eq!(again.phase(), PartyPhase::HandOff { player: 0 });
    assert!(again.scoreboard().iter().all(|s| s.points == 0));
    let ids = |p: &Party| -> Vec<String> {
        (0..p.total())
            .map(|k| p.rounds[k].question.id.clone())
            .collect()
    };
    assert!(
        ids(&again).iter().all(|id| !ids(&p).contains(id)),
        "new questions"
    );
    let small = choice_pool(12);
    let short = Party::new(first.clone(), first.pick(&small).unwrap()).unwrap();
    assert_eq!(
        short.again(&small).unwrap().total(),
        10,
        "repeats when it must"
    );
}

#[test]
fn a_finished_party_is_kept_as_standings_without_answers() {
    let mut p = party(3, 5, false);
    assert_eq!(p.result("g".to_string(), 1.0), None, "not before the end");
    for _ in 0..5 {
        p = question(&p, &[true, false, true]).apply(PartyAction::Continue);
    }
    let kept = p.result("g".to_string(), 5.0).unwrap();
    assert_eq!(
        (kept.questions, kept.timed, kept.finished_at),
        (5, false, 5.0)
    );
    let places: Vec<(u32, &str, u32)> = kept
        .places
        .iter()
        .map(|place| (place.rank, place.name.as_str(), place.points))
        .collect();
    assert_eq!(places, [(1, "Aya", 5), (1, "Haruto", 5), (3, "Asou", 0)]);
    assert_eq!(kept.winners(), ["Aya", "Haruto"]);
}
