//! The interface's words in every language, as one typed catalogue: each message is a `Msg`
//! variant with its English text here and its Japanese text in `ja.rs`, where an exhaustive
//! `match` makes a missing translation a compile error.
//!
//! Only English is in the game's WebAssembly. Every string literal the game uses lands in the
//! main module's data whatever module uses it (wasm-split moves code, not data), so the game
//! never calls `ja`: the linker leaves its texts out, and the build tool (`export-ui`) ships
//! them as a file the game fetches for Japanese players alone (like the Japanese bank).
//!
//! Texts may hold named slots, `{n}`, filled by [`fill`]; both languages must use the same
//! slots (checked by the tests).
//!
//! Status: the catalogue and its checks; the views still hold their English words and move to
//! `Msg` one by one.

pub mod ja;

/// Declares the messages: each variant with its English text, `Msg::ALL` in order, the
/// variant's name (the key in the shipped Japanese file) and its English text.
macro_rules! messages {
    ($($name:ident => $en:expr,)*) => {
        /// One message of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($name,)*
        }

        impl Msg {
            /// Every message, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message's name: its key in the shipped Japanese file.
            pub fn name(self) -> &'static str {
                match self {
                    $(Msg::$name => stringify!($name),)*
                }
            }

            /// The English text.
            pub fn en(self) -> &'static str {
                match self {
                    $(Msg::$name => $en,)*
                }
            }
        }
    };
}

messages! {
    SkipToQuiz => "Skip to the quiz",
    SiteTitleEn => "1 Litre of Tears · fan quiz",
    NavMain => "Main",
    NavDaily => "Daily",
    NavPacks => "Packs",
    NavStats => "Stats",
    NavSettings => "Settings",
    NavAbout => "About",
    FooterSources => "A fan-made quiz. Every answer is backed by a cited public source.",
    FooterShortcuts => "Keyboard shortcuts (?)",
    SoundOn => "Sound on",
    SoundOff => "Sound off",
    HomeTitleEn => "1 Litre of Tears — the fan quiz",
    HomeLead => "Questions about the characters, the cast, the episodes, the music and the real Kito Aya. Every answer comes with the fact behind it.",
    Play => "Play",
    BestScore => "Best score: {score}",
    NoBestScore => "No best score yet — your first round sets it.",
    WaysToPlay => "Ways to play",
    KeysHint => "Play with mouse, touch or keyboard: keys 1–4 or A–D answer, Enter goes on.",
    QuestionOf => "Question {n} of {total}",
    PlayTogether => "Play together",
    PassTheDevice => "Pass the device to {name}",
    Ready => "Ready",
}

/// `text` with each `{slot}` replaced by its value; unknown slots stay as they are.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (slot, value) in values {
        out = out.replace(&format!("{{{slot}}}"), value);
    }
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
                    "\"{}\":\"x {}\"",
                    m.name(),
                    slots(m.en())
                        .iter()
                        .map(|s| format!("{{{s}}}"))
                        .collect::<String>()
                )
            })
            .collect();
        let texts = Texts::from_json(&format!("{{{}}}", fields.join(","))).unwrap();
        assert_eq!(texts.get(Msg::Ready), "x ");
        assert_eq!(texts.get(Msg::QuestionOf), "x {n}{total}");
        fields.pop();
        assert_eq!(
            Texts::from_json(&format!("{{{}}}", fields.join(","))),
            None,
            "a message missing"
        );
        assert_eq!(Texts::from_json(r#"{"Ready": 1}"#), None);
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
    /// Reads a shipped file (`{"Name": "text", …}`); `None` unless every message has a text
    /// with the English one's slots, so a stale or damaged file falls back to English whole.
    pub fn from_json(text: &str) -> Option<Texts> {
        let json = crate::store::json::Json::parse(text)?;
        let texts = Msg::ALL
            .iter()
            .map(|msg| {
                let text = json.get(msg.name())?.as_str()?;
                same_slots(msg.en(), text).then(|| text.to_string())
            })
            .collect::<Option<Vec<String>>>()?;
        Some(Texts(texts))
    }

    /// The text of `msg`.
    pub fn get(&self, msg: Msg) -> &str {
        Msg::ALL
            .iter()
            .position(|m| *m == msg)
            .and_then(|i| self.0.get(i))
            .map_or_else(|| msg.en(), String::as_str)
    }
}
