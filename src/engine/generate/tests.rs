//! The generators' tests: the English questions, and their Japanese twins.

use super::*;
use crate::engine::tables::{CharacterRow, CreditRow, EpisodeRow, JaRow, TimelineRow};

/// The English questions only, as the English bank has them.
fn english(tables: &Tables, seed: u64) -> Vec<Question> {
    generate(tables, &JaTables::default(), seed)
        .into_iter()
        .map(|q| q.en)
        .collect()
}

fn character(id: &str, actor: &str, spoiler: u8) -> CharacterRow {
    CharacterRow {
        id: id.into(),
        name_ja: String::new(),
        name: format!("Name {id}"),
        name_accept: vec![],
        actor_ja: String::new(),
        actor: actor.into(),
        actor_accept: vec![],
        group: "g".into(),
        role: format!("role of {id}"),
        school: String::new(),
        club: String::new(),
        occupation: String::new(),
        sources: vec!["S".into()],
        spoiler,
    }
}

fn tables() -> Tables {
    Tables {
        characters: vec![
            character("a", "Actor A", 0),
            character("b", "Actor B", 0),
            character("c", "Actor C", 0),
            character("d", "Actor D", 0),
            character("e", "", 0),
            character("late", "Actor Late", 10),
        ],
        episodes: (1..=11)
            .map(|n| EpisodeRow {
                number: n,
                title_ja: format!("題{n}"),
                title: format!("Title {n}"),
                air_date: format!("2005-10-{n:02}"),
                events: vec![format!("Event of {n}.")],
                sources: vec!["S".into()],
            })
            .collect(),
        ..Tables::default()
    }
}

#[test]
fn timeline_years_and_order() {
    let mut t = tables();
    t.timeline = [(1962, 0), (1986, 0), (1988, 11), (2004, 0), (2005, 0)]
        .iter()
        .map(|&(year, spoiler)| TimelineRow {
            id: format!("y{year}"),
            year,
            event: format!("Event of {year}."),
            sources: vec!["S".into()],
            spoiler,
        })
        .collect();
    let questions = english(&t, 2);
    let q = questions
        .iter()
        .find(|q| q.id == "gen-real-year-y1988")
        .unwrap();
    assert_eq!((q.answer_text().as_str(), q.spoiler), ("1988", 11));
    let Kind::Choice { distractors, .. } = &q.kind else {
        panic!("not a choice question")
    };
    assert!(distractors.iter().all(|d| d.len() == 4 && d != "1988"));
    let order = questions.iter().find(|q| q.id == "gen-real-order").unwrap();
    let Kind::Order { items } = &order.kind else {
        panic!("not an order question")
    };
    assert!(
        !items.iter().any(|i| i.contains("1988")),
        "no spoiler in the order question"
    );
    let years: Vec<&str> = items.iter().map(|i| &i[9..13]).collect();
    assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
}

#[test]
fn titles_ending_in_their_own_mark_are_not_given_a_second_one() {
    let mut t = tables();
    t.episodes[2].title = "Why Did the Illness Choose Me?".into();
    t.episodes[4].title = "Live Now!".into();
    let questions = english(&t, 5);
    let find = |id: &str| questions.iter().find(|q| q.id == id).unwrap();
    let q = find("gen-ep-titled-3");
    assert_eq!(
        q.prompt,
        "Which episode is titled 「題3」 Why Did the Illness Choose Me?"
    );
    assert_eq!(
        q.explanation,
        "Episode 3, first aired on 3 October 2005, is 「題3」 Why Did the Illness Choose Me?"
    );
    let q = find("gen-ep-titled-5");
    assert_eq!(q.prompt, "Which episode is titled 「題5」 Live Now!");
    assert!(
        q.explanation.ends_with("is 「題5」 Live Now!"),
        "{}",
        q.explanation
    );
    assert_eq!(
        find("gen-ep-titled-1").prompt,
        "Which episode is titled 「題1」 Title 1?"
    );
    for q in &questions {
        for text in [&q.prompt, &q.explanation] {
            for doubled in ["??", "?.", "!.", "!?", "?!"] {
                assert!(!text.contains(doubled), "{}: {text}", q.id);
            }
        }
    }
}

#[test]
fn end_sentence_adds_a_mark_only_when_missing() {
    assert_eq!(end_sentence("Who plays Aya", '?'), "Who plays Aya?");
    assert_eq!(end_sentence("Choose Me? ", '.'), "Choose Me?");
    assert_eq!(end_sentence("Live Now!", '?'), "Live Now!");
    assert_eq!(end_sentence("Done.", '.'), "Done.");
}

#[test]
fn rows_without_a_role_make_no_role_question_and_are_no_distractor() {
    let mut t = tables();
    t.characters[1].role = String::new();
    let questions = english(&t, 1);
    assert!(!questions.iter().any(|q| q.id == "gen-char-role-b"));
    let plays = questions
        .iter()
        .find(|q| q.id == "gen-cast-plays-b")
        .unwrap();
    assert_eq!(plays.explanation, "Actor B plays Name b.");
    for q in questions
        .iter()
        .filter(|q| q.id.starts_with("gen-char-role-"))
    {
        let Kind::Choice { distractors, .. } = &q.kind else {
            panic!("not a choice question")
        };
        assert!(distractors.iter().all(|d| !d.trim().is_empty()), "{}", q.id);
    }
}

#[test]
fn same_seed_same_questions() {
    assert_eq!(english(&tables(), 3), english(&tables(), 3));
    assert_ne!(english(&tables(), 3), english(&tables(), 4));
}

#[test]
fn who_plays_uses_actors_as_distractors_and_hides_later_rows() {
    let questions = english(&tables(), 1);
    let q = questions
        .iter()
        .find(|q| q.id == "gen-cast-plays-a")
        .unwrap();
    let Kind::Choice {
        answer,
        distractors,
    } = &q.kind
    else {
        panic!("not a choice question")
    };
    assert_eq!(answer, "Actor A");
    assert_eq!(distractors.len(), 3);
    for d in distractors {
        assert!(
            d.starts_with("Actor ") && d != "Actor A" && d != "Actor Late",
            "{d}"
        );
    }
}

#[test]
fn rows_without_actors_make_no_cast_question() {
    let questions = english(&tables(), 1);
    assert!(!questions.iter().any(|q| q.id == "gen-cast-plays-e"));
    assert!(questions.iter().any(|q| q.id == "gen-char-role-e"));
}

#[test]
fn event_questions_carry_their_episode_as_spoiler() {
    let questions = english(&tables(), 1);
    let q = questions
        .iter()
        .find(|q| q.id == "gen-ep-event-7-1")
        .unwrap();
    assert_eq!(q.spoiler, 7);
    assert_eq!(q.answer_text(), "Episode 7");
}

#[test]
fn order_questions_list_titles_in_broadcast_order() {
    for q in english(&tables(), 9)
        .iter()
        .filter(|q| q.id.starts_with("gen-ep-order"))
    {
        let Kind::Order { items } = &q.kind else {
            panic!("not an order question")
        };
        let numbers: Vec<u32> = items
            .iter()
            .map(|t| t.trim_start_matches("Title ").parse().unwrap())
            .collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
    }
}

/// The test tables with Japanese names and every Japanese table text.
fn bilingual_tables() -> (Tables, JaTables) {
    let mut t = tables();
    for row in &mut t.characters {
        row.name_ja = format!("名{}", row.id);
        if !row.actor.is_empty() {
            row.actor_ja = format!("俳優{}", row.id);
        }
    }
    t.timeline = [(1962, 0), (1986, 0), (1988, 11), (2005, 0)]
        .iter()
        .map(|&(year, spoiler)| TimelineRow {
            id: format!("y{year}"),
            year,
            event: format!("Event of {year}."),
            sources: vec!["S".into()],
            spoiler,
        })
        .collect();
    t.credits = [
        ("series", "writer", "a"),
        ("series", "writer", "b"),
        ("series", "music", "c"),
        ("special", "director", "d"),
        ("film", "director", "e"),
    ]
    .iter()
    .map(|&(work, role, p)| CreditRow {
        id: format!("{work}-{role}-{p}"),
        work: work.into(),
        role: role.into(),
        name_ja: format!("人{p}"),
        name: format!("Person {p}"),
        sources: vec!["S".into()],
    })
    .collect();
    let row = |f: &dyn Fn(&mut JaRow)| {
        let mut r = JaRow::default();
        f(&mut r);
        r
    };
    let mut ja = JaTables::default();
    for c in &t.characters {
        let role = format!("{}の役", c.id);
        ja.characters
            .insert(c.id.clone(), row(&|r| r.role = role.clone()));
    }
    for e in &t.episodes {
        let events = vec![format!("出来事{}。", e.number)];
        ja.episodes
            .insert(e.number.to_string(), row(&|r| r.events = events.clone()));
    }
    for y in &t.timeline {
        let event = format!("{}年の出来事。", y.year);
        ja.timeline
            .insert(y.id.clone(), row(&|r| r.event = event.clone()));
    }
    for c in &t.credits {
        let role = match (c.work.as_str(), c.role.as_str()) {
            (_, "writer") => "脚本",
            (_, "music") => "音楽",
            ("film", _) => "監督",
            _ => "演出",
        };
        ja.credits
            .insert(c.id.clone(), row(&|r| r.role = role.into()));
    }
    (t, ja)
}

fn find<'a>(questions: &'a [Bilingual<Question>], id: &str) -> &'a Bilingual<Question> {
    questions.iter().find(|q| q.en.id == id).unwrap()
}

#[test]
fn japanese_questions_mirror_the_english_ones() {
    let (t, ja) = bilingual_tables();
    let questions = generate(&t, &ja, 7);
    assert!(questions.len() > 40);
    for q in &questions {
        let (en, ja) = (&q.en, &q.ja);
        assert_eq!(
            (&en.id, en.category, en.difficulty, en.spoiler, &en.sources),
            (&ja.id, ja.category, ja.difficulty, ja.spoiler, &ja.sources)
        );
        match (&en.kind, &ja.kind) {
            (Kind::Choice { distractors: a, .. }, Kind::Choice { distractors: b, .. }) => {
                assert_eq!(a.len(), b.len(), "{}", en.id)
            }
            (Kind::Order { items: a }, Kind::Order { items: b }) => {
                assert_eq!(a.len(), b.len(), "{}", en.id)
            }
            (Kind::Typed { .. }, Kind::Typed { .. }) => {}
            _ => panic!("{}: the kinds differ", en.id),
        }
        assert_ne!(en.prompt, ja.prompt, "{}", en.id);
        assert!(
            ja.prompt.ends_with(['？', '。', '）']) && !ja.prompt.contains("Episode"),
            "{}: {}",
            ja.id,
            ja.prompt
        );
    }
}

#[test]
fn japanese_distractors_are_the_english_ones_translated() {
    let (t, ja) = bilingual_tables();
    let questions = generate(&t, &ja, 7);
    let q = find(&questions, "gen-cast-plays-a");
    let (
        Kind::Choice {
            answer: a_en,
            distractors: d_en,
        },
        Kind::Choice {
            answer: a_ja,
            distractors: d_ja,
        },
    ) = (&q.en.kind, &q.ja.kind)
    else {
        panic!("not a choice question")
    };
    assert_eq!((a_en.as_str(), a_ja.as_str()), ("俳優a Actor A", "俳優a"));
    for (en, ja) in d_en.iter().zip(d_ja) {
        assert_eq!(
            en,
            &format!(
                "{ja} Actor {}",
                ja.trim_start_matches("俳優").to_uppercase()
            )
        );
    }
    assert_eq!(q.ja.prompt, "名aを演じているのは誰？");
    assert_eq!(q.ja.explanation, "俳優aが演じる名aは、aの役。");
}

#[test]
fn japanese_episode_questions_use_counters_and_dates() {
    let (t, ja) = bilingual_tables();
    let questions = generate(&t, &ja, 7);
    let q = &find(&questions, "gen-ep-titled-3").ja;
    assert_eq!(q.prompt, "「題3」というサブタイトルの回は第何話？");
    assert_eq!(q.answer_text(), "第3話");
    assert_eq!(q.explanation, "第3話は、2005年10月3日に放送された「題3」。");
    let q = &find(&questions, "gen-ep-aired-3").ja;
    assert_eq!(q.answer_text(), "2005年10月3日");
    let q = &find(&questions, "gen-ep-event-7-1").ja;
    assert_eq!(q.prompt, "次の出来事が描かれるのは第何話？　出来事7。");
    assert_eq!(q.spoiler, 7);
    let q = find(&questions, "gen-ep-title-of-2");
    assert_eq!(q.ja.prompt, "第2話「題2」の英語タイトルは？");
    assert_eq!(q.ja.kind, q.en.kind, "the options are the English titles");
    let q = &find(&questions, "gen-ep-order-1").ja;
    let Kind::Order { items } = &q.kind else {
        panic!("not an order question")
    };
    assert!(items
        .iter()
        .all(|i| i.starts_with('「') && i.ends_with('」')));
    assert!(q.explanation.ends_with("話。"), "{}", q.explanation);
}

#[test]
fn japanese_typed_cast_answers_accept_the_romaji() {
    let (t, ja) = bilingual_tables();
    let questions = generate(&t, &ja, 7);
    let q = find(&questions, "gen-cast-typed-a");
    assert_eq!(q.ja.prompt, "名aを演じている俳優の名前を入力してください。");
    let Kind::Typed { answer, accept } = &q.ja.kind else {
        panic!("not a typed question")
    };
    assert_eq!(answer, "俳優a");
    assert!(accept.contains(&"Actor A".to_string()));
}

#[test]
fn japanese_credits_and_years() {
    let (t, ja) = bilingual_tables();
    let questions = generate(&t, &ja, 7);
    let q = &find(&questions, "gen-music-credit-series-writer").ja;
    assert_eq!(
        q.prompt,
        "2005年の連続ドラマで「脚本」としてクレジットされている2人のうち、1人は誰？"
    );
    assert_eq!(q.explanation, "2005年の連続ドラマの「脚本」は人aと人b。");
    let q = find(&questions, "gen-music-credit-film-director");
    assert_eq!(
        q.en.prompt,
        "Who is credited as the director of the 2004 film?"
    );
    assert_eq!(
        q.ja.prompt,
        "2004年の映画で「監督」としてクレジットされているのは誰？"
    );
    assert_eq!(q.ja.answer_text(), "人e");
    let q = find(&questions, "gen-real-year-y1988");
    assert_eq!(
        q.ja.prompt,
        "次の出来事があったのは何年？　1988年の出来事。"
    );
    assert_eq!((q.ja.answer_text().as_str(), q.ja.spoiler), ("1988年", 11));
    let q = &find(&questions, "gen-real-order").ja;
    assert!(
        q.explanation.starts_with("1962年：1962年の出来事。"),
        "{}",
        q.explanation
    );
}

#[test]
fn japanese_lists_join_with_to() {
    assert_eq!(join_ja(&[]), "");
    assert_eq!(join_ja(&["A"]), "A");
    assert_eq!(join_ja(&["A", "B"]), "AとB");
    assert_eq!(join_ja(&["A", "B", "C"]), "A、BとC");
}
