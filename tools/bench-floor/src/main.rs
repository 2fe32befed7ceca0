//! The smallest useful Yew app: a heading and a button with a counter.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Hello from Yew" }</h1>
            <button type="button" {onclick}>{ format!("Clicked {} times", *count) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
