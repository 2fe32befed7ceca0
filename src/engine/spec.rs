//! What quiz to play (a spec): the mode, the filters and the seed, as a shareable code, and
//! which questions such a quiz may draw from.

use std::rc::Rc;

use super::bank::{Category, Difficulty, Question};
use super::calendar::Day;
use super::mode::Mode;
use super::order::sort_small;
use super::practice::{practice_order, Boxes};
use super::rng::seed_from_text;
use super::session::{NotEnoughQuestions, Session};

/// Questions in every round except survival, which goes on until the first miss.
pub const ROUND_LENGTH: usize = 10;

/// A quiz exactly: same spec, same bank ⇒ same questions in the same order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizSpec {
    pub mode: Mode,
    /// Empty means every category.
    pub categories: Vec<Category>,
    pub difficulty: Option<Difficulty>,
    /// For packs: the chosen pack categories, as [`topic_key`]s. Empty means all.
    pub topics: Vec<u32>,
    pub seed: u64,
}

/// A short stable key for a pack category name, used in quiz codes.
pub fn topic_key(topic: &str) -> u32 {
    seed_from_text(topic) as u32
}

impl QuizSpec {
    /// A spec with no filters.
    pub fn new(mode: Mode, seed: u64) -> Self {
        Self {
            mode,
            categories: Vec::new(),
            difficulty: None,
            topics: Vec::new(),
            seed,
        }
    }

    /// The daily challenge of `day`.
    pub fn daily(day: Day) -> Self {
        Self::new(Mode::Daily, seed_from_text(&format!("daily-{}", day.iso())))
    }

    /// The code that reopens this quiz:
    /// `s<seed hex>[-c<categories>][-d<difficulty>][-t<topic key hex>.<topic key hex>…]`.
    pub fn code(&self) -> String {
        let mut code = format!("s{:x}", self.seed);
        if !self.categories.is_empty() {
            code.push_str("-c");
            code.extend(self.categories.iter().map(|c| category_letter(*c)));
        }
        if let Some(d) = self.difficulty {
            code.push_str("-d");
            code.push(difficulty_letter(d));
        }
        if !self.topics.is_empty() {
            let keys: Vec<String> = self.topics.iter().map(|k| format!("{k:x}")).collect();
            code.push_str("-t");
            code.push_str(&keys.join("."));
        }
        code
    }

    /// Reads a code made by [`QuizSpec::code`]; `None` for anything malformed.
    pub fn from_code(mode: Mode, code: &str) -> Option<Self> {
        let mut spec = QuizSpec::new(mode, 0);
        let mut seeded = false;
        for part in code.split('-') {
            let mut chars = part.chars();
            match chars.next()? {
                's' if !seeded => {
                    spec.seed = u64::from_str_radix(chars.as_str(), 16).ok()?;
                    seeded = true;
                }
                'c' if spec.categories.is_empty() => {
                    for letter in chars {
                        let c = Category::ALL
                            .into_iter()
                            .find(|c| category_letter(*c) == letter)?;
                        if !spec.categories.contains(&c) {
                            spec.categories.push(c);
                        }
                    }
                    sort_small(&mut spec.categories);
                    if spec.categories.is_empty() {
                        return None;
                    }
                }
                't' if spec.topics.is_empty() => {
                    for key in chars.as_str().split('.') {
                        spec.topics.push(u32::from_str_radix(key, 16).ok()?);
                    }
                    sort_small(&mut spec.topics);
                    spec.topics.dedup();
                }
                'd' if spec.difficulty.is_none() => {
                    let letter = chars.next()?;
                    if chars.next().is_some() {
                        return None;
                    }
                    spec.difficulty = Some(
                        [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard]
                            .into_iter()
                            .find(|d| difficulty_letter(*d) == letter)?,
                    );
                }
                _ => return None,
            }
        }
        seeded.then_some(spec)
    }

    /// The questions this quiz may draw from, with the spoiler guard applied.
    pub fn eligible(&self, questions: &[Rc<Question>], spoiler_limit: u8) -> Vec<Rc<Question>> {
        let limit = if self.mode == Mode::Daily {
            // Everyone gets the same daily questions, so it uses only spoiler-free ones.
            0
        } else {
            spoiler_limit
        };
        questions
            .iter()
            .filter(|q| q.spoiler <= limit)
            .filter(|q| self.categories.is_empty() || self.categories.contains(&q.category))
            .filter(|q| self.difficulty.is_none_or(|d| q.difficulty == d))
            .filter(|q| {
                self.topics.is_empty()
                    || q.topic
                        .as_deref()
                        .is_some_and(|t| self.topics.contains(&topic_key(t)))
            })
            .cloned()
            .collect()
    }

    /// Starts the quiz, or says how many questions are missing.
    pub fn start(
        &self,
        questions: &[Rc<Question>],
        spoiler_limit: u8,
        boxes: &Boxes,
    ) -> Result<Session, NotEnoughQuestions> {
        let pool = self.eligible(questions, spoiler_limit);
        match self.mode {
            Mode::Survival => Session::start(self.mode, &pool, pool.len().max(1), self.seed),
            Mode::Practice => {
                let mut ordered = practice_order(&pool, boxes, self.seed);
                if ordered.len() < ROUND_LENGTH {
                    return Err(NotEnoughQuestions {
                        wanted: ROUND_LENGTH,
                        available: ordered.len(),
                    });
                }
                ordered.truncate(ROUND_LENGTH);
                Ok(Session::in_order(self.mode, ordered, self.seed))
            }
            _ => Session::start(self.mode, &pool, ROUND_LENGTH, self.seed),
        }
    }
}

fn category_letter(c: Category) -> char {
    match c {
        Category::Characters => 'h',
        Category::Cast => 'c',
        Category::Episodes => 'e',
        Category::Music => 'm',
        Category::Real => 'r',
        Category::Pack => 'p',
    }
}

fn difficulty_letter(d: Difficulty) -> char {
    match d {
        Difficulty::Easy => 'e',
        Difficulty::Normal => 'n',
        Difficulty::Hard => 'h',
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bank::Kind;
    use crate::engine::test_support::question;

    fn q(id: usize, category: Category, difficulty: Difficulty, spoiler: u8) -> Rc<Question> {
        Rc::new(Question {
            category,
            difficulty,
            spoiler,
            ..question(&format!("q{id}"), Kind::TrueFalse { answer: true })
        })
    }

    fn bank() -> Vec<Rc<Question>> {
        (0..150)
            .map(|i| {
                let category = Category::ALL[i % 5];
                let difficulty = [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard][i % 3];
                q(i, category, difficulty, (i % 13) as u8)
            })
            .collect()
    }

    #[test]
    fn codes_round_trip() {
        let mut spec = QuizSpec::new(Mode::Category, 0xdead_beef);
        spec.categories = vec![Category::Cast, Category::Real];
        spec.difficulty = Some(Difficulty::Hard);
        assert_eq!(spec.code(), "sdeadbeef-ccr-dh");
        assert_eq!(
            QuizSpec::from_code(Mode::Category, &spec.code()),
            Some(spec)
        );
        let plain = QuizSpec::new(Mode::Timed, 42);
        assert_eq!(QuizSpec::from_code(Mode::Timed, "s2a"), Some(plain));
    }

    #[test]
    fn pack_topics_filter_and_round_trip() {
        let mut pool = bank();
        for (i, q) in pool.iter_mut().enumerate() {
            let q = Rc::make_mut(q);
            q.category = Category::Pack;
            q.topic = Some(if i % 2 == 0 { "Film" } else { "Diary" }.to_string());
        }
        let mut spec = QuizSpec::new(Mode::Category, 5);
        spec.topics = vec![topic_key("Film")];
        assert!(spec
            .eligible(&pool, 12)
            .iter()
            .all(|q| q.topic.as_deref() == Some("Film")));
        assert_eq!(
            QuizSpec::from_code(Mode::Category, &spec.code()),
            Some(spec)
        );
        assert_eq!(QuizSpec::from_code(Mode::Category, "s1-tzz"), None);
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in [
            "",
            "s",
            "sxyz",
            "c-s1",
            "s1-cz",
            "s1-c",
            "s1-dx",
            "s1-dee",
            "s1-s2",
            "s1-q",
            "s1--",
            "s11111111111111111111",
        ] {
            assert_eq!(QuizSpec::from_code(Mode::Classic, bad), None, "{bad}");
        }
    }

    #[test]
    fn the_spoiler_guard_filters_everything_beyond_the_limit() {
        let spec = QuizSpec::new(Mode::Classic, 1);
        for limit in 0..=12 {
            let pool = spec.eligible(&bank(), limit);
            assert!(!pool.is_empty());
            assert!(pool.iter().all(|q| q.spoiler <= limit), "limit {limit}");
        }
        let session = spec.start(&bank(), 3, &Boxes::new()).unwrap();
        assert!(session.rounds.iter().all(|r| r.question.spoiler <= 3));
    }

    #[test]
    fn filters_combine() {
        let mut spec = QuizSpec::new(Mode::Category, 1);
        spec.categories = vec![Category::Cast];
        spec.difficulty = Some(Difficulty::Easy);
        let pool = spec.eligible(&bank(), 12);
        assert!(!pool.is_empty());
        assert!(pool
            .iter()
            .all(|q| q.category == Category::Cast && q.difficulty == Difficulty::Easy));
    }

    #[test]
    fn too_few_eligible_questions_is_reported_not_repeated() {
        let mut spec = QuizSpec::new(Mode::Category, 1);
        spec.categories = vec![Category::Cast];
        spec.difficulty = Some(Difficulty::Easy);
        let err = spec.start(&bank(), 0, &Boxes::new()).unwrap_err();
        assert_eq!(err.wanted, ROUND_LENGTH);
        assert!(err.available < ROUND_LENGTH);
    }

    #[test]
    fn the_daily_is_the_same_for_everyone_and_spoiler_free() {
        let day = Day::parse("2026-11-21").unwrap();
        // Two players with different spoiler limits get the same daily.
        let a = QuizSpec::daily(day)
            .start(&bank(), 0, &Boxes::new())
            .unwrap();
        let b = QuizSpec::daily(day)
            .start(&bank(), 12, &Boxes::new())
            .unwrap();
        assert_eq!(a, b);
        assert!(a.rounds.iter().all(|r| r.question.spoiler == 0));
        let next = QuizSpec::daily(Day(day.0 + 1))
            .start(&bank(), 0, &Boxes::new())
            .unwrap();
        assert_ne!(a.rounds, next.rounds, "a new day brings new questions");
    }

    #[test]
    fn survival_draws_every_eligible_question() {
        let session = QuizSpec::new(Mode::Survival, 3)
            .start(&bank(), 12, &Boxes::new())
            .unwrap();
        assert_eq!(session.rounds.len(), bank().len());
    }
}
