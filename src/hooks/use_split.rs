//! A module split off at build time (see `lazy` and `components::lazy_quiz`), as a component
//! sees it: loading, ready with its entry, or failed with a way to try again. A failed fetch
//! is not remembered, so trying again really fetches again.

use std::cell::Cell;
use std::future::Future;
use std::thread::LocalKey;

use wasm_split_helpers::SplitLoaderError;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Where a split-off module stands for one use of it.
#[derive(Clone, Copy)]
pub enum Stage<T> {
    Loading,
    Ready(T),
    Failed,
}

/// The module's entry for this component, loaded on first use and kept in `loaded` for every
/// later one; the callback fetches again after a failure.
#[hook]
pub fn use_split<T, F>(
    loaded: &'static LocalKey<Cell<Option<T>>>,
    load: fn() -> F,
) -> (Stage<T>, Callback<()>)
where
    T: Copy + 'static,
    F: Future<Output = Result<T, SplitLoaderError>> + 'static,
{
    let stage = use_state(|| match loaded.with(Cell::get) {
        Some(entry) => Stage::Ready(entry),
        None => Stage::Loading,
    });
    let attempt = use_state(|| 0_u32);
    {
        let stage = stage.clone();
        use_effect_with(*attempt, move |_| {
            if matches!(*stage, Stage::Loading) {
                spawn_local(async move {
                    match load().await {
                        Ok(entry) => {
                            loaded.with(|cell| cell.set(Some(entry)));
                            stage.set(Stage::Ready(entry));
                        }
                        Err(_) => stage.set(Stage::Failed),
                    }
                });
            }
        });
    }
    let retry = {
        let stage = stage.clone();
        Callback::from(move |()| {
            stage.set(Stage::Loading);
            attempt.set(*attempt + 1);
        })
    };
    (*stage, retry)
}

/// Starts loading the module once, without showing anything, so a later use need not wait.
#[hook]
pub fn use_split_soon<T, F>(loaded: &'static LocalKey<Cell<Option<T>>>, load: fn() -> F)
where
    T: Copy + 'static,
    F: Future<Output = Result<T, SplitLoaderError>> + 'static,
{
    use_effect_with((), move |_| {
        if loaded.with(Cell::get).is_none() {
            spawn_local(async move {
                if let Ok(entry) = load().await {
                    loaded.with(|cell| cell.set(Some(entry)));
                }
            });
        }
    });
}
