//! Entry point: renders the app into the page.

fn main() {
    yew::Renderer::<litre_quiz::app::App>::new().render();
}
