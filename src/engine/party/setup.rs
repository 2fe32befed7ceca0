//! What a "Play together" game is set up with: the players, how many questions, timing, and
//! which questions it draws from; the checks on it (their words are in `errors`).

use std::rc::Rc;

use crate::engine::bank::{Category, Difficulty, Question};
use crate::engine::mode::Mode;
use crate::engine::rng::Rng;
use crate::engine::session::draw;
use crate::engine::spec::QuizSpec;

use super::errors::SetupError;
use super::limits::{MAX_NAME_CHARS, MAX_PLAYERS, MIN_PLAYERS, QUESTION_COUNTS};

/// How a party is played: by whom, how long, whether against the clock, and about what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartySetup {
    /// The players' names in seat order: the first player starts the first question.
    pub names: Vec<String>,
    /// How many questions: 5, 10 or 20. Every player answers every question.
    pub question_count: usize,
    /// Timed mode's rules: 20 seconds an answer, points for speed, a streak bonus per player.
    pub timed: bool,
    /// Empty means every category.
    pub categories: Vec<Category>,
    pub difficulty: Option<Difficulty>,
    /// The group's spoiler limit: the last episode everyone has seen (12 = the special).
    pub spoiler_limit: u8,
    /// Picks the questions and shuffles their options.
    pub seed: u64,
}

impl PartySetup {
    /// Ten untimed questions from every category, spoiler-free, for `names`.
    pub fn new(names: Vec<String>, seed: u64) -> Self {
        Self {
            names,
            question_count: 10,
            timed: false,
            categories: Vec::new(),
            difficulty: None,
            spoiler_limit: 0,
            seed,
        }
    }

    /// Everything wrong with the players and the number of questions, in form order (empty
    /// when the setup can start a party).
    pub fn problems(&self) -> Vec<SetupError> {
        let count = self.names.len();
        let mut problems = Vec::new();
        if count < MIN_PLAYERS {
            problems.push(SetupError::TooFewPlayers { count });
        } else if count > MAX_PLAYERS {
            problems.push(SetupError::TooManyPlayers { count });
        }
        let folded: Vec<String> = self.names.iter().map(|n| n.trim().to_lowercase()).collect();
        for (player, name) in self.names.iter().enumerate() {
            let name = name.trim();
            let chars = name.chars().count();
            if name.is_empty() {
                problems.push(SetupError::BlankName { player });
            } else if chars > MAX_NAME_CHARS {
                problems.push(SetupError::NameTooLong { player, chars });
            } else if let Some(earlier) = folded[..player].iter().position(|n| *n == folded[player])
            {
                problems.push(SetupError::SameName { player, earlier });
            }
        }
        if !QUESTION_COUNTS.contains(&self.question_count) {
            problems.push(SetupError::QuestionCount {
                count: self.question_count,
            });
        }
        problems
    }

    /// This setup with names trimmed, or its first problem.
    pub fn validated(&self) -> Result<PartySetup, SetupError> {
        if let Some(problem) = self.problems().into_iter().next() {
            return Err(problem);
        }
        let mut setup = self.clone();
        setup.names = self.names.iter().map(|n| n.trim().to_string()).collect();
        Ok(setup)
    }

    /// The quiz this party draws from, as a single-player spec would describe it.
    pub fn spec(&self) -> QuizSpec {
        let mode = if self.timed {
            Mode::Timed
        } else {
            Mode::Classic
        };
        QuizSpec {
            categories: self.categories.clone(),
            difficulty: self.difficulty,
            ..QuizSpec::new(mode, self.seed)
        }
    }

    /// The party's questions from `bank`: its filters and the group's spoiler limit, drawn
    /// with its seed (same setup, same bank ⇒ same questions).
    pub fn pick(&self, bank: &[Rc<Question>]) -> Result<Vec<Rc<Question>>, SetupError> {
        let pool = self.spec().eligible(bank, self.spoiler_limit);
        Ok(draw(&pool, self.question_count, self.seed)?)
    }

    /// The same players and settings with a new seed, for another game.
    pub fn next(&self) -> PartySetup {
        PartySetup {
            seed: Rng::new(self.seed).next_u64(),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::party::SetupField;
    use crate::engine::test_support::choice_pool;
    use crate::i18n::Words;

    fn setup(names: &[&str]) -> PartySetup {
        PartySetup::new(names.iter().map(|n| n.to_string()).collect(), 1)
    }

    fn messages(setup: &PartySetup) -> Vec<String> {
        setup
            .problems()
            .iter()
            .map(|p| p.message(Words::ENGLISH))
            .collect()
    }

    #[test]
    fn a_good_setup_is_trimmed_and_has_no_problems() {
        let s = setup(&["  Aya ", "Haruto", "春人"]);
        assert!(s.problems().is_empty());
        assert_eq!(s.validated().unwrap().names, ["Aya", "Haruto", "春人"]);
    }

    #[test]
    fn two_to_eight_players() {
        assert_eq!(
            messages(&setup(&["Aya"])),
            ["Players: 2 to 8 players can play together; add 1 more."]
        );
        let nine = setup(&["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
        assert_eq!(
            messages(&nine),
            ["Players: 2 to 8 players can play together; remove 1."]
        );
        assert_eq!(nine.problems()[0].field(), SetupField::Players);
        assert!(setup(&["a", "b", "c", "d", "e", "f", "g", "h"])
            .problems()
            .is_empty());
    }

    #[test]
    fn names_are_checked_one_by_one() {
        let long = "x".repeat(25);
        let s = setup(&["Aya", "  ", &long, "aYA", &"あ".repeat(24)]);
        assert_eq!(
            messages(&s),
            [
                "Player 2's name: type a name.",
                "Player 3's name: 25 characters is too long; use at most 24.",
                "Player 4's name: player 1 has the same name; give each player a different one.",
            ]
        );
        let fields: Vec<SetupField> = s.problems().iter().map(|p| p.field()).collect();
        assert_eq!(
            fields,
            [
                SetupField::Name(1),
                SetupField::Name(2),
                SetupField::Name(3)
            ]
        );
        assert_eq!(
            s.validated(),
            Err(SetupError::BlankName { player: 1 }),
            "the first problem"
        );
    }

    #[test]
    fn five_ten_or_twenty_questions() {
        let mut s = setup(&["Aya", "Asou"]);
        for count in QUESTION_COUNTS {
            s.question_count = count;
            assert!(s.problems().is_empty(), "{count}");
        }
        s.question_count = 7;
        assert_eq!(messages(&s), ["Number of questions: choose 5, 10 or 20."]);
        assert_eq!(s.problems()[0].field(), SetupField::QuestionCount);
    }

    #[test]
    fn picking_applies_the_spoiler_limit_and_says_when_too_few_fit() {
        let mut bank = choice_pool(30);
        for q in bank.iter_mut().skip(8) {
            Rc::make_mut(q).spoiler = 5;
        }
        let mut s = setup(&["Aya", "Asou"]);
        let err = s.pick(&bank).unwrap_err();
        assert_eq!(
            err,
            SetupError::NotEnoughQuestions {
                wanted: 10,
                available: 8
            }
        );
        assert_eq!(err.field(), SetupField::Questions);
        assert!(err
            .message(Words::ENGLISH)
            .starts_with("Questions: only 8 questions fit"));
        s.question_count = 5;
        let picked = s.pick(&bank).unwrap();
        assert_eq!(picked.len(), 5);
        assert!(picked.iter().all(|q| q.spoiler == 0));
        assert_eq!(s.pick(&bank).unwrap(), picked, "same seed, same questions");
        s.spoiler_limit = 5;
        assert_eq!(s.pick(&bank).unwrap().len(), 5);
    }

    #[test]
    fn next_keeps_everything_but_the_seed() {
        let mut s = setup(&["Aya", "Asou"]);
        s.timed = true;
        s.question_count = 20;
        let next = s.next();
        assert_ne!(next.seed, s.seed);
        assert_eq!(
            PartySetup {
                seed: s.seed,
                ..next
            },
            s
        );
    }
}
