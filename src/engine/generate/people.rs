//! Questions from the characters table: who plays whom, and who each character is.

use super::{distractors, end_sentence, rng_for, text, Draft, Text};
use crate::engine::bank::{Category, Difficulty, Kind, Question};
use crate::engine::lang::{Bilingual, Lang};
use crate::engine::tables::{CharacterRow, JaTables, Tables};

/// Rows this early in the characters table are the leads: their questions count as easy.
const LEAD_ROWS: usize = 8;

fn lead_difficulty(index: usize, row: &CharacterRow) -> Difficulty {
    if row.spoiler > 0 {
        Difficulty::Hard
    } else if index < LEAD_ROWS {
        Difficulty::Easy
    } else {
        Difficulty::Normal
    }
}

/// A character's name in both languages.
fn name(row: &CharacterRow) -> Text {
    text(
        row.display_name(Lang::English),
        row.display_name(Lang::Japanese),
    )
}

/// Who plays whom, both ways, plus typed answers for the leads.
pub(super) fn cast_questions(
    tables: &Tables,
    ja: &JaTables,
    seed: u64,
    out: &mut Vec<Bilingual<Question>>,
) {
    let cast: Vec<(usize, &CharacterRow, Text)> = tables
        .characters
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let en = row.display_actor(Lang::English)?;
            let ja = row.display_actor(Lang::Japanese).unwrap_or_default();
            Some((i, row, text(en, ja)))
        })
        .collect();
    for &(index, row, ref actor) in &cast {
        let visible = |other: &&(usize, &CharacterRow, Text)| other.1.spoiler <= row.spoiler;
        let actors: Vec<Text> = cast.iter().filter(visible).map(|c| c.2.clone()).collect();
        let names: Vec<Text> = cast.iter().filter(visible).map(|c| name(c.1)).collect();
        let name = name(row);
        let role_ja = &JaTables::row(&ja.characters, &row.id).role;
        let explanation = if row.role.trim().is_empty() {
            text(
                end_sentence(&format!("{} plays {}", actor.en, name.en), '.'),
                format!("ドラマで{}の役を演じているのは、{}。", name.ja, actor.ja),
            )
        } else {
            text(
                end_sentence(
                    &format!("{} plays {}, {}", actor.en, name.en, row.role),
                    '.',
                ),
                format!("{}が演じる{}は、{role_ja}。", actor.ja, name.ja),
            )
        };
        let draft = |id: String, prompt: Text, difficulty, explanation: Text| Draft {
            id,
            category: Category::Cast,
            difficulty,
            prompt,
            explanation,
            sources: &row.sources,
            spoiler: row.spoiler,
        };
        let id = format!("gen-cast-plays-{}", row.id);
        if let Some(wrong) = distractors(actor, &actors, &mut rng_for(seed, &id)) {
            let prompt = text(
                end_sentence(&format!("Who plays {}", name.en), '?'),
                format!("{}を演じているのは誰？", name.ja),
            );
            let difficulty = lead_difficulty(index, row);
            out.push(
                draft(id, prompt, difficulty, explanation.clone()).choice(actor.clone(), wrong),
            );
        }
        let id = format!("gen-cast-role-{}", row.id);
        if let Some(wrong) = distractors(&name, &names, &mut rng_for(seed, &id)) {
            let prompt = text(
                format!("Which character does {} play?", actor.en),
                format!("{}が演じている登場人物は誰？", actor.ja),
            );
            let difficulty = lead_difficulty(index, row);
            out.push(
                draft(id, prompt, difficulty, explanation.clone()).choice(name.clone(), wrong),
            );
        }
        if index < LEAD_ROWS && !row.actor.is_empty() {
            let mut accept_en = vec![row.actor_ja.clone()];
            accept_en.extend(row.actor_accept.iter().cloned());
            // In Japanese the answer is the Japanese name, and the romaji is accepted.
            let (answer_ja, mut accept_ja) = if row.actor_ja.trim().is_empty() {
                (row.actor.clone(), Vec::new())
            } else {
                (row.actor_ja.clone(), vec![row.actor.clone()])
            };
            accept_ja.extend(row.actor_accept.iter().cloned());
            let kana = &JaTables::row(&ja.characters, &row.id).actor_kana;
            accept_ja.extend(kana.iter().cloned());
            let prompt = text(
                end_sentence(
                    &format!("Type the name of the actor who plays {}", name.en),
                    '.',
                ),
                format!("{}を演じている俳優の名前を入力してください。", name.ja),
            );
            let id = format!("gen-cast-typed-{}", row.id);
            out.push(
                draft(id, prompt, Difficulty::Hard, explanation).with(Bilingual {
                    en: Kind::Typed {
                        answer: row.actor.clone(),
                        accept: accept_en,
                    },
                    ja: Kind::Typed {
                        answer: answer_ja,
                        accept: accept_ja,
                    },
                }),
            );
        }
    }
}

/// Which description fits a character, with distractors from other characters' roles. A row
/// with an empty role (nothing only that character has) makes no question and is no distractor.
pub(super) fn character_questions(
    tables: &Tables,
    ja: &JaTables,
    seed: u64,
    out: &mut Vec<Bilingual<Question>>,
) {
    let role = |row: &CharacterRow| text(&row.role, &JaTables::row(&ja.characters, &row.id).role);
    for (index, row) in tables.characters.iter().enumerate() {
        if row.role.trim().is_empty() {
            continue;
        }
        let roles: Vec<Text> = tables
            .characters
            .iter()
            .filter(|other| other.spoiler <= row.spoiler && other.id != row.id)
            .map(role)
            .collect();
        let id = format!("gen-char-role-{}", row.id);
        let name = name(row);
        let answer = role(row);
        if let Some(wrong) = distractors(&answer, &roles, &mut rng_for(seed, &id)) {
            out.push(
                Draft {
                    prompt: text(
                        format!("Who is {} in the drama?", name.en),
                        format!("ドラマに登場する{}は、どんな役どころ？", name.ja),
                    ),
                    explanation: text(
                        end_sentence(&format!("{} is {}", name.en, row.role), '.'),
                        format!("ドラマ『1リットルの涙』の{}は、{}。", name.ja, answer.ja),
                    ),
                    id,
                    category: Category::Characters,
                    difficulty: lead_difficulty(index, row),
                    sources: &row.sources,
                    spoiler: row.spoiler,
                }
                .choice(answer, wrong),
            );
        }
    }
}
