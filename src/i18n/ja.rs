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
        Msg::PackFormatOwn => "『1リットルの涙』クイズのパック",
        Msg::PackFormatOtdbHtml => "{site}の応答（文字参照）",
        Msg::PackFormatOtdbUrl => "{site}の応答（パーセントエンコード）",
        Msg::PackFormatOtdbBase64 => "{site}の応答（ベース64）",
        Msg::PackPasteFirst => "先にパックを貼り付けてください。",
        Msg::PackSaved => "「{name}」を保存しました。下の一覧からすぐに遊べます。",
        Msg::PackNotStored => "このブラウザにパックを保存できませんでした（保存領域がいっぱいか、ブロックされている可能性があります）。何も保存されていません。",
        Msg::PackRemoved => "パックを削除しました。",
        Msg::PackNotRemoved => "パックを削除できませんでした。",
        Msg::PackFileNotSaved => "このブラウザではファイルを保存できませんでした。",
        Msg::PackPreviewLabel => "パックのプレビュー",
        Msg::PackReadAs => "{format}として読み込みました。{questions}。",
        Msg::PackQuestionsOne => "{n}問",
        Msg::PackQuestionsMany => "{n}問",
        Msg::PackCategories => "ジャンル：{list}",
        Msg::PackDifficulties => "難易度：{list}",
        Msg::PackCountedItem => "{name}（{n}）",
        Msg::PackListSeparator => "、",
        Msg::PackDifficultyEasy => "やさしい",
        Msg::PackDifficultyNormal => "ふつう",
        Msg::PackDifficultyHard => "むずかしい",
        Msg::PackSave => "パックを保存",
        Msg::PackCancel => "キャンセル",
        Msg::PackNotImported => "パックを読み込めませんでした。何も保存されていません。",
        Msg::PackConfirmRemovalLabel => "削除の確認",
        Msg::PackConfirmRemove => "「{name}」をこのブラウザから削除しますか？このパックのスコアは成績に残ります。",
        Msg::PackYesRemove => "はい、削除します",
        Msg::PackPageTitle => "問題パック",
        Msg::PackPageLead => "ファンが作ったクイズで遊べます。2004年の映画や日記のこと、ほかのどんなテーマでも。パックはこのブラウザの中だけに保存されます。",
        Msg::PackImportHeading => "パックを読み込む",
        Msg::PackFileLabel => "パックのファイルを読み込む（JSON形式、2MBまで）",
        Msg::PackPasteLabel => "またはパックを貼り付ける（このゲームの形式か、{site}の応答）",
        Msg::PackCheckPasted => "貼り付けたパックを確認",
        Msg::PackSchemaNote => "形式の説明は{link}にあります。",
        Msg::PackSchemaLink => "パックのスキーマ",
        Msg::PackYourPacks => "あなたのパック",
        Msg::PackReading => "パックを読み込んでいます",
        Msg::PackNone => "まだパックがありません。上から読み込んでください。",
        Msg::PackListedSummary => "{questions}・{categories}",
        Msg::PackPlayMode => "{mode}で遊ぶ",
        Msg::PackBest => "ベスト：{list}",
        Msg::PackBestInMode => "{mode} {score}",
        Msg::PackBestSeparator => "・",
        Msg::PackRemoveNamed => "「{name}」を削除…",
        Msg::PackEditHeading => "収録問題を編集する",
        Msg::PackEditLead => "収録されている問題をすべてパックのファイルとしてダウンロードし、書き換えて、みんなと共有できます。",
        Msg::PackDownloadBank => "収録問題をパックとしてダウンロード",
        Msg::PackGoToPacks => "パック一覧へ",
        Msg::PackNotHereTitle => "このパックはこのブラウザにありません",
        Msg::PackNotHereDetail => "パックは読み込んだブラウザの中だけに保存されます。ここで遊ぶには、パックのページで読み込んでください。",
        Msg::PackNoDailyTitle => "パックにはデイリーチャレンジがありません",
        Msg::PackNoDailyDetail => "デイリーチャレンジは、だれもが同じ問題で遊べるよう収録問題を使います。パックはほかのすべてのモードで遊べます。",
        Msg::PackPlaying => "パック：{name}",
        Msg::PackImportTooLarge => "このファイルは1MBを超えているため、このゲームの成績ファイルではありません。何も変更していません。",
        Msg::PackImportNotScores => "このファイルは、このゲームの成績ファイルではありません。何も変更していません。",
        Msg::PackImportDamaged => "この成績ファイルは壊れていて、一部を読み取れません。何も変更していません。",
        Msg::PackImportNewer => "このファイルは、このゲームの新しいバージョンで作られたものです。何も変更していません。",
        Msg::PackDataSummary => "プレイ回数：{games}回、最近のゲームの記録：{recent}件、ベストスコア：{modes}、デイリーの最長連続記録：{streak}日、実績：{achievements}。",
        Msg::PackDataModesOne => "{n}モード分",
        Msg::PackDataModesMany => "{n}モード分",
        Msg::PackDataAchievementsOne => "{n}個",
        Msg::PackDataAchievementsMany => "{n}個",
        Msg::PackDataExported => "成績をファイルに保存しました。",
        Msg::PackDataReplaced => "成績をファイルの内容に置き換えました。",
        Msg::PackDataMerged => "ファイルの成績をあなたの成績に統合しました。",
        Msg::PackDataDeleted => "成績をすべて削除しました。設定はそのまま残っています。",
        Msg::PackDataPreviewLabel => "読み込む内容の確認",
        Msg::PackDataHolds => "このファイルの内容：{summary}",
        Msg::PackDataMerge => "自分の成績に統合する",
        Msg::PackDataReplace => "自分の成績を置き換える",
        Msg::PackDataConfirmImportLabel => "読み込みの確認",
        Msg::PackDataConfirmReplace => "成績、連続記録、実績をすべて、このファイルの内容に置き換えますか？元には戻せません。",
        Msg::PackDataConfirmMerge => "このファイルのゲーム記録、ベストスコア、実績をあなたの成績に加えますか？",
        Msg::PackDataYesReplace => "はい、置き換えます",
        Msg::PackDataYesMerge => "はい、統合します",
        Msg::PackDataConfirmResetLabel => "リセットの確認",
        Msg::PackDataConfirmReset => "このブラウザに保存されているスコア、連続記録、実績をすべて削除しますか？設定は残ります。元には戻せません。",
        Msg::PackDataYesReset => "はい、成績をすべて削除します",
        Msg::PackDataHeading => "あなたのデータ",
        Msg::PackDataLead => "成績はこのブラウザの中だけに保存されています。控えを残したり、別の端末に移したりするには、ファイルに保存してください。",
        Msg::PackDataExport => "成績を書き出す",
        Msg::PackDataFileLabel => "ファイルから成績を読み込む（JSON形式、1MBまで）",
        Msg::PackDataReset => "成績をすべてリセット…",
        Msg::PackErrorQuestionField => "第{n}問の「{field}」：{problem}",
        Msg::PackErrorQuestion => "第{n}問：{problem}",
        Msg::PackErrorFileField => "ファイルの「{field}」：{problem}",
        Msg::PackErrorFile => "ファイル：{problem}",
        Msg::PackQuestionLabel => "第{n}問",
        Msg::PackProblemMoreOne => "ほかに{n}件の問題があります",
        Msg::PackProblemMoreMany => "ほかに{n}件の問題があります",
        Msg::PackProblemTooLarge => "大きすぎます（{size}。パックは{max}までです）",
        Msg::PackSizeMb => "{n}MB",
        Msg::PackSizeKb => "{n}KB",
        Msg::PackSizeBytes => "{n}バイト",
        Msg::PackProblemEmpty => "空です",
        Msg::PackProblemNotJson => "JSONとして読めません（{line}行目、{column}文字目）：{reason}",
        Msg::PackProblemNotAPackKind => "問題パックではありません（{kind}です）。{format}を含むオブジェクトか、{results}を含む{site}の応答が必要です",
        Msg::PackProblemNotAPack => "問題パックではありません。{format}か、{results}を含む{site}の応答が必要です",
        Msg::PackKindNull => "空の値",
        Msg::PackKindBool => "真偽値",
        Msg::PackKindNumber => "数値",
        Msg::PackKindString => "文字列",
        Msg::PackKindArray => "JSONの配列",
        Msg::PackKindObject => "JSONのオブジェクト",
        Msg::PackProblemTooLong => "長すぎます（{len}文字。{max}文字までです）",
        Msg::PackProblemSamePrompt => "{first}の問題文と同じです",
        Msg::PackProblemDistractorCount => "不正解の選択肢が{count}個あります。{min}〜{max}個にしてください",
        Msg::PackProblemSameAsAnswer => "「{option}」が正解と同じです",
        Msg::PackProblemListedTwice => "「{option}」が2回出てきます",
        Msg::PackProblemItemCount => "項目が{count}個あります。{min}〜{max}個にしてください",
        Msg::PackProblemAnswerUnmatchable => "「{answer}」には文字も数字もないため、入力された答えと一致することがありません",
        Msg::PackProblemVariantUnmatchable => "「{variant}」には文字も数字もないため、一致することがありません",
        Msg::PackProblemMissing => "ありません",
        Msg::PackProblemNotText => "テキストにしてください（{kind}になっています）",
        Msg::PackProblemNotTextList => "テキストのリストにしてください（{kind}になっています）",
        Msg::PackProblemItem => "{i}番目の項目：{problem}",
        Msg::PackProblemNotPackField => "パックの項目ではありません",
        Msg::PackProblemNotQuestionField => "パックの問題の項目ではありません",
        Msg::PackProblemFormatMissing => "ありません。{format}にしてください",
        Msg::PackProblemFormatWrong => "{format}にしてください（{value}になっています）",
        Msg::PackProblemVersionMissing => "ありません。{version}にしてください",
        Msg::PackProblemVersionWrong => "{value}には対応していません。このゲームが読めるのはバージョン{version}のパックです",
        Msg::PackProblemNoQuestions => "空です。パックには1問以上の問題が必要です",
        Msg::PackProblemTooMany => "{count}問あります。パックに入れられるのは{max}問までです",
        Msg::PackProblemNotQuestionList => "問題のリストにしてください（{kind}になっています）",
        Msg::PackProblemNotObject => "JSONのオブジェクトにしてください（{kind}になっています）",
        Msg::PackProblemIdTaken => "「{id}」は第{first}問ですでに使われています",
        Msg::PackProblemDifficulty => "{value}は{easy}、{normal}、{hard}のいずれでもありません",
        Msg::PackProblemTypeMissing => "ありません（{choice}、{boolean}、{order}、{typed}のいずれかにしてください）",
        Msg::PackProblemType => "{value}は{choice}、{boolean}、{order}、{typed}のいずれでもありません",
        Msg::PackProblemSpoiler => "{value}は0から{max}までの整数ではありません",
        Msg::PackProblemNotInType => "{type}の問題には使えません",
        Msg::PackProblemTrueFalseMissing => "ありません（{true}か{false}にしてください）",
        Msg::PackProblemTrueFalseWrong => "引用符を付けずに{true}か{false}にしてください（{kind}になっています）",
        Msg::PackProblemOtdbCode => "{code}（{name}：{meaning}）のため、応答に問題が含まれていません",
        Msg::PackProblemOtdbCodeOther => "{code}（成功を表すコードではありません）のため、応答に問題が含まれていません",
        Msg::PackOtdbNoResults => "条件に合う問題が足りません。問題数を減らしてください",
        Msg::PackOtdbInvalidParameter => "リクエストに無効な指定が含まれていました",
        Msg::PackOtdbTokenNotFound => "セッショントークンが存在しません",
        Msg::PackOtdbTokenEmpty => "このセッショントークンでは条件に合う問題をすべて出し終えました。リセットしてください",
        Msg::PackOtdbRateLimit => "リクエストが多すぎます。同じ接続元からは5秒に1回までです",
        Msg::PackProblemWholeNumber => "整数にしてください（{kind}になっています）",
        Msg::PackProblemNoResults => "空です。応答に問題が含まれていません",
        Msg::PackProblemNotBase64 => "正しい{encoding}形式の文字として読めません",
        Msg::PackProblemNotPercent => "正しいパーセントエンコード形式の文字として読めません",
        Msg::PackProblemOtdbType => "「{value}」は{multiple}でも{boolean}でもありません",
        Msg::PackProblemOtdbDifficulty => "「{value}」は{easy}、{medium}、{hard}のいずれでもありません",
        Msg::PackProblemOtdbBoolean => "「{value}」：正誤問題では{true}か{false}にしてください",
        Msg::PackProblemLang => "{value}は{en}でも{ja}でもありません",
        Msg::PackInEnglish => "このパックは英語です。",
        Msg::PackInJapanese => "このパックは日本語です。",
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
        // Latin letters are allowed for keys a player presses, the OK of 準備OK, and the file
        // format and sizes a pack or scores file is described by (JSON, MB, KB).
        let allowed = ["A", "D", "Enter", "OK", "JSON", "MB", "KB"];
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
