//! Scores and standings: each player's points, and ranks with ties shared (standard
//! competition ranking: 1, 1, 3).

use crate::engine::order::sort_small_by;

/// One player's score over the revealed questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayerScore {
    /// The player's seat (0-based).
    pub player: usize,
    pub name: String,
    /// Points: right answers, or timed points when timing is on.
    pub points: u32,
    /// Right answers.
    pub correct: u32,
}

/// A player's place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// 1 for the most points; players with equal points share a rank, and the next rank skips
    /// as many places as were shared (1, 1, 3).
    pub rank: usize,
    pub score: PlayerScore,
}

/// `scores` from most points to fewest, with their ranks; equal points keep seat order.
pub fn rank(mut scores: Vec<PlayerScore>) -> Vec<Standing> {
    sort_small_by(&mut scores, |a, b| {
        b.points.cmp(&a.points).then(a.player.cmp(&b.player))
    });
    let mut standings: Vec<Standing> = Vec::with_capacity(scores.len());
    for (place, score) in scores.into_iter().enumerate() {
        let rank = match standings.last() {
            Some(above) if above.score.points == score.points => above.rank,
            _ => place + 1,
        };
        standings.push(Standing { rank, score });
    }
    standings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranks(points: &[u32]) -> Vec<(usize, usize)> {
        let scores = points
            .iter()
            .enumerate()
            .map(|(player, &points)| PlayerScore {
                player,
                name: format!("P{player}"),
                points,
                correct: points,
            })
            .collect();
        rank(scores)
            .iter()
            .map(|s| (s.rank, s.score.player))
            .collect()
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        assert_eq!(ranks(&[3, 5, 5]), [(1, 1), (1, 2), (3, 0)]);
        assert_eq!(ranks(&[4, 7, 4, 2]), [(1, 1), (2, 0), (2, 2), (4, 3)]);
    }

    #[test]
    fn all_tied_are_all_first() {
        assert_eq!(ranks(&[6, 6, 6]), [(1, 0), (1, 1), (1, 2)]);
        assert_eq!(ranks(&[0, 0]), [(1, 0), (1, 1)]);
    }

    #[test]
    fn distinct_points_rank_one_to_n() {
        assert_eq!(ranks(&[1, 3, 2]), [(1, 1), (2, 2), (3, 0)]);
    }
}
