//! The rules between the two languages of the built-in bank: the Japanese bank asks the
//! English bank's questions, in the same order, with the same structure and the same right
//! answers. A translation may change only the text.
//!
//! Whether a Japanese option stands in the place of its English one is judged from what the
//! two texts share: the Japanese written in the English option ("大西麻恵 Onishi Asae"), its
//! numbers (months named in English count as numbers), and the Latin words of the Japanese
//! option ("Only Human"). An option that shares nothing with its own English option but
//! everything with another one has changed places.

use std::collections::{BTreeSet, HashMap};

use crate::engine::bank::{ContentError, Kind, Question};
use crate::engine::matching::{matches, normalise};

/// Every broken rule between the `(file, question)` pairs of the English and Japanese banks.
pub(super) fn check(en: &[(String, Question)], ja: &[(String, Question)]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let ja_by_id: HashMap<&str, &(String, Question)> = ja
        .iter()
        .map(|entry| (entry.1.id.as_str(), entry))
        .collect();
    let en_ids: HashMap<&str, usize> = en
        .iter()
        .enumerate()
        .map(|(i, (_, q))| (q.id.as_str(), i))
        .collect();
    for (file, q) in en {
        match ja_by_id.get(q.id.as_str()) {
            Some((ja_file, ja_q)) => errors.extend(
                pair(q, ja_q)
                    .into_iter()
                    .map(|(field, message)| error(ja_file, &q.id, &field, message)),
            ),
            None => errors.push(error(
                &japanese_file(file),
                &q.id,
                "id",
                "has no Japanese text: every question exists in both languages, so add one \
                 with the same id"
                    .into(),
            )),
        }
    }
    for (file, q) in ja {
        if !en_ids.contains_key(q.id.as_str()) {
            errors.push(error(
                file,
                &q.id,
                "id",
                "is in the Japanese bank but not in the English one".into(),
            ));
        }
    }
    let shared: Vec<&str> = ja
        .iter()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| en_ids.contains_key(id))
        .collect();
    let english_order = en
        .iter()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| ja_by_id.contains_key(id));
    if let Some((position, (ja_id, _))) = shared
        .iter()
        .zip(english_order)
        .enumerate()
        .find(|(_, (a, b))| a != &b)
    {
        let (file, _) = ja_by_id[ja_id];
        errors.push(error(
            file,
            ja_id,
            "id",
            format!(
                "comes at position {} in the Japanese bank but {} in the English one: both \
                 banks keep one order, which the daily challenge draws from",
                position + 1,
                en_ids[ja_id] + 1
            ),
        ));
    }
    errors
}

fn error(file: &str, id: &str, field: &str, message: String) -> ContentError {
    ContentError {
        file: file.to_string(),
        question: Some(id.to_string()),
        field: field.to_string(),
        message,
    }
}

/// Where a question's Japanese text belongs: `ja/questions/x.json` for `questions/x.json`.
fn japanese_file(english_file: &str) -> String {
    if english_file.starts_with("questions/") {
        format!("ja/{english_file}")
    } else {
        english_file.to_string()
    }
}

/// The broken rules of one question and its Japanese twin, as `(field, message)`.
fn pair(en: &Question, ja: &Question) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut fail = |field: &str, message: String| out.push((field.to_string(), message));
    let same = |field: &str, a: String, b: String, fail: &mut dyn FnMut(&str, String)| {
        if a != b {
            fail(
                field,
                format!(
                    "is {b} in Japanese but {a} in English: a translation changes only the text"
                ),
            );
        }
    };
    same(
        "category",
        format!("{:?}", en.category),
        format!("{:?}", ja.category),
        &mut fail,
    );
    same(
        "difficulty",
        format!("{:?}", en.difficulty),
        format!("{:?}", ja.difficulty),
        &mut fail,
    );
    same(
        "spoiler",
        en.spoiler.to_string(),
        ja.spoiler.to_string(),
        &mut fail,
    );
    same(
        "sources",
        en.sources.join(", "),
        ja.sources.join(", "),
        &mut fail,
    );
    same(
        "fact",
        format!("{:?}", en.fact),
        format!("{:?}", ja.fact),
        &mut fail,
    );
    same(
        "topic",
        format!("{:?}", en.topic),
        format!("{:?}", ja.topic),
        &mut fail,
    );
    match (&en.kind, &ja.kind) {
        (
            Kind::Choice {
                answer: a_en,
                distractors: d_en,
            },
            Kind::Choice {
                answer: a_ja,
                distractors: d_ja,
            },
        ) => {
            let en_options = options(a_en, d_en);
            let ja_options = options(a_ja, d_ja);
            count(&en_options, &ja_options, "distractors", 1, &mut fail);
            places(&en_options, &ja_options, &mut fail);
        }
        (Kind::TrueFalse { answer: a }, Kind::TrueFalse { answer: b }) => {
            if a != b {
                fail("answer", format!("is {b} in Japanese but {a} in English"));
            }
            verdict(*a, &ja.explanation, &mut fail);
        }
        (Kind::Order { items: i_en }, Kind::Order { items: i_ja }) => {
            let en_items = items(i_en);
            let ja_items = items(i_ja);
            count(&en_items, &ja_items, "items", 0, &mut fail);
            places(&en_items, &ja_items, &mut fail);
        }
        (
            Kind::Typed { answer: a_en, .. },
            Kind::Typed {
                answer: a_ja,
                accept,
            },
        ) => {
            if a_ja.trim().is_empty() {
                fail(
                    "answer",
                    format!("is missing: the Japanese of '{a_en}' goes here"),
                );
            } else if !matches(a_en, a_ja, accept) {
                fail(
                    "accept",
                    format!(
                        "does not accept the English answer '{a_en}': a player who types it \
                         is right in English, so add it to the Japanese accept list"
                    ),
                );
            }
        }
        (en_kind, ja_kind) => fail(
            "type",
            format!(
                "is {} question in Japanese but {} question in English",
                kind_name(ja_kind),
                kind_name(en_kind)
            ),
        ),
    }
    out
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Choice { .. } => "a choice",
        Kind::TrueFalse { .. } => "a true/false",
        Kind::Order { .. } => "an order",
        Kind::Typed { .. } => "a typed",
    }
}

/// A choice question's options with the field each is in: `answer`, `distractors[0]`, …
fn options<'a>(answer: &'a str, distractors: &'a [String]) -> Vec<(String, &'a str)> {
    std::iter::once(("answer".to_string(), answer))
        .chain(
            distractors
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("distractors[{i}]"), d.as_str())),
        )
        .collect()
}

/// An order question's items with the field each is in: `items[0]`, …
fn items(items: &[String]) -> Vec<(String, &str)> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (format!("items[{i}]"), item.as_str()))
        .collect()
}

/// The same number of options in both languages (`skip` leading options are not in `list`'s
/// count: the answer of a choice question), and none of them empty.
fn count(
    en: &[(String, &str)],
    ja: &[(String, &str)],
    list: &str,
    skip: usize,
    fail: &mut impl FnMut(&str, String),
) {
    let (n_en, n_ja) = (en.len() - skip, ja.len() - skip);
    if n_en != n_ja {
        let which = if n_ja < n_en {
            format!("{} is missing", en[ja.len()].0)
        } else {
            format!("{} has no English counterpart", ja[en.len()].0)
        };
        fail(
            list,
            format!("has {n_en} in English but {n_ja} in Japanese ({which}): a translation keeps every option"),
        );
    }
    for ((field, text), (_, english)) in ja.iter().zip(en) {
        if text.trim().is_empty() {
            fail(
                field,
                format!("is missing: the Japanese of '{english}' goes here"),
            );
        }
    }
}

/// Each Japanese option stands in its English option's place.
fn places(en: &[(String, &str)], ja: &[(String, &str)], fail: &mut impl FnMut(&str, String)) {
    for (i, (field, text)) in ja.iter().enumerate() {
        let Some((_, own)) = en.get(i) else { continue };
        if agrees(own, text) != Some(false) {
            continue;
        }
        if let Some((other_field, other)) = en
            .iter()
            .enumerate()
            .find(|&(j, (_, other))| j != i && agrees(other, text) == Some(true))
            .map(|(_, option)| option)
        {
            fail(
                field,
                format!(
                    "'{text}' is the Japanese of the English {other_field} ('{other}'), not of \
                     the English {field} ('{own}'): the translation changes which option is \
                     right; keep each option in its English place"
                ),
            );
        }
    }
}

/// A true/false explanation opens with its verdict, 正解は○ or 正解は×, and it is the answer's.
fn verdict(answer: bool, explanation: &str, fail: &mut impl FnMut(&str, String)) {
    let (right, wrong) = if answer { ('○', '×') } else { ('×', '○') };
    let said = explanation
        .trim_start()
        .strip_prefix("正解は")
        .and_then(|r| r.chars().next());
    if said == Some(wrong) {
        fail(
            "explanation",
            format!(
                "opens with 正解は{wrong} but the answer is {answer} (the English one): a \
                 translation keeps the truth value"
            ),
        );
    } else if said != Some(right) {
        fail(
            "explanation",
            format!(
                "must open with the verdict, 正解は{right}。, as every true/false explanation does"
            ),
        );
    }
}

/// Whether a Japanese option is the translation of an English one, judged from what they
/// share: `Some(true)` if every clue agrees, `Some(false)` if one does not, `None` with no clue.
fn agrees(english: &str, japanese: &str) -> Option<bool> {
    let mut verdicts = Vec::new();
    let folded = normalise(japanese);
    let written = japanese_runs(english);
    if !written.is_empty() {
        verdicts.push(written.iter().all(|run| folded.contains(run.as_str())));
    }
    let (n_en, n_ja) = (numbers(english), numbers(japanese));
    if !n_en.is_empty() || !n_ja.is_empty() {
        verdicts.push(n_en == n_ja);
    }
    let words = latin_words(japanese);
    if !words.is_empty() {
        let english = normalise(english);
        verdicts.push(words.iter().all(|w| english.contains(w.as_str())));
    }
    (!verdicts.is_empty()).then(|| verdicts.into_iter().all(|v| v))
}

/// Whether `c` is written in Japanese script (kanji, kana, the long vowel mark, 々).
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' | '\u{FF66}'..='\u{FF9F}')
}

/// The runs of Japanese script in a text (with the digits inside them: 3月9日), normalised.
fn japanese_runs(text: &str) -> Vec<String> {
    text.split(|c: char| !(is_japanese(c) || c.is_ascii_digit()))
        .filter(|run| run.chars().any(is_japanese))
        .map(normalise)
        .collect()
}

/// The Latin words of a text (full-width letters too), normalised.
fn latin_words(text: &str) -> Vec<String> {
    let is_latin = |c: char| c.is_ascii_alphabetic() || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    text.split(|c: char| !is_latin(c))
        .filter(|w| !w.is_empty())
        .map(normalise)
        .collect()
}

/// The numbers in a text (full-width digits too), with English month names as their numbers.
fn numbers(text: &str) -> BTreeSet<u64> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let folded: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let mut out: BTreeSet<u64> = folded
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    for word in folded.split(|c: char| !c.is_ascii_alphabetic()) {
        if let Some(m) = MONTHS.iter().position(|m| word.eq_ignore_ascii_case(m)) {
            out.insert(m as u64 + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
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
        let fields: Vec<String> = broken(vec![order], vec![moved])
            .into_iter()
            .map(|e| e.1)
            .collect();
        assert_eq!(fields, ["items[0]", "items[1]"]);
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

    #[test]
    fn clues_judge_what_options_share() {
        assert_eq!(agrees("大西麻恵 Onishi Asae", "大西麻恵"), Some(true));
        assert_eq!(agrees("沢尻エリカ Sawajiri Erika", "大西麻恵"), Some(false));
        assert_eq!(agrees("23 November 2005", "2005年11月23日"), Some(true));
        assert_eq!(agrees("16 November 2005", "2005年11月23日"), Some(false));
        assert_eq!(agrees("Only Human (K)", "K「Only Human」"), Some(true));
        assert_eq!(
            agrees("Her first role on stage", "舞台初出演"),
            None,
            "no clue"
        );
        assert_eq!(
            agrees("常南大学 理学部 (science)", "常南大学理学部"),
            Some(true)
        );
    }
}
