//! Home: the title, the Play button and the best score.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::use_app::use_app;
use crate::route::Route;

/// The landing page.
#[function_component]
pub fn Home() -> Html {
    let best = use_app().and_then(|app| app.state.records.best);
    html! {
        <section class="home">
            <h1>
                <span lang="ja" class="title-ja">{ "1リットルの涙" }</span>
                <span class="title-en">{ "1 Litre of Tears — the fan quiz" }</span>
            </h1>
            <p class="lead">
                { "Ten questions about the characters, the cast, the episodes, the music and the real Kito Aya. Every answer comes with the fact behind it." }
            </p>
            <Link<Route> to={Route::Play} classes="button button-big">{ "Play" }</Link<Route>>
            <p class="best">
                { match best {
                    Some(best) => format!("Best score: {} of {}", best.correct, best.total),
                    None => "No best score yet — your first round sets it.".to_string(),
                } }
            </p>
            <p class="keys-hint">
                { "Play with mouse, touch or keyboard: keys 1–4 or A–D answer, Enter goes on." }
            </p>
        </section>
    }
}
