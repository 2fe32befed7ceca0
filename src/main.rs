//! Entry point: renders the app into the page.

fn main() {
    // The first render runs in a task of its own, after the one that instantiated the module,
    // so neither blocks the page (a tap, a scroll) for as long on a slow phone.
    gloo::timers::callback::Timeout::new(0, || {
        yew::Renderer::<litre_quiz::app::App>::new().render();
    })
    .forget();
}

/// Talc instead of the default dlmalloc: a smaller main module (the wasm is single-threaded).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
