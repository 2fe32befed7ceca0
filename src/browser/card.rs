//! The result card in the browser: paints `card::layout`'s plan on a canvas with the 2D API,
//! makes the PNG, and saves it: the Web Share API with a file where the browser can share
//! files (`navigator.canShare({files})`), else a download. Everything is drawn with the system
//! fonts, so it works offline. Every step tolerates a missing or refusing API and says how it
//! went.
//!
//! The canvas is reached through `js_sys::Reflect` (get, set, apply, construct) rather than
//! web-sys's typed bindings on purpose: every binding is one import, and wasm-split keeps all
//! imports in the main module, which everyone downloads first. Typed bindings for the ~25
//! canvas calls grew it by 1.4 KB gzipped; the generic calls add two imports, and the drawing
//! code itself stays in the pages module with Results.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::page::{download_blob, download_url};
use crate::card::{DrawOp, Ink, PathStep, FONT_STACK};

/// How saving the image went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// The system share sheet took the file.
    Shared,
    /// The file was offered as a download.
    Downloaded,
    /// The player closed the share sheet.
    Cancelled,
    /// This browser could not draw the image.
    NoCanvas,
    /// The image was drawn but neither sharing nor downloading worked.
    Failed,
}

/// `values` as a JS array, made with `Array.of` and `Reflect.set` (see the module doc).
fn js_array(values: &[JsValue]) -> Option<Array> {
    let array = Array::of1(values.first().unwrap_or(&JsValue::UNDEFINED));
    for (i, value) in values.iter().enumerate().skip(1) {
        Reflect::set(&array, &JsValue::from_f64(i as f64), value).ok()?;
    }
    if values.is_empty() {
        Reflect::set(&array, &"length".into(), &JsValue::from_f64(0.0)).ok()?;
    }
    Some(array)
}

/// `target.method(...args)`; `None` if there is no such method or it threw.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function = Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Reflect::apply(&function, target, &js_array(args)?).ok()
}

/// Sets `target.name` (a canvas property such as `fillStyle`).
fn set(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &name.into(), value);
}

/// Numbers as call arguments.
fn numbers(values: &[f64]) -> Vec<JsValue> {
    values.iter().map(|&n| JsValue::from_f64(n)).collect()
}

/// A canvas of `width` × `height` with `ops` painted on it; `None` without a 2D canvas.
fn paint(ops: &[DrawOp], (width, height): (u32, u32)) -> Option<JsValue> {
    let canvas: JsValue = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .into();
    set(&canvas, "width", &JsValue::from_f64(f64::from(width)));
    set(&canvas, "height", &JsValue::from_f64(f64::from(height)));
    let ctx = call(&canvas, "getContext", &["2d".into()]).filter(JsValue::is_object)?;
    for op in ops {
        draw(&ctx, op);
    }
    Some(canvas)
}

/// Paints one step; a call the browser refuses leaves that part out.
fn draw(ctx: &JsValue, op: &DrawOp) {
    let ink = |name: &str, ink: Ink| set(ctx, name, &ink.css().into());
    match op {
        DrawOp::Fill {
            x,
            y,
            w,
            h,
            ink: fill,
        } => {
            ink("fillStyle", *fill);
            call(ctx, "fillRect", &numbers(&[*x, *y, *w, *h]));
        }
        DrawOp::Line {
            from,
            to,
            width,
            ink: stroke,
        } => {
            call(ctx, "beginPath", &[]);
            call(ctx, "moveTo", &numbers(&[from.0, from.1]));
            call(ctx, "lineTo", &numbers(&[to.0, to.1]));
            set(ctx, "lineWidth", &JsValue::from_f64(*width));
            ink("strokeStyle", *stroke);
            call(ctx, "stroke", &[]);
        }
        DrawOp::Shape { steps, ink: fill } => {
            call(ctx, "beginPath", &[]);
            for step in steps {
                match *step {
                    PathStep::MoveTo(x, y) => call(ctx, "moveTo", &numbers(&[x, y])),
                    PathStep::CurveTo(points) => call(ctx, "bezierCurveTo", &numbers(&points)),
                    // From the left end (angle π) anticlockwise through the bottom to angle 0.
                    PathStep::HalfCircleBelow(x, y, r) => {
                        let mut args = numbers(&[x, y, r, std::f64::consts::PI, 0.0]);
                        args.push(JsValue::TRUE);
                        call(ctx, "arc", &args)
                    }
                    PathStep::Close => call(ctx, "closePath", &[]),
                };
            }
            ink("fillStyle", *fill);
            call(ctx, "fill", &[]);
        }
        DrawOp::Square { x, y, size, right } => {
            if *right {
                ink("fillStyle", Ink::Accent);
                call(ctx, "fillRect", &numbers(&[*x, *y, *size, *size]));
            } else {
                // An outline inside the same box around the card colour: a hollow square
                // that the ruled lines do not cross.
                ink("fillStyle", Ink::Card);
                call(ctx, "fillRect", &numbers(&[*x, *y, *size, *size]));
                let line = (size / 8.0).max(2.0);
                set(ctx, "lineWidth", &JsValue::from_f64(line));
                ink("strokeStyle", Ink::Muted);
                let (inset, side) = (line / 2.0, size - line);
                call(
                    ctx,
                    "strokeRect",
                    &numbers(&[x + inset, y + inset, side, side]),
                );
            }
        }
        DrawOp::Text {
            text,
            x,
            y,
            px,
            bold,
            ink: fill,
            align,
            max_width,
        } => {
            let weight = if *bold { "bold" } else { "normal" };
            set(ctx, "font", &format!("{weight} {px}px {FONT_STACK}").into());
            ink("fillStyle", *fill);
            set(ctx, "textAlign", &align.css().into());
            set(ctx, "textBaseline", &"alphabetic".into());
            let args = [text.into(), (*x).into(), (*y).into(), (*max_width).into()];
            call(ctx, "fillText", &args);
        }
    }
}

/// The PNG of a painted canvas as a `data:` URL.
fn data_url(canvas: &JsValue) -> Option<String> {
    call(canvas, "toDataURL", &["image/png".into()])?.as_string()
}

/// The card as a `data:` URL of a PNG, for the preview `<img>` (the page's security policy
/// allows `data:` images); `None` if this browser cannot draw it.
pub fn preview_url(ops: &[DrawOp], size: (u32, u32)) -> Option<String> {
    data_url(&paint(ops, size)?)
}

/// The canvas's PNG as a Blob, through `toBlob` and a promise from `Promise.withResolvers`;
/// `None` where either is missing or no blob came.
async fn png_blob(canvas: &JsValue) -> Option<web_sys::Blob> {
    let promise_class = Reflect::get(&js_sys::global(), &"Promise".into()).ok()?;
    let resolvers = call(&promise_class, "withResolvers", &[])?;
    let resolve = Reflect::get(&resolvers, &"resolve".into()).ok()?;
    let promise = Reflect::get(&resolvers, &"promise".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    call(canvas, "toBlob", &[resolve, "image/png".into()])?;
    // toBlob calls back with the blob, or with null when it cannot make one.
    let blob = JsFuture::from(promise).await.ok()?;
    blob.is_object().then(|| blob.unchecked_into())
}

/// Draws the card and saves it as `name`: shared as a file where the browser can share files,
/// downloaded otherwise (or when sharing fails for any reason but the player's own cancel).
pub async fn save(ops: &[DrawOp], size: (u32, u32), name: &str) -> Saved {
    let Some(canvas) = paint(ops, size) else {
        return Saved::NoCanvas;
    };
    let saved = match png_blob(&canvas).await {
        Some(blob) => {
            if let Some(shared) = share_file(&blob, name).await {
                return shared;
            }
            download_blob(name, &blob)
        }
        // Browsers without Promise.withResolvers still download, from the data: URL.
        None => match data_url(&canvas) {
            Some(url) => download_url(name, &url),
            None => return Saved::NoCanvas,
        },
    };
    if saved {
        Saved::Downloaded
    } else {
        Saved::Failed
    }
}

/// Shares the PNG as a file with the Web Share API; `None` when this browser cannot share
/// files or sharing failed (then the caller downloads instead).
async fn share_file(blob: &web_sys::Blob, name: &str) -> Option<Saved> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &"image/png".into()).ok()?;
    let file_class = Reflect::get(&js_sys::global(), &"File".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let parts: JsValue = Array::of1(blob).into();
    let file = Reflect::construct(
        &file_class,
        &js_array(&[parts, name.into(), options.into()])?,
    )
    .ok()?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    Reflect::set(&data, &"title".into(), &"1 Litre of Tears quiz".into()).ok()?;
    let data: JsValue = data.into();
    // web-sys has canShare only as an unstable API; it answers with a boolean.
    if call(&navigator, "canShare", std::slice::from_ref(&data))?.as_bool() != Some(true) {
        return None;
    }
    let sharing = call(&navigator, "share", &[data])?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    match JsFuture::from(sharing).await {
        Ok(_) => Some(Saved::Shared),
        Err(error) => {
            let kind = Reflect::get(&error, &"name".into()).ok()?.as_string();
            (kind.as_deref() == Some("AbortError")).then_some(Saved::Cancelled)
        }
    }
}
