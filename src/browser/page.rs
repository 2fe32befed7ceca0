//! Small browser helpers: the clock, fresh seeds, the page address, sharing, downloads (of text
//! or any blob), reading a chosen file, the theme and focus. Every call tolerates a missing or
//! refusing browser API.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::engine::lang::Lang;
use crate::store::schema::Theme;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A fresh random seed for a new quiz.
pub fn random_seed() -> u64 {
    let half = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (half() << 32 | half()) ^ now_ms() as u64
}

/// The page address without its `#…` route, so links work from any host and sub-path.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// How a share went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Shared,
    /// It was copied to the clipboard.
    Copied,
    /// Neither worked (or the player closed the share sheet).
    Failed,
}

/// Shares `text` with the Web Share API where present, else copies it to the clipboard.
pub async fn share_or_copy(text: &str) -> Shared {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    let data = js_sys::Object::new();
    if js_sys::Reflect::set(&data, &"text".into(), &JsValue::from_str(text)).is_err() {
        return Shared::Failed;
    }
    if let Some(result) = call_method(&navigator, "share", &data) {
        return match JsFuture::from(result).await {
            Ok(_) => Shared::Shared,
            Err(_) => Shared::Failed,
        };
    }
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok();
    match clipboard.and_then(|c| call_method(&c, "writeText", &JsValue::from_str(text))) {
        Some(result) => match JsFuture::from(result).await {
            Ok(_) => Shared::Copied,
            Err(_) => Shared::Failed,
        },
        None => Shared::Failed,
    }
}

/// Calls `target.name(arg)` if it is a function returning a promise.
fn call_method(target: &JsValue, name: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let method = js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    method
        .call1(target, arg)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Offers `text` as a JSON file download named `name`; false if the browser refused.
pub fn download(name: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    match web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        Ok(blob) => download_blob(name, &blob),
        Err(_) => false,
    }
}

/// Offers `blob` (any type: JSON, a PNG) as a file download named `name`; false if the
/// browser refused.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let clicked = download_url(name, &url);
    // The click has started the download; the object URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    clicked
}

/// Offers the file at `url` (an object URL or a `data:` URL) as a download named `name`;
/// false if the browser refused.
pub fn download_url(name: &str, url: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(url);
            a.set_download(name);
            a.click();
        })
        .is_some()
}

/// Reads the file chosen in a file input's `change` event and calls `on_read(text, size)`.
/// A file over `limit` bytes is not read (the text is empty), so the caller refuses it by size.
pub fn read_chosen_file(
    event: &web_sys::Event,
    limit: usize,
    on_read: impl FnOnce(String, usize) + 'static,
) {
    let Some(file) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
    else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let size = file.size() as usize;
        let text = if size > limit {
            String::new()
        } else {
            JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default()
        };
        on_read(text, size);
    });
}

/// Sets `data-theme` on the page root for a manual light/dark choice; the system setting
/// applies when it is absent.
pub fn apply_theme(theme: Theme) {
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

/// The browser's languages in order of preference (`navigator.languages`), or none.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}

/// Says which language the page is in (`<html lang>`), for screen readers, fonts and
/// translation tools.
pub fn set_page_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Names the page in the player's language: the window's title and the web app manifest
/// (`manifest.webmanifest`, or `manifest-ja.webmanifest` with the Japanese name and
/// description) that an install would use.
pub fn set_page_names(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    if let Ok(Some(link)) = document.query_selector(r#"link[rel="manifest"]"#) {
        let href = match lang {
            Lang::English => "manifest.webmanifest",
            Lang::Japanese => "manifest-ja.webmanifest",
        };
        let _ = link.set_attribute("href", href);
    }
}

/// Moves focus to the element with `id`, if there is one that can take it.
pub fn focus_by_id(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Tells the page's boot script (index.html) that the game has rendered and listens for
/// presses, so it can replay what was pressed while the game was loading.
pub fn announce_ready() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("litre-ready")) {
        let _ = window.dispatch_event(&event);
    }
}

/// The address's hash (`#/play`), or nothing.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to `hash` (`#/results`): a new history entry, or in place of the current one.
pub fn go_to_hash(hash: &str, replace: bool) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    // Either way the browser fires `hashchange`, which the router follows.
    let _ = if replace {
        location.replace(hash)
    } else {
        location.set_hash(hash)
    };
}

/// Calls `on_change` with the new hash whenever the address's hash changes (a link, the back
/// button, an address typed in), for as long as the returned listener is kept. Each change
/// reports its own new address, not the address when the event is handled, so two quick
/// changes (Home, then a quiz) are seen as two.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "hashchange",
        move |event| {
            let hash = match event.dyn_ref::<web_sys::HashChangeEvent>() {
                Some(change) => {
                    let url = change.new_url();
                    url.find('#')
                        .map(|at| url[at..].to_string())
                        .unwrap_or_default()
                }
                None => location_hash(),
            };
            on_change(hash)
        },
    ))
}
