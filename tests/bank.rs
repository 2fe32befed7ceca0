//! The content validator: loads the whole built-in bank, checks every rule, prints counts.
//!
//! Fails with a message naming the file, the question and the rule that is broken.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use litre_quiz::engine::bank::{Category, Kind};
use litre_quiz::engine::content::builtin_bank;

#[test]
fn the_builtin_bank_is_valid_and_big_enough() {
    let bank = match builtin_bank() {
        Ok(bank) => bank,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "{} content rule(s) broken:\n{}",
                list.len(),
                list.join("\n")
            );
        }
    };
    let questions = bank.questions();
    let mut by_category = BTreeMap::new();
    let mut by_difficulty = BTreeMap::new();
    let mut by_type = BTreeMap::new();
    let mut by_spoiler = BTreeMap::new();
    for q in questions {
        *by_category.entry(q.category.label()).or_insert(0) += 1;
        *by_difficulty
            .entry(format!("{:?}", q.difficulty))
            .or_insert(0) += 1;
        let kind = match q.kind {
            Kind::Choice { .. } => "choice",
            Kind::TrueFalse { .. } => "true/false",
            Kind::Order { .. } => "order",
            Kind::Typed { .. } => "typed",
        };
        *by_type.entry(kind).or_insert(0) += 1;
        *by_spoiler.entry(q.spoiler).or_insert(0) += 1;
    }
    println!("questions: {}", questions.len());
    println!("by category: {by_category:?}");
    println!("by difficulty: {by_difficulty:?}");
    println!("by type: {by_type:?}");
    println!("by spoiler episode: {by_spoiler:?}");

    assert!(questions.len() >= 250, "only {} questions", questions.len());
    for category in Category::ALL {
        let n = by_category.get(category.label()).copied().unwrap_or(0);
        assert!(n >= 30, "{} has only {n} questions", category.label());
    }
}

/// The seed texts' known errors (fact sheet, section 9) must never be given as a right answer.
#[test]
fn no_seed_error_is_a_right_answer() {
    let Ok(bank) = builtin_bank() else {
        panic!("the bank does not load; see the_builtin_bank_is_valid_and_big_enough");
    };
    // Each pattern is a claim the fact sheet rejects.
    let rejected = [
        "18 million",
        "18,000,000",
        "nutritionist",
        "published after her death",
        "five years after",
        "120 min",
        "11 july 1962",
        "july 11, 1962",
        "shosuke",
    ];
    for q in bank.questions() {
        // What the game presents as true: the right answer, and a statement whose answer is True.
        let mut asserted = q.answer_text().to_lowercase();
        if matches!(q.kind, Kind::TrueFalse { answer: true }) {
            asserted.push_str(&q.prompt.to_lowercase());
        }
        for claim in rejected {
            assert!(
                !asserted.contains(claim),
                "question '{}' gives the rejected claim '{claim}' as true",
                q.id
            );
        }
    }
}
