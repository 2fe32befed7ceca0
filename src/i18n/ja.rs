//! The Japanese text of every message, for the build tool that ships it as a file (the game
//! itself never calls it, so none of it is linked into the WebAssembly). The `match` is exhaustive, so a message added to the
//! catalogue without its Japanese does not compile.

use super::Msg;

/// The Japanese text of `msg`.
pub fn ja(msg: Msg) -> &'static str {
    match msg {
        // ── frame ──
        Msg::SkipToQuiz => "クイズへ移動",
        Msg::SiteTitleEn => "ファンクイズ",
        Msg::NavMain => "メイン",
        Msg::NavDaily => "デイリー",
        Msg::NavPacks => "パック",
        Msg::NavStats => "成績",
        Msg::NavSettings => "設定",
        Msg::NavAbout => "このクイズについて",
        Msg::FooterSources => "ファンが作ったクイズです。答えにはすべて、公開された出典があります。",
        Msg::FooterShortcuts => "キーボードショートカット（?）",
        Msg::SoundOn => "効果音オン",
        Msg::SoundOff => "効果音オフ",
        Msg::HomeTitleEn => "ファンクイズ",
        Msg::HomeLead => "登場人物、キャスト、各話、音楽、そして実在の木藤亜也さんについてのクイズです。どの答えにも、その根拠となる事実を添えています。",
        Msg::Play => "プレイ",
        Msg::BestScore => "ベストスコア：{score}",
        Msg::NoBestScore => "まだベストスコアはありません。最初の1回が記録になります。",
        Msg::WaysToPlay => "遊び方",
        Msg::KeysHint => "マウス、タッチ、キーボードで遊べます。1〜4またはA〜Dで答え、Enterで次へ進みます。",
        Msg::QuestionOf => "第{n}問 / 全{total}問",
        Msg::PlayTogether => "みんなで遊ぶ",
        Msg::PassTheDevice => "{name}さんに端末を渡してください",
        Msg::Ready => "準備OK",
        Msg::MonthJan => "1月",
        Msg::MonthFeb => "2月",
        Msg::MonthMar => "3月",
        Msg::MonthApr => "4月",
        Msg::MonthMay => "5月",
        Msg::MonthJun => "6月",
        Msg::MonthJul => "7月",
        Msg::MonthAug => "8月",
        Msg::MonthSep => "9月",
        Msg::MonthOct => "10月",
        Msg::MonthNov => "11月",
        Msg::MonthDec => "12月",
        Msg::Date => "{y}年{month}{d}日",
        Msg::DailyPlayedToday => "今日はプレイ済み ✓ ・ 連続{streak}日 ・ 次の問題まであと{next}",
        Msg::DailyNotPlayedToday => "今日はまだプレイしていません ・ 連続{streak}日",
        Msg::ModeBest => "ベスト：{best}",
        Msg::NoModeBest => "まだベスト記録はありません",
        Msg::SpoilerGuardIs => "ネタバレ防止：{limit}",
        Msg::SpoilerGuardAsk => "どこまで見たかを最初にお聞きするので、ネタバレの心配はありません。",
        Msg::SpoilerGuardChange => "変更",
        Msg::PlayTogetherBlurb => "1台の端末で2〜8人まで。一人ずつこっそり答えて、最後にまとめて正解発表します。",
        Msg::LastGameTogether => "前回のゲーム：{headline}",
        Msg::NoGameTogether => "まだみんなで遊んだ記録はありません",
        Msg::PageTitle => "1リットルの涙 ファンクイズ",
        Msg::Minutes => "{m}分",
        Msg::Hours => "{h}時間",
        Msg::HoursMinutes => "{h}時間{m}分",
        Msg::ModeClassic => "クラシック",
        Msg::ModeCategory => "ジャンル別",
        Msg::ModeTimed => "タイムアタック",
        Msg::ModeSurvival => "サバイバル",
        Msg::ModeDaily => "デイリーチャレンジ",
        Msg::ModePractice => "復習",
        Msg::BlurbClassic => "いろいろなジャンルから10問。",
        Msg::BlurbCategory => "選んだジャンルから10問。",
        Msg::BlurbTimed => "1問20秒。早く答えるほど、連続正解が続くほど高得点。",
        Msg::BlurbSurvival => "間違えるまで続きます。",
        Msg::BlurbDaily => "今日の10問。みんな同じ問題です。",
        Msg::BlurbPractice => "間違えた問題から先に出題します。",
        Msg::CategoryCharacters => "登場人物",
        Msg::CategoryCast => "キャスト",
        Msg::CategoryEpisodes => "各話",
        Msg::CategoryMusic => "音楽・制作",
        Msg::CategoryReal => "実話",
        Msg::CategoryPack => "あなたのパック",
        // ── frame end ──

        // ── quiz ──
        // ── quiz end ──

        // ── records ──
        // ── records end ──

        // ── packs ──
        // ── packs end ──

        // ── together ──
        // ── together end ──
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{same_slots, slots};

    #[test]
    fn japanese_keeps_every_slot_of_the_english() {
        for &msg in Msg::ALL {
            assert!(
                same_slots(msg.en(), ja(msg)),
                "{}: the Japanese must fill the same slots",
                msg.name()
            );
            assert!(!ja(msg).trim().is_empty(), "{}: no Japanese", msg.name());
        }
    }

    #[test]
    fn japanese_has_no_english_words_but_key_names() {
        // Latin letters are allowed for keys a player presses and the OK of 準備OK.
        let allowed = ["A", "D", "Enter", "OK"];
        for &msg in Msg::ALL {
            let text = ja(msg);
            let words = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty());
            for word in words {
                assert!(
                    allowed.contains(&word) || slots(msg.en()).contains(&word),
                    "{}: English word '{word}' in the Japanese '{text}'",
                    msg.name()
                );
            }
        }
    }
}
