//! Changes waiting to be written, and how they combine with what another tab may have stored.
//!
//! A tab never writes its in-memory copy over storage. It keeps the changes it made since its
//! last successful write, and before each write it re-reads storage and applies them on top, so
//! games finished in two tabs are both kept and nothing is counted twice. A failed write keeps
//! the changes for the next try. Settings change one at a time, as the player's intent ("sound
//! on"), so a tab that has not yet heard of another tab's change never writes its old value back.

use super::schema::{
    decode, GameResult, LoadProblem, PartyResult, Records, Theme, PARTIES_KEPT, RESULTS_KEPT,
};
use crate::engine::bank::SPECIAL_EPISODE;
use crate::engine::lang::Lang;
use crate::engine::map::{slot, Map};
use crate::engine::order::sort_small_by;
use crate::engine::stats::{add_to_history, add_to_top, Count};

/// One change to the records.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A finished game.
    Record(GameResult),
    /// A finished "Play together" game.
    Party(PartyResult),
    /// The players' names to offer for the next "Play together" game.
    PartyNames(Vec<String>),
    /// One setting, as the player chose it.
    Setting(SettingChange),
    /// An imported file: merged into the records, or replacing them.
    Import {
        records: Box<Records>,
        replace: bool,
    },
    /// Forget every score, keeping the settings.
    Reset,
}

/// One setting the player changed. Each is applied to the settings stored at the time of the
/// write, leaving the others as they are there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingChange {
    /// Chimes on or off.
    Sound(bool),
    Theme(Theme),
    /// The last episode watched (0 = none, 12 = the special too).
    SpoilerLimit(u8),
    /// The language the game is played in.
    Lang(Lang),
}

/// Applies one change.
pub fn apply(records: &mut Records, change: &Change) {
    match change {
        Change::Record(result) => {
            if !records.results.iter().any(|r| r.id == result.id) {
                records.record(result.clone());
            }
        }
        Change::Party(party) => add_party(records, party),
        Change::PartyNames(names) => records.settings.party_names = names.clone(),
        Change::Setting(SettingChange::Sound(on)) => records.settings.sound = *on,
        Change::Setting(SettingChange::Theme(theme)) => records.settings.theme = *theme,
        Change::Setting(SettingChange::Lang(lang)) => records.settings.lang = Some(*lang),
        Change::Setting(SettingChange::SpoilerLimit(limit)) => {
            records.settings.spoiler_limit = Some((*limit).min(SPECIAL_EPISODE));
        }
        Change::Import {
            records: imported,
            replace: true,
        } => {
            let settings = records.settings.clone();
            *records = (**imported).clone();
            records.settings = settings;
        }
        Change::Import {
            records: imported,
            replace: false,
        } => merge(records, imported),
        Change::Reset => {
            *records = Records {
                settings: records.settings.clone(),
                ..Records::default()
            };
        }
    }
}

/// Keeps a finished party game once (by id), in finishing order, the last [`PARTIES_KEPT`].
fn add_party(records: &mut Records, party: &PartyResult) {
    if records.parties.iter().any(|p| p.id == party.id) {
        return;
    }
    records.parties.push(party.clone());
    sort_small_by(&mut records.parties, |a, b| {
        a.finished_at.total_cmp(&b.finished_at)
    });
    let excess = records.parties.len().saturating_sub(PARTIES_KEPT);
    records.parties.drain(..excess);
}

/// Merges another copy of the records (an imported file) into `records`. Games are matched by
/// id; totals take the larger count so importing your own backup never double counts.
pub fn merge(records: &mut Records, other: &Records) {
    for result in &other.results {
        if !records.results.iter().any(|r| r.id == result.id) {
            records.results.push(result.clone());
        }
    }
    sort_small_by(&mut records.results, |a, b| {
        a.finished_at.total_cmp(&b.finished_at)
    });
    let excess = records.results.len().saturating_sub(RESULTS_KEPT);
    records.results.drain(..excess);
    for party in &other.parties {
        add_party(records, party);
    }
    for (mode, best) in &other.best {
        if records
            .best
            .get(mode)
            .is_none_or(|mine| best.beats(*mine, *mode))
        {
            records.best.insert(*mode, *best);
        }
    }
    for (mode, entries) in &other.top {
        let list = slot(&mut records.top, mode, Vec::new);
        for entry in entries {
            add_to_top(list, *entry, *mode);
        }
    }
    for point in &other.history {
        add_to_history(&mut records.history, *point);
    }
    let tally = &mut records.tally;
    tally.games = tally.games.max(other.tally.games);
    tally.all = tally.all.max(other.tally.all);
    for (category, count) in &other.tally.by_category {
        let mine = slot(&mut tally.by_category, category, Count::default);
        *mine = mine.max(*count);
    }
    tally.episodes.extend(other.tally.episodes.iter());
    if other.daily.last_scored > records.daily.last_scored {
        records.daily.last_scored = other.daily.last_scored;
        records.daily.streak = other.daily.streak;
    }
    records.daily.best_streak = records.daily.best_streak.max(other.daily.best_streak);
    for (question, other_box) in &other.boxes {
        let mine = slot(&mut records.boxes, question, || *other_box);
        *mine = (*mine).min(*other_box);
    }
    for (pack, bests) in &other.pack_best {
        let mine = slot(&mut records.pack_best, pack, Map::new);
        for (mode, best) in bests {
            if mine.get(mode).is_none_or(|m| best.beats(*m, *mode)) {
                mine.insert(*mode, *best);
            }
        }
    }
    for (id, at) in &other.achievements {
        let mine = slot(&mut records.achievements, id, || *at);
        *mine = mine.min(*at);
    }
}

/// What to write: the stored records with the changes applied on top.
#[derive(Debug, Clone, PartialEq)]
pub struct WritePlan {
    pub records: Records,
    /// The stored text to copy to the backup key first, when it could not be fully read.
    pub backup: Option<String>,
}

/// Plans a write over `stored` (the raw value just re-read). `None` when storage holds a newer
/// version's data, which must never be overwritten.
pub fn plan_write(stored: Option<&str>, changes: &[Change]) -> Option<WritePlan> {
    let decoded = decode(stored);
    let backup = match decoded.problem {
        Some(LoadProblem::NewerVersion) => return None,
        Some(LoadProblem::Unreadable | LoadProblem::PartlyRecovered) => stored.map(str::to_string),
        None => None,
    };
    let mut records = decoded.records;
    for change in changes {
        apply(&mut records, change);
    }
    Some(WritePlan { records, backup })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::schema::encode;

    fn stored(records: &Records) -> String {
        encode(records).unwrap_or_default()
    }

    #[test]
    fn two_tabs_changing_different_settings_both_keep_theirs() {
        // Tab A sets the dark theme and writes it.
        let a = plan_write(None, &[Change::Setting(SettingChange::Theme(Theme::Dark))])
            .map(|plan| stored(&plan.records));
        // Tab B has not heard of that yet and switches sound on: its write starts from what is
        // stored now, not from its own stale copy.
        let b = plan_write(a.as_deref(), &[Change::Setting(SettingChange::Sound(true))])
            .map(|plan| plan.records.settings);
        let settings = b.unwrap_or_default();
        assert_eq!(settings.theme, Theme::Dark);
        assert!(settings.sound);
        assert_eq!(settings.spoiler_limit, None);
    }

    fn party(id: &str, finished_at: f64) -> PartyResult {
        PartyResult {
            id: id.to_string(),
            finished_at,
            questions: 5,
            timed: false,
            places: Vec::new(),
        }
    }

    #[test]
    fn party_games_from_two_tabs_are_both_kept_once_and_apart_from_personal_records() {
        let a = plan_write(None, &[Change::Party(party("a", 2.0))]).map(|p| stored(&p.records));
        // The other tab repeats "a" (a retried write) and adds "b", which finished earlier.
        let changes = [
            Change::Party(party("a", 2.0)),
            Change::Party(party("b", 1.0)),
        ];
        let records = plan_write(a.as_deref(), &changes).map(|p| p.records);
        let records = records.unwrap_or_default();
        let ids: Vec<&str> = records.parties.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert!(records.results.is_empty() && records.best.is_empty());
        assert_eq!(records.tally.games, 0, "party games are not personal games");
        assert_eq!(records.daily.streak, 0);
    }

    #[test]
    fn only_the_last_party_games_are_kept_and_an_import_merges_them_by_id() {
        let mut records = Records::default();
        for i in 0..(PARTIES_KEPT + 3) {
            apply(
                &mut records,
                &Change::Party(party(&format!("p{i}"), i as f64)),
            );
        }
        assert_eq!(records.parties.len(), PARTIES_KEPT);
        assert_eq!(records.parties[0].id, "p3", "the oldest go first");
        let other = Records {
            parties: vec![party("p10", 10.0), party("new", 1e9)],
            ..Records::default()
        };
        merge(&mut records, &other);
        assert_eq!(records.parties.len(), PARTIES_KEPT);
        assert_eq!(records.parties.last().map(|p| p.id.as_str()), Some("new"));
        assert_eq!(records.parties.iter().filter(|p| p.id == "p10").count(), 1);
    }

    #[test]
    fn party_names_are_a_setting_kept_by_a_reset() {
        let names = vec!["Aya".to_string(), "Haruto".to_string()];
        let mut records = Records::default();
        apply(&mut records, &Change::Party(party("a", 1.0)));
        apply(&mut records, &Change::PartyNames(names.clone()));
        apply(&mut records, &Change::Reset);
        assert_eq!(records.settings.party_names, names);
        assert!(records.parties.is_empty(), "a reset forgets the games");
    }

    #[test]
    fn a_spoiler_limit_beyond_the_special_is_capped() {
        let mut records = Records::default();
        apply(
            &mut records,
            &Change::Setting(SettingChange::SpoilerLimit(40)),
        );
        assert_eq!(records.settings.spoiler_limit, Some(SPECIAL_EPISODE));
    }
}
