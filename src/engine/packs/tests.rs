use std::rc::Rc;

use serde_json::json;

use super::decode::tests::{to_base64, to_url3986};
use super::*;
use crate::engine::bank::{Category, Difficulty, Kind, Question};
use crate::engine::test_support;
use crate::engine::validate::PACK;

fn parse(text: &str) -> Result<(Pack, PackFormat), Vec<PackError>> {
    parse_pack(text, text.len(), Words::ENGLISH)
}

fn ok(text: &str) -> (Pack, PackFormat) {
    match parse(text) {
        Ok(read) => read,
        Err(errors) => panic!("expected a pack, got {errors:#?}"),
    }
}

fn errs(text: &str) -> Vec<PackError> {
    match parse(text) {
        Ok((pack, _)) => panic!("expected errors, got {pack:#?}"),
        Err(errors) => errors,
    }
}

/// (question, field) of every error.
fn wheres(errors: &[PackError]) -> Vec<(Option<usize>, String)> {
    errors
        .iter()
        .map(|e| (e.question, e.field.clone()))
        .collect()
}

fn has(errors: &[PackError], question: Option<usize>, field: &str, contains: &str) -> bool {
    errors
        .iter()
        .any(|e| e.question == question && e.field == field && e.message.contains(contains))
}

/// An own-format pack around `questions`.
fn own_pack(questions: serde_json::Value) -> String {
    json!({
        "format": "litre-quiz-pack",
        "version": 1,
        "name": "Test pack",
        "description": "For tests",
        "questions": questions,
    })
    .to_string()
}

fn choice_q(prompt: &str) -> serde_json::Value {
    json!({"category": "Trivia", "type": "choice", "prompt": prompt, "answer": "A",
           "distractors": ["B", "C", "D"]})
}

const GOOD: &str = r#"{
  "format": "litre-quiz-pack",
  "version": 1,
  "name": "Ikeuchi family quiz",
  "description": "A small fan pack.",
  "questions": [
    {"id": "shop", "category": "Family", "difficulty": "easy", "type": "choice",
     "prompt": "What kind of shop does the Ikeuchi family run?", "answer": "A tofu shop",
     "distractors": ["A bakery", "A flower shop"], "explanation": "They make tofu.",
     "sources": ["Episode 1"], "spoiler": 1},
    {"category": "Family", "type": "true_false", "prompt": "Aya is the eldest child.",
     "answer": true},
    {"category": "Story", "difficulty": "hard", "type": "order",
     "prompt": "Put these in order.", "items": ["First", "Second", "Third", "Fourth"]},
    {"category": "Music", "type": "typed", "prompt": "Who sings Konayuki?",
     "answer": "Remioromen", "accept": ["レミオロメン"]}
  ]
}"#;

#[test]
fn a_good_own_pack_reads_with_defaults() {
    let (pack, format) = ok(GOOD);
    assert_eq!(format, PackFormat::Own);
    assert_eq!(pack.name, "Ikeuchi family quiz");
    assert_eq!(pack.description, "A small fan pack.");
    assert_eq!(pack.questions.len(), 4);
    let ids: Vec<&str> = pack.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["shop", "q2", "q3", "q4"]);
    assert!(pack.questions.iter().all(|q| q.category == Category::Pack));
    let first = &pack.questions[0];
    assert_eq!(first.topic.as_deref(), Some("Family"));
    assert_eq!(first.difficulty, Difficulty::Easy);
    assert_eq!(first.spoiler, 1);
    assert_eq!(first.sources, ["Episode 1"]);
    let second = &pack.questions[1];
    assert_eq!(second.kind, Kind::TrueFalse { answer: true });
    assert_eq!(second.difficulty, Difficulty::Normal);
    assert_eq!(second.explanation, "");
    assert!(second.sources.is_empty());
    assert_eq!(second.spoiler, 0);
    assert_eq!(
        pack.questions[2].answer_text(),
        "First → Second → Third → Fourth"
    );
    assert_eq!(
        pack.questions[3].kind,
        Kind::Typed {
            answer: "Remioromen".into(),
            accept: vec!["レミオロメン".into()]
        }
    );
}

#[test]
fn pack_ids_are_stable_slugs() {
    let (a, _) = ok(GOOD);
    let (b, _) = ok(GOOD);
    assert_eq!(a.id, b.id);
    assert!(a.id.starts_with("ikeuchi-family-quiz-"), "{}", a.id);
    let changed = GOOD.replace("They make tofu.", "They make tofu!");
    assert_ne!(ok(&changed).0.id, a.id);
    for name in [
        "A very, very, VERY long pack name that goes on and on forever",
        "池内亜也",
        "--",
        "Ünïcode & Friends!",
    ] {
        let text = GOOD.replace("Ikeuchi family quiz", name);
        let id = ok(&text).0.id;
        assert!(id.len() <= 40, "{id}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{id}"
        );
        assert!(!id.starts_with('-') && !id.contains("--"), "{id}");
    }
    assert!(ok(&GOOD.replace("Ikeuchi family quiz", "池内亜也"))
        .0
        .id
        .starts_with("pack-"));
}

#[test]
fn missing_fields_are_named() {
    let text = own_pack(json!([
        {"type": "choice", "answer": "A", "distractors": ["B"]},
        {"category": "X", "prompt": "No type?"},
        {"category": "X", "type": "choice", "prompt": "No answer?"},
        {"category": "X", "type": "true_false", "prompt": "No bool?"},
        {"category": "X", "type": "order", "prompt": "No items?"},
    ]));
    let errors = errs(&text);
    let at = wheres(&errors);
    for expected in [
        (Some(1), "category"),
        (Some(1), "prompt"),
        (Some(2), "type"),
        (Some(3), "answer"),
        (Some(3), "distractors"),
        (Some(4), "answer"),
        (Some(5), "items"),
    ] {
        assert!(
            at.contains(&(expected.0, expected.1.to_string())),
            "{expected:?} in {at:?}"
        );
    }
    assert_eq!(
        errors[0].to_string(),
        "Question 1, field 'category': is missing"
    );
    let top = errs(r#"{"format": "litre-quiz-pack", "version": 1}"#);
    assert!(has(&top, None, "name", "is missing"));
    assert!(has(&top, None, "questions", "is missing"));
}

#[test]
fn wrong_json_types_are_named() {
    let text = own_pack(json!([
        {"category": 5, "type": "choice", "prompt": ["P"], "answer": true,
         "distractors": "B"},
        {"category": "X", "type": "true_false", "prompt": "P2", "answer": "true",
         "sources": "Episode 1", "spoiler": 13},
        {"category": "X", "type": "true_false", "prompt": "P3", "answer": false,
         "spoiler": "3", "explanation": 7, "id": 4},
        "not an object",
    ]));
    let errors = errs(&text);
    assert!(has(
        &errors,
        Some(1),
        "category",
        "must be text, not a number"
    ));
    assert!(has(
        &errors,
        Some(1),
        "prompt",
        "must be text, not a JSON array"
    ));
    assert!(has(
        &errors,
        Some(1),
        "answer",
        "must be text, not true or false"
    ));
    assert!(has(
        &errors,
        Some(1),
        "distractors",
        "must be a list of texts"
    ));
    assert!(has(&errors, Some(2), "answer", "must be true or false"));
    assert!(has(&errors, Some(2), "sources", "must be a list of texts"));
    assert!(has(
        &errors,
        Some(2),
        "spoiler",
        "13 is not a whole number from 0 to 12"
    ));
    assert!(has(&errors, Some(3), "spoiler", "not a whole number"));
    assert!(has(&errors, Some(3), "explanation", "must be text"));
    assert!(has(&errors, Some(3), "id", "must be text"));
    assert!(has(
        &errors,
        Some(4),
        "",
        "must be a JSON object, not a string"
    ));
    assert_eq!(
        errors
            .iter()
            .find(|e| e.question == Some(4))
            .map(ToString::to_string)
            .as_deref(),
        Some("Question 4: must be a JSON object, not a string")
    );
}

#[test]
fn wrong_format_version_and_unknown_fields() {
    let text = GOOD
        .replace("\"version\": 1", "\"version\": 2")
        .replace("litre-quiz-pack", "other-pack")
        .replace(
            "\"spoiler\": 1}",
            "\"spoiler\": 1, \"distractor\": [\"x\"], \"items\": []}",
        );
    let errors = errs(&text);
    assert!(has(&errors, None, "format", "must be \"litre-quiz-pack\""));
    assert!(has(&errors, None, "version", "2 is not supported"));
    assert!(has(
        &errors,
        Some(1),
        "distractor",
        "is not a field of a pack question"
    ));
    assert!(has(
        &errors,
        Some(1),
        "items",
        "does not belong in a \"choice\" question"
    ));
    let extra = GOOD.replace("\"version\": 1,", "\"version\": 1, \"author\": \"me\",");
    assert!(has(
        &errs(&extra),
        None,
        "author",
        "is not a field of a pack"
    ));
    let schema = GOOD.replace(
        "\"version\": 1,",
        "\"version\": 1, \"$schema\": \"pack.schema.json\",",
    );
    ok(&schema);
}

#[test]
fn bad_difficulty_and_type_are_errors() {
    let text = own_pack(json!([
        {"category": "X", "difficulty": "medium", "type": "choice", "prompt": "P1",
         "answer": "A", "distractors": ["B"]},
        {"category": "X", "type": "multiple", "prompt": "P2", "answer": "A"},
    ]));
    let errors = errs(&text);
    assert!(has(
        &errors,
        Some(1),
        "difficulty",
        "\"medium\" is not \"easy\", \"normal\" or \"hard\""
    ));
    assert!(has(
        &errors,
        Some(2),
        "type",
        "\"multiple\" is not \"choice\""
    ));
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn duplicates_name_both_questions() {
    let mut dup_id_a = choice_q("First prompt?");
    dup_id_a["id"] = json!("same");
    let mut dup_id_b = choice_q("Second prompt?");
    dup_id_b["id"] = json!("same");
    let text = own_pack(json!([
        dup_id_a,
        dup_id_b,
        choice_q("Who is  Aya's brother?"),
        choice_q("who is ayas brother"),
    ]));
    let errors = errs(&text);
    assert!(has(
        &errors,
        Some(2),
        "id",
        "'same' is already the id of question 1"
    ));
    assert!(has(
        &errors,
        Some(4),
        "prompt",
        "is the same as the prompt of question 3"
    ));
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn generated_ids_skip_given_ones() {
    let mut given = choice_q("P1");
    given["id"] = json!("q2");
    let (pack, _) = ok(&own_pack(json!([given, choice_q("P2"), choice_q("P3")])));
    let ids: Vec<&str> = pack.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["q2", "q2-2", "q3"]);
}

#[test]
fn choice_needs_one_to_eight_distinct_distractors() {
    let q = |prompt: &str, answer: &str, distractors: &[&str]| {
        json!({"category": "X", "type": "choice", "prompt": prompt, "answer": answer,
               "distractors": distractors})
    };
    let text = own_pack(json!([
        q("None?", "A", &[]),
        q("Nine?", "A", &["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        q("Same as answer?", "Kitō Aya", &["kitou aya", "B"]),
        q("Twice?", "A", &["B", "b!", "C"]),
        q("Empty?", "A", &["B", " "]),
        q("Symbols?", "+", &["-", "×"]),
        q("Eight?", "A", &["1", "2", "3", "4", "5", "6", "7", "8"]),
        q("One?", "A", &["B"]),
    ]));
    let errors = errs(&text);
    assert!(has(
        &errors,
        Some(1),
        "distractors",
        "needs 1 to 8 wrong answers, has 0"
    ));
    assert!(has(
        &errors,
        Some(2),
        "distractors",
        "needs 1 to 8 wrong answers, has 9"
    ));
    assert!(has(
        &errors,
        Some(3),
        "distractors",
        "'kitou aya' is the same as the right answer"
    ));
    assert!(has(&errors, Some(4), "distractors", "'b!' is listed twice"));
    assert!(has(&errors, Some(5), "distractors", "item 2 is empty"));
    let at = wheres(&errors);
    assert!(!at.iter().any(|(q, _)| matches!(q, Some(6..=8))), "{at:?}");
}

#[test]
fn order_needs_three_to_five_distinct_items() {
    let q = |prompt: &str, items: &[&str]| json!({"category": "X", "type": "order", "prompt": prompt, "items": items});
    let text = own_pack(json!([
        q("Two?", &["a", "b"]),
        q("Six?", &["a", "b", "c", "d", "e", "f"]),
        q("Repeat?", &["a", "b", "A."]),
        q("Three?", &["a", "b", "c"]),
        q("Five?", &["a", "b", "c", "d", "e"]),
    ]));
    let errors = errs(&text);
    assert!(has(&errors, Some(1), "items", "needs 3 to 5 items, has 2"));
    assert!(has(&errors, Some(2), "items", "needs 3 to 5 items, has 6"));
    assert!(has(&errors, Some(3), "items", "'A.' is listed twice"));
    assert_eq!(errors.len(), 3, "{errors:#?}");
}

#[test]
fn typed_answers_must_be_matchable() {
    let q = |prompt: &str, answer: &str, accept: serde_json::Value| {
        json!({"category": "X", "type": "typed", "prompt": prompt, "answer": answer,
               "accept": accept})
    };
    let text = own_pack(json!([
        q("Symbols?", "!!", json!([])),
        q("Accept?", "Aya", json!(["??", ""])),
        q("Fine?", "Aya", json!(["亜也"])),
        json!({"category": "X", "type": "typed", "prompt": "No accept?", "answer": "Aya"}),
        json!({"category": "X", "type": "typed", "prompt": "Distractors?", "answer": "Aya",
               "distractors": ["B"]}),
    ]));
    let errors = errs(&text);
    assert!(has(&errors, Some(1), "answer", "no letters or digits"));
    assert!(has(&errors, Some(2), "accept", "item 2 is empty"));
    assert!(has(
        &errors,
        Some(5),
        "distractors",
        "does not belong in a \"typed\" question"
    ));
    assert!(!wheres(&errors)
        .iter()
        .any(|(q, _)| matches!(q, Some(3 | 4))));
}

#[test]
fn text_limits_are_enforced() {
    let long = |n: usize| "x".repeat(n);
    let text = json!({
        "format": "litre-quiz-pack", "version": 1, "name": long(101),
        "description": long(501),
        "questions": [
            {"category": long(101), "type": "choice", "prompt": long(501),
             "answer": long(201), "distractors": [long(201)], "explanation": long(1001)},
            {"category": long(100), "type": "choice", "prompt": long(500),
             "answer": long(200), "distractors": ["y".repeat(200)], "explanation": long(1000)},
        ]
    })
    .to_string();
    let errors = errs(&text);
    for (q, field) in [
        (None, "name"),
        (None, "description"),
        (Some(1), "category"),
        (Some(1), "prompt"),
        (Some(1), "answer"),
        (Some(1), "distractors"),
        (Some(1), "explanation"),
    ] {
        assert!(
            has(&errors, q, field, "is too long"),
            "{q:?} {field}: {errors:#?}"
        );
    }
    assert!(has(
        &errors,
        None,
        "name",
        "is too long (101 characters, at most 100)"
    ));
    assert_eq!(errors.len(), 7, "{errors:#?}");
    let text = GOOD.replace("\"Ikeuchi family quiz\"", "\"  \"");
    assert!(has(&errs(&text), None, "name", "is empty"));
}

#[test]
fn not_json_and_not_a_pack() {
    let errors = errs("{\"format\": ");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("The file: not JSON (line 1, column 11)"),
        "{}",
        errors[0]
    );
    assert_eq!(errs("   ")[0].to_string(), "The file: is empty");
    assert!(errs("[1, 2]")[0]
        .message
        .starts_with("is a JSON array, not a question pack"));
    assert!(errs("{\"hello\": 1}")[0]
        .message
        .starts_with("is not a question pack"));
    assert!(errs(&own_pack(json!([])))
        .iter()
        .any(|e| e.field == "questions" && e.message.contains("at least one")));
    // A byte order mark is ignored.
    ok(&format!("\u{FEFF}{GOOD}"));
}

#[test]
fn encode_then_parse_gives_an_equal_pack() {
    let (pack, _) = ok(GOOD);
    let text = encode_pack(&pack);
    let (again, format) = ok(&text);
    assert_eq!(format, PackFormat::Own);
    assert_eq!(again, pack);
    assert_eq!(encode_pack(&again), text);
    // Field order follows the docs.
    let keys = [
        "\"format\"",
        "\"version\"",
        "\"name\"",
        "\"description\"",
        "\"questions\"",
    ];
    let positions: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
}

fn builtin(id: &str, category: Category, kind: Kind) -> Rc<Question> {
    Rc::new(Question {
        category,
        difficulty: Difficulty::Hard,
        sources: vec!["FJ-BN1".into(), "JAWIKI".into()],
        spoiler: 11,
        ..test_support::question(id, kind)
    })
}

#[test]
fn the_bank_exports_as_a_pack() {
    let questions = vec![
        builtin(
            "char-shop",
            Category::Characters,
            Kind::Choice {
                answer: "A tofu shop".into(),
                distractors: vec!["A bakery".into(), "A bookshop".into(), "A cafe".into()],
            },
        ),
        builtin(
            "music-x",
            Category::Music,
            Kind::TrueFalse { answer: false },
        ),
        builtin(
            "real-order",
            Category::Real,
            Kind::Order {
                items: vec!["1962".into(), "1986".into(), "1988".into()],
            },
        ),
        builtin(
            "cast-typed",
            Category::Cast,
            Kind::Typed {
                answer: "Sawajiri Erika".into(),
                accept: vec![],
            },
        ),
    ];
    let (pack, format) = ok(&bank_as_pack(&questions, Lang::English));
    assert_eq!(format, PackFormat::Own);
    assert_eq!(pack.questions.len(), 4);
    for (read, original) in pack.questions.iter().zip(&questions) {
        assert_eq!(read.id, original.id);
        assert_eq!(read.kind, original.kind);
        assert_eq!(read.sources, original.sources);
        assert_eq!(read.spoiler, 11);
        assert_eq!(read.difficulty, Difficulty::Hard);
        assert_eq!(read.category, Category::Pack);
        assert_eq!(
            read.topic.as_deref(),
            Some(Words::ENGLISH.t(original.category.label()))
        );
    }
    assert_eq!(
        topics(&pack),
        ["Cast", "Characters", "Music & production", "The real story"]
    );
}

#[test]
fn the_bank_export_leaves_out_fact_ids() {
    let mut question = Question::clone(&builtin(
        "real-x",
        Category::Real,
        Kind::TrueFalse { answer: true },
    ));
    question.fact = Some("diary-ages".into());
    let text = bank_as_pack(&[Rc::new(question)], Lang::English);
    assert!(!text.contains("\"fact\""), "{text}");
    let (pack, _) = ok(&text);
    assert_eq!(pack.questions[0].fact, None);
}

#[test]
fn the_whole_builtin_bank_exports_and_reads_back() {
    let bank = crate::engine::content::builtin_bank().expect("built-in bank");
    let text = bank_as_pack(bank.questions(), Lang::English);
    let (pack, _) = ok(&text);
    assert_eq!(pack.questions.len(), bank.questions().len());
    assert_eq!(summary(&pack).questions, bank.questions().len());
}

#[test]
fn summary_and_topics_count_the_pack() {
    let (pack, _) = ok(GOOD);
    let s = summary(&pack);
    assert_eq!(s.questions, 4);
    assert_eq!(
        s.categories.into_iter().collect::<Vec<_>>(),
        [
            ("Family".to_string(), 2),
            ("Music".into(), 1),
            ("Story".into(), 1)
        ]
    );
    assert_eq!(
        s.difficulties.into_iter().collect::<Vec<_>>(),
        [
            (Difficulty::Easy, 1),
            (Difficulty::Normal, 2),
            (Difficulty::Hard, 1)
        ]
    );
    assert_eq!(
        s.types.into_iter().collect::<Vec<_>>(),
        [("choice", 1), ("order", 1), ("true_false", 1), ("typed", 1)]
    );
    assert_eq!(topics(&pack), ["Family", "Music", "Story"]);
}

#[test]
fn markup_is_kept_as_literal_text() {
    let hostile = "<img src=x onerror=alert(1)>";
    let script = "<script>alert('x')</script> &amp; stays";
    let text = own_pack(json!([
        {"category": "<b>Bold</b>", "type": "choice", "prompt": hostile, "answer": script,
         "distractors": ["javascript:alert(1)"], "explanation": "<iframe src=//evil>"},
    ]));
    let (pack, _) = ok(&text);
    let q = &pack.questions[0];
    assert_eq!(q.prompt, hostile);
    assert_eq!(q.answer_text(), script);
    assert_eq!(q.topic.as_deref(), Some("<b>Bold</b>"));
    assert_eq!(q.explanation, "<iframe src=//evil>");
    assert_eq!(ok(&encode_pack(&pack)).0, pack);
}

// ---- Open Trivia DB ----

/// One logical OTDB result: type, difficulty, category, question, correct, incorrect.
type Logical = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// The decoded content of [`OTDB_HTML`].
const LOGICAL: [Logical; 3] = [
    (
        "multiple",
        "medium",
        "Entertainment: Japanese Anime & Manga",
        "Who said \"I'm here\" in épisode №1 — at the café?",
        "Renée",
        &["A <b>", "Zoë", "Hana", "Ōta ’s"],
    ),
    (
        "boolean",
        "easy",
        "Entertainment: Japanese Anime & Manga",
        "<img src=x onerror=alert(1)> is shown as text.",
        "True",
        &["False"],
    ),
    (
        "boolean",
        "hard",
        "Entertainment: Japanese Anime & Manga",
        "The sky is green && grass is blue.",
        "False",
        &["True"],
    ),
];

/// What the API sends by default, written by hand with the entities it uses.
const OTDB_HTML: &str = r#"{"response_code":0,"results":[
 {"type":"multiple","difficulty":"medium","category":"Entertainment: Japanese Anime &amp; Manga",
  "question":"Who said &quot;I&#039;m here&quot; in &eacute;pisode &#8470;1 &#x2014; at the caf&eacute;?",
  "correct_answer":"Ren&eacute;e","incorrect_answers":["A &lt;b&gt;","Zo&euml;","&#72;ana","&#x14C;ta &rsquo;s"]},
 {"type":"boolean","difficulty":"easy","category":"Entertainment: Japanese Anime &amp; Manga",
  "question":"&lt;img src=x onerror=alert(1)&gt; is shown as text.","correct_answer":"True",
  "incorrect_answers":["False"]},
 {"type":"boolean","difficulty":"hard","category":"Entertainment: Japanese Anime &amp; Manga",
  "question":"The sky is green &amp;&amp; grass is blue.","correct_answer":"False",
  "incorrect_answers":["True"]}
]}"#;

/// The logical results as a response, every string passed through `encode`.
fn otdb_response(results: &[Logical], encode: fn(&str) -> String) -> String {
    let results: Vec<serde_json::Value> = results
        .iter()
        .map(|(t, d, c, q, a, wrong)| {
            json!({
                "type": encode(t), "difficulty": encode(d), "category": encode(c),
                "question": encode(q), "correct_answer": encode(a),
                "incorrect_answers": wrong.iter().map(|w| encode(w)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({"response_code": 0, "results": results}).to_string()
}

#[test]
fn otdb_html_decodes_entities() {
    let (pack, format) = ok(OTDB_HTML);
    assert_eq!(format, PackFormat::OpenTriviaDb(OtdbEncoding::Html));
    assert_eq!(
        pack.name,
        "Open Trivia DB: Entertainment: Japanese Anime & Manga"
    );
    assert_eq!(pack.description, "Imported from an Open Trivia DB response");
    let first = &pack.questions[0];
    assert_eq!(first.prompt, LOGICAL[0].3);
    assert_eq!(
        first.kind,
        Kind::Choice {
            answer: "Renée".into(),
            distractors: LOGICAL[0].5.iter().map(|s| s.to_string()).collect(),
        }
    );
    assert_eq!(first.difficulty, Difficulty::Normal);
    assert_eq!(
        first.topic.as_deref(),
        Some("Entertainment: Japanese Anime & Manga")
    );
    assert_eq!(first.category, Category::Pack);
    assert_eq!(first.id, "q1");
    assert_eq!(
        pack.questions[1].prompt,
        "<img src=x onerror=alert(1)> is shown as text."
    );
    assert_eq!(pack.questions[1].kind, Kind::TrueFalse { answer: true });
    assert_eq!(pack.questions[1].difficulty, Difficulty::Easy);
    assert_eq!(pack.questions[2].kind, Kind::TrueFalse { answer: false });
    assert_eq!(pack.questions[2].difficulty, Difficulty::Hard);
    // The same as a response built from the logical content with HTML-safe text.
    assert_eq!(
        ok(&otdb_response(&LOGICAL, str::to_string)).0.questions,
        pack.questions
    );
}

#[test]
fn otdb_three_encodings_give_equal_packs() {
    let (html, _) = ok(OTDB_HTML);
    let url_text = otdb_response(&LOGICAL, to_url3986);
    let b64_text = otdb_response(&LOGICAL, to_base64);
    assert!(!url_text.contains(' ') || url_text.contains("%20"));
    let (url, url_format) = ok(&url_text);
    let (b64, b64_format) = ok(&b64_text);
    assert_eq!(url_format, PackFormat::OpenTriviaDb(OtdbEncoding::Url3986));
    assert_eq!(b64_format, PackFormat::OpenTriviaDb(OtdbEncoding::Base64));
    assert_eq!(url, html);
    assert_eq!(b64, html);
    // An imported pack saves and reloads as an own-format pack.
    assert_eq!(ok(&encode_pack(&html)), (html, PackFormat::Own));
}

#[test]
fn otdb_mixed_categories_name() {
    let mut logical = LOGICAL;
    logical[2].2 = "Science: Computers";
    assert_eq!(
        ok(&otdb_response(&logical, str::to_string)).0.name,
        "Open Trivia DB: mixed categories"
    );
}

#[test]
fn otdb_response_codes_are_explained() {
    for (code, words) in [
        (1, "No Results"),
        (2, "Invalid Parameter"),
        (3, "Token Not Found"),
        (4, "Token Empty"),
        (5, "Rate Limit"),
        (9, "not a success code"),
    ] {
        let errors = errs(&format!(r#"{{"response_code": {code}, "results": []}}"#));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "response_code");
        assert!(
            errors[0].message.contains(&format!("is {code} ({words}")),
            "{}",
            errors[0]
        );
    }
    let errors = errs(r#"{"response_code": 0, "results": []}"#);
    assert_eq!(
        errors[0].to_string(),
        "The file, field 'results': is empty: the response holds no questions"
    );
    assert!(has(
        &errs(r#"{"response_code": 0}"#),
        None,
        "results",
        "is missing"
    ));
    assert!(has(
        &errs(r#"{"results": {}}"#),
        None,
        "results",
        "must be a list"
    ));
}

#[test]
fn otdb_missing_and_wrong_fields_are_named() {
    let text = r#"{"response_code":0,"results":[
      {"type":"multiple","difficulty":"medium","category":"C","question":"Q1?",
       "incorrect_answers":["a","b","c"]},
      {"type":"trivia","difficulty":"medium","category":"C","question":"Q2?",
       "correct_answer":"x","incorrect_answers":["a"]},
      {"type":"boolean","difficulty":"extreme","category":"C","question":"Q3?",
       "correct_answer":"Yes","incorrect_answers":["No"]},
      {"type":"multiple","difficulty":"easy","category":"","question":"Q4?",
       "correct_answer":"x","incorrect_answers":"a"},
      {"type":"multiple","difficulty":"easy","category":"C","question":"Q1?",
       "correct_answer":"x","incorrect_answers":["X"]},
      {"type":"boolean","difficulty":"easy","category":"C","question":"Q6?",
       "correct_answer":"Maybe","incorrect_answers":["False"]},
      7
    ]}"#;
    let errors = errs(text);
    assert!(has(&errors, Some(1), "correct_answer", "is missing"));
    assert!(has(
        &errors,
        Some(2),
        "type",
        "'trivia' is not 'multiple' or 'boolean'"
    ));
    assert!(has(
        &errors,
        Some(3),
        "difficulty",
        "'extreme' is not 'easy', 'medium' or 'hard'"
    ));
    assert!(has(&errors, Some(4), "category", "is empty"));
    assert!(has(
        &errors,
        Some(4),
        "incorrect_answers",
        "must be a list of texts"
    ));
    assert!(has(
        &errors,
        Some(5),
        "incorrect_answers",
        "'X' is the same as the right answer"
    ));
    assert!(has(
        &errors,
        Some(6),
        "correct_answer",
        "'Maybe' must be 'True' or 'False'"
    ));
    assert!(has(&errors, Some(7), "", "must be a JSON object"));
    assert_eq!(
        errors[0].to_string(),
        "Question 1, field 'correct_answer': is missing"
    );
    let dup = r#"{"response_code":0,"results":[
      {"type":"boolean","difficulty":"easy","category":"C","question":"Same?","correct_answer":"True","incorrect_answers":["False"]},
      {"type":"boolean","difficulty":"easy","category":"C","question":"same","correct_answer":"True","incorrect_answers":["False"]}]}"#;
    assert!(has(
        &errs(dup),
        Some(2),
        "question",
        "is the same as the prompt of question 1"
    ));
}

#[test]
fn otdb_bad_encodings_are_reported() {
    let mut b64 = otdb_response(&LOGICAL, to_base64);
    b64 = b64.replacen(&to_base64("Renée"), "!!notbase64", 1);
    let errors = errs(&b64);
    assert!(
        has(&errors, Some(1), "correct_answer", "is not valid base64"),
        "{errors:#?}"
    );
    let url = otdb_response(&LOGICAL, to_url3986).replacen(&to_url3986("Renée"), "Ren%C3", 1);
    let errors = errs(&url);
    assert!(
        has(
            &errors,
            Some(1),
            "correct_answer",
            "is not valid percent-encoded"
        ),
        "{errors:#?}"
    );
}

// ---- Limits and robustness ----

#[test]
fn size_limit() {
    let errors = parse_pack(GOOD, PACK_LIMIT_BYTES + 1, Words::ENGLISH).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].question, None);
    assert!(errors[0].message.contains("at most 2 MB"), "{}", errors[0]);
    assert_eq!(
        errors[0].to_string(),
        "The file: is too large (2.0 MB; a pack may be at most 2 MB)"
    );
    ok(GOOD); // well under the limit
    assert!(parse_pack(GOOD, PACK_LIMIT_BYTES, Words::ENGLISH).is_ok());
    // The text's own length counts even if a smaller size is claimed.
    let big = format!("{GOOD}{}", " ".repeat(PACK_LIMIT_BYTES));
    assert!(parse_pack(&big, 10, Words::ENGLISH).unwrap_err()[0]
        .message
        .contains("too large"));
}

#[test]
fn question_count_limit() {
    let many = |n: usize| {
        own_pack(serde_json::Value::Array(
            (0..n)
                .map(|i| json!({"category": "C", "type": "true_false", "prompt": format!("Statement {i}"), "answer": true}))
                .collect(),
        ))
    };
    let (pack, _) = ok(&many(PACK_LIMIT_QUESTIONS));
    assert_eq!(pack.questions.len(), 2000);
    let errors = errs(&many(PACK_LIMIT_QUESTIONS + 1));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "The file, field 'questions': has 2001 questions; a pack may have at most 2000"
    );
    let results: Vec<serde_json::Value> = (0..=PACK_LIMIT_QUESTIONS)
        .map(|i| {
            json!({"type": "boolean", "difficulty": "easy", "category": "C",
                        "question": format!("Statement {i}"), "correct_answer": "True",
                        "incorrect_answers": ["False"]})
        })
        .collect();
    let errors = errs(&json!({"response_code": 0, "results": results}).to_string());
    assert!(has(&errors, None, "results", "has 2001 questions"));
}

#[test]
fn errors_are_capped_with_a_count() {
    let text = own_pack(serde_json::Value::Array(
        (0..60)
            .map(|i| json!({"category": "C", "type": "true_false", "prompt": format!("S{i}")}))
            .collect(),
    ));
    let errors = errs(&text);
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert_eq!(
        errors[MAX_ERRORS].to_string(),
        "The file: and 10 more problems"
    );
    assert!(errors[..MAX_ERRORS].iter().all(|e| e.field == "answer"));
}

#[test]
fn odd_inputs_never_panic() {
    let odd = [
        "",
        "\u{FEFF}",
        "null",
        "true",
        "0",
        "\"text\"",
        "{}",
        "[]",
        "{\"format\": null}",
        "{\"format\": \"litre-quiz-pack\", \"version\": 1e400}",
        "{\"format\": \"litre-quiz-pack\", \"version\": -1, \"name\": \"x\", \"questions\": [null, [], {}]}",
        "{\"questions\": {\"a\": 1}}",
        "{\"response_code\": -3}",
        "{\"response_code\": 1.5, \"results\": []}",
        "{\"results\": [{\"type\": \"YmFk\"}]}",
        "{\"results\": [{\"type\": \"Ym9vbGVhbg==\"}]}",
        "{\"results\": [{\"type\": \"multiple\", \"question\": \"%\"}]}",
        "{\"results\": [{\"type\": \"multiple\", \"question\": \"%E2%82\"}]}",
        "{\"results\": [{\"question\": \"&#xFFFFFFFF; &#1114112; &#55296; &\"}]}",
        "\u{0}\u{1}\u{2}",
        "{\"a\":\"\\ud800\"}",
        "日本語のテキスト",
    ];
    for text in odd {
        let _ = parse(text);
        let _ = parse_pack(text, 0, Words::ENGLISH);
        let _ = parse_pack(text, usize::MAX, Words::ENGLISH);
    }
    let deep = "[".repeat(10_000);
    assert!(parse(&deep).is_err());
    // Every prefix of valid files, cut at any character.
    for valid in [GOOD, OTDB_HTML] {
        for (i, _) in valid.char_indices() {
            let _ = parse(&valid[..i]);
        }
    }
    for valid in [
        otdb_response(&LOGICAL, to_base64),
        otdb_response(&LOGICAL, to_url3986),
    ] {
        for (i, _) in valid.char_indices().step_by(7) {
            let _ = parse(&valid[..i]);
            let mut broken = valid.clone();
            broken.replace_range(i..=i, "%");
            let _ = parse(&broken);
        }
    }
}

#[test]
fn the_schema_states_the_same_limits() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../static/pack.schema.json")).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["properties"]["format"]["const"], FORMAT_NAME);
    assert_eq!(schema["properties"]["version"]["const"], FORMAT_VERSION);
    assert_eq!(
        schema["properties"]["name"]["maxLength"],
        field_limits::NAME
    );
    assert_eq!(
        schema["properties"]["description"]["maxLength"],
        field_limits::DESCRIPTION
    );
    assert_eq!(
        schema["properties"]["questions"]["maxItems"],
        PACK_LIMIT_QUESTIONS
    );
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(schema["properties"]["lang"]["enum"], json!(codes));
    let q = &schema["$defs"]["question"]["properties"];
    assert_eq!(q["prompt"]["maxLength"], PACK.prompt);
    assert_eq!(q["category"]["maxLength"], field_limits::CATEGORY);
    assert_eq!(q["explanation"]["maxLength"], PACK.explanation.1);
    assert_eq!(q["id"]["maxLength"], field_limits::ID);
    assert_eq!(q["sources"]["items"]["maxLength"], field_limits::SOURCE);
    assert_eq!(schema["$defs"]["option"]["maxLength"], PACK.option);
    let choice = &schema["$defs"]["question"]["allOf"][0]["then"]["properties"]["distractors"];
    assert_eq!(choice["minItems"], PACK.distractors.0);
    assert_eq!(choice["maxItems"], PACK.distractors.1);
    let order = &schema["$defs"]["question"]["allOf"][2]["then"]["properties"]["items"];
    assert_eq!(order["minItems"], PACK.items.0);
    assert_eq!(order["maxItems"], PACK.items.1);
}

#[test]
fn the_docs_examples_read() {
    let docs = include_str!("../../../docs/PACKS.md");
    let blocks: Vec<&str> = docs
        .split("```json\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .collect();
    assert_eq!(blocks.len(), 2);
    let (own, format) = ok(blocks[0]);
    assert_eq!(format, PackFormat::Own);
    assert_eq!(own.questions.len(), 4);
    let (otdb, format) = ok(blocks[1]);
    assert_eq!(format, PackFormat::OpenTriviaDb(OtdbEncoding::Html));
    assert_eq!(
        otdb.questions[0].prompt,
        "Who sings the theme song \"Only Human\"?"
    );
    // The error examples are the game's wording.
    for line in [
        "Question 7, field 'prompt': is the same as the prompt of question 2",
        "The file, field 'questions': has 2001 questions; a pack may have at most 2000",
    ] {
        assert!(docs.contains(line));
    }
    let not_json = errs("{\"format\": ");
    assert!(docs.contains(&not_json[0].to_string()), "{}", not_json[0]);
}

// ---- The player's language ----

/// The Japanese texts, as the shipped file gives them.
fn japanese() -> crate::i18n::Texts {
    crate::i18n::ja::texts().unwrap()
}

#[test]
fn problems_are_worded_in_the_players_language() {
    let ja = japanese();
    let words = Words::new(Some(&ja));
    let text = own_pack(json!([
        {"type": "choice", "prompt": "Who?", "answer": "A", "distractors": ["A", "B"]},
    ]));
    let errors = parse_pack(&text, text.len(), words).unwrap_err();
    let lines: Vec<String> = errors.iter().map(|e| e.describe(words)).collect();
    assert!(
        lines.contains(&"第1問の「category」：ありません".to_string()),
        "{lines:?}"
    );
    let errors = parse_pack("   ", 3, words).unwrap_err();
    assert_eq!(errors[0].describe(words), "ファイル：空です");
    let errors = parse_pack(GOOD, PACK_LIMIT_BYTES + 1, words).unwrap_err();
    assert_eq!(
        errors[0].describe(words),
        "ファイル：大きすぎます（2.0MB。パックは2MBまでです）"
    );
    // The same problems in English name the same question and field.
    let english = parse_pack(&text, text.len(), Words::ENGLISH).unwrap_err();
    assert_eq!(
        wheres(&english),
        wheres(&parse_pack(&text, text.len(), words).unwrap_err())
    );
}

// ---- The pack's language ----

#[test]
fn a_pack_may_say_its_language() {
    let with = |lang: serde_json::Value| {
        let mut pack: serde_json::Value = serde_json::from_str(GOOD).unwrap();
        pack["lang"] = lang;
        pack.to_string()
    };
    assert_eq!(ok(&with(json!("ja"))).0.lang, Lang::Japanese);
    assert_eq!(ok(&with(json!("en"))).0.lang, Lang::English);
    for bad in [json!("jp"), json!("JA"), json!(1), json!(null)] {
        let errors = errs(&with(bad.clone()));
        assert_eq!(wheres(&errors), [(None, "lang".to_string())], "{bad}");
        assert!(
            errors[0].message.contains("is not \"en\" or \"ja\""),
            "{}",
            errors[0]
        );
    }
}

#[test]
fn a_pack_without_a_language_is_english() {
    assert_eq!(ok(GOOD).0.lang, Lang::English);
    assert_eq!(ok(OTDB_HTML).0.lang, Lang::English);
}

#[test]
fn the_language_round_trips_and_english_packs_keep_their_text_and_id() {
    let (english, _) = ok(GOOD);
    let text = encode_pack(&english);
    assert!(!text.contains("\"lang\""), "{text}");
    assert_eq!(ok(&text).0, english);
    let japanese = Pack {
        lang: Lang::Japanese,
        ..english.clone()
    };
    let text = encode_pack(&japanese);
    assert!(text.contains("\"lang\": \"ja\""), "{text}");
    let (read, _) = ok(&text);
    assert_eq!(read.lang, Lang::Japanese);
    assert_eq!(
        Pack {
            id: english.id.clone(),
            ..read.clone()
        },
        Pack {
            id: english.id.clone(),
            ..japanese
        }
    );
    assert_ne!(read.id, english.id, "the language is part of the content");
    // Stored packs read back with their language.
    let stored = read_stored(&[encode_pack(&english), text]);
    assert_eq!(
        stored.iter().map(|p| p.lang).collect::<Vec<_>>(),
        [Lang::English, Lang::Japanese]
    );
}

#[test]
fn a_player_in_another_language_is_told_the_packs() {
    assert_eq!(language_note(Lang::English, Lang::English), None);
    assert_eq!(language_note(Lang::Japanese, Lang::Japanese), None);
    assert_eq!(
        language_note(Lang::English, Lang::Japanese),
        Some(Msg::PackInEnglish)
    );
    assert_eq!(
        language_note(Lang::Japanese, Lang::English),
        Some(Msg::PackInJapanese)
    );
    let ja = japanese();
    assert_eq!(
        Words::new(Some(&ja)).t(Msg::PackInEnglish),
        "このパックは英語です。"
    );
}
