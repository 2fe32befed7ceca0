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
        Msg::QuizListSeparator => "・",
        Msg::QuizChooseGame => "遊び方を選ぶ",
        Msg::QuizNoSuchModeTitle => "その遊び方はありません",
        Msg::QuizNoSuchModeDetail => "このアドレスは、このクイズにない遊び方を指しています。",
        Msg::QuizBrokenLinkTitle => "このクイズのリンクは不完全です",
        Msg::QuizBrokenLinkDetail => "リンクの一部が欠けているか変わっているため、リンク先のクイズを再現できません。",
        Msg::QuizCategoriesLegend => "ジャンル",
        Msg::QuizChooseCategory => "ジャンルを1つ以上選んでください。",
        Msg::QuizStart => "スタート",
        Msg::QuizDifficulty => "難易度",
        Msg::QuizDifficultyMixed => "ミックス",
        Msg::QuizDifficultyEasy => "やさしい",
        Msg::QuizDifficultyNormal => "ふつう",
        Msg::QuizDifficultyHard => "むずかしい",
        Msg::QuizSpoilerNone => "まだ見ていない",
        Msg::QuizSpoilerAll => "全話とスペシャル（2007年）まで",
        Msg::QuizSpoilerEleven => "全11話（スペシャルは除く）",
        Msg::QuizSpoilerUpTo => "第{n}話まで",
        Msg::QuizSpoilerHeading => "遊ぶ前に：ネタバレについて",
        Msg::QuizSpoilerWhy => "まだ見ていない話の問題は、その解説も含めて表示しません。この設定は、あとから設定でいつでも変えられます。",
        Msg::QuizSpoilerWatchedAll => "スペシャル（2007年）まで全部見ました",
        Msg::QuizSpoilerNotYet => "まだ見ていません（ネタバレなしで）",
        Msg::QuizSpoilerOr => "途中まで見た方は：",
        Msg::QuizSpoilerQuestion => "第何話まで見ましたか？",
        Msg::QuizSpoilerChoose => "どこまで見たかを選ぶ…",
        Msg::QuizSave => "保存",
        Msg::QuizSpoilerUnchosen => "先に、どこまで見たかを選んでください。",
        Msg::QuizSaved => "保存しました。",
        Msg::QuizDailyBadDateTitle => "日付が正しくないようです",
        Msg::QuizDailyBadDateDetail => "デイリーチャレンジのアドレスは、2026-11-21のような日付で終わります。",
        Msg::QuizDailyPlayToday => "今日のチャレンジを遊ぶ",
        Msg::QuizDailyNotYetTitle => "{date}のチャレンジはまだ公開されていません",
        Msg::QuizDailyNotYetDetail => "毎日の問題は、協定世界時の0時（日本時間の午前9時）に公開されます。今日のチャレンジはもう遊べます。",
        Msg::QuizDailyPast => "過去のチャレンジです。遊ぶことはできますが、スコアは記録されません。",
        Msg::QuizDailyScored => "全10問、お助けはありません。スコアが記録されるのは今日の1回だけです。連続挑戦：{streak}日。",
        Msg::QuizDailyReplay => "今日のチャレンジはもう遊んだので、今回のスコアは記録されません。次のチャレンジまであと{time}です。",
        Msg::QuizDailyResultToday => "今日の結果：{result}",
        Msg::QuizDailyResultThatDay => "その日の結果：{result}",
        Msg::QuizDailySame => "今日の10問はみんな共通で、物語のネタバレになる問題は出ません。",
        Msg::QuizDailyStart => "今日のチャレンジを始める",
        Msg::QuizDailyPlayAgain => "もう一度遊ぶ",
        Msg::QuizDailyHeading => "デイリーチャレンジ（{date}）",
        Msg::QuizMinutes => "{m}分",
        Msg::QuizHours => "{h}時間",
        Msg::QuizHoursMinutes => "{h}時間{m}分",
        Msg::QuizPoints => "{points}点",
        Msg::QuizInARow => "{n}問連続正解",
        Msg::QuizRightOf => "{total}問中{correct}問正解",
        Msg::QuizHeadline => "スコア：{total}問中{correct}問正解",
        Msg::QuizHeadlineTimed => "{points}点・スコア：{total}問中{correct}問正解",
        Msg::QuizHeadlineSurvival => "{run}問連続正解・スコア：{total}問中{correct}問正解",
        Msg::QuizNotEnoughTitle => "このクイズに使える問題が足りません",
        Msg::QuizNotEnoughDetail => "1回のゲームには{wanted}問が必要ですが、この条件とネタバレ設定（{guard}）に合う問題は{available}問しかありません。",
        Msg::QuizNotEnoughAdvice => "同じ問題をくり返さないよう、ジャンルを増やすか難易度を変えてみてください。設定でネタバレの範囲を変えることもできます。",
        Msg::QuizBackToStart => "最初に戻る",
        Msg::QuizLifelines => "お助け",
        Msg::QuizFiftyFiftyLabel => "50:50：正解と不正解1つだけを残して、ほかの選択肢を消します（1ゲームに1回）",
        Msg::QuizHintLabel => "ヒント：何話についての問題かを表示します（1ゲームに1回）",
        Msg::QuizHintButton => "ヒント：何話？",
        Msg::QuizFiftyFiftyWhy => "50:50：{reason}",
        Msg::QuizNoLifelinesInMode => "このモードではお助けは使えません。",
        Msg::QuizLifelineUsed => "このゲームではもう使いました。",
        Msg::QuizLifelineAnswered => "この問題はもう答えました。",
        Msg::QuizLifelineTwoOptions => "使えません：この問題の選択肢は2つだけです。",
        Msg::QuizLifelineNoOptions => "使えません：この問題には消せる選択肢がありません。",
        Msg::QuizHintNoEpisode => "特定の話に関わらない問題です。見る前でも安心して答えられます。",
        Msg::QuizHintSpecial => "2007年のスペシャルについての問題です。",
        Msg::QuizHintEpisode => "第{n}話についての問題です。",
        Msg::QuizCorrect => "正解！",
        Msg::QuizNotQuite => "残念、不正解です。答えは「{answer}」です。",
        Msg::QuizAnswerFeedback => "答え合わせ",
        Msg::QuizYourAnswerWas => "あなたの答え：{answer}",
        Msg::QuizSeeResults => "結果を見る",
        Msg::QuizNextQuestion => "次の問題へ",
        Msg::QuizMarkRight => "✓ 正解",
        Msg::QuizMarkYours => "✗ あなたの答え",
        Msg::QuizMarkRemoved => "50:50で消えました",
        Msg::QuizTrue => "正しい",
        Msg::QuizFalse => "誤り",
        Msg::QuizYourAnswer => "あなたの答え",
        Msg::QuizTypeFirst => "先に答えを入力してください。",
        Msg::QuizCheckAnswer => "回答する",
        Msg::QuizOrderHelp => "各項目は↑と↓のボタンで動かせます。Tabでボタンへ移り、EnterかSpaceを押してください。順番がそろったら「順番を確定」を押してください。",
        Msg::QuizMoveUp => "「{item}」を上へ",
        Msg::QuizMoveDown => "「{item}」を下へ",
        Msg::QuizCheckOrder => "順番を確定",
        Msg::QuizTenSecondsLeft => "残り10秒",
        Msg::QuizFiveSecondsLeft => "残り5秒",
        Msg::QuizSecondsLeft => "残り{s}秒",
        Msg::QuizTimeLeft => "残り時間",
        Msg::QuizQuestionNumber => "第{n}問",
        Msg::QuizSources => "出典：",
        Msg::QuizSourcesSeparator => "、",
        Msg::QuizResultsTitle => "結果",
        Msg::QuizNoResults => "まだ最後まで遊んだゲームがありません。1回遊ぶと、ここに結果が表示されます。",
        Msg::QuizNotScored => "再挑戦（スコアは記録されません）",
        Msg::QuizNewAchievement => "新しい実績：{title}（{description}）",
        Msg::QuizAccuracy => "正答率：{percent}%",
        Msg::QuizPlayAgain => "もう一度遊ぶ",
        Msg::QuizYourAnswers => "答えのふり返り",
        Msg::QuizReviewRight => "正解",
        Msg::QuizReviewWrong => "不正解",
        Msg::QuizReviewGone => "{verdict}：この問題は、今はもう出題されていません。",
        Msg::QuizReviewHidden => "{verdict}：ネタバレ設定により表示していません。",
        Msg::QuizReviewAnswer => "{verdict}：あなたの答えは「{answer}」",
        Msg::QuizRightAnswer => "正解：{answer}",
        Msg::QuizShareCopied => "コピーしました。好きな場所に貼り付けられます。",
        Msg::QuizShared => "共有しました。",
        Msg::QuizShareFailed => "このブラウザからは共有できませんでした。上の文章を選んでコピーしてください。",
        Msg::QuizShareTextLabel => "共有する文章",
        Msg::QuizShareResult => "結果を共有",
        Msg::QuizShareTitle => "「1リットルの涙」クイズ",
        Msg::QuizShortcutsTitle => "キーボードショートカット",
        Msg::QuizShortcutsCaption => "キーとその働き",
        Msg::QuizShortcutsKey => "キー",
        Msg::QuizShortcutsWhat => "働き",
        Msg::QuizKeysAnswer => "1〜4またはA〜D",
        Msg::QuizShortcutAnswer => "答えを選ぶ",
        Msg::QuizShortcutSound => "効果音のオン・オフ",
        Msg::QuizShortcutHelp => "このショートカット一覧を表示",
        Msg::QuizShortcutMove => "ボタンや入力欄の間を移動",
        Msg::QuizClose => "閉じる",
        Msg::QuizLoading => "クイズを読み込み中",
        Msg::QuizTimeRanOut => "時間切れ（回答なし）",
        Msg::QuizLoadingQuestions => "問題を読み込み中",
        Msg::QuizQuizNotLoaded => "クイズを読み込めませんでした。",
        Msg::QuizQuestionsNotLoaded => "問題を読み込めませんでした。",
        Msg::QuizCheckConnection => "接続を確認して、もう一度お試しください。スコアや設定はそのまま残っています。",
        Msg::QuizTryAgain => "もう一度試す",
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
        let allowed = ["A", "D", "Enter", "OK", "Tab", "Space"];
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
