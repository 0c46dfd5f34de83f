//! IndexedDB, the device's durable store: one database, `frontdesk`, holding the photos
//! (`photos.rs`) and the submission records (`records.rs`). The only module that opens it.
//!
//! One connection per page, opened once. A newer deployment that needs a new version asks
//! this page to let go (`versionchange`): the connection closes and the next call reopens.
//! When another page holds an older connection and will not let go (`blocked`), or the browser
//! refuses storage, the store is `Unavailable` and callers say so instead of waiting.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::answer::first_answer;

const DATABASE: &str = "frontdesk";
/// 1: photos; 2: submission records too.
const VERSION: u32 = 2;
/// Photos, as Blobs, by their id.
pub const PHOTOS: &str = "photos";
/// Submission records, as JSON text, by their local id.
pub const SUBMISSIONS: &str = "submissions";

/// The device would not open or write the store (storage refused, full, or blocked by an older
/// page of the app).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Waits for a request's success (its result) or failure.
pub async fn finished(request: &IdbRequest) -> Result<JsValue, Unavailable> {
    let (answer, receiver) = first_answer::<bool>();
    let settle = |ok: bool| {
        let answer = answer.clone();
        Closure::once_into_js(move || answer.give(ok))
    };
    request.set_onsuccess(Some(settle(true).unchecked_ref()));
    request.set_onerror(Some(settle(false).unchecked_ref()));
    match receiver.await {
        Ok(true) => request.result().map_err(|_| Unavailable),
        _ => Err(Unavailable),
    }
}

/// The database, opened (and brought to [`VERSION`]) on first use.
pub async fn database() -> Result<IdbDatabase, Unavailable> {
    if let Some(db) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(Unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| Unavailable)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                for store in [PHOTOS, SUBMISSIONS] {
                    if !db.object_store_names().contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    // An older page of the app holds the database open: do not wait for it to close.
    let (answer, blocked) = first_answer::<bool>();
    let on_blocked = Closure::once_into_js(move || answer.give(true));
    request.set_onblocked(Some(on_blocked.unchecked_ref()));
    let opened = finished(&request);
    futures::pin_mut!(opened);
    let db = match futures::future::select(opened, blocked).await {
        futures::future::Either::Left((result, _)) => result?,
        futures::future::Either::Right(_) => return Err(Unavailable),
    };
    drop(upgrade);
    let db: IdbDatabase = db.dyn_into().map_err(|_| Unavailable)?;
    // A newer deployment wants the database: let go, and reopen on the next call.
    let on_change = {
        let db = db.clone();
        Closure::<dyn FnMut()>::new(move || {
            db.close();
            OPEN.with(|open| open.borrow_mut().take());
        })
    };
    db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    OPEN.with(|open| *open.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// A transaction on `store`.
pub fn transaction(
    db: &IdbDatabase,
    store: &str,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), Unavailable> {
    let transaction = db
        .transaction_with_str_and_mode(store, mode)
        .map_err(|_| Unavailable)?;
    let object_store = transaction.object_store(store).map_err(|_| Unavailable)?;
    Ok((transaction, object_store))
}

/// Waits for a transaction to commit (`complete`) or fail (`error`, `abort`: a full disk ends
/// here). Listens from the call on, not from the first poll, so call it before the first
/// request of the transaction.
pub fn committed(
    transaction: &IdbTransaction,
) -> impl Future<Output = Result<(), Unavailable>> + use<> {
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
            _ => Err(Unavailable),
        }
    }
}
