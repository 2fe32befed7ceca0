//! The root component: loads the bank and the saved records, shares them with every page,
//! writes records back when they change, and hosts the router.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::notice::NoticeBar;
use crate::engine::bank::{Bank, ContentError};
use crate::engine::content::builtin_bank;
use crate::route::{switch, Route};
use crate::state::{AppAction, AppState};
use crate::store::local;

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

    let context = AppContext {
        bank: Rc::clone(&props.bank),
        state: state.clone(),
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(AppAction::DismissNotice))
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <HashRouter>
                <header class="site-header">
                    <Link<Route> to={Route::Home} classes="site-title">
                        <span lang="ja">{ "1リットルの涙" }</span>
                        <span class="site-title-en">{ "1 Litre of Tears · fan quiz" }</span>
                    </Link<Route>>
                    <nav aria-label="Main" class="site-nav">
                        <Link<Route> to={Route::Daily}>{ "Daily" }</Link<Route>>
                        <Link<Route> to={Route::Stats}>{ "Stats" }</Link<Route>>
                        <Link<Route> to={Route::Settings}>{ "Settings" }</Link<Route>>
                        <Link<Route> to={Route::About}>{ "About" }</Link<Route>>
                    </nav>
                </header>
                if let Some(notice) = state.notice {
                    <NoticeBar message={notice.message()} on_dismiss={dismiss} />
                }
                <main id="main" class="page">
                    <Switch<Route> render={switch} />
                </main>
                <footer class="site-footer">
                    { "A fan-made quiz. Every answer is backed by a cited public source." }
                </footer>
            </HashRouter>
        </ContextProvider<AppContext>>
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
