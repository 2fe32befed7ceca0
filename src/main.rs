//! Entry point: renders the app into the page.

fn main() {
    yew::Renderer::<litre_quiz::app::App>::new().render();
}

/// Talc instead of the default dlmalloc: a smaller main module (the wasm is single-threaded).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
