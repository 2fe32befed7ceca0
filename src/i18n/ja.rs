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
        Msg::PartyAnnounceHandOff => "第{n}問 / 全{total}問：{name}さんに端末を渡してください。",
        Msg::PartyAnnounceTurn => "{name}さんの番です。",
        Msg::PartyAnnounceReveal => "全員が答えました。正解の発表です。",
        Msg::PartyAnnounceFinished => "ゲーム終了です。最終順位の発表です。",
        Msg::PartyBankLoading => "問題を読み込んでいます。少し待ってから、もう一度お試しください。",
        Msg::PartySetupLead => "2〜8人で1台の端末を回して遊びます。1問ごとに全員が順番に、ほかの人に見えないように答えます。全員が答えたら、正解と正解した人、スコアを発表します。",
        Msg::PartyPlayersLegend => "プレイヤー（{count}人 / 最大{max}人）",
        Msg::PartyPlayerLabel => "プレイヤー{n}",
        Msg::PartyRemovePlayerLabel => "プレイヤー{n}を削除",
        Msg::PartyRemove => "削除",
        Msg::PartyAddPlayer => "プレイヤーを追加",
        Msg::PartyQuestionsLegend => "問題数",
        Msg::PartyQuestionCount => "{n}問",
        Msg::PartyTimedLabel => "タイムアタック：1問20秒。早く答えるほど、連続正解が続くほど高得点",
        Msg::PartyCategoriesLegend => "ジャンル（何も選ばなければ全ジャンル）",
        Msg::PartySpoilersLabel => "全員が見終えた範囲",
        Msg::PartySpoilersHint => "これより先の内容に触れる問題と解説は出題されません。",
        Msg::PartyStart => "ゲーム開始",
        Msg::PartyTooFewPlayers => "プレイヤー：{min}〜{max}人で遊べます。あと{n}人追加してください。",
        Msg::PartyTooManyPlayers => "プレイヤー：{min}〜{max}人で遊べます。{n}人減らしてください。",
        Msg::PartyBlankName => "プレイヤー{n}の名前：名前を入力してください。",
        Msg::PartyNameTooLong => "プレイヤー{n}の名前：{chars}文字は長すぎます。{max}文字以内にしてください。",
        Msg::PartySameName => "プレイヤー{n}の名前：プレイヤー{earlier}と同じ名前です。一人ずつ別の名前にしてください。",
        Msg::PartyQuestionCountProblem => "問題数：{a}問、{b}問、{c}問から選んでください。",
        Msg::PartyNotEnoughQuestions => "問題：選んだジャンル・難易度・ネタバレの範囲に合う問題は{available}問しかなく、{wanted}問必要です。問題数を減らすか、選ぶ範囲を広げてください。",
        Msg::PartyHandOffHint => "{name}さん、画面が自分にしか見えなくなったら「準備OK」を押してください。答えは全員が答え終わるまで、ほかの人には見えません。",
        Msg::PartyTurnOf => "{name}さんの番 · {category}",
        Msg::PartyRevealOf => "第{n}問 / 全{total}問 · 正解",
        Msg::PartyTheAnswer => "正解：{answer}",
        Msg::PartyWhoGotItRight => "正解した人",
        Msg::PartyVerdictRightPoints => "{name}さん：正解（+{points}点）",
        Msg::PartyVerdictRight => "{name}さん：正解",
        Msg::PartyVerdictWrong => "{name}さん：今回は不正解",
        Msg::PartyScoresSoFar => "現在のスコア",
        Msg::PartySeeFinalStandings => "最終順位を見る",
        Msg::PartyNextQuestion => "次の問題へ",
        Msg::PartyPlace => "順位",
        Msg::PartyPlayer => "プレイヤー",
        Msg::PartyPoints => "得点",
        Msg::PartyRightAnswers => "正解数",
        Msg::PartyFinalStandings => "最終順位",
        Msg::PartyKeptInStats => "みんなで遊んだ記録は成績に残りますが、あなた自身のベストスコアや連続記録には数えません。",
        Msg::PartyPlayAgain => "同じメンバーでもう一度遊ぶ",
        Msg::PartyChangePlayers => "メンバーや設定を変える",
        Msg::PartyHome => "ホーム",
        Msg::PartyNobodyPlayed => "誰もプレイしませんでした。",
        Msg::PartyWonOne => "{name}さんが{n}点で1位です。",
        Msg::PartyWonMany => "{name}さんが{n}点で1位です。",
        Msg::PartySharedOne => "{names}が{n}点で並んで1位です。",
        Msg::PartySharedMany => "{names}が{n}点で並んで1位です。",
        Msg::PartyNameInList => "{name}さん",
        Msg::PartyListSeparator => "、",
        Msg::PartyListLast => "{rest}、{last}",
        Msg::PartyCardHeading => "結果カード",
        Msg::PartyCardLead => "結果を画像にして、保存したり投稿したりできます。答えは載りません。",
        Msg::PartyCardSizeLegend => "画像サイズ",
        Msg::PartyCardWide => "横長（1200×630）",
        Msg::PartyCardSquare => "正方形（1080×1080）",
        Msg::PartyCardNoImage => "このブラウザーでは画像を描けません。内容は上の共有テキストと同じです。",
        Msg::PartyCardSave => "画像を保存",
        Msg::PartyCardShared => "共有しました。",
        Msg::PartyCardSaved => "画像を保存しました。",
        Msg::PartyCardCancelled => "共有しませんでした。もう一度試すには「画像を保存」を押してください。",
        Msg::PartyCardNoCanvas => "このブラウザーでは画像を描けませんでした。",
        Msg::PartyCardFailed => "このブラウザーでは画像を保存できませんでした。",
        Msg::PartyCardModeDay => "{mode} · {day}",
        Msg::PartyCardPartySubtitle => "みんなで遊ぶ · {day} · 全{n}問",
        Msg::PartyCardStreak => "デイリー連続記録：{n}日",
        Msg::PartyCardPlace => "{rank}位 {name} {points}点",
        Msg::PartyCardAlt => "『1リットルの涙』ファンクイズの結果カード：{subtitle}。{headline}。",
        Msg::PartyCardAltOrder => "順に{runs}。",
        Msg::PartyCardAltLine => "{line}。",
        Msg::PartyCardAltAddress => "　{address}",
        Msg::PartyCardRunRight => "{n}問正解",
        Msg::PartyCardRunWrong => "{n}問不正解",
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
