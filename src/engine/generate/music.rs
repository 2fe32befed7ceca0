//! Questions from the songs, credits and works tables.

use std::collections::BTreeMap;

use super::{distractors, end_sentence, join_ja, rng_for, text, Draft, Text};
use crate::engine::bank::{Category, Difficulty, Question};
use crate::engine::lang::{Bilingual, Lang};
use crate::engine::tables::{display, long_date, JaTables, Tables};

/// A name in both languages: kanji and romaji in English, the Japanese alone in Japanese.
fn shown(ja: &str, romaji: &str) -> Text {
    text(
        display(Lang::English, ja, romaji),
        display(Lang::Japanese, ja, romaji),
    )
}

/// Who performs each song, and who holds each production credit.
pub(super) fn music_questions(
    tables: &Tables,
    ja: &JaTables,
    seed: u64,
    out: &mut Vec<Bilingual<Question>>,
) {
    let artists: Vec<Text> = tables
        .songs
        .iter()
        .map(|s| shown(&s.artist_ja, &s.artist))
        .collect();
    for (song, artist) in tables.songs.iter().zip(&artists) {
        let id = format!("gen-music-artist-{}", song.id);
        let title = text(
            display(Lang::English, &song.title_ja, &song.title),
            format!(
                "「{}」",
                display(Lang::Japanese, &song.title_ja, &song.title)
            ),
        );
        let usage = text(&song.usage, &JaTables::row(&ja.songs, &song.id).usage);
        if let Some(wrong) = distractors(artist, &artists, &mut rng_for(seed, &id)) {
            out.push(
                Draft {
                    prompt: text(
                        end_sentence(&format!("Who performs {}, the {}", title.en, usage.en), '?'),
                        format!("{}は{}。この曲を歌っているのは誰？", title.ja, usage.ja),
                    ),
                    id,
                    category: Category::Music,
                    difficulty: Difficulty::Normal,
                    explanation: text(
                        end_sentence(
                            &format!("{} by {} is the {}", title.en, artist.en, usage.en),
                            '.',
                        ),
                        format!("{}の{}は、{}。", artist.ja, title.ja, usage.ja),
                    ),
                    sources: &song.sources,
                    spoiler: 0,
                }
                .choice(artist.clone(), wrong),
            );
        }
    }
    let people: Vec<Text> = tables
        .credits
        .iter()
        .map(|c| shown(&c.name_ja, &c.name))
        .collect();
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, credit) in tables.credits.iter().enumerate() {
        groups
            .entry((credit.work.as_str(), credit.role.as_str()))
            .or_default()
            .push(i);
    }
    for ((work, role), holders) in groups {
        let first = &tables.credits[holders[0]];
        let answer = people[holders[0]].clone();
        let others: Vec<Text> = people
            .iter()
            .enumerate()
            .filter(|(i, p)| !holders.contains(i) && p.en != answer.en)
            .map(|(_, p)| p.clone())
            .collect();
        let work_name = match work {
            "series" => text("the 2005 series", "2005年の連続ドラマ"),
            "special" => text("the 2007 special", "2007年の特別編"),
            _ => text("the 2004 film", "2004年の映画"),
        };
        let role = text(
            match role {
                "music" => "composer",
                other => other,
            },
            // The credit as Japanese credits write it: 演出 for TV, 監督 for the film.
            JaTables::row(&ja.credits, &first.id).role.as_str(),
        );
        let holder_names: Bilingual<Vec<&str>> = Bilingual {
            en: holders.iter().map(|&i| people[i].en.as_str()).collect(),
            ja: holders.iter().map(|&i| people[i].ja.as_str()).collect(),
        };
        let (w, r) = (&work_name, &role);
        let (prompt, explanation) = if holders.len() > 1 {
            (
                text(
                    format!("Who is one of the credited {}s of {}?", r.en, w.en),
                    format!(
                        "{}で「{}」としてクレジットされている{}人のうち、1人は誰？",
                        w.ja,
                        r.ja,
                        holders.len()
                    ),
                ),
                text(
                    end_sentence(
                        &format!(
                            "The {}s of {} are {}",
                            r.en,
                            w.en,
                            holder_names.en.join(" and ")
                        ),
                        '.',
                    ),
                    format!("{}の「{}」は{}。", w.ja, r.ja, join_ja(&holder_names.ja)),
                ),
            )
        } else {
            (
                text(
                    format!("Who is credited as the {} of {}?", r.en, w.en),
                    format!("{}で「{}」としてクレジットされているのは誰？", w.ja, r.ja),
                ),
                text(
                    format!("{} is credited as the {} of {}.", answer.en, r.en, w.en),
                    format!(
                        "{}の「{}」としてクレジットされているのは{}。",
                        w.ja, r.ja, answer.ja
                    ),
                ),
            )
        };
        let id = format!("gen-music-credit-{work}-{}", role.en);
        if let Some(wrong) = distractors(&answer, &others, &mut rng_for(seed, &id)) {
            let category = if work == "film" {
                Category::Real
            } else {
                Category::Music
            };
            out.push(
                Draft {
                    id,
                    category,
                    difficulty: Difficulty::Hard,
                    prompt,
                    explanation,
                    sources: &first.sources,
                    spoiler: 0,
                }
                .choice(answer, wrong),
            );
        }
    }
}

/// When the series and the special first aired and the book came out. The film's date is
/// only a distractor: its first showing is disputed (a local premiere before the Tokyo release).
pub(super) fn work_questions(
    tables: &Tables,
    ja: &JaTables,
    seed: u64,
    out: &mut Vec<Bilingual<Question>>,
) {
    let dated: Vec<_> = tables
        .works
        .iter()
        .filter(|w| !w.released.is_empty())
        .collect();
    let dates: Vec<Text> = dated
        .iter()
        .map(|w| {
            text(
                long_date(&w.released, Lang::English),
                long_date(&w.released, Lang::Japanese),
            )
        })
        .collect();
    for (work, date) in dated.iter().zip(&dates) {
        let title_ja = display(Lang::Japanese, &work.title_ja, &work.title);
        // Japanese puts the verb last, and the special's title already says 特別編.
        let (verb, category, prompt_ja) = match work.kind.as_str() {
            "series" => (
                "first air",
                Category::Music,
                format!("連続ドラマ『{title_ja}』の放送が始まったのはいつ？"),
            ),
            "special" => (
                "first air",
                Category::Music,
                format!("『{title_ja}』が放送されたのはいつ？"),
            ),
            "book" => (
                "come out",
                Category::Real,
                format!("『{title_ja}』が本として出版されたのはいつ？"),
            ),
            _ => continue,
        };
        let id = format!("gen-work-released-{}", work.id);
        let title = display(
            Lang::English,
            &format!("『{}』", work.title_ja),
            &work.title,
        );
        let Some(wrong) = distractors(date, &dates, &mut rng_for(seed, &id)) else {
            continue;
        };
        let detail_ja = &JaTables::row(&ja.works, &work.id).detail;
        out.push(
            Draft {
                prompt: text(
                    format!("When did the {} {title} {verb}?", work.kind),
                    prompt_ja,
                ),
                id,
                category,
                difficulty: Difficulty::Hard,
                explanation: text(
                    format!("{}. {}", date.en, work.detail),
                    format!("{}。{detail_ja}", date.ja),
                ),
                sources: &work.sources,
                spoiler: 0,
            }
            .choice(date.clone(), wrong),
        );
    }
}
