//! Questions from the episodes table: titles, air dates, events by episode, broadcast order.

use super::{distractors, end_sentence, rng_for, text, Draft, Text};
use crate::engine::bank::{Category, Difficulty, Kind, Question};
use crate::engine::lang::{Bilingual, Lang};
use crate::engine::tables::{display, long_date, JaTables, Tables};
use crate::engine::validate::BUILT_IN;

/// How many "put these episodes in order" questions to make.
const ORDER_QUESTIONS: usize = 4;

/// Titles, air dates, events by episode, and broadcast order.
pub(super) fn episode_questions(
    tables: &Tables,
    ja: &JaTables,
    seed: u64,
    out: &mut Vec<Bilingual<Question>>,
) {
    let episodes: Vec<_> = tables
        .episodes
        .iter()
        .filter(|e| (1..=11).contains(&e.number))
        .collect();
    let labels: Vec<Text> = episodes
        .iter()
        .map(|e| text(format!("Episode {}", e.number), format!("第{}話", e.number)))
        .collect();
    let titles: Vec<Text> = episodes
        .iter()
        .map(|e| text(&e.title, format!("「{}」", e.title_ja)))
        .collect();
    let dates: Vec<Text> = episodes
        .iter()
        .map(|e| {
            text(
                long_date(&e.air_date, Lang::English),
                long_date(&e.air_date, Lang::Japanese),
            )
        })
        .collect();
    // The English (fan) titles are the options in both languages when the question asks for
    // the English title.
    let english_titles: Vec<Text> = titles.iter().map(|t| text(&t.en, &t.en)).collect();
    for (i, episode) in episodes.iter().enumerate() {
        let n = episode.number;
        let title = text(
            display(
                Lang::English,
                &format!("「{}」", episode.title_ja),
                &episode.title,
            ),
            format!("「{}」", episode.title_ja),
        );
        let about = text(
            end_sentence(
                &format!(
                    "Episode {n}, first aired on {}, is {}",
                    dates[i].en, title.en
                ),
                '.',
            ),
            format!("第{n}話は、{}に放送された{}。", dates[i].ja, title.ja),
        );
        let draft = |id: String, prompt: Text, difficulty, spoiler| Draft {
            id,
            category: Category::Episodes,
            difficulty,
            prompt,
            explanation: about.clone(),
            sources: &episode.sources,
            spoiler,
        };
        let id = format!("gen-ep-titled-{n}");
        if let Some(wrong) = distractors(&labels[i], &labels, &mut rng_for(seed, &id)) {
            let prompt = text(
                end_sentence(&format!("Which episode is titled {}", title.en), '?'),
                format!("{}というサブタイトルの回は第何話？", title.ja),
            );
            out.push(draft(id, prompt, Difficulty::Normal, 0).choice(labels[i].clone(), wrong));
        }
        let id = format!("gen-ep-title-of-{n}");
        if let Some(wrong) =
            distractors(&english_titles[i], &english_titles, &mut rng_for(seed, &id))
        {
            let prompt = text(
                format!(
                    "What is the English title of episode {n}, 「{}」?",
                    episode.title_ja
                ),
                format!("第{n}話「{}」の英語タイトルは？", episode.title_ja),
            );
            let answer = english_titles[i].clone();
            out.push(draft(id, prompt, Difficulty::Normal, 0).choice(answer, wrong));
        }
        let id = format!("gen-ep-aired-{n}");
        if let Some(wrong) = distractors(&dates[i], &dates, &mut rng_for(seed, &id)) {
            let prompt = text(
                format!("When did episode {n} first air?"),
                format!("第{n}話が初めて放送されたのはいつ？"),
            );
            out.push(draft(id, prompt, Difficulty::Hard, 0).choice(dates[i].clone(), wrong));
        }
        let events_ja = &JaTables::row(&ja.episodes, &n.to_string()).events;
        for (k, event) in episode.events.iter().enumerate() {
            let id = format!("gen-ep-event-{n}-{}", k + 1);
            let prompt = text(
                format!("In which episode does this happen? {event}"),
                format!(
                    "次の出来事が描かれるのは第何話？　{}",
                    events_ja.get(k).map_or("", String::as_str)
                ),
            );
            // Too long for a phone in English: left out in both languages.
            if prompt.en.chars().count() > BUILT_IN.prompt {
                continue;
            }
            if let Some(wrong) = distractors(&labels[i], &labels, &mut rng_for(seed, &id)) {
                out.push(draft(id, prompt, Difficulty::Normal, n).choice(labels[i].clone(), wrong));
            }
        }
    }
    for k in 0..ORDER_QUESTIONS {
        let id = format!("gen-ep-order-{}", k + 1);
        let mut rng = rng_for(seed, &id);
        let mut picks: Vec<usize> = (0..episodes.len()).collect();
        rng.shuffle(&mut picks);
        picks.truncate(3 + k % 3);
        picks.sort_unstable();
        if picks.len() < 3 {
            continue;
        }
        let explanation = text(
            picks
                .iter()
                .map(|&i| format!("{} is episode {}", titles[i].en, episodes[i].number))
                .collect::<Vec<_>>()
                .join("; ")
                + ".",
            picks
                .iter()
                .map(|&i| format!("{}は第{}話", titles[i].ja, episodes[i].number))
                .collect::<Vec<_>>()
                .join("、")
                + "。",
        );
        let mut sources: Vec<String> = picks
            .iter()
            .flat_map(|&i| episodes[i].sources.iter().take(1).cloned())
            .collect();
        sources.dedup();
        let prompt = text(
            format!(
                "Put these episode titles in broadcast order, first to last ({}).",
                k + 1
            ),
            format!(
                "次のサブタイトルを、放送された順に並べ替えてください。（{}）",
                k + 1
            ),
        );
        let items = |lang: Lang| picks.iter().map(|&i| titles[i].get(lang).clone()).collect();
        out.push(
            Draft {
                id,
                category: Category::Episodes,
                difficulty: Difficulty::Hard,
                prompt,
                explanation,
                sources: &sources,
                spoiler: 0,
            }
            .with(Bilingual::from_fn(|lang| Kind::Order {
                items: items(lang),
            })),
        );
    }
}
