//! The interface's words in every language, as one typed catalogue: each message is a
//! `Msg` constant with its English text here and its Japanese text in `ja.rs`, an exhaustive
//! `match` on the message's [`Key`], so a missing translation is a compile error.
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

messages! {
    // ── frame: the page frame, Home, About, Settings, 404, notices, dates ──
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
    MonthJan => "January",
    MonthFeb => "February",
    MonthMar => "March",
    MonthApr => "April",
    MonthMay => "May",
    MonthJun => "June",
    MonthJul => "July",
    MonthAug => "August",
    MonthSep => "September",
    MonthOct => "October",
    MonthNov => "November",
    MonthDec => "December",
    Date => "{d} {month} {y}",
    DailyPlayedToday => "Played today ✓ · streak {streak} · next in {next}",
    DailyNotPlayedToday => "Not played yet today · streak {streak}",
    ModeBest => "Best: {best}",
    NoModeBest => "No best yet",
    SpoilerGuardIs => "Spoiler guard: {limit}.",
    SpoilerGuardAsk => "You will be asked how far you have watched, so nothing is spoiled.",
    SpoilerGuardChange => "Change",
    PlayTogetherBlurb => "Two to eight players on one device: everyone answers each question in private, then one reveal shows who got it right.",
    LastGameTogether => "Last game: {headline}",
    NoGameTogether => "No game together yet",
    PageTitle => "1 Litre of Tears — the fan quiz",
    LoadingPage => "Loading this page",
    PageNotLoaded => "This part of the game could not be loaded.",
    Minutes => "{m} min",
    Hours => "{h} h",
    HoursMinutes => "{h} h {m} min",
    ModeClassic => "Classic",
    ModeCategory => "Categories",
    ModeTimed => "Timed",
    ModeSurvival => "Survival",
    ModeDaily => "Daily challenge",
    ModePractice => "Practice",
    BlurbClassic => "Ten mixed questions.",
    BlurbCategory => "Ten questions from the categories you choose.",
    BlurbTimed => "Twenty seconds a question; quick answers and streaks earn points.",
    BlurbSurvival => "Keep going until your first miss.",
    BlurbDaily => "Today's ten questions, the same for everyone.",
    BlurbPractice => "The questions you missed come back first.",
    CategoryCharacters => "Characters",
    CategoryCast => "Cast",
    CategoryEpisodes => "Episodes",
    CategoryMusic => "Music & production",
    CategoryReal => "The real story",
    CategoryPack => "Your pack",
    // ── frame end ──

    // ── quiz: Play, Daily, the quiz, Results, help, sharing ──
    QuizListSeparator => " · ",
    QuizChooseGame => "Choose a game",
    QuizNoSuchModeTitle => "There is no such way to play",
    QuizNoSuchModeDetail => "The address names a game mode this quiz does not have.",
    QuizBrokenLinkTitle => "This quiz link is incomplete",
    QuizBrokenLinkDetail => "Part of the link seems to be missing or changed, so the quiz it points to cannot be rebuilt.",
    QuizCategoriesLegend => "Categories",
    QuizChooseCategory => "Choose at least one category.",
    QuizStart => "Start",
    QuizDifficulty => "Difficulty",
    QuizDifficultyMixed => "Mixed",
    QuizDifficultyEasy => "Easy",
    QuizDifficultyNormal => "Normal",
    QuizDifficultyHard => "Hard",
    QuizSpoilerNone => "None yet",
    QuizSpoilerAll => "All of it, including the 2007 special",
    QuizSpoilerEleven => "All 11 episodes (not the special)",
    QuizSpoilerUpTo => "Up to episode {n}",
    QuizSpoilerHeading => "Before you play: spoilers",
    QuizSpoilerWhy => "Questions about episodes you have not seen yet will stay hidden, and so will their explanations. You can change this later in Settings.",
    QuizSpoilerWatchedAll => "I've watched it all, including the 2007 special",
    QuizSpoilerNotYet => "Not yet: no spoilers, please",
    QuizSpoilerOr => "Or, part-way through:",
    QuizSpoilerQuestion => "Up to which episode have you watched?",
    QuizSpoilerChoose => "Choose how far…",
    QuizSave => "Save",
    QuizSpoilerUnchosen => "Choose how far you have watched first.",
    QuizSaved => "Saved.",
    QuizDailyBadDateTitle => "That date does not look right",
    QuizDailyBadDateDetail => "Daily challenge addresses end with a date like 2026-11-21.",
    QuizDailyPlayToday => "Play today's challenge",
    QuizDailyNotYetTitle => "The challenge for {date} is not out yet",
    QuizDailyNotYetDetail => "Each day's questions appear at midnight UTC. Today's challenge is ready now.",
    QuizDailyPast => "A past day's challenge: you can play it, but it is not scored.",
    QuizDailyScored => "Ten questions, no lifelines, one scored try today. Daily streak: {streak}.",
    QuizDailyReplay => "You have played today's challenge, so this replay is not scored. The next one arrives in {time}.",
    QuizDailyResultToday => "Your result today — {result}",
    QuizDailyResultThatDay => "Your result that day — {result}",
    QuizDailySame => "The same ten questions for everyone today, and none that spoil the story.",
    QuizDailyStart => "Start today's challenge",
    QuizDailyPlayAgain => "Play it again",
    QuizDailyHeading => "Daily challenge — {date}",
    QuizPoints => "{points} points",
    QuizInARow => "{n} in a row",
    QuizRightOf => "{correct} of {total}",
    QuizHeadline => "Score: {correct} of {total}",
    QuizHeadlineTimed => "{points} points · Score: {correct} of {total}",
    QuizHeadlineSurvival => "A run of {run} right · Score: {correct} of {total}",
    QuizNotEnoughTitle => "Not enough questions for this quiz",
    QuizNotEnoughDetail => "A round needs {wanted} questions, but only {available} fit these choices with your spoiler guard ({guard}).",
    QuizNotEnoughAdvice => "Rather than repeat questions, try more categories or another difficulty, or change the spoiler guard in Settings.",
    QuizBackToStart => "Back to the start",
    QuizLifelines => "Lifelines",
    QuizFiftyFiftyLabel => "50:50 — remove wrong answers until one remains beside the right one (once a game)",
    QuizHintLabel => "Hint — which episode is this about? (once a game)",
    QuizHintButton => "Hint: which episode?",
    QuizFiftyFiftyWhy => "50:50: {reason}",
    QuizNoLifelinesInMode => "No lifelines in this mode.",
    QuizLifelineUsed => "Already used this game.",
    QuizLifelineAnswered => "This question is answered.",
    QuizLifelineTwoOptions => "Cannot help: this question has only two options.",
    QuizLifelineNoOptions => "Cannot help: this question has no options to remove.",
    QuizHintNoEpisode => "This one needs no episode: it is safe before you watch.",
    QuizHintSpecial => "This is about the 2007 special.",
    QuizHintEpisode => "This is about episode {n}.",
    QuizCorrect => "Correct!",
    QuizNotQuite => "Not quite — the answer is {answer}.",
    QuizAnswerFeedback => "Answer feedback",
    QuizYourAnswerWas => "Your answer: {answer}",
    QuizSeeResults => "See results",
    QuizNextQuestion => "Next question",
    QuizMarkRight => "✓ Right answer",
    QuizMarkYours => "✗ Your answer",
    QuizMarkRemoved => "Removed by 50:50",
    QuizTrue => "True",
    QuizFalse => "False",
    QuizYourAnswer => "Your answer",
    QuizTypeFirst => "Type an answer first.",
    QuizCheckAnswer => "Check answer",
    QuizOrderHelp => "Move each item with its ↑ and ↓ buttons: Tab to a button, then press Enter or Space. When the order is right, press Check order.",
    QuizMoveUp => "Move “{item}” up",
    QuizMoveDown => "Move “{item}” down",
    QuizCheckOrder => "Check order",
    QuizTenSecondsLeft => "10 seconds left",
    QuizFiveSecondsLeft => "5 seconds left",
    QuizSecondsLeft => "{s} s left",
    QuizTimeLeft => "Time left",
    QuizQuestionNumber => "Question {n}",
    QuizSources => "Sources: ",
    QuizSourcesSeparator => "; ",
    QuizResultsTitle => "Results",
    QuizNoResults => "No finished round yet. Play one and your results appear here.",
    QuizNotScored => "a replay, not scored",
    QuizAccuracy => "Accuracy: {percent}%",
    QuizPlayAgain => "Play again",
    QuizYourAnswers => "Your answers",
    QuizReviewRight => "Right",
    QuizReviewWrong => "Not quite",
    QuizReviewGone => "{verdict} — this question is no longer in the game.",
    QuizReviewHidden => "{verdict} — hidden by your spoiler guard.",
    QuizReviewAnswer => "{verdict} — your answer: {answer}",
    QuizRightAnswer => "Right answer: {answer}",
    QuizShareCopied => "Copied — paste it anywhere.",
    QuizShared => "Shared.",
    QuizShareFailed => "Could not share from this browser; you can select and copy the text above.",
    QuizShareTextLabel => "Share text",
    QuizShareResult => "Share result",
    QuizShareTitle => "1 Litre of Tears quiz",
    QuizShortcutsTitle => "Keyboard shortcuts",
    QuizShortcutsCaption => "Keys and what they do",
    QuizShortcutsKey => "Key",
    QuizShortcutsWhat => "What it does",
    QuizKeysAnswer => "1–4 or A–D",
    QuizShortcutAnswer => "Choose an answer",
    QuizShortcutSound => "Sound on or off",
    QuizShortcutHelp => "Show these shortcuts",
    QuizShortcutMove => "Move between buttons and fields",
    QuizClose => "Close",
    QuizLoading => "Loading the quiz",
    QuizTimeRanOut => "No answer — time ran out",
    QuizLoadingQuestions => "Loading the questions",
    QuizQuizNotLoaded => "The quiz could not be loaded.",
    QuizQuestionsNotLoaded => "The questions could not be loaded.",
    QuizCheckConnection => "Check your connection and try again. Your scores and settings are safe.",
    QuizTryAgain => "Try again",
    // ── quiz end ──

    // ── records: Stats, achievements, Settings, appearance, notices ──
    RecStatsHeading => "Your stats",
    RecNoGamesYet => "No games yet. Your numbers appear here after your first round.",
    RecGamesPlayed => "Games played",
    RecQuestionsAnswered => "Questions answered",
    RecAccuracy => "Accuracy",
    RecDailyStreak => "Daily streak",
    RecStreakAndBest => "{current} (best {best})",
    RecChartsHeading => "Charts",
    RecHistoryChartTitle => "Accuracy over your recent scored games",
    RecCategoryChartTitle => "Accuracy by category",
    RecHistoryPoint => "{date} · {mode}",
    RecTopTenHeading => "Top ten by mode",
    RecGamesTogetherHeading => "Games together",
    RecNoGamesTogether => "No game together yet. Play together from Home: two to eight players on one device.",
    RecPartyGameOne => "{date} · {n} question",
    RecPartyGameMany => "{date} · {n} questions",
    RecPartyGameTimedOne => "{date} · {n} question · against the clock",
    RecPartyGameTimedMany => "{date} · {n} questions · against the clock",
    RecPartyPlace => "{rank}. {name} ({points})",
    RecAchievementsHeading => "Achievements",
    RecEarnedOn => "Earned {date}",
    RecNotEarnedYet => "Not yet",
    RecModeTopTen => "{mode} top ten",
    RecNoScoredGames => "No scored games yet.",
    RecModeBestGames => "{mode}: your ten best games",
    RecRankColumn => "#",
    RecDateColumn => "Date",
    RecScoreColumn => "Score",
    RecTimeColumn => "Time",
    RecSeconds => "{s} s",
    RecMinutesSeconds => "{m} min {s} s",
    RecChartEmpty => "Finish a scored round to start this chart.",
    RecGameColumn => "Game",
    RecCategoryColumn => "Category",
    RecNoAnswersYet => "no answers yet",
    RecShowAsTable => "Show as a table",
    RecAchFirstRoundTitle => "First steps",
    RecAchFirstRoundText => "Finish your first round.",
    RecAchPerfectTitle => "Flawless",
    RecAchPerfectText => "Answer every question right in a round of ten.",
    RecAchDaily3Title => "Three days running",
    RecAchDaily3Text => "Play the daily challenge three days in a row.",
    RecAchDaily7Title => "A week of days",
    RecAchDaily7Text => "Play the daily challenge seven days in a row.",
    RecAchWellRoundedTitle => "Well rounded",
    RecAchWellRoundedText => "Reach 80 % or more in every category (at least 10 answers each).",
    RecAchSurvival10Title => "Keep going",
    RecAchSurvival10Text => "Answer 10 in a row in survival.",
    RecAchSurvival20Title => "Unbroken",
    RecAchSurvival20Text => "Answer 20 or more in a row in survival.",
    RecAchTimed5000Title => "Quick thinking",
    RecAchTimed5000Text => "Score 5,000 points in one timed round.",
    RecAchTimed8000Title => "Lightning",
    RecAchTimed8000Text => "Score 8,000 points in one timed round.",
    RecAchEveryEpisodeTitle => "From first to last",
    RecAchEveryEpisodeText => "Answer questions about every one of the 11 episodes.",
    RecAchTheSpecialTitle => "Memories",
    RecAchTheSpecialText => "Answer a question about the 2007 special.",
    RecAchHundredTitle => "A hundred answers",
    RecAchHundredText => "Answer 100 questions.",
    RecAchLearned25Title => "Learned by heart",
    RecAchLearned25Text => "Move 25 questions to the top practice box.",
    RecAchRounds25Title => "Regular",
    RecAchRounds25Text => "Finish 25 rounds.",
    RecNewAchievement => "New achievement: {title} — {description}",
    RecSpoilerGuardHeading => "Spoiler guard",
    RecSpoilerGuardLead => "Questions, explanations and reviews about later episodes stay hidden.",
    RecLookAndSoundHeading => "Look and sound",
    RecThemeLegend => "Theme",
    RecThemeSystem => "Follow my device",
    RecThemeLight => "Light",
    RecThemeDark => "Dark",
    RecSoundChime => "Play a short chime for right and wrong answers (key M)",
    RecLanguageHeading => "Language",
    RecLanguageLegend => "Play in",
    RecNoticeCouldNotRead => "Your saved scores could not be read, so the game started fresh. A copy of the old data was kept. You can keep playing.",
    RecNoticePartlyRecovered => "Part of your saved scores could not be read. Everything else was kept, and a copy of the old data was saved.",
    RecNoticeNewerVersion => "Your scores were saved by a newer version of this game, so they are left untouched. Scores from this visit are kept until you close the page.",
    RecNoticeUnavailable => "This browser is not letting the game save scores. You can keep playing; scores last until you close the page.",
    RecNoticeCouldNotSave => "Your latest score could not be saved (the browser's storage may be full). It is kept for now, and saving will be tried again after your next game.",
    RecDismiss => "Dismiss",
    RecAboutHeading => "About this quiz",
    RecAboutWorkTitle => "1 Litre of Tears",
    RecAboutIntro => "A fan-made trivia game for {title} (1リットルの涙), the 2005 Fuji TV drama based on the diary of Kito Aya. It is not affiliated with Fuji TV, the production companies or the Kito family.",
    RecAboutMethod => "Every question is written in our own words from a checked fact sheet. Where sources disagree, the quiz only asks what the evidence settles. No stills or photos from the show are used; the artwork is original.",
    RecSourcesHeading => "Sources",
    RecNotFoundHeading => "Page not found",
    RecNotFoundText => "This page does not exist. Perhaps the link was cut short.",
    RecBackToStart => "Back to the start",
    // ── records end ──

    // ── packs: Packs, pack play, pack errors, import/export ──
    PackFormatOwn => "a 1 Litre of Tears quiz pack",
    PackFormatOtdbHtml => "an {site} response (HTML entities)",
    PackFormatOtdbUrl => "an {site} response (URL encoding)",
    PackFormatOtdbBase64 => "an {site} response (base64)",
    PackPasteFirst => "Paste a pack first.",
    PackSaved => "Saved “{name}”. It is listed below, ready to play.",
    PackNotStored => "This browser would not store the pack (its storage may be full or blocked). Nothing was saved.",
    PackRemoved => "The pack was removed.",
    PackNotRemoved => "The pack could not be removed.",
    PackFileNotSaved => "This browser would not save the file.",
    PackPreviewLabel => "Pack preview",
    PackReadAs => "Read as {format}. {questions}.",
    QuestionsOne => "{n} question",
    QuestionsMany => "{n} questions",
    PackCategories => "Categories: {list}",
    PackDifficulties => "Difficulties: {list}",
    PackCountedItem => "{name} ({n})",
    PackListSeparator => ", ",
    PackDifficultyEasy => "easy",
    PackDifficultyNormal => "normal",
    PackDifficultyHard => "hard",
    PackSave => "Save pack",
    PackCancel => "Cancel",
    PackNotImported => "The pack could not be imported. Nothing was saved.",
    PackConfirmRemovalLabel => "Confirm removal",
    PackConfirmRemove => "Remove “{name}” from this browser? Its scores stay in your stats.",
    PackYesRemove => "Yes, remove it",
    PackPageTitle => "Question packs",
    PackPageLead => "Play quizzes fans have made — about the 2004 film, the diary, or anything else. Packs stay in this browser.",
    PackImportHeading => "Import a pack",
    PackFileLabel => "Import a pack file (JSON, up to 2 MB)",
    PackPasteLabel => "Or paste a pack (this game's format or an {site} response)",
    PackCheckPasted => "Check pasted pack",
    PackSchemaNote => "The format is described by {link}.",
    PackSchemaLink => "the pack schema",
    PackYourPacks => "Your packs",
    PackReading => "Reading your packs",
    PackNone => "No packs yet. Import one above.",
    PackListedSummary => "{questions} · {categories}",
    PackPlayMode => "Play {mode}",
    PackBest => "Best: {list}",
    PackBestInMode => "{mode} {score}",
    PackRemoveNamed => "Remove “{name}”…",
    PackEditHeading => "Edit the built-in questions",
    PackEditLead => "Download every built-in question as a pack file, change it, and share it.",
    PackDownloadBank => "Download the built-in questions as a pack",
    PackGoToPacks => "Go to your packs",
    PackNotHereTitle => "This pack is not in this browser",
    PackNotHereDetail => "Packs stay in the browser they were imported into. Import it on the Packs page to play it here.",
    PackNoDailyTitle => "Packs have no daily challenge",
    PackNoDailyDetail => "The daily challenge uses the built-in questions so it is the same for everyone. Packs can be played in every other mode.",
    PackPlaying => "Pack: {name}",
    PackImportTooLarge => "That file is larger than 1 MB, so it cannot be a scores file from this game. Nothing was changed.",
    PackImportNotScores => "That file is not a scores file from this game. Nothing was changed.",
    PackImportDamaged => "That scores file is damaged: parts of it cannot be read. Nothing was changed.",
    PackImportNewer => "That file comes from a newer version of this game. Nothing was changed.",
    PackDataSummary => "{games} games played, {recent} recent games kept, best scores in {modes}, daily streak best {streak}, {achievements}.",
    PackDataModesOne => "{n} mode",
    PackDataModesMany => "{n} modes",
    PackDataAchievementsOne => "{n} achievement",
    PackDataAchievementsMany => "{n} achievements",
    PackDataExported => "Your scores were saved to a file.",
    PackDataReplaced => "Your scores were replaced by the file's.",
    PackDataMerged => "The file's scores were merged into yours.",
    PackDataDeleted => "All scores were deleted. Your settings were kept.",
    PackDataPreviewLabel => "Import preview",
    PackDataHolds => "This file holds: {summary}",
    PackDataMerge => "Merge into my scores",
    PackDataReplace => "Replace my scores",
    PackDataConfirmImportLabel => "Confirm import",
    PackDataConfirmReplace => "Replace all your scores, streaks and achievements with this file's? This cannot be undone.",
    PackDataConfirmMerge => "Add this file's games, bests and achievements to yours?",
    PackDataYesReplace => "Yes, replace",
    PackDataYesMerge => "Yes, merge",
    PackDataConfirmResetLabel => "Confirm reset",
    PackDataConfirmReset => "Delete every score, streak and achievement kept in this browser? Your settings stay. This cannot be undone.",
    PackDataYesReset => "Yes, delete all scores",
    PackDataHeading => "Your data",
    PackDataLead => "Your scores live only in this browser. Save them to a file to keep a copy or move them to another device.",
    PackDataExport => "Export scores",
    PackDataFileLabel => "Import scores from a file (JSON, up to 1 MB)",
    PackDataReset => "Reset all scores…",
    PackErrorQuestionField => "Question {n}, field '{field}': {problem}",
    PackErrorQuestion => "Question {n}: {problem}",
    PackErrorFileField => "The file, field '{field}': {problem}",
    PackErrorFile => "The file: {problem}",
    PackQuestionLabel => "question {n}",
    PackProblemMoreOne => "and {n} more problem",
    PackProblemMoreMany => "and {n} more problems",
    PackProblemTooLarge => "is too large ({size}; a pack may be at most {max})",
    PackSizeMb => "{n} MB",
    PackSizeKb => "{n} KB",
    PackSizeBytes => "{n} bytes",
    PackProblemEmpty => "is empty",
    PackProblemNotJson => "not JSON (line {line}, column {column}): {reason}",
    PackProblemNotAPackKind => "is {kind}, not a question pack: expected an object with {format} or an {site} response with {results}",
    PackProblemNotAPack => "is not a question pack: expected {format} or an {site} response with {results}",
    PackKindNull => "null",
    PackKindBool => "true or false",
    PackKindNumber => "a number",
    PackKindString => "a string",
    PackKindArray => "a JSON array",
    PackKindObject => "a JSON object",
    PackProblemTooLong => "is too long ({len} characters, at most {max})",
    PackProblemSamePrompt => "is the same as the prompt of {first}",
    PackProblemDistractorCount => "needs {min} to {max} wrong answers, has {count}",
    PackProblemSameAsAnswer => "'{option}' is the same as the right answer",
    PackProblemListedTwice => "'{option}' is listed twice",
    PackProblemItemCount => "needs {min} to {max} items, has {count}",
    PackProblemAnswerUnmatchable => "'{answer}' has no letters or digits, so no typed answer could match it",
    PackProblemVariantUnmatchable => "'{variant}' has no letters or digits, so it could never match",
    PackProblemMissing => "is missing",
    PackProblemNotText => "must be text, not {kind}",
    PackProblemNotTextList => "must be a list of texts, not {kind}",
    PackProblemItem => "item {i} {problem}",
    PackProblemNotPackField => "is not a field of a pack",
    PackProblemNotQuestionField => "is not a field of a pack question",
    PackProblemFormatMissing => "is missing: it must be {format}",
    PackProblemFormatWrong => "must be {format}, not {value}",
    PackProblemVersionMissing => "is missing: it must be {version}",
    PackProblemVersionWrong => "{value} is not supported: this game reads version {version} packs",
    PackProblemNoQuestions => "is empty: a pack needs at least one question",
    PackProblemTooMany => "has {count} questions; a pack may have at most {max}",
    PackProblemNotQuestionList => "must be a list of questions, not {kind}",
    PackProblemNotObject => "must be a JSON object, not {kind}",
    PackProblemIdTaken => "'{id}' is already the id of question {first}",
    PackProblemDifficulty => "{value} is not {easy}, {normal} or {hard}",
    PackProblemTypeMissing => "is missing ({choice}, {boolean}, {order} or {typed})",
    PackProblemType => "{value} is not {choice}, {boolean}, {order} or {typed}",
    PackProblemSpoiler => "{value} is not a whole number from 0 to {max}",
    PackProblemNotInType => "does not belong in a {type} question",
    PackProblemTrueFalseMissing => "is missing ({true} or {false})",
    PackProblemTrueFalseWrong => "must be {true} or {false} (without quotes), not {kind}",
    PackProblemOtdbCode => "is {code} ({name}: {meaning}), so the response holds no questions",
    PackProblemOtdbCodeOther => "is {code} (not a success code), so the response holds no questions",
    PackOtdbNoResults => "the API does not have enough questions for the query; ask for fewer",
    PackOtdbInvalidParameter => "the request contained an argument that is not valid",
    PackOtdbTokenNotFound => "the session token does not exist",
    PackOtdbTokenEmpty => "the session token has returned every question for the query; reset it",
    PackOtdbRateLimit => "too many requests; each IP may ask once every 5 seconds",
    PackProblemWholeNumber => "must be a whole number, not {kind}",
    PackProblemNoResults => "is empty: the response holds no questions",
    PackProblemNotBase64 => "is not valid {encoding}-encoded UTF-8 text",
    PackProblemNotPercent => "is not valid percent-encoded UTF-8 text",
    PackProblemOtdbType => "'{value}' is not {multiple} or {boolean}",
    PackProblemOtdbDifficulty => "'{value}' is not {easy}, {medium} or {hard}",
    PackProblemOtdbBoolean => "'{value}' must be {true} or {false} for a boolean question",
    PackProblemLang => "{value} is not {en} or {ja}",
    PackInEnglish => "This pack is in English.",
    PackInJapanese => "This pack is in Japanese.",
    // ── packs end ──

    // ── together: Play together and the result card ──
    // Play together: the page and its announcements
    PartyAnnounceHandOff => "Question {n} of {total}: pass the device to {name}.",
    PartyAnnounceTurn => "{name}'s turn.",
    PartyAnnounceReveal => "Everyone has answered: here is the answer.",
    PartyAnnounceFinished => "The game is over: the final standings.",
    PartyBankLoading => "The questions are still loading; try again in a moment.",
    // the set-up form
    PartySetupLead => "Two to eight players share this device. Each question goes round everyone in turn, in private; then one reveal shows the answer, who got it right and the scores.",
    PartyPlayersLegend => "Players ({count} of {max})",
    PartyPlayerLabel => "Player {n}",
    PartyRemovePlayerLabel => "Remove player {n}",
    PartyRemove => "Remove",
    PartyAddPlayer => "Add a player",
    PartyQuestionsLegend => "Questions",
    PartyTimedLabel => "Against the clock: 20 seconds an answer, points for speed and streaks",
    PartyCategoriesLegend => "Categories (none ticked: all of them)",
    PartySpoilersLabel => "Everyone has watched up to…",
    PartySpoilersHint => "Questions beyond this point stay hidden, and so do their explanations.",
    PartyStart => "Start",
    // the set-up's problems, each naming its field
    PartyTooFewPlayers => "Players: {min} to {max} players can play together; add {n} more.",
    PartyTooManyPlayers => "Players: {min} to {max} players can play together; remove {n}.",
    PartyBlankName => "Player {n}'s name: type a name.",
    PartyNameTooLong => "Player {n}'s name: {chars} characters is too long; use at most {max}.",
    PartySameName => "Player {n}'s name: player {earlier} has the same name; give each player a different one.",
    PartyQuestionCountProblem => "Number of questions: choose {a}, {b} or {c}.",
    PartyNotEnoughQuestions => "Questions: only {available} questions fit these categories, difficulty and spoiler limit, and {wanted} are needed; choose fewer questions or widen the choice.",
    // a turn and the reveal
    PartyHandOffHint => "{name}, press Ready when only you can see the screen. Your answer stays private until everyone has answered.",
    PartyTurnOf => "{name}'s turn · {category}",
    PartyRevealOf => "Question {n} of {total} · the answer",
    PartyTheAnswer => "The answer: {answer}",
    PartyWhoGotItRight => "Who got it right",
    PartyVerdictRightPoints => "{name}: right, +{points} points",
    PartyVerdictRight => "{name}: right",
    PartyVerdictWrong => "{name}: not this time",
    PartyScoresSoFar => "Scores so far",
    PartySeeFinalStandings => "See the final standings",
    // the scoreboard and the end
    PartyPlace => "Place",
    PartyPlayer => "Player",
    PartyPoints => "Points",
    PartyRightAnswers => "Right answers",
    PartyFinalStandings => "Final standings",
    PartyKeptInStats => "Party games are kept in Stats, apart from your own bests and streak.",
    PartyPlayAgain => "Play again with the same players",
    PartyChangePlayers => "Change players or settings",
    PartyHome => "Home",
    // how a game ended (PartyResult::headline)
    PartyNobodyPlayed => "Nobody played.",
    PartyWonOne => "{name} won with {n} point.",
    PartyWonMany => "{name} won with {n} points.",
    PartySharedOne => "{names} shared first place with {n} point each.",
    PartySharedMany => "{names} shared first place with {n} points each.",
    PartyNameInList => "{name}",
    PartyListLast => "{rest} and {last}",
    // the result card
    PartyCardHeading => "Result card",
    PartyCardLead => "An image of your result to keep or post: no answers on it.",
    PartyCardSizeLegend => "Image size",
    PartyCardWide => "Wide (1200×630)",
    PartyCardSquare => "Square (1080×1080)",
    PartyCardNoImage => "This browser cannot draw the image; the share text above says the same.",
    PartyCardSave => "Save image",
    PartyCardSaved => "Image saved.",
    PartyCardCancelled => "Not shared. Press Save image to try again.",
    PartyCardNoCanvas => "This browser could not draw the image.",
    PartyCardFailed => "This browser would not save the image.",
    PartyCardModeDay => "{mode} · {day}",
    PartyCardPartySubtitle => "Play together · {day} · {n} questions",
    PartyCardStreak => "Daily streak: {n} days",
    PartyCardPlace => "{rank}. {name} {points}",
    PartyCardAlt => "Result card of the 1 Litre of Tears fan quiz: {subtitle}. {headline}.",
    PartyCardAltOrder => " In order: {runs}.",
    PartyCardAltLine => " {line}.",
    PartyCardAltAddress => " {address}",
    PartyCardRunRight => "{n} right",
    PartyCardRunWrong => "{n} wrong",
    // ── together end ──
}

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
