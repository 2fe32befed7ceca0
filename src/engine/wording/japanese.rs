//! Wording rules for Japanese text: sentence ends written twice with full-width marks, and
//! Latin letters in a Japanese prompt.

/// Full-width marks that end a sentence twice ("…の？？", "…する。。", "！？" after a title).
pub(super) const DOUBLED_ENDS: [&str; 8] =
    ["？？", "？。", "！。", "。。", "！？", "？！", "?。", "!。"];

/// Names officially written in Latin letters, which a Japanese prompt writes as they are: the
/// theme song 「Only Human」, its singer K, and the 日本PTA全国協議会. Add a name here only
/// when that is how Japanese sources write it.
pub(super) const LATIN_NAMES: [&str; 3] = ["Only Human", "K", "PTA"];

/// Latin words written inside a Japanese word: the A of the class 1年A組.
const LATIN_IN_WORDS: [&str; 1] = ["1年A組"];

/// Whether a typed question can be answered in kana: its answer or an accepted answer is
/// written in kana alone (the matching forgives hiragana for katakana), or the answer is a
/// number.
pub(super) fn takes_kana(answer: &str, accept: &[String]) -> bool {
    let kana = |text: &str| {
        !text.trim().is_empty()
            && text.chars().all(
                |c| matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | ' ' | '　'),
            )
    };
    answer.chars().all(|c| c.is_ascii_digit()) || kana(answer) || accept.iter().any(|a| kana(a))
}

/// The first doubled sentence end in `text` outside 「」 and 『』: a quoted line or title keeps
/// its own marks (「私まだ15だよ！？」), while a mark doubled by a template is outside them.
pub(super) fn doubled_end(text: &str) -> Option<&'static str> {
    let outside = unquoted(text);
    DOUBLED_ENDS
        .into_iter()
        .find(|marks| outside.contains(marks))
}

/// `text` with everything inside 「」 and 『』 taken out (the brackets stay).
fn unquoted(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '「' | '『' => {
                depth += 1;
                out.push(c);
            }
            '」' | '』' => {
                depth = depth.saturating_sub(1);
                out.push(c);
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The first run of Latin letters in a Japanese prompt that is not allowed there, if any.
/// Allowed: the [`LATIN_NAMES`], the A of 1年A組, and a name or title the question quotes in
/// English or romaji: inside 「」 in a prompt that says 英語 or ローマ字.
pub(super) fn stray_latin(prompt: &str) -> Option<String> {
    let mut rest = prompt.to_string();
    for word in LATIN_IN_WORDS {
        rest = rest.replace(word, "");
    }
    let asks_for_latin = prompt.contains("英語") || prompt.contains("ローマ字");
    let allowed = |run: &str, quoted: bool| LATIN_NAMES.contains(&run) || quoted && asks_for_latin;
    latin_runs(&rest)
        .into_iter()
        .find(|(run, quoted)| !allowed(run, *quoted))
        .map(|(run, _)| run)
}

/// Each run of Latin letters (words joined by spaces, dots, hyphens or apostrophes), and
/// whether it stands inside 「」.
fn latin_runs(text: &str) -> Vec<(String, bool)> {
    let is_letter = |c: char| c.is_ascii_alphabetic() || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    let chars: Vec<char> = text.chars().collect();
    let mut runs = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            c if is_letter(c) => {
                let start = i;
                let mut end = i + 1;
                while end < chars.len() {
                    if is_letter(chars[end]) {
                        end += 1;
                    } else if matches!(chars[end], ' ' | '.' | '-' | '\'')
                        && chars.get(end + 1).is_some_and(|&c| is_letter(c))
                    {
                        end += 2;
                    } else {
                        break;
                    }
                }
                runs.push((chars[start..end].iter().collect(), depth > 0));
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bank::{ContentError, Kind};
    use crate::engine::lang::Lang;
    use crate::engine::test_support::question;
    use crate::engine::wording::check;

    fn checked(prompt: &str, explanation: &str, lang: Lang) -> Vec<ContentError> {
        let mut q = question("q", Kind::TrueFalse { answer: true });
        q.prompt = prompt.to_string();
        q.explanation = explanation.to_string();
        check(&[("ja/questions/test.json".to_string(), q)], lang)
    }

    #[test]
    fn a_typed_answer_takes_kana_or_is_a_number() {
        let accept = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(takes_kana("がんも", &[]));
        assert!(takes_kana("リットル", &[]));
        assert!(takes_kana(
            "沢尻エリカ",
            &accept(&["Sawajiri Erika", "さわじりえりか"])
        ));
        assert!(takes_kana("1986", &accept(&["1986年"])));
        assert!(!takes_kana(
            "沢尻エリカ",
            &accept(&["Sawajiri Erika", "Erika"])
        ));
        assert!(!takes_kana("1年A組", &accept(&["1-A"])));
    }

    #[test]
    fn latin_letters_are_a_rule_of_the_japanese_bank_only() {
        let errors = checked(
            "Sawajiri Erikaが演じるのは誰？",
            "正解は○。解説。",
            Lang::Japanese,
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "prompt");
        assert!(
            errors[0].to_string().starts_with(
                "ja/questions/test.json: question 'q', field 'prompt': has Latin letters \
                 ('Sawajiri Erika'): a Japanese prompt writes names and words in Japanese"
            ),
            "{}",
            errors[0]
        );
        assert_eq!(
            checked("Who plays Aya?", "An explanation.", Lang::English),
            []
        );
    }

    #[test]
    fn a_japanese_sentence_ended_twice_is_an_error_in_either_bank() {
        for lang in Lang::ALL {
            let errors = checked("何年？", "1962年：亜也さんが生まれる。。", lang);
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].field, "explanation");
            assert!(errors[0]
                .message
                .starts_with("ends a sentence twice ('。。')"));
        }
    }

    #[test]
    fn doubled_full_width_ends_are_found_outside_quotes() {
        assert_eq!(doubled_end("第3話はいつ？？"), Some("？？"));
        assert_eq!(doubled_end("1962年：亜也さんが生まれる。。"), Some("。。"));
        assert_eq!(doubled_end("何の曲？。"), Some("？。"));
        assert_eq!(doubled_end("本当！？"), Some("！？"));
        assert_eq!(doubled_end("どうして?。"), Some("?。"));
        assert_eq!(
            doubled_end("「私まだ15だよ！？」。空欄は？"),
            None,
            "a quoted line keeps its marks"
        );
        assert_eq!(
            doubled_end("「病気はどうして私を選んだの」というサブタイトルの回は？"),
            None
        );
    }

    #[test]
    fn official_latin_names_are_allowed() {
        for prompt in [
            "主題歌「Only Human」を歌っているのは？",
            "主題歌を歌うKは、どこの国出身の歌手？",
            "日本PTA全国協議会の調査で、何位？",
            "河本祐二は、亜也と同じ1年A組のクラスメートである。",
            "このドラマの英語タイトルは「1 Litre of Tears」のほかにもある。どれ？",
            "「Kakehashi」をローマ字で書くと？",
        ] {
            assert_eq!(stray_latin(prompt), None, "{prompt}");
        }
    }

    #[test]
    fn other_latin_letters_are_named() {
        assert_eq!(
            stray_latin("Sawajiri Erikaが演じているのは誰？").as_deref(),
            Some("Sawajiri Erika")
        );
        assert_eq!(stray_latin("第3話のtitleは？").as_deref(), Some("title"));
        assert_eq!(
            stray_latin("Ｋｏｎａｙｕｋｉを歌うのは？").as_deref(),
            Some("Ｋｏｎａｙｕｋｉ")
        );
        assert_eq!(
            stray_latin("病気を「spinocerebellar ataxia」と書く資料がある。").as_deref(),
            Some("spinocerebellar ataxia"),
            "quoted, but the prompt does not say it is English"
        );
        assert_eq!(stray_latin("1年B組の担任は？").as_deref(), Some("B"));
    }
}
