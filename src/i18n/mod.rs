//! The interface's words in every language, as one typed catalogue: each message is a
//! `Msg` constant with its English text in `en.rs` (the list of messages) and its Japanese
//! text in `ja.rs`, an exhaustive `match` on the message's [`Key`], so a missing translation
//! is a compile error. This module holds the machinery: `Msg`, [`Words`], [`Texts`], [`fill`].
//!
//! Only English is in the game's WebAssembly, and each English text sits with the code that
//! shows it: a `Msg` carries its English (`Msg::Play` is `{ key, en: "Play" }`), so a text
//! used only by a page of a split-off module goes into that module's data, not the main one
//! (a table of all English texts would pull every one into the main module). The game never
//! calls `ja`: the linker leaves the Japanese out, and the build tool (`export-ui`) ships it as
//! a file the game fetches for Japanese players alone (like the Japanese bank).
//!
//! Texts may hold named slots, `{n}`, filled by [`fill`]; both languages must use the same
//! slots (checked by the tests).
//!
//! Views take their words from the app context (`app.t(Msg::Play)`, `app.f(…)`); engine code
//! that states something takes [`Words`]. Counts use [`Words::count`] and dates
//! [`Words::date`], so each language says them its own way.

pub mod ja;

/// Declares the messages: a `Key` for each (what the Japanese `match` is exhaustive over), a
/// `Msg` constant with the key and the English, and `Msg::ALL` in order (for the build tool
/// and the tests: the game itself never walks the list).
macro_rules! messages {
    ($($name:ident => $en:expr,)*) => {
        /// Which message it is: its position in `Msg::ALL` and in the shipped files.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $($name,)*
        }

        impl Key {
            /// How many messages there are.
            pub const COUNT: usize = [$(Key::$name,)*].len();
        }

        #[allow(non_upper_case_globals)]
        impl Msg {
            $(pub const $name: Msg = Msg { key: Key::$name, en: $en };)*

            /// Every message, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message's name, as in the source.
            pub fn name(self) -> &'static str {
                match self.key {
                    $(Key::$name => stringify!($name),)*
                }
            }
        }
    };
}

/// One message of the interface: which it is, and its English.
#[derive(Debug, Clone, Copy)]
pub struct Msg {
    pub key: Key,
    en: &'static str,
}

impl Msg {
    /// The English text.
    pub fn en(self) -> &'static str {
        self.en
    }
}

impl PartialEq for Msg {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Msg {}

impl std::hash::Hash for Msg {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key.hash(state);
    }
}

mod en;
pub use en::Key;

/// `text` with each `{slot}` replaced by its value; unknown slots stay as they are.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let slot = &after[..close];
            values
                .iter()
                .find(|(name, _)| *name == slot)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether two texts have the same slots, in any order.
pub fn same_slots(a: &str, b: &str) -> bool {
    let (a, b) = (slots(a), slots(b));
    a.len() == b.len() && a.iter().all(|slot| b.contains(slot))
}

/// The slots a text has, in order of appearance.
pub fn slots(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(slot, _)| slot))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shipped_file_reads_whole_or_not_at_all() {
        let mut fields: Vec<String> = Msg::ALL
            .iter()
            .map(|m| {
                format!(
                    "\"x {}\"",
                    slots(m.en())
                        .iter()
                        .map(|s| format!("{{{s}}}"))
                        .collect::<String>()
                )
            })
            .collect();
        let texts = Texts::from_json(&format!("[{}]", fields.join(","))).unwrap();
        assert_eq!(texts.get(Msg::Ready), "x ");
        assert_eq!(texts.get(Msg::QuestionOf), "x {n}{total}");
        fields.pop();
        assert_eq!(
            Texts::from_json(&format!("[{}]", fields.join(","))),
            None,
            "a message missing"
        );
        assert_eq!(Texts::from_json("[1]"), None);
        assert_eq!(Texts::from_json("not json"), None);
    }

    #[test]
    fn slots_are_filled_by_name() {
        assert_eq!(
            fill(Msg::QuestionOf.en(), &[("n", "3"), ("total", "10")]),
            "Question 3 of 10"
        );
        assert_eq!(slots(Msg::PassTheDevice.en()), ["name"]);
        assert_eq!(fill("{a} {b}", &[("a", "1")]), "1 {b}");
    }

    #[test]
    fn counts_and_dates_follow_the_language() {
        let en = Words::ENGLISH;
        assert_eq!(en.date(2005, 10, 11), "11 October 2005");
        let ja = ja::texts().unwrap();
        assert_eq!(Words::new(Some(&ja)).date(2005, 10, 11), "2005年10月11日");
        assert_eq!(
            Words::new(Some(&ja)).f(Msg::QuestionOf, &[("n", "3"), ("total", "10")]),
            "第3問 / 全10問"
        );
    }

    #[test]
    fn every_message_has_a_name_and_english() {
        let mut names: Vec<&str> = Msg::ALL.iter().map(|m| m.name()).collect();
        assert!(Msg::ALL.iter().all(|m| !m.en().trim().is_empty()));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Msg::ALL.len(), "names are unique");
    }
}

/// The texts of one language other than English, in `Msg::ALL` order, as read from the file
/// the build ships.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts(Vec<String>);

impl Texts {
    /// Reads a shipped file: a JSON array with a text for each message, in `Msg::ALL` order
    /// (so no message names need to be in the WebAssembly). `None` unless it has a text for
    /// every message, so a damaged file falls back to English whole. (That the texts fill the
    /// same slots as the English is checked when the file is made: the English of the pages
    /// in other modules is not in the main one to compare with.)
    pub fn from_json(text: &str) -> Option<Texts> {
        let json = crate::json::Json::parse(text)?;
        let items = json.as_array()?;
        if items.len() != Key::COUNT {
            return None;
        }
        let texts = items
            .iter()
            .map(|item| item.as_str().map(str::to_string))
            .collect::<Option<Vec<String>>>()?;
        Some(Texts(texts))
    }

    /// The text of `msg`.
    pub fn get(&self, msg: Msg) -> &str {
        self.0
            .get(msg.key as usize)
            .map_or_else(|| msg.en(), String::as_str)
    }
}

/// The words of the interface in the player's language: English until (and unless) another
/// language's texts have arrived. Engine code that states something takes `Words` and so says
/// it in either language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Words<'a>(Option<&'a Texts>);

impl<'a> Words<'a> {
    /// English, the language built into the game.
    pub const ENGLISH: Words<'static> = Words(None);

    /// The words of `texts`, or English.
    pub fn new(texts: Option<&'a Texts>) -> Self {
        Words(texts)
    }

    /// The text of `msg`.
    pub fn t(self, msg: Msg) -> &'a str {
        match self.0 {
            Some(texts) => texts.get(msg),
            None => msg.en(),
        }
    }

    /// The text of `msg` with its slots filled: `f(Msg::QuestionOf, &[("n", "3"), …])`.
    pub fn f(self, msg: Msg, values: &[(&str, &str)]) -> String {
        fill(self.t(msg), values)
    }

    /// A count: `one` when `n` is 1, else `many`, with `{n}` filled ("1 question",
    /// "3 questions"; Japanese gives both the same text).
    pub fn count(self, n: usize, one: Msg, many: Msg) -> String {
        let n_text = n.to_string();
        self.f(if n == 1 { one } else { many }, &[("n", &n_text)])
    }

    /// A calendar date: "11 October 2005", 2005年10月11日.
    pub fn date(self, year: i64, month: u32, day: u32) -> String {
        const MONTHS: [Msg; 12] = [
            Msg::MonthJan,
            Msg::MonthFeb,
            Msg::MonthMar,
            Msg::MonthApr,
            Msg::MonthMay,
            Msg::MonthJun,
            Msg::MonthJul,
            Msg::MonthAug,
            Msg::MonthSep,
            Msg::MonthOct,
            Msg::MonthNov,
            Msg::MonthDec,
        ];
        let month_name = MONTHS
            .get((month as usize).wrapping_sub(1))
            .map_or_else(|| month.to_string(), |m| self.t(*m).to_string());
        self.f(
            Msg::Date,
            &[
                ("d", &day.to_string()),
                ("month", &month_name),
                ("y", &year.to_string()),
            ],
        )
    }
}
