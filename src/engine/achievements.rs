//! Achievements: fourteen milestones, each a pure rule over the player's progress.

use super::bank::Category;
use super::mode::Mode;
use super::scoring::Score;
use super::stats::Tally;
use crate::i18n::Msg;

/// One milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Achievement {
    pub id: &'static str,
    /// Its name, as shown to players.
    pub title: Msg,
    /// What earns it.
    pub description: Msg,
}

/// What the rules look at, right after a game is recorded.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    pub tally: &'a Tally,
    pub best_daily_streak: u32,
    /// Questions in the top practice box.
    pub learned: usize,
    /// The game just finished.
    pub last: (Mode, Score, u32),
}

const fn a(id: &'static str, title: Msg, description: Msg) -> Achievement {
    Achievement {
        id,
        title,
        description,
    }
}

/// Every achievement, in display order.
pub const ALL: [Achievement; 14] = [
    a(
        "first-round",
        Msg::RecAchFirstRoundTitle,
        Msg::RecAchFirstRoundText,
    ),
    a("perfect", Msg::RecAchPerfectTitle, Msg::RecAchPerfectText),
    a("daily-3", Msg::RecAchDaily3Title, Msg::RecAchDaily3Text),
    a("daily-7", Msg::RecAchDaily7Title, Msg::RecAchDaily7Text),
    a(
        "well-rounded",
        Msg::RecAchWellRoundedTitle,
        Msg::RecAchWellRoundedText,
    ),
    a(
        "survival-10",
        Msg::RecAchSurvival10Title,
        Msg::RecAchSurvival10Text,
    ),
    a(
        "survival-20",
        Msg::RecAchSurvival20Title,
        Msg::RecAchSurvival20Text,
    ),
    a(
        "timed-5000",
        Msg::RecAchTimed5000Title,
        Msg::RecAchTimed5000Text,
    ),
    a(
        "timed-8000",
        Msg::RecAchTimed8000Title,
        Msg::RecAchTimed8000Text,
    ),
    a(
        "every-episode",
        Msg::RecAchEveryEpisodeTitle,
        Msg::RecAchEveryEpisodeText,
    ),
    a(
        "the-special",
        Msg::RecAchTheSpecialTitle,
        Msg::RecAchTheSpecialText,
    ),
    a("hundred", Msg::RecAchHundredTitle, Msg::RecAchHundredText),
    a(
        "learned-25",
        Msg::RecAchLearned25Title,
        Msg::RecAchLearned25Text,
    ),
    a(
        "rounds-25",
        Msg::RecAchRounds25Title,
        Msg::RecAchRounds25Text,
    ),
];

/// Whether the rule of `achievement` holds for `progress`.
pub fn holds(achievement: &Achievement, p: &Progress) -> bool {
    let (mode, score, points) = p.last;
    match achievement.id {
        "first-round" => p.tally.games >= 1,
        "perfect" => mode != Mode::Survival && score.total >= 10 && score.correct == score.total,
        "daily-3" => p.best_daily_streak >= 3,
        "daily-7" => p.best_daily_streak >= 7,
        "well-rounded" => Category::ALL.iter().all(|c| {
            p.tally
                .by_category
                .get(c)
                .is_some_and(|n| n.answered >= 10 && n.percent().unwrap_or(0) >= 80)
        }),
        "survival-10" => mode == Mode::Survival && score.correct >= 10,
        "survival-20" => mode == Mode::Survival && score.correct >= 20,
        "timed-5000" => mode == Mode::Timed && points >= 5000,
        "timed-8000" => mode == Mode::Timed && points >= 8000,
        "every-episode" => (1..=11).all(|n| p.tally.episodes.contains(n)),
        "the-special" => p.tally.episodes.contains(12),
        "hundred" => p.tally.all.answered >= 100,
        "learned-25" => p.learned >= 25,
        "rounds-25" => p.tally.games >= 25,
        _ => false,
    }
}

/// The achievement with this id.
pub fn by_id(id: &str) -> Option<&'static Achievement> {
    ALL.iter().find(|a| a.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::stats::Count;

    fn progress(tally: &Tally, last: (Mode, Score, u32)) -> Progress<'_> {
        Progress {
            tally,
            best_daily_streak: 0,
            learned: 0,
            last,
        }
    }

    fn earned(p: &Progress) -> Vec<&'static str> {
        ALL.iter().filter(|a| holds(a, p)).map(|a| a.id).collect()
    }

    const TEN: Score = Score {
        correct: 10,
        total: 10,
    };

    #[test]
    fn at_least_twelve_distinct_achievements() {
        let mut ids: Vec<&str> = ALL.iter().map(|a| a.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert!(ids.len() >= 12);
        assert!(ALL.iter().all(|a| by_id(a.id).is_some()));
    }

    #[test]
    fn every_achievement_has_its_own_name_and_description() {
        let mut texts: Vec<Msg> = ALL.iter().flat_map(|a| [a.title, a.description]).collect();
        texts.sort_unstable_by_key(|m| m.name());
        texts.dedup();
        assert_eq!(texts.len(), 2 * ALL.len());
        assert_eq!(ALL[0].title.en(), "First steps");
    }

    #[test]
    fn a_perfect_first_round() {
        let tally = Tally {
            games: 1,
            ..Tally::default()
        };
        assert_eq!(
            earned(&progress(&tally, (Mode::Classic, TEN, 10))),
            ["first-round", "perfect"]
        );
        let nine = Score {
            correct: 9,
            total: 10,
        };
        assert_eq!(
            earned(&progress(&tally, (Mode::Classic, nine, 9))),
            ["first-round"]
        );
    }

    #[test]
    fn survival_and_timed_milestones() {
        let tally = Tally {
            games: 2,
            ..Tally::default()
        };
        let run = Score {
            correct: 21,
            total: 22,
        };
        let got = earned(&progress(&tally, (Mode::Survival, run, 21)));
        assert!(got.contains(&"survival-10") && got.contains(&"survival-20"));
        assert!(!got.contains(&"perfect"));
        let got = earned(&progress(&tally, (Mode::Timed, TEN, 8200)));
        assert!(got.contains(&"timed-5000") && got.contains(&"timed-8000"));
    }

    #[test]
    fn every_category_must_be_strong_and_well_sampled() {
        let mut tally = Tally::default();
        for c in Category::ALL {
            tally.by_category.insert(
                c,
                Count {
                    answered: 10,
                    correct: 8,
                },
            );
        }
        assert!(earned(&progress(&tally, (Mode::Classic, TEN, 0))).contains(&"well-rounded"));
        tally.by_category.insert(
            Category::Cast,
            Count {
                answered: 9,
                correct: 9,
            },
        );
        assert!(!earned(&progress(&tally, (Mode::Classic, TEN, 0))).contains(&"well-rounded"));
    }

    #[test]
    fn every_episode_and_the_special() {
        let mut tally = Tally::default();
        tally.episodes.extend(1..=10);
        assert!(!earned(&progress(&tally, (Mode::Classic, TEN, 0))).contains(&"every-episode"));
        tally.episodes.insert(11);
        tally.episodes.insert(12);
        let got = earned(&progress(&tally, (Mode::Classic, TEN, 0)));
        assert!(got.contains(&"every-episode") && got.contains(&"the-special"));
    }
}
