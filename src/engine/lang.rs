//! The languages the game is played in, which one a first visit starts in, and [`Bilingual`]
//! for what exists in both.

/// A language of the game: its texts and its question bank.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    English,
    Japanese,
}

impl Lang {
    /// Every language, English (the bank the others are checked against) first.
    pub const ALL: [Lang; 2] = [Lang::English, Lang::Japanese];

    /// The stable code kept in records and addresses: "en", "ja".
    pub fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Japanese => "ja",
        }
    }

    /// The language whose [`Lang::code`] is `code`.
    pub fn from_code(code: &str) -> Option<Self> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language of a first visit, from the browser's language tags in order of
    /// preference (`navigator.languages`): the first tag in a language the game has decides
    /// (`ja`, `ja-JP` → Japanese; `en-GB` → English); with none of them, English.
    pub fn first_visit<S: AsRef<str>>(tags: &[S]) -> Self {
        tags.iter()
            .find_map(|tag| Lang::of_tag(tag.as_ref()))
            .unwrap_or_default()
    }

    /// The language of one tag by its primary subtag, in any case ("JA_jp" too).
    fn of_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }
}

/// One thing in both languages: a text, a question, a bank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bilingual<T> {
    pub en: T,
    pub ja: T,
}

impl<T> Bilingual<T> {
    /// Each language's from `make`.
    pub fn from_fn(make: impl Fn(Lang) -> T) -> Self {
        Bilingual {
            en: make(Lang::English),
            ja: make(Lang::Japanese),
        }
    }

    /// The one in `lang`.
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::English => &self.en,
            Lang::Japanese => &self.ja,
        }
    }

    /// Both, each changed by `f`.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Bilingual<U> {
        Bilingual {
            en: f(self.en),
            ja: f(self.ja),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_round_trip() {
        assert_eq!(Lang::English.code(), "en");
        assert_eq!(Lang::Japanese.code(), "ja");
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("jp"), None);
        assert_eq!(Lang::from_code("JA"), None, "codes are written one way");
    }

    #[test]
    fn a_japanese_browser_starts_in_japanese() {
        for tags in [
            &["ja"][..],
            &["ja-JP", "en-US"],
            &["JA_jp"],
            &[" ja-Jpan-JP "],
        ] {
            assert_eq!(Lang::first_visit(tags), Lang::Japanese, "{tags:?}");
        }
    }

    #[test]
    fn the_first_language_the_game_has_decides() {
        assert_eq!(Lang::first_visit(&["en-US", "ja"]), Lang::English);
        assert_eq!(Lang::first_visit(&["fr-FR", "ja-JP", "en"]), Lang::Japanese);
        assert_eq!(Lang::first_visit(&["de", "en-GB"]), Lang::English);
    }

    #[test]
    fn anything_else_starts_in_english() {
        let none: [&str; 0] = [];
        assert_eq!(Lang::first_visit(&none), Lang::English);
        assert_eq!(Lang::first_visit(&["fr", "ko-KR", ""]), Lang::English);
        assert_eq!(
            Lang::first_visit(&["jam", "jv"]),
            Lang::English,
            "Jamaican Creole and Javanese only start with the letters"
        );
        assert_eq!(Lang::first_visit(&[String::from("zh-Hant")]), Lang::English);
    }
}
