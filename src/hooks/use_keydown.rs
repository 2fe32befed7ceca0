//! Listens to key presses on the whole window for as long as the component is mounted, and
//! says what a key means to an answer.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Calls `on_key` for every keydown on the window. Presses with Ctrl, Alt or Meta are left to
/// the browser, and so are presses while typing in a text field.
#[hook]
pub fn use_keydown(on_key: Callback<KeyboardEvent>) {
    use_effect_with(on_key, |on_key| {
        let on_key = on_key.clone();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "keydown", move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.alt_key() || event.meta_key() || typing(event) {
                    return;
                }
                on_key.emit(event.clone());
            })
        });
        move || drop(listener)
    });
}

/// True when the key press goes into a text field.
fn typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// True when the key press comes from a button or link, which handles Enter itself.
pub fn on_control(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A"))
}

/// Maps a key to an option index: 1–9 or A–Z.
pub fn option_for_key(key: &str) -> Option<usize> {
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    match c {
        '1'..='9' => Some(c as usize - '1' as usize),
        'a'..='z' => Some(c as usize - 'a' as usize),
        'A'..='Z' => Some(c as usize - 'A' as usize),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::option_for_key;

    #[test]
    fn keys_map_to_options() {
        assert_eq!(option_for_key("1"), Some(0));
        assert_eq!(option_for_key("4"), Some(3));
        assert_eq!(option_for_key("a"), Some(0));
        assert_eq!(option_for_key("D"), Some(3));
        assert_eq!(option_for_key("Enter"), None);
        assert_eq!(option_for_key("0"), None);
    }
}
