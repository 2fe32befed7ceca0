//! Questions derived from the fact tables.
//!
//! Each generator turns rows into questions whose distractors come from the same table and the
//! same kind (actors for actors, titles for titles, dates for dates), chosen with a seed so the
//! bank is identical on every build. A distractor never comes from a row that would reveal more
//! of the story than the question itself.

use std::collections::{BTreeMap, HashSet};

use super::bank::{Category, Difficulty, Kind, Question};
use super::matching::normalise;
use super::rng::{seed_from_text, Rng};
use super::tables::{display, long_date, CharacterRow, Tables};

/// Rows this early in the characters table are the leads: their questions count as easy.
const LEAD_ROWS: usize = 8;
/// How many "put these episodes in order" questions to make.
const ORDER_QUESTIONS: usize = 4;

/// Every generated question, deterministic for `seed`.
pub fn generate(tables: &Tables, seed: u64) -> Vec<Question> {
    let mut out = Vec::new();
    cast_questions(tables, seed, &mut out);
    character_questions(tables, seed, &mut out);
    episode_questions(tables, seed, &mut out);
    music_questions(tables, seed, &mut out);
    work_questions(tables, seed, &mut out);
    timeline_questions(tables, seed, &mut out);
    out
}

/// Up to three distinct options from `pool` that differ from `answer`, or `None` if too few.
fn distractors(answer: &str, pool: &[String], rng: &mut Rng) -> Option<Vec<String>> {
    let mut seen = HashSet::from([normalise(answer)]);
    let mut candidates: Vec<String> = pool
        .iter()
        .filter(|p| !p.trim().is_empty() && seen.insert(normalise(p)))
        .cloned()
        .collect();
    if candidates.len() < 3 {
        return None;
    }
    rng.shuffle(&mut candidates);
    candidates.truncate(3);
    Some(candidates)
}

/// `text` as a sentence ending in `mark`, unless it already ends with its own mark: a title
/// such as "Why Did the Illness Choose Me?" ends the sentence itself, so no "??" or "?.".
fn end_sentence(text: &str, mark: char) -> String {
    let text = text.trim_end();
    if text.ends_with(['?', '!', '.', '？', '！', '。']) {
        text.to_string()
    } else {
        format!("{text}{mark}")
    }
}

/// A question's own generator: seeded by the question id so adding rows elsewhere does not
/// reshuffle it.
fn rng_for(seed: u64, id: &str) -> Rng {
    Rng::new(seed ^ seed_from_text(id))
}

struct Draft<'a> {
    id: String,
    category: Category,
    difficulty: Difficulty,
    prompt: String,
    explanation: String,
    sources: &'a [String],
    spoiler: u8,
}

impl Draft<'_> {
    /// A multiple-choice question with this answer and these distractors.
    fn choice(self, answer: String, distractors: Vec<String>) -> Question {
        self.with(Kind::Choice {
            answer,
            distractors,
        })
    }

    fn with(self, kind: Kind) -> Question {
        Question {
            id: self.id,
            category: self.category,
            difficulty: self.difficulty,
            prompt: self.prompt,
            kind,
            explanation: self.explanation,
            sources: self.sources.to_vec(),
            spoiler: self.spoiler,
            topic: None,
            fact: None,
        }
    }
}

fn lead_difficulty(index: usize, row: &CharacterRow) -> Difficulty {
    if row.spoiler > 0 {
        Difficulty::Hard
    } else if index < LEAD_ROWS {
        Difficulty::Easy
    } else {
        Difficulty::Normal
    }
}

/// Who plays whom, both ways, plus typed answers for the leads.
fn cast_questions(tables: &Tables, seed: u64, out: &mut Vec<Question>) {
    let cast: Vec<(usize, &CharacterRow, String)> = tables
        .characters
        .iter()
        .enumerate()
        .filter_map(|(i, row)| row.display_actor().map(|actor| (i, row, actor)))
        .collect();
    for &(index, row, ref actor) in &cast {
        let visible = |other: &&(usize, &CharacterRow, String)| other.1.spoiler <= row.spoiler;
        let actors: Vec<String> = cast.iter().filter(visible).map(|c| c.2.clone()).collect();
        let names: Vec<String> = cast
            .iter()
            .filter(visible)
            .map(|c| c.1.display_name())
            .collect();
        let name = row.display_name();
        let explanation = if row.role.trim().is_empty() {
            end_sentence(&format!("{actor} plays {name}"), '.')
        } else {
            end_sentence(&format!("{actor} plays {name}, {}", row.role), '.')
        };
        let id = format!("gen-cast-plays-{}", row.id);
        if let Some(wrong) = distractors(actor, &actors, &mut rng_for(seed, &id)) {
            out.push(
                Draft {
                    prompt: end_sentence(&format!("Who plays {name}"), '?'),
                    id,
                    category: Category::Cast,
                    difficulty: lead_difficulty(index, row),
                    explanation: explanation.clone(),
                    sources: &row.sources,
                    spoiler: row.spoiler,
                }
                .choice(actor.clone(), wrong),
            );
        }
        let id = format!("gen-cast-role-{}", row.id);
        if let Some(wrong) = distractors(&name, &names, &mut rng_for(seed, &id)) {
            out.push(
                Draft {
                    prompt: format!("Which character does {actor} play?"),
                    id,
                    category: Category::Cast,
                    difficulty: lead_difficulty(index, row),
                    explanation: explanation.clone(),
                    sources: &row.sources,
                    spoiler: row.spoiler,
                }
                .choice(name.clone(), wrong),
            );
        }
        if index < LEAD_ROWS && !row.actor.is_empty() {
            let mut accept = vec![row.actor_ja.clone()];
            accept.extend(row.actor_accept.iter().cloned());
            out.push(
                Draft {
                    id: format!("gen-cast-typed-{}", row.id),
                    category: Category::Cast,
                    difficulty: Difficulty::Hard,
                    prompt: end_sentence(
                        &format!("Type the name of the actor who plays {name}"),
                        '.',
                    ),
                    explanation,
                    sources: &row.sources,
                    spoiler: row.spoiler,
                }
                .with(Kind::Typed {
                    answer: row.actor.clone(),
                    accept,
                }),
            );
        }
    }
}

/// Which description fits a character, with distractors from other characters' roles. A row
/// with an empty role (nothing only that character has) makes no question and is no distractor.
fn character_questions(tables: &Tables, seed: u64, out: &mut Vec<Question>) {
    for (index, row) in tables.characters.iter().enumerate() {
        if row.role.trim().is_empty() {
            continue;
        }
        let roles: Vec<String> = tables
            .characters
            .iter()
            .filter(|other| other.spoiler <= row.spoiler && other.id != row.id)
            .map(|other| other.role.clone())
            .collect();
        let id = format!("gen-char-role-{}", row.id);
        let name = row.display_name();
        if let Some(wrong) = distractors(&row.role, &roles, &mut rng_for(seed, &id)) {
            out.push(
                Draft {
                    prompt: format!("Who is {name} in the drama?"),
                    id,
                    category: Category::Characters,
                    difficulty: lead_difficulty(index, row),
                    explanation: end_sentence(&format!("{name} is {}", row.role), '.'),
                    sources: &row.sources,
                    spoiler: row.spoiler,
                }
                .choice(row.role.clone(), wrong),
            );
        }
    }
}

/// Titles, air dates, events by episode, and broadcast order.
fn episode_questions(tables: &Tables, seed: u64, out: &mut Vec<Question>) {
    let episodes: Vec<_> = tables
        .episodes
        .iter()
        .filter(|e| (1..=11).contains(&e.number))
        .collect();
    let labels: Vec<String> = episodes
        .iter()
        .map(|e| format!("Episode {}", e.number))
        .collect();
    let titles: Vec<String> = episodes.iter().map(|e| e.title.clone()).collect();
    let dates: Vec<String> = episodes.iter().map(|e| long_date(&e.air_date)).collect();
    for (i, episode) in episodes.iter().enumerate() {
        let n = episode.number;
        let title = display(&format!("「{}」", episode.title_ja), &episode.title);
        let about = end_sentence(
            &format!("Episode {n}, first aired on {}, is {title}", dates[i]),
            '.',
        );
        let draft = |id: String, prompt: String, difficulty, spoiler| Draft {
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
            let prompt = end_sentence(&format!("Which episode is titled {title}"), '?');
            out.push(draft(id, prompt, Difficulty::Normal, 0).choice(labels[i].clone(), wrong));
        }
        let id = format!("gen-ep-title-of-{n}");
        if let Some(wrong) = distractors(&titles[i], &titles, &mut rng_for(seed, &id)) {
            let prompt = format!(
                "What is the English title of episode {n}, 「{}」?",
                episode.title_ja
            );
            out.push(draft(id, prompt, Difficulty::Normal, 0).choice(titles[i].clone(), wrong));
        }
        let id = format!("gen-ep-aired-{n}");
        if let Some(wrong) = distractors(&dates[i], &dates, &mut rng_for(seed, &id)) {
            let prompt = format!("When did episode {n} first air?");
            out.push(draft(id, prompt, Difficulty::Hard, 0).choice(dates[i].clone(), wrong));
        }
        for (k, event) in episode.events.iter().enumerate() {
            let id = format!("gen-ep-event-{n}-{}", k + 1);
            let prompt = format!("In which episode does this happen? {event}");
            if prompt.chars().count() > super::validate::BUILT_IN.prompt {
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
        let items: Vec<String> = picks.iter().map(|&i| titles[i].clone()).collect();
        let explanation = picks
            .iter()
            .map(|&i| format!("{} is episode {}", titles[i], episodes[i].number))
            .collect::<Vec<_>>()
            .join("; ");
        let mut sources: Vec<String> = picks
            .iter()
            .flat_map(|&i| episodes[i].sources.iter().take(1).cloned())
            .collect();
        sources.dedup();
        out.push(Question {
            id,
            category: Category::Episodes,
            difficulty: Difficulty::Hard,
            prompt: format!(
                "Put these episode titles in broadcast order, first to last ({}).",
                k + 1
            ),
            kind: Kind::Order { items },
            explanation: format!("{explanation}."),
            sources,
            spoiler: 0,
            topic: None,
            fact: None,
        });
    }
}

/// Who performs each song, and who holds each production credit.
fn music_questions(tables: &Tables, seed: u64, out: &mut Vec<Question>) {
    let artists: Vec<String> = tables
        .songs
        .iter()
        .map(|s| display(&s.artist_ja, &s.artist))
        .collect();
    for (song, artist) in tables.songs.iter().zip(&artists) {
        let id = format!("gen-music-artist-{}", song.id);
        let title = display(&song.title_ja, &song.title);
        if let Some(wrong) = distractors(artist, &artists, &mut rng_for(seed, &id)) {
            out.push(
                Draft {
                    prompt: end_sentence(&format!("Who performs {title}, the {}", song.usage), '?'),
                    id,
                    category: Category::Music,
                    difficulty: Difficulty::Normal,
                    explanation: end_sentence(
                        &format!("{title} by {artist} is the {}", song.usage),
                        '.',
                    ),
                    sources: &song.sources,
                    spoiler: 0,
                }
                .choice(artist.clone(), wrong),
            );
        }
    }
    let people: Vec<String> = tables
        .credits
        .iter()
        .map(|c| display(&c.name_ja, &c.name))
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
        let others: Vec<String> = people
            .iter()
            .enumerate()
            .filter(|(i, p)| !holders.contains(i) && **p != answer)
            .map(|(_, p)| p.clone())
            .collect();
        let work_name = match work {
            "series" => "the 2005 series",
            "special" => "the 2007 special",
            _ => "the 2004 film",
        };
        let role = match role {
            "music" => "composer",
            other => other,
        };
        let holder_names: Vec<&str> = holders.iter().map(|&i| people[i].as_str()).collect();
        let (prompt, explanation) = if holders.len() > 1 {
            (
                format!("Who is one of the credited {role}s of {work_name}?"),
                end_sentence(
                    &format!(
                        "The {role}s of {work_name} are {}",
                        holder_names.join(" and ")
                    ),
                    '.',
                ),
            )
        } else {
            (
                format!("Who is credited as the {role} of {work_name}?"),
                format!("{answer} is credited as the {role} of {work_name}."),
            )
        };
        let id = format!("gen-music-credit-{work}-{role}");
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
                .with(Kind::Choice {
                    answer,
                    distractors: wrong,
                }),
            );
        }
    }
}

/// When the series and the special first aired and the book came out. The film's date is
/// only a distractor: its first showing is disputed (a local premiere before the Tokyo release).
fn work_questions(tables: &Tables, seed: u64, out: &mut Vec<Question>) {
    let dated: Vec<_> = tables
        .works
        .iter()
        .filter(|w| !w.released.is_empty())
        .collect();
    let dates: Vec<String> = dated.iter().map(|w| long_date(&w.released)).collect();
    for (work, date) in dated.iter().zip(&dates) {
        let (verb, category) = match work.kind.as_str() {
            "series" | "special" => ("first air", Category::Music),
            "book" => ("come out", Category::Real),
            _ => continue,
        };
        let id = format!("gen-work-released-{}", work.id);
        let title = display(&format!("『{}』", work.title_ja), &work.title);
        let Some(wrong) = distractors(date, &dates, &mut rng_for(seed, &id)) else {
            continue;
        };
        out.push(
            Draft {
                prompt: format!("When did the {} {title} {verb}?", work.kind),
                id,
                category,
                difficulty: Difficulty::Hard,
                explanation: format!("{date}. {}", work.detail),
                sources: &work.sources,
                spoiler: 0,
            }
            .choice(date.clone(), wrong),
        );
    }
}

/// The real story's years: "In which year…?" for each row, and putting events in order.
fn timeline_questions(tables: &Tables, seed: u64, out: &mut Vec<Question>) {
    let years: Vec<String> = tables.timeline.iter().map(|r| r.year.to_string()).collect();
    for (row, year) in tables.timeline.iter().zip(&years) {
        let id = format!("gen-real-year-{}", row.id);
        let Some(wrong) = distractors(year, &years, &mut rng_for(seed, &id)) else {
            continue;
        };
        out.push(
            Draft {
                prompt: format!("In which year did this happen? {}", row.event),
                id,
                category: Category::Real,
                difficulty: Difficulty::Normal,
                explanation: format!("{year}: {}", row.event),
                sources: &row.sources,
                spoiler: row.spoiler,
            }
            .choice(year.clone(), wrong),
        );
    }
    // One order question from events in distinct years, without spoilers.
    let mut picks: Vec<&super::tables::TimelineRow> = Vec::new();
    for row in tables.timeline.iter().filter(|r| r.spoiler == 0) {
        if picks.iter().all(|p| p.year != row.year) {
            picks.push(row);
        }
    }
    let mut rng = rng_for(seed, "gen-real-order");
    rng.shuffle(&mut picks);
    picks.truncate(4);
    picks.sort_by_key(|r| r.year);
    if picks.len() >= 3 {
        out.push(Question {
            id: "gen-real-order".to_string(),
            category: Category::Real,
            difficulty: Difficulty::Hard,
            prompt: "Put these events of the real story in order, earliest first.".to_string(),
            kind: Kind::Order {
                items: picks.iter().map(|r| r.event.clone()).collect(),
            },
            explanation: picks
                .iter()
                .map(|r| format!("{}: {}", r.year, r.event))
                .collect::<Vec<_>>()
                .join(" "),
            sources: picks
                .iter()
                .flat_map(|r| r.sources.iter().take(1).cloned())
                .collect(),
            spoiler: 0,
            topic: None,
            fact: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tables::{CharacterRow, EpisodeRow};

    fn character(id: &str, actor: &str, spoiler: u8) -> CharacterRow {
        CharacterRow {
            id: id.into(),
            name_ja: String::new(),
            name: format!("Name {id}"),
            name_accept: vec![],
            actor_ja: String::new(),
            actor: actor.into(),
            actor_accept: vec![],
            group: "g".into(),
            role: format!("role of {id}"),
            school: String::new(),
            club: String::new(),
            occupation: String::new(),
            sources: vec!["S".into()],
            spoiler,
        }
    }

    fn tables() -> Tables {
        Tables {
            characters: vec![
                character("a", "Actor A", 0),
                character("b", "Actor B", 0),
                character("c", "Actor C", 0),
                character("d", "Actor D", 0),
                character("e", "", 0),
                character("late", "Actor Late", 10),
            ],
            episodes: (1..=11)
                .map(|n| EpisodeRow {
                    number: n,
                    title_ja: format!("題{n}"),
                    title: format!("Title {n}"),
                    air_date: format!("2005-10-{n:02}"),
                    events: vec![format!("Event of {n}.")],
                    sources: vec!["S".into()],
                })
                .collect(),
            ..Tables::default()
        }
    }

    #[test]
    fn timeline_years_and_order() {
        let mut t = tables();
        t.timeline = [(1962, 0), (1986, 0), (1988, 11), (2004, 0), (2005, 0)]
            .iter()
            .map(|&(year, spoiler)| crate::engine::tables::TimelineRow {
                id: format!("y{year}"),
                year,
                event: format!("Event of {year}."),
                sources: vec!["S".into()],
                spoiler,
            })
            .collect();
        let questions = generate(&t, 2);
        let q = questions
            .iter()
            .find(|q| q.id == "gen-real-year-y1988")
            .unwrap();
        assert_eq!((q.answer_text().as_str(), q.spoiler), ("1988", 11));
        let Kind::Choice { distractors, .. } = &q.kind else {
            panic!("not a choice question")
        };
        assert!(distractors.iter().all(|d| d.len() == 4 && d != "1988"));
        let order = questions.iter().find(|q| q.id == "gen-real-order").unwrap();
        let Kind::Order { items } = &order.kind else {
            panic!("not an order question")
        };
        assert!(
            !items.iter().any(|i| i.contains("1988")),
            "no spoiler in the order question"
        );
        let years: Vec<&str> = items.iter().map(|i| &i[9..13]).collect();
        assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
    }

    #[test]
    fn titles_ending_in_their_own_mark_are_not_given_a_second_one() {
        let mut t = tables();
        t.episodes[2].title = "Why Did the Illness Choose Me?".into();
        t.episodes[4].title = "Live Now!".into();
        let questions = generate(&t, 5);
        let find = |id: &str| questions.iter().find(|q| q.id == id).unwrap();
        let q = find("gen-ep-titled-3");
        assert_eq!(
            q.prompt,
            "Which episode is titled 「題3」 Why Did the Illness Choose Me?"
        );
        assert_eq!(
            q.explanation,
            "Episode 3, first aired on 3 October 2005, is 「題3」 Why Did the Illness Choose Me?"
        );
        let q = find("gen-ep-titled-5");
        assert_eq!(q.prompt, "Which episode is titled 「題5」 Live Now!");
        assert!(
            q.explanation.ends_with("is 「題5」 Live Now!"),
            "{}",
            q.explanation
        );
        assert_eq!(
            find("gen-ep-titled-1").prompt,
            "Which episode is titled 「題1」 Title 1?"
        );
        for q in &questions {
            for text in [&q.prompt, &q.explanation] {
                for doubled in ["??", "?.", "!.", "!?", "?!"] {
                    assert!(!text.contains(doubled), "{}: {text}", q.id);
                }
            }
        }
    }

    #[test]
    fn end_sentence_adds_a_mark_only_when_missing() {
        assert_eq!(end_sentence("Who plays Aya", '?'), "Who plays Aya?");
        assert_eq!(end_sentence("Choose Me? ", '.'), "Choose Me?");
        assert_eq!(end_sentence("Live Now!", '?'), "Live Now!");
        assert_eq!(end_sentence("Done.", '.'), "Done.");
    }

    #[test]
    fn rows_without_a_role_make_no_role_question_and_are_no_distractor() {
        let mut t = tables();
        t.characters[1].role = String::new();
        let questions = generate(&t, 1);
        assert!(!questions.iter().any(|q| q.id == "gen-char-role-b"));
        let plays = questions
            .iter()
            .find(|q| q.id == "gen-cast-plays-b")
            .unwrap();
        assert_eq!(plays.explanation, "Actor B plays Name b.");
        for q in questions
            .iter()
            .filter(|q| q.id.starts_with("gen-char-role-"))
        {
            let Kind::Choice { distractors, .. } = &q.kind else {
                panic!("not a choice question")
            };
            assert!(distractors.iter().all(|d| !d.trim().is_empty()), "{}", q.id);
        }
    }

    #[test]
    fn same_seed_same_questions() {
        assert_eq!(generate(&tables(), 3), generate(&tables(), 3));
        assert_ne!(generate(&tables(), 3), generate(&tables(), 4));
    }

    #[test]
    fn who_plays_uses_actors_as_distractors_and_hides_later_rows() {
        let questions = generate(&tables(), 1);
        let q = questions
            .iter()
            .find(|q| q.id == "gen-cast-plays-a")
            .unwrap();
        let Kind::Choice {
            answer,
            distractors,
        } = &q.kind
        else {
            panic!("not a choice question")
        };
        assert_eq!(answer, "Actor A");
        assert_eq!(distractors.len(), 3);
        for d in distractors {
            assert!(
                d.starts_with("Actor ") && d != "Actor A" && d != "Actor Late",
                "{d}"
            );
        }
    }

    #[test]
    fn rows_without_actors_make_no_cast_question() {
        let questions = generate(&tables(), 1);
        assert!(!questions.iter().any(|q| q.id == "gen-cast-plays-e"));
        assert!(questions.iter().any(|q| q.id == "gen-char-role-e"));
    }

    #[test]
    fn event_questions_carry_their_episode_as_spoiler() {
        let questions = generate(&tables(), 1);
        let q = questions
            .iter()
            .find(|q| q.id == "gen-ep-event-7-1")
            .unwrap();
        assert_eq!(q.spoiler, 7);
        assert_eq!(q.answer_text(), "Episode 7");
    }

    #[test]
    fn order_questions_list_titles_in_broadcast_order() {
        for q in generate(&tables(), 9)
            .iter()
            .filter(|q| q.id.starts_with("gen-ep-order"))
        {
            let Kind::Order { items } = &q.kind else {
                panic!("not an order question")
            };
            let numbers: Vec<u32> = items
                .iter()
                .map(|t| t.trim_start_matches("Title ").parse().unwrap())
                .collect();
            assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        }
    }
}
