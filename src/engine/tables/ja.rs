//! The Japanese text of the tables (`content/ja/tables/*.json`): the fields that have no `_ja`
//! column, by row id, and the check that every row the generators use has its text.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::Tables;
use crate::engine::bank::ContentError;

/// The Japanese text of one row's fields that have no `_ja` column, as in
/// `content/ja/tables/*.json` (an object keyed by row id). Each table uses one field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JaRow {
    /// characters.json and credits.json: the role (a credit as Japanese credits write it).
    #[serde(default)]
    pub role: String,
    /// characters.json: the actor's name in hiragana (from the fact sheet's romanisation), a
    /// typed answer accepted in Japanese.
    #[serde(default)]
    pub actor_kana: Vec<String>,
    /// episodes.json: the events, in the English order.
    #[serde(default)]
    pub events: Vec<String>,
    /// songs.json: where the song is used.
    #[serde(default, rename = "use")]
    pub usage: String,
    /// works.json: the detail.
    #[serde(default)]
    pub detail: String,
    /// timeline.json: the event.
    #[serde(default)]
    pub event: String,
    /// sources.json: the source's title, as Japanese players read it under an answer.
    #[serde(default)]
    pub title: String,
}

/// The Japanese texts of every table, by row id (episodes by number).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JaTables {
    pub characters: BTreeMap<String, JaRow>,
    pub episodes: BTreeMap<String, JaRow>,
    pub songs: BTreeMap<String, JaRow>,
    pub credits: BTreeMap<String, JaRow>,
    pub works: BTreeMap<String, JaRow>,
    pub timeline: BTreeMap<String, JaRow>,
}

impl JaTables {
    /// Every row the generators use has its Japanese text, and every Japanese row is a row of the
    /// English table: a role for each character with an English role, and one for each credit
    /// (the same for every holder of one credit); as many events for each episode as in English;
    /// a use for each song, a detail for each work, an event for each year of the timeline.
    pub fn check(&self, tables: &Tables) -> Vec<ContentError> {
        let ja = self;
        let mut errors = Vec::new();
        let mut fail = |table: &str, id: &str, field: &str, message: String| {
            errors.push(ContentError {
                file: format!("ja/tables/{table}.json"),
                question: None,
                field: format!("{id}.{field}"),
                message,
            });
        };
        let need = |table: &str,
                    rows: &BTreeMap<String, JaRow>,
                    wanted: Vec<(String, &str, &str)>,
                    fail: &mut dyn FnMut(&str, &str, &str, String)| {
            for (id, field, english) in &wanted {
                let row = JaTables::row(rows, id);
                let text = match *field {
                    "role" => &row.role,
                    "use" => &row.usage,
                    "detail" => &row.detail,
                    _ => &row.event,
                };
                if text.trim().is_empty() {
                    fail(
                        table,
                        id,
                        field,
                        format!("is missing: the Japanese of '{english}' goes here"),
                    );
                }
            }
            let ids: HashSet<&str> = wanted.iter().map(|(id, _, _)| id.as_str()).collect();
            for id in rows.keys().filter(|id| !ids.contains(id.as_str())) {
                fail(
                    table,
                    id,
                    "(row)",
                    "is not a row the English table uses".into(),
                );
            }
        };
        need(
            "characters",
            &ja.characters,
            tables
                .characters
                .iter()
                .filter(|c| !c.role.trim().is_empty())
                .map(|c| (c.id.clone(), "role", c.role.as_str()))
                .collect(),
            &mut fail,
        );
        need(
            "songs",
            &ja.songs,
            tables
                .songs
                .iter()
                .map(|s| (s.id.clone(), "use", s.usage.as_str()))
                .collect(),
            &mut fail,
        );
        need(
            "credits",
            &ja.credits,
            tables
                .credits
                .iter()
                .map(|c| (c.id.clone(), "role", c.role.as_str()))
                .collect(),
            &mut fail,
        );
        need(
            "works",
            &ja.works,
            tables
                .works
                .iter()
                .map(|w| (w.id.clone(), "detail", w.detail.as_str()))
                .collect(),
            &mut fail,
        );
        need(
            "timeline",
            &ja.timeline,
            tables
                .timeline
                .iter()
                .map(|t| (t.id.clone(), "event", t.event.as_str()))
                .collect(),
            &mut fail,
        );
        let mut roles: BTreeMap<(&str, &str), (&str, &str)> = BTreeMap::new();
        for credit in &tables.credits {
            let role = JaTables::row(&ja.credits, &credit.id).role.as_str();
            let first = roles
                .entry((&credit.work, &credit.role))
                .or_insert((&credit.id, role));
            if first.1 != role {
                fail(
                    "credits",
                    &credit.id,
                    "role",
                    format!(
                        "is '{role}' but '{}' for {}, the same {} credit of the {}: one credit has \
                         one Japanese name",
                        first.1, first.0, credit.role, credit.work
                    ),
                );
            }
        }
        let numbers: HashSet<String> = tables
            .episodes
            .iter()
            .map(|e| e.number.to_string())
            .collect();
        for episode in &tables.episodes {
            let id = episode.number.to_string();
            let events = &JaTables::row(&ja.episodes, &id).events;
            if events.len() != episode.events.len() {
                fail(
                    "episodes",
                    &id,
                    "events",
                    format!(
                        "has {} events but the English has {}: each event is translated in its place",
                        events.len(),
                        episode.events.len()
                    ),
                );
            }
            for (k, event) in events.iter().enumerate() {
                if event.trim().is_empty() {
                    fail("episodes", &id, &format!("events[{k}]"), "is empty".into());
                }
            }
        }
        for id in ja.episodes.keys().filter(|id| !numbers.contains(*id)) {
            fail(
                "episodes",
                id,
                "(row)",
                "is not an episode number of the English table".into(),
            );
        }
        errors
    }

    /// The row `id` of `table` (one of the maps above), or an empty row when it is missing:
    /// [`super::content`] reports a missing row before anything is generated.
    pub fn row<'a>(table: &'a BTreeMap<String, JaRow>, id: &str) -> &'a JaRow {
        static EMPTY: JaRow = JaRow {
            role: String::new(),
            actor_kana: Vec::new(),
            events: Vec::new(),
            usage: String::new(),
            detail: String::new(),
            event: String::new(),
            title: String::new(),
        };
        table.get(id).unwrap_or(&EMPTY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tables::{CreditRow, EpisodeRow};

    fn ja_row(f: impl FnOnce(&mut JaRow)) -> JaRow {
        let mut row = JaRow::default();
        f(&mut row);
        row
    }

    #[test]
    fn missing_and_stray_japanese_table_rows_are_named() {
        let credit = |id: &str| CreditRow {
            id: id.into(),
            work: "series".into(),
            role: "director".into(),
            name_ja: String::new(),
            name: id.into(),
            sources: vec![],
        };
        let tables = Tables {
            episodes: vec![EpisodeRow {
                number: 3,
                title_ja: "題".into(),
                title: "Title".into(),
                air_date: "2005-10-25".into(),
                events: vec!["One.".into(), "Two.".into()],
                sources: vec![],
            }],
            credits: vec![credit("a"), credit("b")],
            ..Tables::default()
        };
        let mut ja = JaTables::default();
        ja.episodes
            .insert("3".into(), ja_row(|r| r.events = vec!["一。".into()]));
        ja.episodes
            .insert("13".into(), ja_row(|r| r.events = vec!["？".into()]));
        ja.credits
            .insert("a".into(), ja_row(|r| r.role = "演出".into()));
        ja.credits
            .insert("b".into(), ja_row(|r| r.role = "監督".into()));
        let found: Vec<String> = ja.check(&tables).iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "ja/tables/credits.json: field 'b.role': is '監督' but '演出' for a, the same \
                 director credit of the series: one credit has one Japanese name",
                "ja/tables/episodes.json: field '3.events': has 1 events but the English has 2: \
                 each event is translated in its place",
                "ja/tables/episodes.json: field '13.(row)': is not an episode number of the \
                 English table",
            ]
        );
    }
}
