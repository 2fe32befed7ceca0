//! Migrations between schema versions, on the raw JSON so old shapes need no Rust types.
//!
//! Version 1 (the first release) kept one best score and the last games of a single mode:
//! `{"version":1,"best":{"correct":7,"total":10}|null,"results":[{"id","finished_at","seed",
//! "score","answers":[{"question","given","correct"}]}]}`.

use serde_json::{json, Map, Value};

/// Rewrites a version 1 object as version 2 in place. Parts it cannot understand are left for
/// the decoder's per-part recovery to drop.
pub fn v1_to_v2(object: &mut Map<String, Value>) {
    let best = object.remove("best").unwrap_or(Value::Null);
    let mut best_by_mode = Map::new();
    if let Some(correct) = best.get("correct").and_then(Value::as_u64) {
        best_by_mode.insert(
            "classic".into(),
            json!({ "score": best, "points": correct }),
        );
    }
    object.insert("best".into(), Value::Object(best_by_mode));

    let mut games = 0u64;
    let (mut answered, mut correct) = (0u64, 0u64);
    if let Some(Value::Array(results)) = object.get_mut("results") {
        for result in results.iter_mut() {
            let Value::Object(result) = result else {
                continue;
            };
            games += 1;
            let seed = result.remove("seed").and_then(|s| s.as_u64()).unwrap_or(0);
            let right = result
                .get("score")
                .and_then(|s| s.get("correct"))
                .and_then(Value::as_u64)
                .unwrap_or(0);
            result.insert("mode".into(), json!("classic"));
            result.insert("code".into(), json!(format!("s{seed:x}")));
            result.insert("daily_day".into(), Value::Null);
            result.insert("scored".into(), json!(true));
            result.insert("points".into(), json!(right));
            result.insert("duration_ms".into(), json!(0.0));
            if let Some(Value::Array(answers)) = result.get("answers") {
                answered += answers.len() as u64;
                correct += answers
                    .iter()
                    .filter(|a| a.get("correct") == Some(&Value::Bool(true)))
                    .count() as u64;
            }
        }
    }
    object.insert(
        "tally".into(),
        json!({
            "games": games,
            "all": { "answered": answered, "correct": correct },
            "by_category": {},
            "episodes": [],
        }),
    );
    for (key, empty) in [
        ("top", json!({})),
        ("history", json!([])),
        (
            "daily",
            json!({ "last_scored": null, "streak": 0, "best_streak": 0 }),
        ),
        ("boxes", json!({})),
        ("settings", json!({})),
        ("achievements", json!({})),
    ] {
        object.entry(key).or_insert(empty);
    }
    object.insert("version".into(), json!(2));
}
