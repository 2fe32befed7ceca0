//! The root component: puts the app context around the router, and draws the page frame
//! (header, notices, shortcuts, help, footer) with the page for the current route.

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::browser::page::{announce_ready, focus_by_id};
use crate::components::lazy_help::LazyHelp;
use crate::components::link::Link;
use crate::components::notice::NoticeBar;
use crate::components::router::{navigate, use_route, HashRouter};
use crate::context::{use_app, AppProvider};
use crate::engine::lang::Lang;
use crate::hooks::use_keydown::use_keydown;
use crate::i18n::Msg;
use crate::lazy::LazyPage;
use crate::pages::{daily::Daily, home::Home, not_found::NotFound, play::Play};
use crate::route::Route;

/// The whole game.
#[function_component]
pub fn App() -> Html {
    html! {
        <AppProvider>
            <HashRouter>
                <Shell />
            </HashRouter>
        </AppProvider>
    }
}

/// Renders the page for a route: Home, Play, Daily and the not-found page from the main module
/// (so a first visit's Play and a shared daily link need no second module before their first
/// screen), every other page from the module fetched on first use (see `lazy`).
fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::QuickPlay => html! { <Play mode="classic" start_now=true /> },
        Route::Play { mode } => html! { <Play mode={mode} /> },
        Route::PlayCode { mode, code } => html! { <Play mode={mode} code={Some(code)} /> },
        Route::Daily => html! { <Daily date={None::<String>} /> },
        Route::DailyOn { date } => html! { <Daily date={Some(date)} /> },
        Route::NotFound => html! { <NotFound /> },
        route => html! { <LazyPage {route} /> },
    }
}

/// The page frame, inside the router so shortcuts can navigate.
#[function_component]
fn Shell() -> Html {
    let app = use_app();
    let route = use_route();
    let help_open = use_state(|| false);
    let sound_said = use_state(String::new);
    let on_key = {
        let (app, help_open, sound_said) = (app.clone(), help_open.clone(), sound_said.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "?" => {
                event.prevent_default();
                help_open.set(true);
            }
            // With the dialog there, Esc also closes it natively; before its module has
            // arrived, this closes the loading or failure message in its place.
            "Escape" if *help_open => help_open.set(false),
            "Escape" => navigate(&Route::Home),
            "m" | "M" => {
                let sound = !app.records().settings.sound;
                app.set_sound(sound);
                sound_said.set(
                    app.t(if sound { Msg::SoundOn } else { Msg::SoundOff })
                        .to_string(),
                );
            }
            _ => {}
        })
    };
    use_keydown(on_key);
    // After the effects above and every child's: the page's listeners are all in place.
    use_effect_with((), |_| announce_ready());
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_| app.dismiss_notice())
    };
    let open_help = {
        let help_open = help_open.clone();
        Callback::from(move |_| help_open.set(true))
    };
    // The other language, offered in its own words.
    let other = match app.lang() {
        Lang::English => Lang::Japanese,
        Lang::Japanese => Lang::English,
    };
    let switch_lang = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.set_lang(other))
    };
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |_| help_open.set(false))
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                focus_by_id("main");
            })}>{ app.t(Msg::SkipToQuiz) }</a>
            <header class="site-header">
                <Link to={Route::Home} classes="site-title">
                    <svg class="site-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 2.5C9 7 6.5 10.2 6.5 14a5.5 5.5 0 0 0 11 0C17.5 10.2 15 7 12 2.5z" />
                    </svg>
                    <span lang="ja">{ "1リットルの涙" }</span>
                    <span class="site-title-en">{ app.t(Msg::SiteTitleEn) }</span>
                </Link>
                <nav aria-label={app.t(Msg::NavMain).to_string()} class="site-nav">
                    <Link to={Route::Daily}>{ app.t(Msg::NavDaily) }</Link>
                    <Link to={Route::Packs}>{ app.t(Msg::NavPacks) }</Link>
                    <Link to={Route::Stats}>{ app.t(Msg::NavStats) }</Link>
                    <Link to={Route::Settings}>{ app.t(Msg::NavSettings) }</Link>
                    <Link to={Route::About}>{ app.t(Msg::NavAbout) }</Link>
                </nav>
                <button type="button" class="button-quiet lang-switch" lang={other.code()} onclick={switch_lang}>
                    { match other {
                        Lang::Japanese => "日本語",
                        Lang::English => "English",
                    } }
                </button>
            </header>
            if let Some(notice) = app.notice() {
                <NoticeBar message={app.t(notice.message()).to_string()} on_dismiss={dismiss} />
            }
            <main id="main" class="page" tabindex="-1">
                { switch(route) }
            </main>
            <footer class="site-footer">
                <p>{ app.t(Msg::FooterSources) }</p>
                <button type="button" class="button-quiet" onclick={open_help}>
                    { app.t(Msg::FooterShortcuts) }
                </button>
            </footer>
            <p class="visually-hidden" aria-live="polite">{ (*sound_said).clone() }</p>
            <LazyHelp open={*help_open} on_close={close_help} />
        </>
    }
}
