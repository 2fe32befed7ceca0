//! The app context and its provider: the question bank and the shared state, handed to every
//! page as an [`AppHandle`] whose methods say what the player did. The provider loads the
//! records and packs, fetches the question bank when a page first needs it (never for Home),
//! writes changes back, follows other tabs and applies the theme.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::content::{load_bank, load_texts, read_packs};
use crate::browser::page::{apply_theme, browser_languages, set_page_lang, set_page_names};
use crate::browser::storage;
use crate::browser::storage::Elsewhere;
use crate::engine::achievements::Achievement;
use crate::engine::bank::Bank;
use crate::engine::lang::Lang;
use crate::engine::packs::{Pack, PackId};
use crate::i18n::{Msg, Texts, Words};
use crate::state::{same_rc, AppAction, AppState, Notice};
use crate::store::changes::{Change, SettingChange};
use crate::store::io::SaveError;
use crate::store::schema::{GameResult, PartyResult, Records, Theme};

/// Where the shared state lives.
#[derive(Clone)]
enum Shared {
    /// Inside the app root: the one reducer.
    Provided(UseReducerHandle<AppState>),
    /// Outside it (never in the game itself): an empty state that nothing changes.
    Detached(Rc<AppState>),
}

/// Where the question bank stands: it is fetched and read when a page first needs it, so
/// Home never waits for it (the service worker has usually downloaded it by then).
#[derive(Clone)]
pub enum BankState {
    /// No page has asked for it yet.
    Idle,
    Loading,
    Ready(Rc<Bank>),
    /// It could not be fetched (offline on a first visit, a server error).
    Failed,
}

impl PartialEq for BankState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (BankState::Ready(a), BankState::Ready(b)) => Rc::ptr_eq(a, b),
            (BankState::Idle, BankState::Idle)
            | (BankState::Loading, BankState::Loading)
            | (BankState::Failed, BankState::Failed) => true,
            _ => false,
        }
    }
}

/// What every page can read and do.
#[derive(Clone)]
pub struct AppHandle {
    /// The language the game is played in.
    lang: Lang,
    /// Its interface texts, once fetched (English is built in).
    texts: Option<Rc<Texts>>,
    bank: BankState,
    request_bank: Callback<()>,
    shared: Shared,
}

impl PartialEq for AppHandle {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && same_rc(&self.texts, &other.texts)
            && self.bank == other.bank
            && match (&self.shared, &other.shared) {
                // The states, field by field: yew's handle reads the latest state, so its
                // address cannot tell an old handle from a new one.
                (Shared::Provided(a), Shared::Provided(b)) => a == b,
                (Shared::Detached(a), Shared::Detached(b)) => Rc::ptr_eq(a, b),
                _ => false,
            }
    }
}

impl AppHandle {
    /// A handle with no provider: no questions, no records, and actions that do nothing. This
    /// is what a missing provider means, decided here once.
    fn detached() -> Self {
        Self {
            lang: Lang::default(),
            texts: None,
            bank: BankState::Failed,
            request_bank: Callback::noop(),
            shared: Shared::Detached(Rc::new(AppState::default())),
        }
    }

    fn state(&self) -> &AppState {
        match &self.shared {
            Shared::Provided(state) => state,
            Shared::Detached(state) => state,
        }
    }

    fn dispatch(&self, action: AppAction) {
        if let Shared::Provided(state) = &self.shared {
            state.dispatch(action);
        }
    }

    /// The built-in questions, once they have arrived.
    pub fn bank(&self) -> Option<&Rc<Bank>> {
        match &self.bank {
            BankState::Ready(bank) => Some(bank),
            BankState::Idle | BankState::Loading | BankState::Failed => None,
        }
    }

    /// Where the built-in questions stand.
    pub fn bank_state(&self) -> &BankState {
        &self.bank
    }

    /// A page needs the questions (or the player asked to try again after a failure): starts
    /// fetching them unless that is under way or done.
    pub fn request_bank(&self) {
        self.request_bank.emit(());
    }

    /// The language the game is played in: the player's choice, else the browser's.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message of the interface in the player's language (English until the language's
    /// texts have arrived, or if they cannot).
    #[inline(never)] // one copy, not one at each of the hundreds of places that say something
    pub fn t(&self, msg: Msg) -> &str {
        self.words().t(msg)
    }

    /// A message with its slots filled: `app.f(Msg::BestScore, &[("score", &text)])`.
    #[inline(never)]
    pub fn f(&self, msg: Msg, values: &[(&str, &str)]) -> String {
        self.words().f(msg, values)
    }

    /// The player's language's words, for engine code that states something.
    pub fn words(&self) -> Words<'_> {
        Words::new(self.texts.as_deref())
    }

    /// The player chose a language.
    pub fn set_lang(&self, lang: Lang) {
        self.dispatch(AppAction::Apply(Change::Setting(SettingChange::Lang(lang))));
    }

    /// The records as this tab sees them.
    pub fn records(&self) -> &Records {
        &self.state().records
    }

    /// The storage notice to show, if any.
    pub fn notice(&self) -> Option<Notice> {
        self.state().notice
    }

    /// The game finished in this visit, if any; else the last one kept.
    pub fn last_game(&self) -> Option<&GameResult> {
        self.state()
            .last
            .as_deref()
            .or_else(|| self.state().records.last())
    }

    /// Achievements the game just finished in this visit earned.
    pub fn new_achievements(&self) -> &[&'static Achievement] {
        match self.state().last {
            Some(_) => &self.state().new_achievements,
            None => &[],
        }
    }

    /// Whether the stored packs have been read yet (`packs` and `pack` are empty until then).
    pub fn packs_read(&self) -> bool {
        self.state().packs_read
    }

    /// The packs stored in this browser.
    pub fn packs(&self) -> &[Rc<Pack>] {
        &self.state().packs
    }

    /// A stored pack by id.
    pub fn pack(&self, id: &str) -> Option<Rc<Pack>> {
        self.state().pack(id).cloned()
    }

    /// The player finished a game.
    pub fn finish_game(&self, result: GameResult) {
        self.dispatch(AppAction::Finished(result));
    }

    /// The players finished a "Play together" game.
    pub fn finish_party(&self, result: PartyResult) {
        self.dispatch(AppAction::Apply(Change::Party(result)));
    }

    /// The players of a "Play together" game, to offer next time.
    pub fn set_party_names(&self, names: Vec<String>) {
        if self.records().settings.party_names != names {
            self.dispatch(AppAction::Apply(Change::PartyNames(names)));
        }
    }

    /// The player switched the chimes on or off.
    pub fn set_sound(&self, on: bool) {
        self.dispatch(AppAction::Apply(Change::Setting(SettingChange::Sound(on))));
    }

    /// The player chose a theme.
    pub fn set_theme(&self, theme: Theme) {
        self.dispatch(AppAction::Apply(Change::Setting(SettingChange::Theme(
            theme,
        ))));
    }

    /// The player said how far they have watched.
    pub fn set_spoiler_limit(&self, limit: u8) {
        self.dispatch(AppAction::Apply(Change::Setting(
            SettingChange::SpoilerLimit(limit),
        )));
    }

    /// The player confirmed an import: merged into their records, or replacing them.
    pub fn import(&self, records: Records, replace: bool) {
        self.dispatch(AppAction::Apply(Change::Import {
            records: Box::new(records),
            replace,
        }));
    }

    /// The player confirmed deleting every score (settings stay).
    pub fn reset(&self) {
        self.dispatch(AppAction::Apply(Change::Reset));
    }

    /// The player closed the storage notice.
    pub fn dismiss_notice(&self) {
        self.dispatch(AppAction::DismissNotice);
    }

    /// The player saved a checked pack in this browser.
    pub fn save_pack(&self, pack: Rc<Pack>) -> Result<(), SaveError> {
        storage::save_pack(&pack)?;
        self.dispatch(AppAction::PackSaved(pack));
        Ok(())
    }

    /// The player removed a pack from this browser.
    pub fn remove_pack(&self, id: &PackId) -> Result<(), SaveError> {
        storage::remove_pack(id)?;
        self.dispatch(AppAction::PackRemoved(id.clone()));
        Ok(())
    }
}

/// The app context for the page being rendered.
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().unwrap_or_else(AppHandle::detached)
}

/// Starts fetching the question bank when the calling component mounts, for a page that is
/// about to need it.
#[hook]
pub fn use_bank_soon() {
    let app = use_app();
    use_effect_with((), move |_| app.request_bank());
}

/// Reads every stored pack into the state, in the background.
fn read_all_packs(state: UseReducerHandle<AppState>) {
    let texts = storage::pack_texts();
    spawn_local(async move { state.dispatch(AppAction::PacksRead(read_packs(texts).await)) });
}

#[derive(Properties, Clone, PartialEq)]
pub struct AppProviderProps {
    pub children: Html,
}

/// Loads the records and packs, fetches the bank, shares them, writes changes back and
/// follows other tabs.
#[function_component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let state = use_reducer(|| AppState::from_loaded(storage::load()));
    // The player's choice, else the browser's languages (read once).
    let browser_lang = *use_memo((), |_| Lang::first_visit(&browser_languages()));
    let lang = state.records.settings.lang.unwrap_or(browser_lang);
    let bank = use_state(|| BankState::Idle);
    // The language whose bank is being fetched or has arrived (a failure clears it, to allow a
    // retry).
    let requested = use_mut_ref(|| None::<Lang>);
    let request_bank = {
        let (bank, requested) = (bank.clone(), requested.clone());
        Callback::from(move |()| {
            if *requested.borrow() == Some(lang) {
                return;
            }
            *requested.borrow_mut() = Some(lang);
            bank.set(BankState::Loading);
            let (bank, requested) = (bank.clone(), requested.clone());
            spawn_local(async move {
                let loaded = load_bank(lang).await;
                if *requested.borrow() != Some(lang) {
                    return; // the player switched languages meanwhile
                }
                bank.set(match loaded {
                    Some(loaded) => BankState::Ready(Rc::new(loaded)),
                    None => {
                        *requested.borrow_mut() = None;
                        BankState::Failed
                    }
                });
            });
        })
    };
    // The interface texts of the language, when it is not English.
    let texts = use_state(|| None::<Rc<Texts>>);
    {
        let texts = texts.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            texts.set(None);
            spawn_local(async move {
                if let Some(loaded) = load_texts(lang).await {
                    texts.set(Some(Rc::new(loaded)));
                }
            });
        });
    }
    {
        // The window's title and the manifest follow the words on the page.
        // Keyed by the language shown: not worded again on every render of the provider.
        let shown = if texts.is_some() { lang } else { Lang::English };
        let words_of = (*texts).clone();
        use_effect_with(shown, move |shown| {
            set_page_names(*shown, Words::new(words_of.as_deref()).t(Msg::PageTitle))
        });
    }
    {
        // A new language: the page says so, and the questions, if wanted, come in it.
        let request_bank = request_bank.clone();
        use_effect_with(lang, move |lang| {
            set_page_lang(*lang);
            if requested.borrow().is_some_and(|wanted| wanted != *lang) {
                request_bank.emit(());
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| read_all_packs(state));
    }
    {
        let state = state.clone();
        use_effect_with(state.revision, move |_| {
            if state.can_save && !state.pending.is_empty() {
                match storage::save(&state.pending) {
                    Ok(records) => state.dispatch(AppAction::Saved {
                        written: state.pending.len(),
                        records,
                    }),
                    Err(error) => state.dispatch(AppAction::SaveFailed(error)),
                }
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = storage::watch(move |change| match change {
                Elsewhere::Records(records) => state.dispatch(AppAction::External(records)),
                Elsewhere::Pack(id, None) => state.dispatch(AppAction::PackRemoved(id)),
                Elsewhere::Pack(id, Some(text)) => {
                    let state = state.clone();
                    spawn_local(async move {
                        state.dispatch(match read_packs(vec![text]).await.pop() {
                            Some(pack) => AppAction::PackSaved(pack),
                            None => AppAction::PackRemoved(id),
                        });
                    });
                }
                Elsewhere::Cleared(records) => {
                    state.dispatch(AppAction::Cleared(records));
                    read_all_packs(state.clone());
                }
            });
            move || drop(listener)
        });
    }
    use_effect_with(state.records.settings.theme, |theme| apply_theme(*theme));
    let context = AppHandle {
        lang,
        texts: (*texts).clone(),
        bank: (*bank).clone(),
        request_bank,
        shared: Shared::Provided(state),
    };
    html! {
        <ContextProvider<AppHandle> {context}>
            { props.children.clone() }
        </ContextProvider<AppHandle>>
    }
}
