//! Questions from the timeline of the real story.

use super::{distractors, rng_for, text, Draft, Text};
use crate::engine::bank::{Category, Difficulty, Kind, Question};
use crate::engine::lang::{Bilingual, Lang};
use crate::engine::tables::{JaTables, Tables, TimelineRow};

/// The real story's years: "In which year…?" for each row, and putting events in order.
pub(super) fn timeline_questions(
    tables: &Tables,
    ja: &JaTables,
    seed: u64,
    out: &mut Vec<Bilingual<Question>>,
) {
    let event = |row: &TimelineRow| text(&row.event, &JaTables::row(&ja.timeline, &row.id).event);
    let years: Vec<Text> = tables
        .timeline
        .iter()
        .map(|r| text(r.year.to_string(), format!("{}年", r.year)))
        .collect();
    for (row, year) in tables.timeline.iter().zip(&years) {
        let id = format!("gen-real-year-{}", row.id);
        let Some(wrong) = distractors(year, &years, &mut rng_for(seed, &id)) else {
            continue;
        };
        let event = event(row);
        out.push(
            Draft {
                prompt: text(
                    format!("In which year did this happen? {}", event.en),
                    format!("次の出来事があったのは何年？　{}", event.ja),
                ),
                id,
                category: Category::Real,
                difficulty: Difficulty::Normal,
                explanation: text(
                    format!("{}: {}", year.en, event.en),
                    format!("{}：{}", year.ja, event.ja),
                ),
                sources: &row.sources,
                spoiler: row.spoiler,
            }
            .choice(year.clone(), wrong),
        );
    }
    // One order question from events in distinct years, without spoilers.
    let mut picks: Vec<&TimelineRow> = Vec::new();
    for row in tables.timeline.iter().filter(|r| r.spoiler == 0) {
        if picks.iter().all(|p| p.year != row.year) {
            picks.push(row);
        }
    }
    let mut rng = rng_for(seed, "gen-real-order");
    rng.shuffle(&mut picks);
    picks.truncate(4);
    picks.sort_by_key(|r| r.year);
    if picks.len() < 3 {
        return;
    }
    let events: Vec<Text> = picks.iter().map(|r| event(r)).collect();
    let dated = |lang: Lang, sep: &str, join: &str| {
        picks
            .iter()
            .zip(&events)
            .map(|(r, e)| format!("{}{}{sep}{}", r.year, year_unit(lang), e.get(lang)))
            .collect::<Vec<_>>()
            .join(join)
    };
    let sources: Vec<String> = picks
        .iter()
        .flat_map(|r| r.sources.iter().take(1).cloned())
        .collect();
    let items = |lang: Lang| events.iter().map(|e| e.get(lang).clone()).collect();
    out.push(
        Draft {
            id: "gen-real-order".to_string(),
            category: Category::Real,
            difficulty: Difficulty::Hard,
            prompt: text(
                "Put these events of the real story in order, earliest first.",
                "実際にあったできごとを、古い順に並べ替えてください。",
            ),
            explanation: text(
                dated(Lang::English, ": ", " "),
                dated(Lang::Japanese, "：", ""),
            ),
            sources: &sources,
            spoiler: 0,
        }
        .with(Bilingual::from_fn(|lang| Kind::Order {
            items: items(lang),
        })),
    );
}

/// What follows a year: nothing in English, 年 in Japanese.
fn year_unit(lang: Lang) -> &'static str {
    match lang {
        Lang::English => "",
        Lang::Japanese => "年",
    }
}
