//! Photos for a request: made smaller on the phone (at most 1600 px on the long side) and
//! re-encoded as JPEG with the browser's own decoder and canvas, which also drops EXIF (the
//! GPS position and camera details stay on the phone); kept in IndexedDB so a reload, a crash
//! or the outbox never loses them (IndexedDB through `idb.rs`).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use web_sys::{Blob, IdbTransactionMode};

use crate::answer::first_answer;
use crate::idb;

/// The longest side of a photo as sent.
pub const MAX_SIDE: u32 = 1600;
/// JPEG quality: small enough for a slow network, sharp enough to see a crack.
const JPEG_QUALITY: f64 = 0.82;

/// Why a photo could not be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoError {
    /// The browser cannot decode the file as a picture.
    NotAnImage,
    /// Decoded, but could not be re-encoded.
    Failed,
    /// The device would not store it (full, or storage refused).
    Storage,
}

/// The photo made smaller and re-encoded as JPEG.
pub async fn prepare(file: &Blob) -> Result<Blob, PhotoError> {
    let window = web_sys::window().ok_or(PhotoError::Failed)?;
    let promise = window
        .create_image_bitmap_with_blob(file)
        .map_err(|_| PhotoError::NotAnImage)?;
    let bitmap: web_sys::ImageBitmap = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| PhotoError::NotAnImage)?
        .dyn_into()
        .map_err(|_| PhotoError::NotAnImage)?;
    let (width, height) = (bitmap.width(), bitmap.height());
    if width == 0 || height == 0 {
        return Err(PhotoError::NotAnImage);
    }
    let scale = (f64::from(MAX_SIDE) / f64::from(width.max(height))).min(1.0);
    let (w, h) = (
        ((f64::from(width) * scale).round() as u32).max(1),
        ((f64::from(height) * scale).round() as u32).max(1),
    );
    let canvas: web_sys::HtmlCanvasElement = window
        .document()
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into().ok())
        .ok_or(PhotoError::Failed)?;
    canvas.set_width(w);
    canvas.set_height(h);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(PhotoError::Failed)?;
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(w), f64::from(h))
        .map_err(|_| PhotoError::Failed)?;
    bitmap.close();
    let (answer, receiver) = first_answer::<Option<Blob>>();
    let callback = {
        let answer = answer.clone();
        Closure::once_into_js(move |blob: JsValue| answer.give(blob.dyn_into().ok()))
    };
    if canvas
        .to_blob_with_type_and_encoder_options(
            callback.unchecked_ref(),
            "image/jpeg",
            &JsValue::from(JPEG_QUALITY),
        )
        .is_err()
    {
        // The callback will never run: answer now rather than wait for ever.
        answer.give(None);
    }
    let blob = receiver.await.ok().flatten();
    blob.ok_or(PhotoError::Failed)
}

impl From<idb::Unavailable> for PhotoError {
    fn from(_: idb::Unavailable) -> PhotoError {
        PhotoError::Storage
    }
}

/// Keeps `photo` under `id`. Answers once the write is committed (the transaction's `complete`),
/// not when it is merely accepted: a tab closed in between must not lose a photo the page
/// already showed as kept.
pub async fn keep(id: &str, photo: &Blob) -> Result<(), PhotoError> {
    let db = idb::database().await?;
    let (transaction, store) = idb::transaction(&db, idb::PHOTOS, IdbTransactionMode::Readwrite)?;
    // Listening before the write starts: `complete` cannot come before the listener.
    let committed = idb::committed(&transaction);
    store
        .put_with_key(photo, &JsValue::from(id))
        .map_err(|_| PhotoError::Storage)?;
    Ok(committed.await?)
}

/// The photo kept under `id`, if it is still there.
pub async fn get(id: &str) -> Option<Blob> {
    let db = idb::database().await.ok()?;
    let (_, store) = idb::transaction(&db, idb::PHOTOS, IdbTransactionMode::Readonly).ok()?;
    let request = store.get(&JsValue::from(id)).ok()?;
    idb::finished(&request).await.ok()?.dyn_into().ok()
}

/// Forgets the photos kept under `ids` (sent, removed or discarded).
pub async fn forget(ids: &[String]) {
    let Ok(db) = idb::database().await else {
        return;
    };
    for id in ids {
        if let Ok((_, store)) = idb::transaction(&db, idb::PHOTOS, IdbTransactionMode::Readwrite)
            && let Ok(request) = store.delete(&JsValue::from(id.as_str()))
        {
            let _ = idb::finished(&request).await;
        }
    }
}

/// An address the page can show the photo from (`URL.createObjectURL`).
pub fn preview_url(photo: &Blob) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(photo).ok()
}

/// Frees an address from [`preview_url`].
pub fn release_preview(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}
