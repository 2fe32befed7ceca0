//! The storage codec, migrations, merging and imports, on the host. Includes property tests:
//! any stored string decodes to a usable state without panicking, and encode then decode is the
//! identity.
#![cfg(not(target_arch = "wasm32"))]

use litre_quiz::engine::bank::Category;
use litre_quiz::engine::calendar::Day;
use litre_quiz::engine::lang::Lang;
use litre_quiz::engine::mode::Mode;
use litre_quiz::engine::party::PartyPlace;
use litre_quiz::engine::scoring::Score;
use litre_quiz::store::changes::{apply, plan_write, Change};
use litre_quiz::store::schema::{
    decode, encode as encode_records, AnswerRecord, GameResult, LoadProblem, PartyResult, Records,
    Settings, Theme, RESULTS_KEPT, VERSION,
};
use litre_quiz::store::transfer::{read_import, ImportError, IMPORT_LIMIT_BYTES};
use proptest::prelude::*;

/// The stored text of `records` (plain records always encode).
fn encode(records: &Records) -> String {
    encode_records(records).expect("plain records encode")
}

fn game(id: &str, mode: Mode, correct: u32) -> GameResult {
    GameResult {
        id: id.into(),
        finished_at: 1_700_000_000_000.0,
        mode,
        code: "s1".into(),
        daily_day: None,
        scored: true,
        score: Score { correct, total: 10 },
        points: correct,
        duration_ms: 60_000.0,
        answers: vec![AnswerRecord {
            question: format!("q-{id}"),
            given: "x".into(),
            correct: correct > 5,
            category: Some(Category::Cast),
            episode: 3,
        }],
        pack: None,
    }
}

/// The exact shape written by schema version 1.
const V1: &str = r#"{"version":1,"best":{"correct":7,"total":10},"results":[
  {"id":"a","finished_at":1700000000000,"seed":255,"score":{"correct":7,"total":10},
   "answers":[{"question":"q1","given":"Only Human","correct":true},{"question":"q2","given":"x","correct":false}]},
  {"id":"b","finished_at":1700000100000,"seed":16,"score":{"correct":3,"total":10},"answers":[]}
]}"#;

#[test]
fn version_1_migrates_without_loss() {
    let decoded = decode(Some(V1));
    assert_eq!(decoded.problem, None);
    let r = decoded.records;
    assert_eq!(r.version, VERSION);
    assert_eq!(
        r.best[&Mode::Classic].score,
        Score {
            correct: 7,
            total: 10
        }
    );
    assert_eq!(r.results.len(), 2);
    assert_eq!(r.results[0].mode, Mode::Classic);
    assert_eq!(r.results[0].code, "sff");
    assert!(r.results[0].scored);
    assert_eq!(r.results[0].answers[0].given, "Only Human");
    assert_eq!(
        (r.tally.games, r.tally.all.answered, r.tally.all.correct),
        (2, 2, 1)
    );
    // Migrated data writes back as the current version and reads back the same.
    assert_eq!(decode(Some(&encode(&r))).records, r);
}

#[test]
fn version_1_with_no_best_and_no_games() {
    let decoded = decode(Some(r#"{"version":1,"best":null,"results":[]}"#));
    assert_eq!(decoded.problem, None);
    assert_eq!(decoded.records, Records::default());
}

#[test]
fn one_bad_game_costs_only_itself() {
    let mut records = Records::default();
    records.record(game("good", Mode::Classic, 8));
    let mut value: serde_json::Value = serde_json::from_str(&encode(&records)).unwrap();
    value["results"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"id": "broken", "score": "lots"}));
    value["best"]["timed"] = serde_json::json!("fast");
    let decoded = decode(Some(&value.to_string()));
    assert_eq!(decoded.problem, Some(LoadProblem::PartlyRecovered));
    assert_eq!(decoded.records.results.len(), 1);
    assert_eq!(decoded.records.results[0].id, "good");
    assert_eq!(decoded.records.best.len(), 1);
    assert_eq!(decoded.records.tally, records.tally);
}

#[test]
fn wrong_types_and_missing_fields_reset_only_those_parts() {
    let mut records = Records::default();
    records.record(game("kept", Mode::Classic, 9));
    let mut value: serde_json::Value = serde_json::from_str(&encode(&records)).unwrap();
    value["tally"] = serde_json::json!([1, 2, 3]);
    value.as_object_mut().unwrap().remove("settings");
    let decoded = decode(Some(&value.to_string()));
    assert_eq!(decoded.problem, Some(LoadProblem::PartlyRecovered));
    assert_eq!(decoded.records.results, records.results);
    assert_eq!(decoded.records.tally, Default::default());
    assert_eq!(decoded.records.settings, Settings::default());
}

#[test]
fn unreadable_and_newer_values_are_flagged() {
    for raw in ["", "{", "null", "[]", "42", "\"text\""] {
        assert_eq!(
            decode(Some(raw)).problem,
            Some(LoadProblem::Unreadable),
            "{raw}"
        );
    }
    assert_eq!(
        decode(Some(r#"{"version": 99}"#)).problem,
        Some(LoadProblem::NewerVersion)
    );
    assert_eq!(
        decode(Some(r#"{"best": {}}"#)).problem,
        Some(LoadProblem::PartlyRecovered),
        "no version: read what can be read"
    );
}

#[test]
fn games_from_two_tabs_are_both_kept_and_counted_once() {
    // Tab A wrote its game; tab B then writes its own over what A stored.
    let a = plan_write(None, &[Change::Record(game("a", Mode::Classic, 6))]).unwrap();
    let stored = encode(&a.records);
    let b = plan_write(Some(&stored), &[Change::Record(game("b", Mode::Timed, 9))]).unwrap();
    let ids: Vec<&str> = b.records.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(b.records.tally.games, 2);
    assert_eq!(b.records.best.len(), 2);
    // Writing the same change twice (a retry after an unclear failure) counts it once.
    let again = plan_write(
        Some(&encode(&b.records)),
        &[Change::Record(game("b", Mode::Timed, 9))],
    );
    assert_eq!(again.unwrap().records.tally.games, 2);
}

#[test]
fn version_2_records_read_cleanly_with_no_party_games_yet() {
    let mut v2: serde_json::Value = serde_json::from_str(&encode(&Records::default())).unwrap();
    v2["version"] = 2.into();
    let object = v2.as_object_mut().unwrap();
    object.remove("parties");
    object["settings"]
        .as_object_mut()
        .unwrap()
        .remove("party_names");
    let decoded = decode(Some(&v2.to_string()));
    assert_eq!(decoded.problem, None);
    assert_eq!(decoded.records, Records::default());
}

#[test]
fn a_write_never_overwrites_a_newer_version_and_backs_up_damage() {
    let newer = format!(r#"{{"version": {}}}"#, VERSION + 1);
    assert_eq!(plan_write(Some(&newer), &[Change::Reset]), None);
    let plan = plan_write(
        Some("{garbage"),
        &[Change::Record(game("a", Mode::Classic, 1))],
    )
    .unwrap();
    assert_eq!(plan.backup.as_deref(), Some("{garbage"));
    assert_eq!(plan.records.results.len(), 1);
    let clean = plan_write(None, &[]).unwrap();
    assert_eq!(clean.backup, None);
}

#[test]
fn reset_keeps_settings_and_replace_import_keeps_them_too() {
    let mut records = Records::default();
    records.settings.theme = Theme::Dark;
    records.record(game("a", Mode::Classic, 7));
    let mut reset = records.clone();
    apply(&mut reset, &Change::Reset);
    assert!(reset.results.is_empty() && reset.best.is_empty());
    assert_eq!(reset.settings.theme, Theme::Dark);
    let mut imported = Records::default();
    imported.record(game("other", Mode::Survival, 3));
    let mut replaced = records.clone();
    apply(
        &mut replaced,
        &Change::Import {
            records: Box::new(imported.clone()),
            replace: true,
        },
    );
    assert_eq!(replaced.results, imported.results);
    assert_eq!(replaced.settings.theme, Theme::Dark);
}

#[test]
fn merging_your_own_backup_changes_nothing() {
    let mut records = Records::default();
    for (i, mode) in [Mode::Classic, Mode::Timed, Mode::Daily]
        .into_iter()
        .enumerate()
    {
        records.record(game(&format!("g{i}"), mode, 5 + i as u32));
    }
    let mut merged = records.clone();
    apply(
        &mut merged,
        &Change::Import {
            records: Box::new(records.clone()),
            replace: false,
        },
    );
    assert_eq!(merged, records);
}

#[test]
fn merging_another_device_adds_its_games() {
    let mut mine = Records::default();
    mine.record(game("mine", Mode::Classic, 5));
    let mut theirs = Records::default();
    theirs.record(game("theirs", Mode::Classic, 9));
    apply(
        &mut mine,
        &Change::Import {
            records: Box::new(theirs),
            replace: false,
        },
    );
    assert_eq!(mine.results.len(), 2);
    assert_eq!(mine.best[&Mode::Classic].score.correct, 9);
}

#[test]
fn imports_are_checked_strictly() {
    let mut records = Records::default();
    records.record(game("a", Mode::Classic, 7));
    let good = encode(&records);
    assert_eq!(read_import(&good, good.len()), Ok(records));
    assert_eq!(
        read_import(&good, IMPORT_LIMIT_BYTES + 1),
        Err(ImportError::TooLarge)
    );
    assert_eq!(read_import("hello", 5), Err(ImportError::NotAScoresFile));
    assert_eq!(
        read_import(r#"{"version":2}"#, 13),
        Err(ImportError::Damaged)
    );
    assert_eq!(
        read_import(r#"{"version":9}"#, 13),
        Err(ImportError::NewerVersion)
    );
}

#[test]
fn records_keep_the_last_twenty_games_and_each_modes_best() {
    let mut records = Records::default();
    records.record(game("best", Mode::Classic, 9));
    for i in 0..25 {
        records.record(game(&format!("g{i}"), Mode::Classic, 2));
    }
    assert_eq!(records.results.len(), RESULTS_KEPT);
    assert_eq!(records.best[&Mode::Classic].score.correct, 9);
    assert_eq!(records.tally.games, 26);
    assert_eq!(records.top[&Mode::Classic][0].score.correct, 9);
}

#[test]
fn unscored_replays_count_as_play_but_set_no_record() {
    let mut records = Records::default();
    let mut replay = game("r", Mode::Daily, 10);
    replay.scored = false;
    replay.daily_day = Some(Day(20_000));
    records.record(replay);
    assert!(records.best.is_empty() && records.top.is_empty() && records.history.is_empty());
    assert_eq!(records.daily.streak, 0);
    assert_eq!(records.tally.games, 1);
}

#[test]
fn a_packs_games_count_only_for_that_pack() {
    let mut records = Records::default();
    let mut played = game("p", Mode::Classic, 10);
    played.pack = Some("film-1234".into());
    let earned = records.record(played);
    assert!(earned.is_empty(), "pack games earn no achievements");
    assert!(records.best.is_empty() && records.top.is_empty());
    assert_eq!(
        records
            .pack_best
            .get("film-1234")
            .and_then(|b| b.get(&Mode::Classic))
            .map(|b| b.score.correct),
        Some(10)
    );
    assert_eq!(records.tally.games, 1);
    let decoded = decode(Some(&encode(&records)));
    assert_eq!(decoded.records, records);
}

#[test]
fn achievements_are_earned_once_with_their_date() {
    let mut records = Records::default();
    let first = records.record(game("a", Mode::Classic, 10));
    assert!(first.iter().any(|a| a.id == "perfect"));
    let again = records.record(game("b", Mode::Classic, 10));
    assert!(again.is_empty());
    assert_eq!(
        records.achievements.get("perfect"),
        Some(&1_700_000_000_000.0)
    );
}

fn arb_game() -> impl Strategy<Value = GameResult> {
    (
        "[a-z0-9-]{1,12}",
        0u64..(1u64 << 50),
        prop::sample::select(Mode::ALL.to_vec()),
        prop::option::of(0i64..40_000),
        any::<bool>(),
        (0u32..30, 0u32..30),
        any::<u32>(),
        0u64..10_000_000,
        prop::collection::vec(
            (
                "[a-z-]{1,10}",
                ".{0,20}",
                any::<bool>(),
                prop::option::of(prop::sample::select(Category::ALL.to_vec())),
                0u8..=12,
            ),
            0..12,
        ),
    )
        .prop_map(
            |(id, at, mode, day, scored, (a, b), points, duration, answers)| GameResult {
                id,
                finished_at: at as f64,
                mode,
                code: "s1".into(),
                daily_day: day.map(Day),
                scored,
                score: Score {
                    correct: a.min(b),
                    total: a.max(b),
                },
                points,
                duration_ms: duration as f64,
                answers: answers
                    .into_iter()
                    .map(
                        |(question, given, correct, category, episode)| AnswerRecord {
                            question,
                            given,
                            correct,
                            category,
                            episode,
                        },
                    )
                    .collect(),
                pack: None,
            },
        )
}

fn arb_party() -> impl Strategy<Value = PartyResult> {
    (
        "[a-z0-9]{1,12}",
        0u32..2_000_000_000,
        prop::sample::select(vec![5u32, 10, 20]),
        any::<bool>(),
        prop::collection::vec(("[A-Za-z ]{1,12}", 1u32..9, 0u32..400, 0u32..21), 2..9),
    )
        .prop_map(|(id, at, questions, timed, places)| PartyResult {
            id,
            finished_at: f64::from(at),
            questions,
            timed,
            places: places
                .into_iter()
                .map(|(name, rank, points, correct)| PartyPlace {
                    rank,
                    name,
                    points,
                    correct,
                })
                .collect(),
        })
}

fn arb_records() -> impl Strategy<Value = Records> {
    (
        prop::collection::vec(arb_game(), 0..30),
        prop::option::of(0u8..=12),
        prop::sample::select(vec![Theme::System, Theme::Light, Theme::Dark]),
        any::<bool>(),
        prop::collection::vec("[A-Za-z ]{1,12}", 0..9),
        prop::collection::vec(arb_party(), 0..6),
        prop::sample::select(vec![None, Some(Lang::English), Some(Lang::Japanese)]),
    )
        .prop_map(
            |(games, spoiler_limit, theme, sound, party_names, parties, lang)| {
                let mut records = Records::default();
                for g in games {
                    records.record(g);
                }
                for party in parties {
                    apply(&mut records, &Change::Party(party));
                }
                records.settings = Settings {
                    spoiler_limit,
                    theme,
                    sound,
                    party_names,
                    lang,
                };
                records
            },
        )
}

proptest! {
    #[test]
    fn any_string_decodes_to_a_usable_state(raw in ".*") {
        let decoded = decode(Some(&raw));
        // Whatever was recovered is itself clean data.
        let again = decode(Some(&encode(&decoded.records)));
        prop_assert_eq!(again.problem, None);
        prop_assert_eq!(again.records, decoded.records);
    }

    #[test]
    fn any_json_shaped_string_decodes_too(raw in r#"\{("(version|best|results|tally|daily|boxes|settings|top|history|achievements)":(1|2|null|"x"|\[\]|\{\}|\[\{\}\]|\{"classic":\{\}\}),?){0,6}\}"#) {
        let decoded = decode(Some(&raw));
        prop_assert!(decoded.records.results.len() <= RESULTS_KEPT);
    }

    #[test]
    fn encode_then_decode_is_the_identity(records in arb_records()) {
        let decoded = decode(Some(&encode(&records)));
        prop_assert_eq!(decoded.problem, None);
        prop_assert_eq!(decoded.records, records);
    }
}

/// What the game stored before its codec was its own (serde's derives), captured from that
/// build after a daily and a timed round with the spoiler guard at episode 7.
const SAVED_BY_SERDE: &str = include_str!("fixtures/records-v2.json");

#[test]
fn records_saved_by_the_serde_build_read_back_and_write_out_unchanged() {
    use litre_quiz::json::Json;
    let decoded = decode(Some(SAVED_BY_SERDE));
    assert_eq!(decoded.problem, None);
    let records = &decoded.records;
    assert_eq!(records.results.len(), 2);
    assert_eq!(records.settings.spoiler_limit, Some(7));
    assert!(records.best.contains_key(&Mode::Timed) && records.best.contains_key(&Mode::Daily));
    assert!(records.daily.last_scored.is_some());
    assert!(!records.boxes.is_empty() && !records.achievements.is_empty());
    // Written again: the same JSON, field for field and in the same order, but for the version
    // and the parts versions 3 and 4 added.
    let Some(Json::Object(mut expected)) = Json::parse(SAVED_BY_SERDE) else {
        panic!("the fixture is a JSON object");
    };
    for (key, value) in expected.iter_mut() {
        match (key.as_str(), value) {
            ("version", value) => *value = Json::Number(f64::from(VERSION)),
            ("settings", Json::Object(settings)) => {
                settings.push(("party_names".to_string(), Json::Array(Vec::new())));
                settings.push(("lang".to_string(), Json::Null));
            }
            _ => {}
        }
    }
    expected.push(("parties".to_string(), Json::Array(Vec::new())));
    assert_eq!(Json::parse(&encode(records)), Some(Json::Object(expected)));
}
