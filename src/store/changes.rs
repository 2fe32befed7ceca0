//! Changes waiting to be written, and how they combine with what another tab may have stored.
//!
//! A tab never writes its in-memory copy over storage. It keeps the changes it made since its
//! last successful write, and before each write it re-reads storage and applies them on top, so
//! games finished in two tabs are both kept and nothing is counted twice. A failed write keeps
//! the changes for the next try.

use super::schema::{decode, GameResult, LoadProblem, Records, Settings, RESULTS_KEPT};
use crate::engine::stats::{add_to_history, add_to_top};

/// One change to the records.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A finished game.
    Record(GameResult),
    /// New settings.
    Settings(Settings),
    /// An imported file: merged into the records, or replacing them.
    Import {
        records: Box<Records>,
        replace: bool,
    },
    /// Forget every score, keeping the settings.
    Reset,
}

/// Applies one change.
pub fn apply(records: &mut Records, change: &Change) {
    match change {
        Change::Record(result) => {
            if !records.results.iter().any(|r| r.id == result.id) {
                records.record(result.clone());
            }
        }
        Change::Settings(settings) => records.settings = settings.clone(),
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

/// Merges another copy of the records (an imported file) into `records`. Games are matched by
/// id; totals take the larger count so importing your own backup never double counts.
pub fn merge(records: &mut Records, other: &Records) {
    for result in &other.results {
        if !records.results.iter().any(|r| r.id == result.id) {
            records.results.push(result.clone());
        }
    }
    records
        .results
        .sort_by(|a, b| a.finished_at.total_cmp(&b.finished_at));
    let excess = records.results.len().saturating_sub(RESULTS_KEPT);
    records.results.drain(..excess);
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
        let list = records.top.entry(*mode).or_default();
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
        let mine = tally.by_category.entry(*category).or_default();
        *mine = mine.max(*count);
    }
    tally.episodes.extend(other.tally.episodes.iter().copied());
    if other.daily.last_scored > records.daily.last_scored {
        records.daily.last_scored = other.daily.last_scored;
        records.daily.streak = other.daily.streak;
    }
    records.daily.best_streak = records.daily.best_streak.max(other.daily.best_streak);
    for (question, other_box) in &other.boxes {
        let mine = records.boxes.entry(question.clone()).or_insert(*other_box);
        *mine = (*mine).min(*other_box);
    }
    for (pack, bests) in &other.pack_best {
        let mine = records.pack_best.entry(pack.clone()).or_default();
        for (mode, best) in bests {
            if mine.get(mode).is_none_or(|m| best.beats(*m, *mode)) {
                mine.insert(*mode, *best);
            }
        }
    }
    for (id, at) in &other.achievements {
        let mine = records.achievements.entry(id.clone()).or_insert(*at);
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
