//! Migrations between schema versions, on the raw JSON so old shapes need no Rust types.
//!
//! Version 1 (the first release) kept one best score and the last games of a single mode:
//! `{"version":1,"best":{"correct":7,"total":10}|null,"results":[{"id","finished_at","seed",
//! "score","answers":[{"question","given","correct"}]}]}`.
//! Versions 2 → 3 → 4 need nothing: they only added parts that start empty.

use crate::json::Json;

fn number(n: u64) -> Json {
    Json::Number(n as f64)
}

fn text(s: &str) -> Json {
    Json::String(s.to_string())
}

fn object(fields: Vec<(&str, Json)>) -> Json {
    Json::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Sets `key` of an object, replacing any earlier value.
fn set(fields: &mut Vec<(String, Json)>, key: &str, value: Json) {
    fields.retain(|(k, _)| k != key);
    fields.push((key.to_string(), value));
}

/// Rewrites a version 1 object as version 2 in place. Parts it cannot understand are left for
/// the decoder's per-part recovery to drop.
pub fn v1_to_v2(value: &mut Json) {
    let Json::Object(fields) = value else {
        return;
    };
    let best = fields
        .iter()
        .rev()
        .find(|(k, _)| k == "best")
        .map(|(_, v)| v.clone())
        .unwrap_or(Json::Null);
    let best_by_mode = match best.get("correct").and_then(Json::as_i64) {
        Some(correct) if correct >= 0 => object(vec![(
            "classic",
            object(vec![
                ("score", best.clone()),
                ("points", number(correct as u64)),
            ]),
        )]),
        _ => Json::Object(Vec::new()),
    };
    set(fields, "best", best_by_mode);

    let mut games = 0u64;
    let (mut answered, mut correct) = (0u64, 0u64);
    if let Some((_, Json::Array(results))) = fields.iter_mut().rev().find(|(k, _)| k == "results") {
        for result in results.iter_mut() {
            let Json::Object(result) = result else {
                continue;
            };
            games += 1;
            let seed = result
                .iter()
                .rev()
                .find(|(k, _)| k == "seed")
                .and_then(|(_, v)| v.as_i64())
                .and_then(|s| u64::try_from(s).ok())
                .unwrap_or(0);
            result.retain(|(k, _)| k != "seed");
            let right = result
                .iter()
                .rev()
                .find(|(k, _)| k == "score")
                .and_then(|(_, s)| s.get("correct"))
                .and_then(Json::as_i64)
                .and_then(|n| u64::try_from(n).ok())
                .unwrap_or(0);
            if let Some((_, Json::Array(answers))) =
                result.iter().rev().find(|(k, _)| k == "answers")
            {
                answered += answers.len() as u64;
                correct += answers
                    .iter()
                    .filter(|a| a.get("correct") == Some(&Json::Bool(true)))
                    .count() as u64;
            }
            set(result, "mode", text("classic"));
            set(result, "code", text(&format!("s{seed:x}")));
            set(result, "daily_day", Json::Null);
            set(result, "scored", Json::Bool(true));
            set(result, "points", number(right));
            set(result, "duration_ms", Json::Number(0.0));
        }
    }
    set(
        fields,
        "tally",
        object(vec![
            ("games", number(games)),
            (
                "all",
                object(vec![
                    ("answered", number(answered)),
                    ("correct", number(correct)),
                ]),
            ),
            ("by_category", Json::Object(Vec::new())),
            ("episodes", Json::Array(Vec::new())),
        ]),
    );
    for key in ["top", "boxes", "settings", "achievements"] {
        if !fields.iter().any(|(k, _)| k == key) {
            fields.push((key.to_string(), Json::Object(Vec::new())));
        }
    }
    if !fields.iter().any(|(k, _)| k == "history") {
        fields.push(("history".to_string(), Json::Array(Vec::new())));
    }
    if !fields.iter().any(|(k, _)| k == "daily") {
        let daily = object(vec![
            ("last_scored", Json::Null),
            ("streak", number(0)),
            ("best_streak", number(0)),
        ]);
        fields.push(("daily".to_string(), daily));
    }
    set(fields, "version", number(2));
}
