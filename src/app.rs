//! The root component: loads the bank and the saved records, shares them with every page,
//! writes records back when they change, listens to other tabs, and hosts the router and the
//! page shell (header, notices, shortcuts, help, footer).

use std::rc::Rc;

use web_sys::KeyboardEvent;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::help_dialog::HelpDialog;
use crate::components::notice::NoticeBar;
use crate::engine::bank::{Bank, ContentError};
use crate::engine::content::builtin_bank;
use crate::hooks::use_keydown::use_keydown;
use crate::route::{switch, Route};
use crate::state::{AppAction, AppState};
use crate::store::changes::Change;
use crate::store::local;
use crate::store::schema::{Settings, Theme};

/// What every page can reach: the question bank and the shared state.
#[derive(Clone)]
pub struct AppContext {
    pub bank: Rc<Bank>,
    pub state: UseReducerHandle<AppState>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bank, &other.bank) && self.state == other.state
    }
}

/// The whole game.
#[function_component]
pub fn App() -> Html {
    let bank = use_memo((), |_| builtin_bank().map(Rc::new));
    match &*bank {
        Ok(bank) => html! { <Game bank={Rc::clone(bank)} /> },
        Err(errors) => html! { <ContentProblem errors={errors.clone()} /> },
    }
}

#[derive(Properties, Clone)]
struct GameProps {
    bank: Rc<Bank>,
}

impl PartialEq for GameProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bank, &other.bank)
    }
}

#[function_component]
fn Game(props: &GameProps) -> Html {
    let state = use_reducer(|| AppState::from_loaded(local::load()));
    {
        let state = state.clone();
        use_effect_with(state.revision, move |_| {
            if state.can_save && !state.pending.is_empty() {
                match local::save(&state.pending) {
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
            let listener =
                local::watch(move |records| state.dispatch(AppAction::External(records)));
            move || drop(listener)
        });
    }
    use_effect_with(state.records.settings.theme, |theme| apply_theme(*theme));
    let context = AppContext {
        bank: Rc::clone(&props.bank),
        state,
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <Shell />
            </HashRouter>
        </ContextProvider<AppContext>>
    }
}

/// Sets `data-theme` on the page root for a manual light/dark choice; the system setting
/// applies when it is absent.
fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        Theme::Light => root.set_attribute("data-theme", "light"),
        Theme::Dark => root.set_attribute("data-theme", "dark"),
    };
}

/// The page frame, inside the router so shortcuts can navigate.
#[function_component]
fn Shell() -> Html {
    let app = use_context::<AppContext>();
    let navigator = use_navigator();
    let help_open = use_state(|| false);
    let sound_said = use_state(String::new);
    let on_key = {
        let (app, help_open, sound_said) = (app.clone(), help_open.clone(), sound_said.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "?" => {
                event.prevent_default();
                help_open.set(true);
            }
            "Escape" if !*help_open => {
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Home);
                }
            }
            "m" | "M" => {
                if let Some(app) = &app {
                    let settings = &app.state.records.settings;
                    let sound = !settings.sound;
                    app.state
                        .dispatch(AppAction::Apply(Change::Settings(Settings {
                            sound,
                            ..settings.clone()
                        })));
                    sound_said.set(if sound { "Sound on" } else { "Sound off" }.to_string());
                }
            }
            _ => {}
        })
    };
    use_keydown(on_key);
    let Some(app) = app else {
        return Html::default();
    };
    let dismiss = {
        let state = app.state.clone();
        Callback::from(move |_| state.dispatch(AppAction::DismissNotice))
    };
    let open_help = {
        let help_open = help_open.clone();
        Callback::from(move |_| help_open.set(true))
    };
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |_| help_open.set(false))
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                focus_main();
            })}>{ "Skip to the quiz" }</a>
            <header class="site-header">
                <Link<Route> to={Route::Home} classes="site-title">
                    <svg class="site-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 2.5C9 7 6.5 10.2 6.5 14a5.5 5.5 0 0 0 11 0C17.5 10.2 15 7 12 2.5z" />
                    </svg>
                    <span lang="ja">{ "1リットルの涙" }</span>
                    <span class="site-title-en">{ "1 Litre of Tears · fan quiz" }</span>
                </Link<Route>>
                <nav aria-label="Main" class="site-nav">
                    <Link<Route> to={Route::Daily}>{ "Daily" }</Link<Route>>
                    <Link<Route> to={Route::Packs}>{ "Packs" }</Link<Route>>
                    <Link<Route> to={Route::Stats}>{ "Stats" }</Link<Route>>
                    <Link<Route> to={Route::Settings}>{ "Settings" }</Link<Route>>
                    <Link<Route> to={Route::About}>{ "About" }</Link<Route>>
                </nav>
            </header>
            if let Some(notice) = app.state.notice {
                <NoticeBar message={notice.message()} on_dismiss={dismiss} />
            }
            <main id="main" class="page" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>{ "A fan-made quiz. Every answer is backed by a cited public source." }</p>
                <button type="button" class="button-quiet" onclick={open_help}>
                    { "Keyboard shortcuts (?)" }
                </button>
            </footer>
            <p class="visually-hidden" aria-live="polite">{ (*sound_said).clone() }</p>
            <HelpDialog open={*help_open} on_close={close_help} />
        </>
    }
}

/// Moves focus to the main content (for the skip link).
fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

#[derive(Properties, PartialEq)]
struct ContentProblemProps {
    errors: Vec<ContentError>,
}

/// Shown only if the bundled questions fail validation (the test suite prevents this).
#[function_component]
fn ContentProblem(props: &ContentProblemProps) -> Html {
    html! {
        <main class="page">
            <h1>{ "The questions could not be loaded" }</h1>
            <p>{ "Something is wrong with this build's question files. Please report it:" }</p>
            <ul>
                { for props.errors.iter().map(|e| html! { <li>{ e.to_string() }</li> }) }
            </ul>
        </main>
    }
}
