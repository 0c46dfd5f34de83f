//! Photos for a request: made smaller on the phone (at most 1600 px on the long side) and
//! re-encoded as JPEG with the browser's own decoder and canvas, which also drops EXIF (the
//! GPS position and camera details stay on the phone); kept in IndexedDB so a reload, a crash
//! or the outbox never loses them. The only module that touches IndexedDB.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use web_sys::{Blob, IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::answer::first_answer;

/// The longest side of a photo as sent.
pub const MAX_SIDE: u32 = 1600;
/// JPEG quality: small enough for a slow network, sharp enough to see a crack.
const JPEG_QUALITY: f64 = 0.82;
const DATABASE: &str = "frontdesk";
const STORE: &str = "photos";

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

/// Waits for an IndexedDB request's success (its result) or failure.
async fn finished(request: &IdbRequest) -> Result<JsValue, PhotoError> {
    let (answer, receiver) = first_answer::<bool>();
    let settle = |ok: bool| {
        let answer = answer.clone();
        Closure::once_into_js(move || answer.give(ok))
    };
    request.set_onsuccess(Some(settle(true).unchecked_ref()));
    request.set_onerror(Some(settle(false).unchecked_ref()));
    match receiver.await {
        Ok(true) => request.result().map_err(|_| PhotoError::Storage),
        _ => Err(PhotoError::Storage),
    }
}

async fn database() -> Result<IdbDatabase, PhotoError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(PhotoError::Storage)?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|_| PhotoError::Storage)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>())
                && !db.object_store_names().contains(STORE)
            {
                let _ = db.create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = finished(&request).await?;
    drop(upgrade);
    db.dyn_into().map_err(|_| PhotoError::Storage)
}

fn store(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbObjectStore, PhotoError> {
    db.transaction_with_str_and_mode(STORE, mode)
        .and_then(|tx| tx.object_store(STORE))
        .map_err(|_| PhotoError::Storage)
}

/// Keeps `photo` under `id`. Answers once the write is committed (the transaction's `complete`),
/// not when it is merely accepted: a tab closed in between must not lose a photo the page
/// already showed as kept.
pub async fn keep(id: &str, photo: &Blob) -> Result<(), PhotoError> {
    let db = database().await?;
    let transaction = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(|_| PhotoError::Storage)?;
    // Listening before the write starts: `complete` cannot come before the listener.
    let committed = committed(&transaction);
    transaction
        .object_store(STORE)
        .and_then(|store| store.put_with_key(photo, &JsValue::from(id)))
        .map_err(|_| PhotoError::Storage)?;
    committed.await
}

/// Waits for a transaction to commit (`complete`) or fail (`error`, `abort`: a full disk ends
/// here). Listens from the call on, not from the first poll.
fn committed(transaction: &IdbTransaction) -> impl Future<Output = Result<(), PhotoError>> + use<> {
    let (answer, receiver) = first_answer::<bool>();
    let settle = |ok: bool| {
        let answer = answer.clone();
        Closure::once_into_js(move || answer.give(ok))
    };
    let (complete, failed, aborted) = (settle(true), settle(false), settle(false));
    transaction.set_oncomplete(Some(complete.unchecked_ref()));
    transaction.set_onerror(Some(failed.unchecked_ref()));
    transaction.set_onabort(Some(aborted.unchecked_ref()));
    async move {
        match receiver.await {
            Ok(true) => Ok(()),
            _ => Err(PhotoError::Storage),
        }
    }
}

/// The photo kept under `id`, if it is still there.
pub async fn get(id: &str) -> Option<Blob> {
    let db = database().await.ok()?;
    let request = store(&db, IdbTransactionMode::Readonly)
        .ok()?
        .get(&JsValue::from(id))
        .ok()?;
    finished(&request).await.ok()?.dyn_into().ok()
}

/// Forgets the photos kept under `ids` (sent, removed or discarded).
pub async fn forget(ids: &[String]) {
    let Ok(db) = database().await else { return };
    for id in ids {
        if let Ok(request) = store(&db, IdbTransactionMode::Readwrite).and_then(|s| {
            s.delete(&JsValue::from(id.as_str()))
                .map_err(|_| PhotoError::Storage)
        }) {
            let _ = finished(&request).await;
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
