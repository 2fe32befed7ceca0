//! A finished "Play together" game as it is kept: when, how it was played, and the final
//! standings. It holds no answers, and it is kept apart from the single-player records (no
//! personal best, top ten or daily streak comes from it).

use crate::i18n::{Msg, Words};

use super::{Party, Standing};

/// One player's place in a finished party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyPlace {
    /// 1 for the most points; equal points share a rank (1, 1, 3).
    pub rank: u32,
    pub name: String,
    pub points: u32,
    /// Right answers.
    pub correct: u32,
}

/// A finished party.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyResult {
    /// Unique per game, so a write repeated by two tabs keeps it once.
    pub id: String,
    /// When it finished, in ms since the epoch.
    pub finished_at: f64,
    pub questions: u32,
    pub timed: bool,
    /// From first place to last.
    pub places: Vec<PartyPlace>,
}

impl PartyResult {
    /// The players in first place (more than one after a tie).
    pub fn winners(&self) -> Vec<&str> {
        self.places
            .iter()
            .filter(|p| p.rank == 1)
            .map(|p| p.name.as_str())
            .collect()
    }

    /// How the game ended, in a sentence in the player's language: "Haruto won with 4 points."
    /// or "Aya, Haruto and Mari shared first place with 4 points each."
    pub fn headline(&self, words: Words) -> String {
        let points = self.places.first().map_or(0, |p| p.points);
        let n = points.to_string();
        let one = points == 1;
        match self.winners().as_slice() {
            [] => words.t(Msg::PartyNobodyPlayed).to_string(),
            [name] => words.f(
                if one {
                    Msg::PartyWonOne
                } else {
                    Msg::PartyWonMany
                },
                &[("name", name), ("n", &n)],
            ),
            [first @ .., last] => {
                let named = |name: &str| words.f(Msg::PartyNameInList, &[("name", name)]);
                let rest = first
                    .iter()
                    .map(|name| named(name))
                    .collect::<Vec<_>>()
                    .join(words.t(Msg::PackListSeparator));
                let names = words.f(
                    Msg::PartyListLast,
                    &[("rest", &rest), ("last", &named(last))],
                );
                words.f(
                    if one {
                        Msg::PartySharedOne
                    } else {
                        Msg::PartySharedMany
                    },
                    &[("names", &names), ("n", &n)],
                )
            }
        }
    }
}

impl Party {
    /// The game as it is kept, once it is finished (`None` before).
    pub fn result(&self, id: String, finished_at: f64) -> Option<PartyResult> {
        if !self.is_finished() {
            return None;
        }
        let places = self
            .standings()
            .into_iter()
            .map(|Standing { rank, score }| PartyPlace {
                rank: u32::try_from(rank).unwrap_or(u32::MAX),
                name: score.name,
                points: score.points,
                correct: score.correct,
            })
            .collect();
        Some(PartyResult {
            id,
            finished_at,
            questions: u32::try_from(self.total()).unwrap_or(u32::MAX),
            timed: self.setup().timed,
            places,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(rank: u32, name: &str, points: u32) -> PartyPlace {
        PartyPlace {
            rank,
            name: name.to_string(),
            points,
            correct: points,
        }
    }

    fn result(places: Vec<PartyPlace>) -> PartyResult {
        PartyResult {
            id: "p".to_string(),
            finished_at: 0.0,
            questions: 5,
            timed: false,
            places,
        }
    }

    #[test]
    fn the_headline_names_the_winner_or_everyone_who_shared_first_place() {
        let won = result(vec![place(1, "Haruto", 4), place(2, "Aya", 3)]);
        assert_eq!(won.winners(), ["Haruto"]);
        assert_eq!(won.headline(Words::ENGLISH), "Haruto won with 4 points.");
        let one = result(vec![place(1, "Haruto", 1), place(2, "Aya", 0)]);
        assert_eq!(one.headline(Words::ENGLISH), "Haruto won with 1 point.");
        let tie = result(vec![
            place(1, "Aya", 4),
            place(1, "Haruto", 4),
            place(1, "Mari", 4),
            place(4, "Ako", 2),
        ]);
        assert_eq!(tie.winners(), ["Aya", "Haruto", "Mari"]);
        assert_eq!(
            tie.headline(Words::ENGLISH),
            "Aya, Haruto and Mari shared first place with 4 points each."
        );
    }

    /// The Japanese texts as the build ships them.
    fn japanese() -> crate::i18n::Texts {
        crate::i18n::ja::texts().unwrap()
    }

    #[test]
    fn the_headline_is_said_in_japanese_too() {
        let texts = japanese();
        let ja = Words::new(Some(&texts));
        let won = result(vec![place(1, "春人", 4), place(2, "亜也", 3)]);
        assert_eq!(won.headline(ja), "春人さんが4点で1位です。");
        let tie = result(vec![
            place(1, "亜也", 4),
            place(1, "春人", 4),
            place(1, "麻理", 4),
        ]);
        assert_eq!(
            tie.headline(ja),
            "亜也さん、春人さん、麻理さんが4点で並んで1位です。"
        );
        assert_eq!(result(vec![]).headline(ja), "誰もプレイしませんでした。");
    }
}
