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
        Msg::RecStatsHeading => "あなたの成績",
        Msg::RecNoGamesYet => "まだプレイの記録がありません。最初の1回を遊び終えると、ここに成績が表示されます。",
        Msg::RecGamesPlayed => "プレイ回数",
        Msg::RecQuestionsAnswered => "答えた問題数",
        Msg::RecAccuracy => "正答率",
        Msg::RecDailyStreak => "デイリーの連続日数",
        Msg::RecStreakAndBest => "{current}日（最高{best}日）",
        Msg::RecChartsHeading => "グラフ",
        Msg::RecHistoryChartTitle => "最近の記録対象プレイの正答率の推移",
        Msg::RecCategoryChartTitle => "ジャンル別の正答率",
        Msg::RecHistoryPoint => "{date}・{mode}",
        Msg::RecTopTenHeading => "モード別トップ10",
        Msg::RecGamesTogetherHeading => "みんなで遊んだ記録",
        Msg::RecNoGamesTogether => "まだみんなで遊んだ記録はありません。ホームの「みんなで遊ぶ」から、1台の端末で2〜8人で遊べます。",
        Msg::RecPartyGameOne => "{date}・全{n}問",
        Msg::RecPartyGameMany => "{date}・全{n}問",
        Msg::RecPartyGameTimedOne => "{date}・全{n}問・制限時間あり",
        Msg::RecPartyGameTimedMany => "{date}・全{n}問・制限時間あり",
        Msg::RecPartyPlace => "{rank}位 {name}（{points}点）",
        Msg::RecAchievementsHeading => "実績",
        Msg::RecEarnedOn => "{date}に達成",
        Msg::RecNotEarnedYet => "未達成",
        Msg::RecModeTopTen => "{mode}のトップ10",
        Msg::RecNoScoredGames => "まだ記録されたプレイはありません。",
        Msg::RecModeBestGames => "{mode}：あなたのベスト10",
        Msg::RecRankColumn => "順位",
        Msg::RecDateColumn => "日付",
        Msg::RecScoreColumn => "スコア",
        Msg::RecTimeColumn => "所要時間",
        Msg::RecSeconds => "{s}秒",
        Msg::RecMinutes => "{m}分",
        Msg::RecMinutesSeconds => "{m}分{s}秒",
        Msg::RecChartEmpty => "記録対象のプレイを1回遊び終えると、このグラフが表示されます。",
        Msg::RecGameColumn => "プレイ",
        Msg::RecCategoryColumn => "ジャンル",
        Msg::RecNoAnswersYet => "まだ回答なし",
        Msg::RecShowAsTable => "表で見る",
        Msg::RecAchFirstRoundTitle => "はじめの一歩",
        Msg::RecAchFirstRoundText => "初めての1回を最後まで遊ぶ",
        Msg::RecAchPerfectTitle => "全問正解",
        Msg::RecAchPerfectText => "10問のプレイで、すべての問題に正解する",
        Msg::RecAchDaily3Title => "3日連続",
        Msg::RecAchDaily3Text => "デイリーチャレンジを3日続けて遊ぶ",
        Msg::RecAchDaily7Title => "1週間皆勤",
        Msg::RecAchDaily7Text => "デイリーチャレンジを7日続けて遊ぶ",
        Msg::RecAchWellRoundedTitle => "オールラウンダー",
        Msg::RecAchWellRoundedText => "すべてのジャンルで正答率80%以上を達成する（各ジャンル10問以上回答）",
        Msg::RecAchSurvival10Title => "まだまだ続く",
        Msg::RecAchSurvival10Text => "サバイバルで10問連続正解する",
        Msg::RecAchSurvival20Title => "途切れない記録",
        Msg::RecAchSurvival20Text => "サバイバルで20問以上連続正解する",
        Msg::RecAchTimed5000Title => "すばやい判断",
        Msg::RecAchTimed5000Text => "タイムアタック1回で5,000点を獲得する",
        Msg::RecAchTimed8000Title => "電光石火",
        Msg::RecAchTimed8000Text => "タイムアタック1回で8,000点を獲得する",
        Msg::RecAchEveryEpisodeTitle => "第1話から最終話まで",
        Msg::RecAchEveryEpisodeText => "全11話それぞれについての問題に答える",
        Msg::RecAchTheSpecialTitle => "追憶",
        Msg::RecAchTheSpecialText => "2007年のスペシャルについての問題に答える",
        Msg::RecAchHundredTitle => "100問回答",
        Msg::RecAchHundredText => "合計100問に答える",
        Msg::RecAchLearned25Title => "しっかり覚えた",
        Msg::RecAchLearned25Text => "復習で25問をいちばん上の箱まで進める",
        Msg::RecAchRounds25Title => "常連",
        Msg::RecAchRounds25Text => "25回遊び終える",
        Msg::RecNewAchievement => "新しい実績：{title}（{description}）",
        Msg::RecSpoilerGuardHeading => "ネタバレ防止",
        Msg::RecSpoilerGuardLead => "選んだ話より後の回についての問題、解説、振り返りは表示されません。",
        Msg::RecLookAndSoundHeading => "表示と効果音",
        Msg::RecThemeLegend => "テーマ",
        Msg::RecThemeSystem => "端末の設定に合わせる",
        Msg::RecThemeLight => "ライト",
        Msg::RecThemeDark => "ダーク",
        Msg::RecSoundChime => "正解・不正解のときに短い効果音を鳴らす（Mキー）",
        Msg::RecLanguageHeading => "言語",
        Msg::RecLanguageLegend => "遊ぶ言語",
        Msg::RecNoticeCouldNotRead => "保存されていた成績を読み込めなかったため、最初から始めました。以前のデータの控えは残してあります。このまま遊び続けられます。",
        Msg::RecNoticePartlyRecovered => "保存されていた成績の一部を読み込めませんでした。ほかの記録はすべて残っており、以前のデータの控えも保存してあります。",
        Msg::RecNoticeNewerVersion => "成績がこのゲームの新しいバージョンで保存されているため、手を加えずそのままにしています。今回の成績は、ページを閉じるまで残ります。",
        Msg::RecNoticeUnavailable => "このブラウザでは成績を保存できません。このまま遊べますが、成績はページを閉じるまでの間だけ残ります。",
        Msg::RecNoticeCouldNotSave => "最新のスコアを保存できませんでした（ブラウザの保存容量がいっぱいかもしれません）。スコアはひとまず残してあり、次のプレイの後にもう一度保存を試みます。",
        Msg::RecDismiss => "閉じる",
        Msg::RecAboutHeading => "このクイズについて",
        Msg::RecAboutWorkTitle => "1リットルの涙",
        Msg::RecAboutIntro => "2005年にフジテレビで放送された、木藤亜也さんの日記をもとにしたドラマ『{title}』のファンが作ったクイズゲームです。フジテレビ、制作会社、木藤家とは関係ありません。",
        Msg::RecAboutMethod => "問題はすべて、確認済みの資料をもとに独自の言葉で書いています。出典によって内容が食い違う点は、根拠から確かに言えることだけを問題にしています。番組の映像や写真は使っておらず、イラストはオリジナルです。",
        Msg::RecSourcesHeading => "出典",
        Msg::RecNotFoundHeading => "ページが見つかりません",
        Msg::RecNotFoundText => "このページは存在しません。リンクが途中で切れているのかもしれません。",
        Msg::RecBackToStart => "ホームへ戻る",
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
        let allowed = ["A", "D", "Enter", "M", "OK"];
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
