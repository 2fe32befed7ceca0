//! The app-wide state as one pure reducer: the saved records, the last game, and what the
//! player must be told about storage. Browser effects (saving) happen outside, in `app.rs`.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::bank::SPECIAL_EPISODE;
use crate::store::local::{LoadFailure, Loaded, SaveError};
use crate::store::schema::{GameResult, LoadProblem, Records};

/// A short message about storage, shown until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Stored scores were unreadable; the game started fresh.
    CouldNotRead,
    /// Stored scores come from a newer version; they are left untouched.
    NewerVersion,
    /// This browser gives no storage; scores last for this visit only.
    Unavailable,
    /// A write failed; the scores are kept for this visit.
    CouldNotSave,
}

impl Notice {
    /// The plain-language text shown to the player.
    pub fn message(self) -> &'static str {
        match self {
            Notice::CouldNotRead => {
                "Your saved scores could not be read, so the game started fresh. You can keep playing."
            }
            Notice::NewerVersion => {
                "Your scores were saved by a newer version of this game, so they are left untouched. Scores from this visit are kept until you close the page."
            }
            Notice::Unavailable => {
                "This browser is not letting the game save scores. You can keep playing; scores last until you close the page."
            }
            Notice::CouldNotSave => {
                "Your latest score could not be saved. You can keep playing; it is kept until you close the page."
            }
        }
    }
}

/// Everything the pages share.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub records: Records,
    /// The game that just finished, for the Results page.
    pub last: Option<GameResult>,
    pub notice: Option<Notice>,
    /// False when writing would destroy data (a newer version's) or cannot work.
    pub can_save: bool,
    /// Bumped whenever `records` changes and should be written.
    pub revision: u32,
}

impl AppState {
    /// The state after loading from storage.
    pub fn from_loaded(loaded: Loaded) -> Self {
        let (notice, can_save) = match loaded.failure {
            None => (None, true),
            Some(LoadFailure::Unavailable) => (Some(Notice::Unavailable), false),
            Some(LoadFailure::Stored(LoadProblem::Unreadable)) => {
                (Some(Notice::CouldNotRead), true)
            }
            Some(LoadFailure::Stored(LoadProblem::NewerVersion)) => {
                (Some(Notice::NewerVersion), false)
            }
        };
        Self {
            records: loaded.records,
            last: None,
            notice,
            can_save,
            revision: 0,
        }
    }
}

/// Everything that changes the app state.
#[derive(Debug, Clone, PartialEq)]
pub enum AppAction {
    /// A game finished.
    Finished(GameResult),
    /// A write failed.
    SaveFailed(SaveError),
    /// The player said how far they have watched.
    SetSpoilerLimit(u8),
    /// The player closed the notice.
    DismissNotice,
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Finished(result) => {
                next.records.record(result.clone());
                next.last = Some(result);
                next.revision += 1;
            }
            AppAction::SetSpoilerLimit(limit) => {
                next.records.settings.spoiler_limit = Some(limit.min(SPECIAL_EPISODE));
                next.revision += 1;
            }
            AppAction::SaveFailed(SaveError::Unavailable) => {
                next.notice = Some(Notice::Unavailable);
            }
            AppAction::SaveFailed(SaveError::Refused) => next.notice = Some(Notice::CouldNotSave),
            AppAction::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::quiz::Mode;
    use crate::engine::scoring::Score;

    fn game(correct: u32) -> GameResult {
        GameResult {
            id: format!("g{correct}"),
            finished_at: 0.0,
            mode: Mode::Classic,
            code: "s1".into(),
            daily_day: None,
            scored: true,
            score: Score { correct, total: 10 },
            points: correct,
            answers: vec![],
        }
    }

    fn fresh() -> Rc<AppState> {
        Rc::new(AppState::from_loaded(Loaded {
            records: Records::default(),
            failure: None,
        }))
    }

    #[test]
    fn finishing_records_and_asks_for_a_save() {
        let state = fresh().reduce(AppAction::Finished(game(6)));
        assert_eq!(
            state.records.best[&Mode::Classic].score,
            Score {
                correct: 6,
                total: 10
            }
        );
        assert_eq!(state.last.as_ref().map(|g| g.id.as_str()), Some("g6"));
        assert_eq!(state.revision, 1);
    }

    #[test]
    fn the_spoiler_limit_is_kept_and_saved() {
        let state = fresh().reduce(AppAction::SetSpoilerLimit(7));
        assert_eq!(state.records.settings.spoiler_limit, Some(7));
        assert_eq!(state.revision, 1);
        let capped = fresh().reduce(AppAction::SetSpoilerLimit(99));
        assert_eq!(capped.records.settings.spoiler_limit, Some(SPECIAL_EPISODE));
    }

    #[test]
    fn load_failures_become_notices() {
        let newer = AppState::from_loaded(Loaded {
            records: Records::default(),
            failure: Some(LoadFailure::Stored(LoadProblem::NewerVersion)),
        });
        assert_eq!(newer.notice, Some(Notice::NewerVersion));
        assert!(
            !newer.can_save,
            "a newer version's data must not be overwritten"
        );
        let unreadable = AppState::from_loaded(Loaded {
            records: Records::default(),
            failure: Some(LoadFailure::Stored(LoadProblem::Unreadable)),
        });
        assert_eq!(unreadable.notice, Some(Notice::CouldNotRead));
        assert!(unreadable.can_save);
    }

    #[test]
    fn a_failed_save_keeps_the_score_and_tells_the_player() {
        let state = fresh()
            .reduce(AppAction::Finished(game(4)))
            .reduce(AppAction::SaveFailed(SaveError::Refused));
        assert_eq!(state.notice, Some(Notice::CouldNotSave));
        assert_eq!(state.records.results.len(), 1);
        let dismissed = state.reduce(AppAction::DismissNotice);
        assert_eq!(dismissed.notice, None);
    }
}
