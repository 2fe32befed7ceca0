//! Tests of the rules between the two languages.

use super::*;
use crate::engine::test_support::{choice, question};

fn entry(q: Question) -> (String, Question) {
    ("questions/test.json".to_string(), q)
}

fn ja_entry(q: Question) -> (String, Question) {
    ("ja/questions/test.json".to_string(), q)
}

/// (question, field, message) of every broken rule between the two.
fn broken(en: Vec<Question>, ja: Vec<Question>) -> Vec<(String, String, String)> {
    let en: Vec<_> = en.into_iter().map(entry).collect();
    let ja: Vec<_> = ja.into_iter().map(ja_entry).collect();
    check(&en, &ja)
        .into_iter()
        .map(|e| (e.question.unwrap_or_default(), e.field, e.message))
        .collect()
}

fn actors() -> Question {
    question(
        "who",
        choice(
            "大西麻恵 Onishi Asae",
            &[
                "沢尻エリカ Sawajiri Erika",
                "小出早織 Koide Saori",
                "成海璃子 Narumi Riko",
            ],
        ),
    )
}

fn translated(en: &Question, kind: Kind, explanation: &str) -> Question {
    Question {
        prompt: format!("{}（日本語）", en.prompt),
        explanation: explanation.to_string(),
        kind,
        ..en.clone()
    }
}

#[test]
fn a_faithful_translation_passes() {
    let who = actors();
    let who_ja = translated(
        &who,
        choice("大西麻恵", &["沢尻エリカ", "小出早織", "成海璃子"]),
        "解説。",
    );
    let date = question(
        "when",
        choice(
            "19 July 1962",
            &["11 July 1962", "19 July 1965", "23 May 1962"],
        ),
    );
    let date_ja = translated(
        &date,
        choice(
            "1962年7月19日",
            &["1962年7月11日", "1965年7月19日", "1962年5月23日"],
        ),
        "解説。",
    );
    let tf = question("tf", Kind::TrueFalse { answer: false });
    let tf_ja = translated(
        &tf,
        Kind::TrueFalse { answer: false },
        "正解は×。そうではない。",
    );
    let order = question(
        "order",
        Kind::Order {
            items: vec![
                "3月9日 (Remioromen)".into(),
                "粉雪 (Remioromen)".into(),
                "Only Human (K)".into(),
            ],
        },
    );
    let order_ja = translated(
        &order,
        Kind::Order {
            items: vec![
                "レミオロメン「3月9日」".into(),
                "レミオロメン「粉雪」".into(),
                "K「Only Human」".into(),
            ],
        },
        "解説。",
    );
    let typed = question(
        "typed",
        Kind::Typed {
            answer: "Kato Kazuko".into(),
            accept: vec!["かとうかずこ".into()],
        },
    );
    let typed_ja = translated(
        &typed,
        Kind::Typed {
            answer: "かとうかずこ".into(),
            accept: vec!["Kazuko Kato".into()],
        },
        "解説。",
    );
    let en = vec![who, date, tf, order, typed];
    let ja = vec![who_ja, date_ja, tf_ja, order_ja, typed_ja];
    assert_eq!(broken(en, ja), []);
}

#[test]
fn a_translation_that_moves_the_right_answer_is_an_error() {
    let who = actors();
    let swapped = translated(
        &who,
        choice("沢尻エリカ", &["大西麻恵", "小出早織", "成海璃子"]),
        "解説。",
    );
    let errors = broken(vec![who], vec![swapped]);
    let fields: Vec<&str> = errors.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(fields, ["answer", "distractors[0]"]);
    assert_eq!(errors[0].0, "who");
    assert!(
        errors[0].2.starts_with(
            "'沢尻エリカ' is the Japanese of the English distractors[0] ('沢尻エリカ Sawajiri \
             Erika'), not of the English answer ('大西麻恵 Onishi Asae'): the translation \
             changes which option is right"
        ),
        "{}",
        errors[0].2
    );
}

#[test]
fn a_dropped_or_empty_option_is_an_error() {
    let who = actors();
    let dropped = translated(
        &who,
        choice("大西麻恵", &["沢尻エリカ", "小出早織"]),
        "解説。",
    );
    let errors = broken(vec![who.clone()], vec![dropped]);
    assert_eq!(
        (errors[0].1.as_str(), errors[0].2.as_str()),
        (
            "distractors",
            "has 3 in English but 2 in Japanese (distractors[2] is missing): a translation \
             keeps every option"
        )
    );
    let empty = translated(
        &who,
        choice("", &["沢尻エリカ", "小出早織", "成海璃子"]),
        "解説。",
    );
    let errors = broken(vec![who], vec![empty]);
    assert_eq!(
        (errors[0].1.as_str(), errors[0].2.as_str()),
        (
            "answer",
            "is missing: the Japanese of '大西麻恵 Onishi Asae' goes here"
        )
    );
}

#[test]
fn a_question_missing_in_japanese_is_named() {
    let errors = broken(vec![actors()], vec![]);
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].0.as_str(), errors[0].1.as_str()), ("who", "id"));
    assert!(
        errors[0].2.starts_with("has no Japanese text"),
        "{}",
        errors[0].2
    );
    let en = [entry(actors())];
    assert_eq!(check(&en, &[])[0].file, "ja/questions/test.json");
}

#[test]
fn true_false_keeps_its_verdict() {
    let tf = question("tf", Kind::TrueFalse { answer: true });
    let wrong = translated(
        &tf,
        Kind::TrueFalse { answer: true },
        "正解は×。そうではない。",
    );
    let errors = broken(vec![tf.clone()], vec![wrong]);
    assert_eq!(errors[0].1, "explanation");
    assert!(
        errors[0]
            .2
            .starts_with("opens with 正解は× but the answer is true"),
        "{}",
        errors[0].2
    );
    let flipped = translated(&tf, Kind::TrueFalse { answer: false }, "正解は×。");
    let fields: Vec<String> = broken(vec![tf.clone()], vec![flipped])
        .into_iter()
        .map(|e| e.1)
        .collect();
    assert_eq!(
        fields,
        ["answer", "explanation"],
        "the verdict is judged by the English"
    );
    let silent = translated(&tf, Kind::TrueFalse { answer: true }, "そのとおり。");
    assert!(broken(vec![tf], vec![silent])[0]
        .2
        .starts_with("must open with the verdict, 正解は○。"));
}

#[test]
fn order_items_keep_the_english_order() {
    let order = question(
        "order",
        Kind::Order {
            items: vec!["Episode 1".into(), "Episode 4".into(), "Episode 10".into()],
        },
    );
    let moved = translated(
        &order,
        Kind::Order {
            items: vec!["第4話".into(), "第1話".into(), "第10話".into()],
        },
        "解説。",
    );
    let errors = broken(vec![order], vec![moved]);
    let fields: Vec<&str> = errors.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(fields, ["items[0]", "items[1]"]);
    assert!(
        errors[0]
            .2
            .ends_with("the order is the answer key, so keep the items in the English order"),
        "{}",
        errors[0].2
    );
}

#[test]
fn a_typed_translation_accepts_the_english_answer() {
    let typed = question(
        "typed",
        Kind::Typed {
            answer: "Toyohashi".into(),
            accept: vec![],
        },
    );
    let narrow = translated(
        &typed,
        Kind::Typed {
            answer: "豊橋".into(),
            accept: vec!["とよはし".into()],
        },
        "解説。",
    );
    let errors = broken(vec![typed.clone()], vec![narrow]);
    assert_eq!(errors[0].1, "accept");
    assert!(errors[0]
        .2
        .starts_with("does not accept the English answer 'Toyohashi'"));
    let wide = translated(
        &typed,
        Kind::Typed {
            answer: "豊橋".into(),
            accept: vec!["TOYOHASHI".into()],
        },
        "解説。",
    );
    assert_eq!(broken(vec![typed], vec![wide]), []);
}

#[test]
fn only_the_text_may_change() {
    let who = actors();
    let mut other = translated(&who, Kind::TrueFalse { answer: true }, "正解は○。");
    other.spoiler = 3;
    let errors = broken(vec![who], vec![other]);
    let found: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.1.as_str(), e.2.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "spoiler",
                "is 3 in Japanese but 0 in English: a translation changes only the text"
            ),
            (
                "type",
                "is a true/false question in Japanese but a choice question in English"
            ),
        ]
    );
}

#[test]
fn both_banks_keep_one_order() {
    let a = question("a", Kind::TrueFalse { answer: true });
    let b = question("b", Kind::TrueFalse { answer: true });
    let ja = |q: &Question| translated(q, q.kind.clone(), "正解は○。");
    let errors = broken(vec![a.clone(), b.clone()], vec![ja(&b), ja(&a)]);
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].0.as_str(), errors[0].1.as_str()), ("b", "id"));
    assert!(errors[0]
        .2
        .starts_with("comes at position 1 in the Japanese bank but 2 in the English one"));
}
