//! Practice: Leitner boxes kept locally, so missed questions come back first.
//!
//! A miss puts a question in box 1; each right answer moves it up one box, to at most
//! [`TOP_BOX`]. Practice asks box 1 first, then questions never seen, then boxes 2 and up.

use std::rc::Rc;

use super::bank::Question;
use super::map::Map;
use super::order::sort_small_by;
use super::rng::Rng;

/// Question id → Leitner box (1 = missed last time).
pub type Boxes = Map<String, u8>;

/// The highest box: well learned.
pub const TOP_BOX: u8 = 5;

/// Moves a question after an answer.
pub fn record_answer(boxes: &mut Boxes, question: &str, correct: bool) {
    let next = match (boxes.get(question), correct) {
        (_, false) => 1,
        (None, true) => 2,
        (Some(b), true) => (b + 1).min(TOP_BOX),
    };
    boxes.insert(question.to_string(), next);
}

/// The pool in practice order: missed first, then unseen, then by box; shuffled within each.
pub fn practice_order(pool: &[Rc<Question>], boxes: &Boxes, seed: u64) -> Vec<Rc<Question>> {
    let mut ordered: Vec<Rc<Question>> = pool.to_vec();
    Rng::new(seed).shuffle(&mut ordered);
    let rank = |q: &Rc<Question>| match boxes.get(&q.id) {
        Some(1) => 0,
        None => 1,
        Some(b) => *b,
    };
    sort_small_by(&mut ordered, |a, b| rank(a).cmp(&rank(b)));
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bank::{Category, Difficulty, Kind};

    fn q(id: &str) -> Rc<Question> {
        Rc::new(Question {
            id: id.into(),
            category: Category::Cast,
            difficulty: Difficulty::Easy,
            prompt: format!("{id}?"),
            kind: Kind::TrueFalse { answer: true },
            explanation: "Because it is so.".into(),
            sources: vec!["S".into()],
            spoiler: 0,
            topic: None,
            fact: None,
        })
    }

    #[test]
    fn boxes_move_up_on_right_and_back_to_one_on_a_miss() {
        let mut boxes = Boxes::new();
        record_answer(&mut boxes, "a", true);
        assert_eq!(boxes.get("a"), Some(&2));
        for _ in 0..10 {
            record_answer(&mut boxes, "a", true);
        }
        assert_eq!(boxes.get("a"), Some(&TOP_BOX));
        record_answer(&mut boxes, "a", false);
        assert_eq!(boxes.get("a"), Some(&1));
    }

    #[test]
    fn missed_questions_come_first_then_unseen_then_learned() {
        let pool: Vec<_> = ["learned", "unseen", "missed", "half"].map(q).to_vec();
        let mut boxes = Boxes::new();
        boxes.insert("learned".into(), 5);
        boxes.insert("missed".into(), 1);
        boxes.insert("half".into(), 3);
        for seed in 0..20 {
            let order: Vec<_> = practice_order(&pool, &boxes, seed)
                .iter()
                .map(|q| q.id.clone())
                .collect();
            assert_eq!(order, ["missed", "unseen", "half", "learned"]);
        }
    }
}
