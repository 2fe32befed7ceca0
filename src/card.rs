//! The result card: a finished game as an image to save or share, decided by pure functions
//! tested on the host. `CardContent` is what the card says, spoiler-free like the share text
//! (title, mode and day, the score headline, a square per question, the daily streak when there
//! is one, the game's address, never an answer), worded in the player's language (`Words`) when
//! it is built; `layout` places it on a canvas of either size
//! as a list of `DrawOp`s in the game's light look, which `browser::card` paints. The card
//! component (`components::result_card`) takes a `CardContent`, so any finished game (a party
//! game too) can build one and show it.

use crate::engine::calendar::Day;
use crate::engine::mode::Mode;
use crate::engine::party::PartyResult;
use crate::engine::result::GameResult;
use crate::engine::scoring::headline;
use crate::i18n::{Msg, Words};
use crate::share::squares;

/// The game's Japanese title, as the page header shows it.
pub const TITLE_JA: &str = "1リットルの涙";
/// The drop of the page header's mark (`app.rs`), in a 24 × 24 box.
pub const DROP_PATH: &str = "M12 2.5C9 7 6.5 10.2 6.5 14a5.5 5.5 0 0 0 11 0C17.5 10.2 15 7 12 2.5z";
/// The stylesheet's system font stack (`--font` in static/style.css): no web fonts, so the card
/// draws offline and at once.
pub const FONT_STACK: &str = "\"Hiragino Sans\", \"Hiragino Kaku Gothic ProN\", \"Noto Sans JP\", \"Noto Sans CJK JP\", \"Yu Gothic\", Meiryo, \"IPAPGothic\", system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

/// What a result card says. Build one with `from_game`, or fill it in for other games (a
/// party game's end): it has no field for answers, so a card cannot give any away.
#[derive(Debug, Clone, PartialEq)]
pub struct CardContent {
    /// The title line under the Japanese title, in the player's language ("1 Litre of Tears —
    /// the fan quiz", ファンクイズ).
    pub title: String,
    /// The line under the titles: the mode and day ("Classic · 21 November 2026").
    pub subtitle: String,
    /// The score, large ("Score: 7 of 10").
    pub headline: String,
    /// One per question, in order: right (true) or not. May be empty.
    pub squares: Vec<bool>,
    /// A line under the squares, in the accent colour: the daily streak, when there is one.
    pub streak: Option<String>,
    /// The day as `yyyy-mm-dd`; also names the file.
    pub date: String,
    /// The game's address as shown (no scheme, no trailing slash); empty for none.
    pub address: String,
}

/// The fewest days in a row that the card calls a streak: one day is just today's game.
pub const SHOWN_STREAK: u32 = 2;

impl CardContent {
    /// The card of a finished game. `daily_streak` is the player's current daily streak; it is
    /// shown on a scored daily challenge's card only, from `SHOWN_STREAK` days. `page` is the
    /// page address without its `#…` route. It is worded in `words`.
    pub fn from_game(game: &GameResult, daily_streak: u32, page: &str, words: Words) -> Self {
        let streak = (game.mode == Mode::Daily && game.scored && daily_streak >= SHOWN_STREAK)
            .then(|| words.f(Msg::PartyCardStreak, &[("n", &daily_streak.to_string())]));
        let day = game.day().in_words(words);
        CardContent {
            title: words.t(Msg::HomeTitleEn).to_string(),
            subtitle: words.f(
                Msg::PartyCardModeDay,
                &[("mode", words.t(game.mode.label())), ("day", &day)],
            ),
            headline: headline(words, game.mode, game.score, game.points),
            squares: squares(game),
            streak,
            date: game.day().iso(),
            address: shown_address(page),
        }
    }

    /// The card of a finished "Play together" game: who won, and everyone's place and points
    /// in the accent line. `page` is the page address without its `#…` route. It is worded in
    /// `words`.
    pub fn from_party(party: &PartyResult, page: &str, words: Words) -> Self {
        let date = Day::from_ms(party.finished_at).iso();
        let places = party
            .places
            .iter()
            .map(|p| {
                words.f(
                    Msg::PartyCardPlace,
                    &[
                        ("rank", &p.rank.to_string()),
                        ("name", &p.name),
                        ("points", &p.points.to_string()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        CardContent {
            title: words.t(Msg::HomeTitleEn).to_string(),
            subtitle: words.f(
                Msg::PartyCardPartySubtitle,
                &[
                    ("day", &Day::from_ms(party.finished_at).in_words(words)),
                    ("n", &party.questions.to_string()),
                ],
            ),
            headline: party
                .headline(words)
                .trim_end_matches(['.', '。'])
                .to_string(),
            squares: Vec::new(),
            streak: Some(places).filter(|p| !p.is_empty()),
            date,
            address: shown_address(page),
        }
    }

    /// The name the saved image gets: `litre-quiz-yyyy-mm-dd.png`.
    pub fn file_name(&self) -> String {
        format!("litre-quiz-{}.png", self.date)
    }

    /// The card in words, for the image's `alt`: everything it shows, the squares as runs.
    pub fn alt_text(&self, words: Words) -> String {
        let mut text = words.f(
            Msg::PartyCardAlt,
            &[("subtitle", &self.subtitle), ("headline", &self.headline)],
        );
        if !self.squares.is_empty() {
            let runs = runs(&self.squares, words);
            text.push_str(&words.f(Msg::PartyCardAltOrder, &[("runs", &runs)]));
        }
        if let Some(streak) = &self.streak {
            text.push_str(&words.f(Msg::PartyCardAltLine, &[("line", streak)]));
        }
        if !self.address.is_empty() {
            text.push_str(&words.f(Msg::PartyCardAltAddress, &[("address", &self.address)]));
        }
        text
    }
}

/// "3 right, 1 wrong, 6 right": the squares as runs, in order.
fn runs(squares: &[bool], words: Words) -> String {
    let mut parts: Vec<(bool, usize)> = Vec::new();
    for &right in squares {
        match parts.last_mut() {
            Some((last, count)) if *last == right => *count += 1,
            _ => parts.push((right, 1)),
        }
    }
    parts
        .iter()
        .map(|&(right, count)| {
            let run = if right {
                Msg::PartyCardRunRight
            } else {
                Msg::PartyCardRunWrong
            };
            words.f(run, &[("n", &count.to_string())])
        })
        .collect::<Vec<_>>()
        .join(words.t(Msg::PackListSeparator))
}

/// A page address as the card prints it: "https://example.org/quiz/" → "example.org/quiz".
pub fn shown_address(page: &str) -> String {
    let bare = page
        .strip_prefix("https://")
        .or_else(|| page.strip_prefix("http://"))
        .unwrap_or(page);
    let bare = bare.strip_suffix("index.html").unwrap_or(bare);
    bare.trim_end_matches('/').to_string()
}

/// The two image sizes offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardSize {
    /// 1200 × 630, the size link previews use.
    Wide,
    /// 1080 × 1080, for photo feeds.
    Square,
}

impl CardSize {
    /// Every size, in the order offered.
    pub const ALL: [CardSize; 2] = [CardSize::Wide, CardSize::Square];

    /// Width and height in pixels.
    pub fn pixels(self) -> (u32, u32) {
        match self {
            CardSize::Wide => (1200, 630),
            CardSize::Square => (1080, 1080),
        }
    }

    /// The choice's label.
    pub fn label(self) -> Msg {
        match self {
            CardSize::Wide => Msg::PartyCardWide,
            CardSize::Square => Msg::PartyCardSquare,
        }
    }

    /// A short name for element ids.
    pub fn slug(self) -> &'static str {
        match self {
            CardSize::Wide => "wide",
            CardSize::Square => "square",
        }
    }
}

/// The game's light colours (static/style.css), by role: a shared image has no dark mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// `--paper`, the background.
    Paper,
    /// `--card`, inside wrong answers' squares.
    Card,
    /// The ruled lines (between `--rule` and `--line`, so they survive image compression).
    Rule,
    /// `--ink`, the text.
    Ink,
    /// `--muted`: secondary text and wrong answers' squares.
    Muted,
    /// `--accent`: the title, the drop, right answers' squares and the streak.
    Accent,
}

impl Ink {
    /// The colour as CSS.
    pub fn css(self) -> &'static str {
        match self {
            Ink::Paper => "#f8f3ea",
            Ink::Card => "#fffdf8",
            Ink::Rule => "#e4d9c7",
            Ink::Ink => "#2b2a33",
            Ink::Muted => "#57535f",
            Ink::Accent => "#8a3b5a",
        }
    }
}

/// Horizontal text alignment around a text's `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
}

impl Align {
    /// The canvas `textAlign` value.
    pub fn css(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
        }
    }
}

/// One step of drawing a card, in canvas pixels (origin top left).
#[derive(Debug, Clone, PartialEq)]
pub enum DrawOp {
    /// A filled rectangle.
    Fill {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        ink: Ink,
    },
    /// A straight line.
    Line {
        from: (f64, f64),
        to: (f64, f64),
        width: f64,
        ink: Ink,
    },
    /// A filled outline (the drop).
    Shape { steps: Vec<PathStep>, ink: Ink },
    /// One question's square: right is filled with the accent colour, wrong is a muted
    /// outline around the card colour, so they differ in shape as well as colour (like 🟩 and
    /// ⬜ in the share text).
    Square {
        x: f64,
        y: f64,
        size: f64,
        right: bool,
    },
    /// One line of text in `FONT_STACK`, its baseline at `y`, squeezed to `max_width` if wider.
    Text {
        text: String,
        x: f64,
        y: f64,
        px: f64,
        bold: bool,
        ink: Ink,
        align: Align,
        max_width: f64,
    },
}

/// One step of an outline, in canvas pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum PathStep {
    MoveTo(f64, f64),
    /// A cubic Bézier curve: the two control points, then the end point.
    CurveTo([f64; 6]),
    /// The lower half of the circle at (x, y) with radius r, from its left end to its right.
    HalfCircleBelow(f64, f64, f64),
    Close,
}

/// The drop of `DROP_PATH`, scaled from its 24 × 24 box into the `size` × `size` box at
/// (`x`, `y`).
pub fn drop_outline(x: f64, y: f64, size: f64) -> Vec<PathStep> {
    let k = size / 24.0;
    let at = |px: f64, py: f64| (x + px * k, y + py * k);
    let curve = |c: [f64; 6]| {
        let ((a, b), (c1, d), (e, f)) = (at(c[0], c[1]), at(c[2], c[3]), at(c[4], c[5]));
        PathStep::CurveTo([a, b, c1, d, e, f])
    };
    let (top_x, top_y) = at(12.0, 2.5);
    let (mid_x, mid_y) = at(12.0, 14.0);
    vec![
        PathStep::MoveTo(top_x, top_y),
        curve([9.0, 7.0, 6.5, 10.2, 6.5, 14.0]),
        PathStep::HalfCircleBelow(mid_x, mid_y, 5.5 * k),
        curve([17.5, 10.2, 15.0, 7.0, 12.0, 2.5]),
        PathStep::Close,
    ]
}

/// Where a text line goes: baseline and font size in pixels.
#[derive(Clone, Copy)]
struct Slot {
    y: f64,
    px: f64,
}

/// A size's plan: the places of every part of the card.
struct Frame {
    /// Side margin.
    pad: f64,
    /// Distance between ruled lines.
    rule: f64,
    /// Everything centred (square) or left-aligned with the drop beside the titles (wide).
    centred: bool,
    drop: (f64, f64, f64),
    /// Where the title lines start (wide: right of the drop).
    title_x: f64,
    title_ja: Slot,
    title_en: Slot,
    subtitle: Slot,
    headline: Slot,
    /// The squares' box: top, height, and the largest square.
    squares_y: f64,
    squares_h: f64,
    square_max: f64,
    streak: Slot,
    address: Slot,
}

fn frame(size: CardSize) -> Frame {
    let slot = |y, px| Slot { y, px };
    match size {
        CardSize::Wide => Frame {
            pad: 80.0,
            rule: 42.0,
            centred: false,
            drop: (80.0, 40.0, 84.0),
            title_x: 180.0,
            title_ja: slot(110.0, 58.0),
            title_en: slot(158.0, 28.0),
            subtitle: slot(242.0, 32.0),
            headline: slot(326.0, 56.0),
            squares_y: 362.0,
            squares_h: 126.0,
            square_max: 56.0,
            streak: slot(524.0, 30.0),
            address: slot(578.0, 28.0),
        },
        CardSize::Square => Frame {
            pad: 96.0,
            rule: 45.0,
            centred: true,
            drop: (485.0, 84.0, 110.0),
            title_x: 540.0,
            title_ja: slot(305.0, 84.0),
            title_en: slot(372.0, 38.0),
            subtitle: slot(470.0, 42.0),
            headline: slot(575.0, 64.0),
            squares_y: 630.0,
            squares_h: 180.0,
            square_max: 72.0,
            streak: slot(890.0, 40.0),
            address: slot(980.0, 36.0),
        },
    }
}

/// Squares are never drawn smaller than this; any that do not fit then are left out (the
/// headline still gives the count). The bank is far too small for that to happen.
const SQUARE_MIN: f64 = 8.0;

/// The drawing of `content` at `size`: paper, rules, drop, titles, mode and day, headline,
/// squares, streak and address, in that order.
pub fn layout(content: &CardContent, size: CardSize) -> Vec<DrawOp> {
    let (w, h) = size.pixels();
    let (w, h) = (f64::from(w), f64::from(h));
    let f = frame(size);
    let mut ops = vec![DrawOp::Fill {
        x: 0.0,
        y: 0.0,
        w,
        h,
        ink: Ink::Paper,
    }];
    let mut y = f.rule;
    while y < h {
        ops.push(DrawOp::Line {
            from: (0.0, y),
            to: (w, y),
            width: 2.0,
            ink: Ink::Rule,
        });
        y += f.rule;
    }
    let (drop_x, drop_y, drop_size) = f.drop;
    ops.push(DrawOp::Shape {
        steps: drop_outline(drop_x, drop_y, drop_size),
        ink: Ink::Accent,
    });
    let (align, x) = if f.centred {
        (Align::Center, w / 2.0)
    } else {
        (Align::Left, f.pad)
    };
    let text = |text: &str, at: Slot, x: f64, bold: bool, ink: Ink| DrawOp::Text {
        text: text.to_string(),
        x,
        y: at.y,
        px: at.px,
        bold,
        ink,
        align,
        max_width: match align {
            Align::Left => w - x - f.pad,
            Align::Center => w - 2.0 * f.pad,
        },
    };
    ops.push(text(TITLE_JA, f.title_ja, f.title_x, true, Ink::Accent));
    ops.push(text(
        &content.title,
        f.title_en,
        f.title_x,
        false,
        Ink::Muted,
    ));
    ops.push(text(&content.subtitle, f.subtitle, x, false, Ink::Ink));
    ops.push(text(&content.headline, f.headline, x, true, Ink::Ink));
    ops.extend(square_grid(
        &content.squares,
        (f.pad, f.squares_y, w - 2.0 * f.pad, f.squares_h),
        f.square_max,
        f.centred,
    ));
    if let Some(streak) = &content.streak {
        ops.push(text(streak, f.streak, x, true, Ink::Accent));
    }
    if !content.address.is_empty() {
        ops.push(text(&content.address, f.address, x, false, Ink::Muted));
    }
    ops
}

/// The squares in rows of equal length (the last may be shorter) inside the box
/// (x, y, width, height), as large as fit up to `max`, centred vertically; rows centred or
/// left-aligned.
fn square_grid(
    squares: &[bool],
    (bx, by, bw, bh): (f64, f64, f64, f64),
    max: f64,
    centred: bool,
) -> Vec<DrawOp> {
    let n = squares.len();
    if n == 0 {
        return Vec::new();
    }
    let mut size = max;
    let (gap, per_row, rows) = loop {
        let gap = (size / 4.0).floor();
        let per_row = (((bw + gap) / (size + gap)).floor() as usize).max(1);
        let rows = n.div_ceil(per_row);
        let fits = rows as f64 * (size + gap) - gap <= bh;
        if fits || size <= SQUARE_MIN {
            break (gap, per_row, rows);
        }
        size -= 2.0;
    };
    let max_rows = (((bh + gap) / (size + gap)).floor() as usize).max(1);
    let rows = rows.min(max_rows);
    // Balanced rows: 20 squares as 10 + 10, not 13 + 7.
    let per_row = n.div_ceil(rows).min(per_row);
    let height = rows as f64 * (size + gap) - gap;
    let top = by + (bh - height) / 2.0;
    squares
        .iter()
        .take(rows * per_row)
        .enumerate()
        .map(|(i, &right)| {
            let (row, col) = (i / per_row, i % per_row);
            let in_row = (n - row * per_row).min(per_row);
            let row_width = in_row as f64 * (size + gap) - gap;
            let left = if centred {
                bx + (bw - row_width) / 2.0
            } else {
                bx
            };
            DrawOp::Square {
                x: left + col as f64 * (size + gap),
                y: top + row as f64 * (size + gap),
                size,
                right,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_card_names_the_winner_and_every_place_and_no_answer() {
        use crate::engine::party::PartyPlace;
        let place = |rank, name: &str, points| PartyPlace {
            rank,
            name: name.to_string(),
            points,
            correct: points,
        };
        let party = PartyResult {
            id: "p".to_string(),
            finished_at: 1_764_547_200_000.0, // 2025-12-01
            questions: 5,
            timed: false,
            places: vec![
                place(1, "Haruto", 4),
                place(2, "Aya", 3),
                place(3, "Mari", 1),
            ],
        };
        let card = CardContent::from_party(&party, "https://example.org/quiz/", Words::ENGLISH);
        assert_eq!(
            card.subtitle,
            "Play together · 1 December 2025 · 5 questions"
        );
        assert_eq!(card.headline, "Haruto won with 4 points");
        assert_eq!(
            card.streak.as_deref(),
            Some("1. Haruto 4 · 2. Aya 3 · 3. Mari 1")
        );
        assert!(card.squares.is_empty());
        assert_eq!(card.file_name(), "litre-quiz-2025-12-01.png");
        assert_eq!(
            card.alt_text(Words::ENGLISH),
            "Result card of the 1 Litre of Tears fan quiz: Play together · 1 December 2025 · 5 questions. \
             Haruto won with 4 points. 1. Haruto 4 · 2. Aya 3 · 3. Mari 1. example.org/quiz"
        );
    }
    /// The Japanese texts as the build ships them.
    fn japanese() -> crate::i18n::Texts {
        crate::i18n::ja::texts().unwrap()
    }

    /// The English words in `text` (runs of Latin letters).
    fn latin_words(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn a_japanese_card_has_no_english_but_its_address() {
        use crate::engine::party::PartyPlace;
        let texts = japanese();
        let ja = Words::new(Some(&texts));
        let place = |rank, name: &str, points| PartyPlace {
            rank,
            name: name.to_string(),
            points,
            correct: points,
        };
        let party = PartyResult {
            id: "p".to_string(),
            finished_at: 1_764_547_200_000.0, // 2025-12-01
            questions: 5,
            timed: false,
            places: vec![
                place(1, "春人", 4),
                place(1, "亜也", 4),
                place(3, "麻理", 1),
            ],
        };
        let card = CardContent::from_party(&party, "https://example.org/quiz/", ja);
        assert_eq!(card.title, "ファンクイズ");
        assert_eq!(card.subtitle, "みんなで遊ぶ · 2025年12月1日 · 全5問");
        assert_eq!(card.headline, "春人さん、亜也さんが4点で並んで1位です");
        assert_eq!(
            card.streak.as_deref(),
            Some("1位 春人 4点 · 1位 亜也 4点 · 3位 麻理 1点")
        );
        let mut said = drawn_texts(&card);
        said.push(card.alt_text(ja));
        for text in &said {
            let bare = text.replace(&card.address, "");
            assert_eq!(latin_words(&bare), Vec::<&str>::new(), "{text}");
        }
        assert!(said.iter().any(|t| t == "example.org/quiz"), "the address");
        assert_eq!(ja.t(CardSize::Wide.label()), "横長（1200×630）");
        // A daily's card: its title, mode and day, streak and squares in words (its score
        // headline is `scoring::headline`'s).
        let mut g = daily(true);
        g.answers = answered(&[true, true, false]);
        let card = CardContent::from_game(&g, 3, "", ja);
        assert_eq!(card.subtitle, "デイリーチャレンジ · 2026年11月21日");
        assert_eq!(card.streak.as_deref(), Some("デイリー連続記録：3日"));
        let alt = card.alt_text(ja).replace(&card.headline, "");
        assert_eq!(latin_words(&alt), Vec::<&str>::new(), "{alt}");
        assert!(alt.contains("順に2問正解、1問不正解。"), "{alt}");
    }

    use crate::engine::calendar::Day;
    use crate::engine::result::AnswerRecord;
    use crate::engine::scoring::Score;
    use crate::engine::test_support::game;

    const SECRET: &str = "Ikeuchi Aya secret answer";

    fn answered(correct: &[bool]) -> Vec<AnswerRecord> {
        correct
            .iter()
            .enumerate()
            .map(|(i, &correct)| AnswerRecord {
                question: format!("question-id-{i}"),
                given: SECRET.into(),
                correct,
                category: None,
                episode: 11,
            })
            .collect()
    }

    fn played(correct: &[bool]) -> GameResult {
        let mut g = game("g", 0);
        g.finished_at = 20_400.0 * 86_400_000.0 + 5.0;
        g.score = Score {
            correct: correct.iter().filter(|&&c| c).count() as u32,
            total: correct.len() as u32,
        };
        g.answers = answered(correct);
        g
    }

    fn daily(streak_scored: bool) -> GameResult {
        let mut g = played(&[true, true, false]);
        g.mode = Mode::Daily;
        g.daily_day = Day::parse("2026-11-21");
        g.scored = streak_scored;
        g
    }

    /// Every text drawn on the card, at both sizes.
    fn drawn_texts(content: &CardContent) -> Vec<String> {
        CardSize::ALL
            .iter()
            .flat_map(|&size| layout(content, size))
            .filter_map(|op| match op {
                DrawOp::Text { text, .. } => Some(text),
                _ => None,
            })
            .collect()
    }

    fn squares_drawn(ops: &[DrawOp]) -> Vec<(f64, f64, f64, bool)> {
        ops.iter()
            .filter_map(|op| match *op {
                DrawOp::Square { x, y, size, right } => Some((x, y, size, right)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_card_says_the_mode_day_score_and_address_and_has_a_square_per_question() {
        let g = played(&[true, false, true, true]);
        let card = CardContent::from_game(&g, 0, "https://example.org/quiz/", Words::ENGLISH);
        let day = Day(20_400).in_words(Words::ENGLISH);
        assert_eq!(
            card,
            CardContent {
                title: "1 Litre of Tears — the fan quiz".into(),
                subtitle: format!("Classic · {day}"),
                headline: "Score: 3 of 4".into(),
                squares: vec![true, false, true, true],
                streak: None,
                date: Day(20_400).iso(),
                address: "example.org/quiz".into(),
            }
        );
        assert_eq!(
            card.file_name(),
            format!("litre-quiz-{}.png", Day(20_400).iso())
        );
        for size in CardSize::ALL {
            let drawn = squares_drawn(&layout(&card, size));
            assert_eq!(drawn.len(), 4, "{size:?}: a square per question");
            let rights: Vec<bool> = drawn.iter().map(|s| s.3).collect();
            assert_eq!(rights, [true, false, true, true], "{size:?}: in order");
        }
        let texts = drawn_texts(&card);
        for expected in [
            TITLE_JA,
            "1 Litre of Tears — the fan quiz",
            "Score: 3 of 4",
            "example.org/quiz",
        ] {
            assert!(texts.iter().any(|t| t == expected), "{expected} is drawn");
        }
    }

    #[test]
    fn no_answer_and_no_question_is_on_the_card_or_in_its_words() {
        let g = played(&[
            true, false, false, true, true, false, true, true, true, true,
        ]);
        let card = CardContent::from_game(&g, 4, "http://127.0.0.1:8080/", Words::ENGLISH);
        let mut words = drawn_texts(&card);
        words.push(card.alt_text(Words::ENGLISH));
        words.push(card.file_name());
        words.push(format!("{card:?}"));
        for text in words {
            assert!(!text.contains("secret"), "{text}");
            assert!(!text.contains("Ikeuchi"), "{text}");
            assert!(!text.contains("question-id"), "{text}");
        }
    }

    #[test]
    fn the_streak_shows_on_a_scored_daily_only_from_two_days() {
        let on =
            |g: &GameResult, streak| CardContent::from_game(g, streak, "p", Words::ENGLISH).streak;
        assert_eq!(on(&daily(true), 3), Some("Daily streak: 3 days".into()));
        assert_eq!(on(&daily(true), 2), Some("Daily streak: 2 days".into()));
        assert_eq!(on(&daily(true), 1), None, "one day is not yet a streak");
        assert_eq!(on(&daily(true), 0), None);
        assert_eq!(
            on(&daily(false), 5),
            None,
            "a replayed day is not the streak"
        );
        assert_eq!(on(&played(&[true]), 5), None, "not a daily");
        let with = CardContent::from_game(&daily(true), 3, "p", Words::ENGLISH);
        assert_eq!(with.subtitle, "Daily challenge · 21 November 2026");
        assert_eq!(with.file_name(), "litre-quiz-2026-11-21.png");
        assert!(drawn_texts(&with).contains(&"Daily streak: 3 days".to_string()));
        let without = CardContent::from_game(&daily(true), 1, "p", Words::ENGLISH);
        assert!(!drawn_texts(&without).iter().any(|t| t.contains("streak")));
    }

    #[test]
    fn timed_and_survival_cards_head_with_the_modes_measure() {
        let mut timed = played(&[true, true, false]);
        timed.mode = Mode::Timed;
        timed.points = 2_150;
        let card = CardContent::from_game(&timed, 0, "", Words::ENGLISH);
        assert_eq!(card.headline, "2150 points · Score: 2 of 3");
        assert_eq!(card.address, "");
        assert!(!layout(&card, CardSize::Wide)
            .iter()
            .any(|op| matches!(op, DrawOp::Text { text, .. } if text.is_empty())));
    }

    #[test]
    fn the_text_alternative_says_what_the_card_shows() {
        let g = played(&[true, true, true, false, true, true]);
        let mut card =
            CardContent::from_game(&g, 0, "https://example.org/quiz/index.html", Words::ENGLISH);
        card.streak = Some("Daily streak: 3 days".into());
        assert_eq!(
            card.alt_text(Words::ENGLISH),
            format!(
                "Result card of the 1 Litre of Tears fan quiz: Classic · {}. Score: 5 of 6. In order: 3 right, 1 wrong, 2 right. Daily streak: 3 days. example.org/quiz",
                Day(20_400).in_words(Words::ENGLISH)
            )
        );
        card.squares.clear();
        card.streak = None;
        card.address.clear();
        assert!(card.alt_text(Words::ENGLISH).ends_with("Score: 5 of 6."));
    }

    #[test]
    fn addresses_lose_their_scheme_and_trailing_slash() {
        assert_eq!(
            shown_address("https://user.github.io/quiz/"),
            "user.github.io/quiz"
        );
        assert_eq!(shown_address("http://127.0.0.1:8080/"), "127.0.0.1:8080");
        assert_eq!(shown_address("http://x.org/a/index.html"), "x.org/a");
        assert_eq!(shown_address(""), "");
    }

    #[test]
    fn sizes_are_the_two_offered() {
        assert_eq!(CardSize::Wide.pixels(), (1200, 630));
        assert_eq!(CardSize::Square.pixels(), (1080, 1080));
        assert_eq!(Words::ENGLISH.t(CardSize::Wide.label()), "Wide (1200×630)");
        assert_eq!(
            Words::ENGLISH.t(CardSize::Square.label()),
            "Square (1080×1080)"
        );
    }

    /// Top and bottom of a text line, roughly: the glyphs reach ~0.8 em above the baseline
    /// and ~0.25 em below.
    fn text_band(op: &DrawOp) -> Option<(f64, f64)> {
        match op {
            DrawOp::Text { y, px, .. } => Some((y - 0.8 * px, y + 0.25 * px)),
            _ => None,
        }
    }

    #[test]
    fn everything_stays_on_the_canvas_and_nothing_overlaps() {
        for n in [0usize, 1, 3, 10, 20, 37, 120, 502, 100_000] {
            let pattern: Vec<bool> = (0..n).map(|i| i % 3 != 1).collect();
            let mut card = CardContent::from_game(
                &played(&pattern),
                0,
                "https://example.org/",
                Words::ENGLISH,
            );
            card.streak = Some("Daily streak: 12 days".into());
            for size in CardSize::ALL {
                let (w, h) = size.pixels();
                let (w, h) = (f64::from(w), f64::from(h));
                let ops = layout(&card, size);
                let squares = squares_drawn(&ops);
                if n <= 502 {
                    assert_eq!(squares.len(), n, "{size:?}: all {n} squares fit");
                } else {
                    assert!(squares.len() > 1000, "{size:?}: as many as fit");
                }
                for &(x, y, s, _) in &squares {
                    assert!(s >= SQUARE_MIN && x >= 0.0 && y >= 0.0, "{size:?} {n}");
                    assert!(x + s <= w && y + s <= h, "{size:?} {n}: on the canvas");
                }
                for pair in squares.windows(2) {
                    let ((x1, y1, s, _), (x2, y2, _, _)) = (pair[0], pair[1]);
                    assert!(y2 > y1 + s || x2 > x1 + s, "{size:?} {n}: squares apart");
                }
                let bands: Vec<(f64, f64)> = ops.iter().filter_map(text_band).collect();
                for (i, &(top, bottom)) in bands.iter().enumerate() {
                    assert!(top >= 0.0 && bottom <= h, "{size:?}: text on the canvas");
                    for &(other_top, other_bottom) in &bands[i + 1..] {
                        assert!(
                            bottom <= other_top || other_bottom <= top,
                            "{size:?}: text lines overlap"
                        );
                    }
                    for &(_, y, s, _) in &squares {
                        assert!(bottom <= y || y + s <= top, "{size:?} {n}: text on squares");
                    }
                }
                let subtitle_top = bands[2].0;
                for op in &ops {
                    if let DrawOp::Shape { steps, .. } = op {
                        for step in steps {
                            let points: Vec<(f64, f64)> = match *step {
                                PathStep::MoveTo(x, y) => vec![(x, y)],
                                PathStep::CurveTo(c) => {
                                    vec![(c[0], c[1]), (c[2], c[3]), (c[4], c[5])]
                                }
                                PathStep::HalfCircleBelow(x, y, r) => {
                                    vec![(x - r, y), (x + r, y + r)]
                                }
                                PathStep::Close => vec![],
                            };
                            for (x, y) in points {
                                assert!(x >= 0.0 && x <= w && y >= 0.0, "{size:?}: the drop");
                                assert!(y < subtitle_top, "{size:?}: the drop is above the text");
                            }
                        }
                    }
                    if let DrawOp::Text {
                        x,
                        max_width,
                        align,
                        ..
                    } = *op
                    {
                        let (left, right) = match align {
                            Align::Left => (x, x + max_width),
                            Align::Center => (x - max_width / 2.0, x + max_width / 2.0),
                        };
                        assert!(left >= 0.0 && right <= w, "{size:?}: text fits across");
                        assert!(max_width > w / 2.0, "{size:?}: text has room");
                    }
                }
            }
        }
    }

    #[test]
    fn the_drop_is_the_page_headers_mark() {
        assert!(include_str!("app.rs").contains(&format!("d=\"{DROP_PATH}\"")));
        // DROP_PATH step by step: M12 2.5 C9 7 6.5 10.2 6.5 14 a5.5 5.5 0 0 0 11 0
        // C17.5 10.2 15 7 12 2.5 z (the arc: from (6.5, 14) to (17.5, 14) round the bottom).
        assert_eq!(
            DROP_PATH,
            "M12 2.5C9 7 6.5 10.2 6.5 14a5.5 5.5 0 0 0 11 0C17.5 10.2 15 7 12 2.5z"
        );
        assert_eq!(
            drop_outline(0.0, 0.0, 24.0),
            [
                PathStep::MoveTo(12.0, 2.5),
                PathStep::CurveTo([9.0, 7.0, 6.5, 10.2, 6.5, 14.0]),
                PathStep::HalfCircleBelow(12.0, 14.0, 5.5),
                PathStep::CurveTo([17.5, 10.2, 15.0, 7.0, 12.0, 2.5]),
                PathStep::Close,
            ]
        );
        assert_eq!(
            drop_outline(100.0, 10.0, 48.0)[0],
            PathStep::MoveTo(124.0, 15.0)
        );
    }

    #[test]
    fn the_inks_are_the_stylesheets_light_colours() {
        let css = include_str!("../static/style.css");
        for (name, ink) in [
            ("paper", Ink::Paper),
            ("card", Ink::Card),
            ("ink", Ink::Ink),
            ("muted", Ink::Muted),
            ("accent", Ink::Accent),
        ] {
            let light = format!("--{name}: light-dark({},", ink.css());
            assert!(css.contains(&light), "{light}");
        }
    }

    #[test]
    fn the_font_stack_is_the_stylesheets() {
        let css = include_str!("../static/style.css").replace(['\n', ' '], "");
        assert!(css.contains(&format!("--font:{};", FONT_STACK.replace(' ', ""))));
    }
}
