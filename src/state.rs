//! The app-wide state as one pure reducer: the records as this tab sees them, the changes not
//! yet written, the stored packs, the last game, and what the player must be told about
//! storage. Browser effects (writing, watching other tabs) happen outside, in `context.rs`.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::achievements::Achievement;
use crate::engine::order::sort_small_by;
use crate::engine::packs::{Pack, PackId};
use crate::i18n::Msg;
use crate::store::changes::{apply, Change};
use crate::store::io::{LoadFailure, Loaded, SaveError};
use crate::store::schema::{GameResult, LoadProblem, Records};

/// A short message about storage, shown until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Stored scores were unreadable; the game started fresh.
    CouldNotRead,
    /// Part of the stored scores was unreadable; the rest was kept.
    PartlyRecovered,
    /// Stored scores come from a newer version; they are left untouched.
    NewerVersion,
    /// This browser gives no storage; scores last for this visit only.
    Unavailable,
    /// A write failed; the scores are kept for this visit and retried.
    CouldNotSave,
}

impl Notice {
    /// The plain-language text shown to the player.
    pub fn message(self) -> Msg {
        match self {
            Notice::CouldNotRead => Msg::RecNoticeCouldNotRead,
            Notice::PartlyRecovered => Msg::RecNoticePartlyRecovered,
            Notice::NewerVersion => Msg::RecNoticeNewerVersion,
            Notice::Unavailable => Msg::RecNoticeUnavailable,
            Notice::CouldNotSave => Msg::RecNoticeCouldNotSave,
        }
    }
}

/// Everything the pages share. The records, the unwritten changes and the last game are
/// shared with the states before (`Rc`) until an action changes them, which gives them new ones
/// (`Rc::make_mut` copies a value another state still holds), so an action never copies the
/// whole records and telling two states apart needs only their addresses (`PartialEq`).
#[derive(Debug, Clone)]
pub struct AppState {
    /// The records as this tab sees them: what is stored plus `pending`.
    pub records: Rc<Records>,
    /// Changes not yet written, oldest first.
    pub pending: Rc<Vec<Change>>,
    /// The imported packs stored in this browser, by id.
    pub packs: Vec<Rc<Pack>>,
    /// False until the stored packs have been read (their reader is a module of its own,
    /// fetched after start only when a pack is stored).
    pub packs_read: bool,
    /// The game that just finished, for the Results page.
    pub last: Option<Rc<GameResult>>,
    /// Achievements the last game earned, to announce.
    pub new_achievements: Vec<&'static Achievement>,
    pub notice: Option<Notice>,
    /// False when writing would destroy data (a newer version's) or cannot work.
    pub can_save: bool,
    /// Bumped whenever there is something new to write.
    pub revision: u32,
}

/// The same state: the shared parts are the same ones (see `AppState`), the rest is equal.
/// Yew asks this of the app context on every change; it never walks the records.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        fn same<T>(a: &[T], b: &[T], same_item: impl Fn(&T, &T) -> bool) -> bool {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_item(a, b))
        }
        Rc::ptr_eq(&self.records, &other.records)
            && Rc::ptr_eq(&self.pending, &other.pending)
            && same(&self.packs, &other.packs, Rc::ptr_eq)
            && same_rc(&self.last, &other.last)
            && same(&self.new_achievements, &other.new_achievements, |a, b| {
                std::ptr::eq(*a, *b)
            })
            && self.packs_read == other.packs_read
            && self.notice == other.notice
            && self.can_save == other.can_save
            && self.revision == other.revision
    }
}

/// Both absent, or both the same shared value (by address).
pub fn same_rc<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (a, b) => a.is_none() && b.is_none(),
    }
}

impl Default for AppState {
    /// Nothing stored yet, nothing wrong.
    fn default() -> Self {
        Self {
            packs_read: true,
            ..Self::from_loaded(Loaded {
                records: Records::default(),
                failure: None,
            })
        }
    }
}

impl AppState {
    /// The state after loading the records from storage; the packs are read next
    /// (`AppAction::PacksRead`).
    pub fn from_loaded(loaded: Loaded) -> Self {
        let (notice, can_save) = match loaded.failure {
            None => (None, true),
            Some(LoadFailure::Unavailable) => (Some(Notice::Unavailable), false),
            Some(LoadFailure::Stored(LoadProblem::Unreadable)) => {
                (Some(Notice::CouldNotRead), true)
            }
            Some(LoadFailure::Stored(LoadProblem::PartlyRecovered)) => {
                (Some(Notice::PartlyRecovered), true)
            }
            Some(LoadFailure::Stored(LoadProblem::NewerVersion)) => {
                (Some(Notice::NewerVersion), false)
            }
        };
        Self {
            records: Rc::new(loaded.records),
            pending: Rc::default(),
            packs: Vec::new(),
            packs_read: false,
            last: None,
            new_achievements: Vec::new(),
            notice,
            can_save,
            revision: 0,
        }
    }

    /// A stored pack by id.
    pub fn pack(&self, id: &str) -> Option<&Rc<Pack>> {
        self.packs.iter().find(|p| p.id.as_str() == id)
    }

    /// `base` with this tab's unwritten changes on top.
    fn with_pending(&self, mut base: Records) -> Records {
        for change in self.pending.iter() {
            apply(&mut base, change);
        }
        base
    }
}

/// Everything that changes the app state.
#[derive(Debug, Clone, PartialEq)]
pub enum AppAction {
    /// A game finished.
    Finished(GameResult),
    /// A setting, an import, or a reset.
    Apply(Change),
    /// A pack was stored (here or in another tab).
    PackSaved(Rc<Pack>),
    /// A pack was removed (here or in another tab).
    PackRemoved(PackId),
    /// Another tab cleared storage: the records there now (the packs are read again next).
    Cleared(Records),
    /// The stored packs, read.
    PacksRead(Vec<Rc<Pack>>),
    /// The first `written` pending changes were written; `records` is what storage now holds.
    Saved { written: usize, records: Records },
    /// A write failed; the pending changes stay for the next try.
    SaveFailed(SaveError),
    /// Another tab changed storage.
    External(Records),
    /// The player closed the notice.
    DismissNotice,
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Finished(result) => {
                next.new_achievements = Rc::make_mut(&mut next.records).record(result.clone());
                Rc::make_mut(&mut next.pending).push(Change::Record(result.clone()));
                next.last = Some(Rc::new(result));
                next.revision += 1;
            }
            AppAction::Apply(change) => {
                apply(Rc::make_mut(&mut next.records), &change);
                if matches!(change, Change::Reset | Change::Import { replace: true, .. }) {
                    next.last = None;
                }
                Rc::make_mut(&mut next.pending).push(change);
                next.revision += 1;
            }
            AppAction::Saved { written, records } => {
                let pending = Rc::make_mut(&mut next.pending);
                pending.drain(..written.min(pending.len()));
                next.records = Rc::new(next.with_pending(records));
                if next.notice == Some(Notice::CouldNotSave) {
                    next.notice = None;
                }
            }
            AppAction::SaveFailed(error) => {
                next.notice = Some(match error {
                    SaveError::Unavailable => Notice::Unavailable,
                    SaveError::Refused => Notice::CouldNotSave,
                    SaveError::NewerVersion => Notice::NewerVersion,
                });
            }
            AppAction::External(records) => next.records = Rc::new(next.with_pending(records)),
            AppAction::PackSaved(pack) => {
                next.packs.retain(|p| p.id != pack.id);
                next.packs.push(pack);
                sort_small_by(&mut next.packs, |a, b| a.id.cmp(&b.id));
            }
            AppAction::PackRemoved(id) => next.packs.retain(|p| p.id != id),
            AppAction::Cleared(records) => {
                next.records = Rc::new(next.with_pending(records));
                next.packs.clear();
                next.packs_read = false;
            }
            AppAction::PacksRead(packs) => {
                next.packs = packs;
                next.packs_read = true;
            }
            AppAction::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::mode::Mode;
    use crate::engine::test_support::game;
    use crate::store::changes::SettingChange;
    use crate::store::schema::Theme;

    fn fresh() -> Rc<AppState> {
        Rc::new(AppState::from_loaded(Loaded {
            records: Records::default(),
            failure: None,
        }))
    }

    #[test]
    fn a_state_differs_after_every_change_and_only_then() {
        let start = fresh();
        assert_eq!(*start, start.as_ref().clone());
        let unchanged = start.clone().reduce(AppAction::DismissNotice);
        assert_eq!(*unchanged, *start, "nothing to dismiss: the same state");
        let finished = start.clone().reduce(AppAction::Finished(game("a", 4)));
        assert_ne!(*finished, *start);
        let setting = Change::Setting(SettingChange::Sound(true));
        let applied = finished.clone().reduce(AppAction::Apply(setting));
        assert_ne!(*applied, *finished);
        assert!(
            !finished.records.settings.sound,
            "the earlier state keeps its records"
        );
        let saved = applied.clone().reduce(AppAction::Saved {
            written: 2,
            records: (*applied.records).clone(),
        });
        assert_ne!(*saved, *applied, "written: nothing pending");
        let failed = saved
            .clone()
            .reduce(AppAction::SaveFailed(SaveError::Refused));
        assert_ne!(*failed, *saved, "a notice to show");
    }

    #[test]
    fn finishing_records_queues_a_write_and_announces_achievements() {
        let state = fresh().reduce(AppAction::Finished(game("a", 10)));
        assert_eq!(state.records.best[&Mode::Classic].score.correct, 10);
        assert_eq!(state.pending.len(), 1);
        assert_eq!(state.revision, 1);
        let ids: Vec<&str> = state.new_achievements.iter().map(|a| a.id).collect();
        assert_eq!(ids, ["first-round", "perfect"]);
    }

    #[test]
    fn a_failed_write_keeps_the_game_and_a_later_write_clears_the_notice() {
        let state = fresh()
            .reduce(AppAction::Finished(game("a", 4)))
            .reduce(AppAction::SaveFailed(SaveError::Refused));
        assert_eq!(state.notice, Some(Notice::CouldNotSave));
        assert_eq!(state.records.results.len(), 1);
        assert_eq!(state.pending.len(), 1, "kept for the retry");
        let state = state.reduce(AppAction::Finished(game("b", 5)));
        let mut stored = Records::default();
        for change in state.pending.iter() {
            apply(&mut stored, change);
        }
        let state = state.reduce(AppAction::Saved {
            written: 2,
            records: stored,
        });
        assert!(state.pending.is_empty());
        assert_eq!(state.notice, None);
        assert_eq!(state.records.results.len(), 2);
    }

    #[test]
    fn another_tabs_games_appear_under_our_unwritten_ones() {
        let state = fresh().reduce(AppAction::Finished(game("mine", 3)));
        let mut theirs = Records::default();
        theirs.record(game("theirs", 7));
        let state = state.reduce(AppAction::External(theirs));
        let ids: Vec<&str> = state
            .records
            .results
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["theirs", "mine"]);
        assert_eq!(state.records.tally.games, 2);
    }

    #[test]
    fn settings_are_applied_at_once_and_queued() {
        let change = Change::Setting(SettingChange::SpoilerLimit(7));
        let state = fresh().reduce(AppAction::Apply(change.clone()));
        assert_eq!(state.records.settings.spoiler_limit, Some(7));
        assert_eq!(*state.pending, [change]);
    }

    #[test]
    fn another_tabs_setting_stays_under_ours() {
        let state = fresh().reduce(AppAction::Apply(Change::Setting(SettingChange::Sound(
            true,
        ))));
        let mut theirs = Records::default();
        theirs.settings.theme = Theme::Dark;
        let state = state.reduce(AppAction::External(theirs));
        assert_eq!(state.records.settings.theme, Theme::Dark);
        assert!(state.records.settings.sound);
    }

    #[test]
    fn packs_are_unread_until_read_and_again_after_another_tab_clears() {
        let pack = Rc::new(Pack {
            id: PackId::from("p".to_string()),
            name: "P".to_string(),
            description: String::new(),
            lang: crate::engine::lang::Lang::English,
            questions: Vec::new(),
        });
        let state = fresh();
        assert!(!state.packs_read);
        let state = state.reduce(AppAction::PacksRead(vec![pack.clone()]));
        assert!(state.packs_read);
        assert_eq!(state.pack("p"), Some(&pack));
        let state = state.reduce(AppAction::Cleared(Records::default()));
        assert!(!state.packs_read);
        assert!(state.packs.is_empty());
        assert!(
            AppState::default().packs_read,
            "nothing stored: nothing to read"
        );
    }

    #[test]
    fn load_failures_become_notices() {
        let notice = |failure| {
            let state = AppState::from_loaded(Loaded {
                records: Records::default(),
                failure: Some(failure),
            });
            (state.notice, state.can_save)
        };
        assert_eq!(
            notice(LoadFailure::Stored(LoadProblem::NewerVersion)),
            (Some(Notice::NewerVersion), false)
        );
        assert_eq!(
            notice(LoadFailure::Stored(LoadProblem::Unreadable)),
            (Some(Notice::CouldNotRead), true)
        );
        assert_eq!(
            notice(LoadFailure::Stored(LoadProblem::PartlyRecovered)),
            (Some(Notice::PartlyRecovered), true)
        );
        assert_eq!(
            notice(LoadFailure::Unavailable),
            (Some(Notice::Unavailable), false)
        );
    }
}
