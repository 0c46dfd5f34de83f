//! The requests composed on this device (sent, waiting, unconfirmed), kept in IndexedDB
//! (`idb.rs`): one record per local id, as JSON text. Claiming a record for a POST is one
//! read-decide-write transaction ([`update`] with `frontdesk_core::submission::claim`), and
//! IndexedDB runs the read-write transactions of every tab of the app one after another: two
//! tabs can never both claim a record, even where the browser has no Web Locks. Other tabs
//! hear of each change on a BroadcastChannel and read the records again.
//!
//! Before this store, the records were one localStorage list (`frontdesk.v1.submissions`): it
//! moves here on the first load, in the same transaction that reads what is here already, and
//! the old list is removed only once that transaction has committed.

use std::cell::RefCell;
use std::rc::Rc;

use frontdesk_core::submission::{self, Submission};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, IdbTransactionMode};

use crate::idb::{self, Unavailable};
use crate::{json, store};

/// Where the tabs of the app say that the records changed.
const CHANNEL: &str = "frontdesk.v1.records";

thread_local! {
    /// This page's channel: it posts, and listens to the others (never to itself).
    static CHANNEL_OPEN: Option<BroadcastChannel> = BroadcastChannel::new(CHANNEL).ok();
}

fn text_of(record: &Submission) -> Result<JsValue, Unavailable> {
    serde_json::to_string(record)
        .map(|text| JsValue::from_str(&text))
        .map_err(|_| Unavailable)
}

fn record_of(value: &JsValue) -> Option<Submission> {
    json::decode(&value.as_string()?)
}

/// Every record, oldest first, after moving the old localStorage list in (once).
pub async fn load() -> Result<Vec<Submission>, Unavailable> {
    let db = idb::database().await?;
    if let Some(old) = store::legacy_submissions() {
        migrate(&db, old).await?;
        store::forget_legacy_submissions();
    }
    all().await
}

/// Every record, oldest first.
pub async fn all() -> Result<Vec<Submission>, Unavailable> {
    let db = idb::database().await?;
    let (_, records) = idb::transaction(&db, idb::SUBMISSIONS, IdbTransactionMode::Readonly)?;
    let request = records.get_all().map_err(|_| Unavailable)?;
    let values: js_sys::Array = idb::finished(&request).await?.unchecked_into();
    let mut list: Vec<Submission> = values.iter().filter_map(|v| record_of(&v)).collect();
    list.sort_by(|a, b| a.created_ms.total_cmp(&b.created_ms));
    Ok(list)
}

/// Moves `old` in: what is not here yet (by local id), in the transaction that reads the ids,
/// so a tab that moved them first and has changed one since is never overwritten.
async fn migrate(db: &web_sys::IdbDatabase, old: Vec<Submission>) -> Result<(), Unavailable> {
    let (transaction, records) =
        idb::transaction(db, idb::SUBMISSIONS, IdbTransactionMode::Readwrite)?;
    let committed = idb::committed(&transaction);
    let request = records.get_all_keys().map_err(|_| Unavailable)?;
    let on_keys = {
        let request = request.clone();
        Closure::once_into_js(move || {
            let kept: Vec<String> = request
                .result()
                .ok()
                .map(|keys| keys.unchecked_into::<js_sys::Array>())
                .map(|keys| keys.iter().filter_map(|k| k.as_string()).collect())
                .unwrap_or_default();
            for record in submission::to_migrate(old, &kept) {
                if let Ok(text) = text_of(&record) {
                    let _ = records.put_with_key(&text, &JsValue::from_str(&record.local_id));
                }
            }
        })
    };
    request.set_onsuccess(Some(on_keys.unchecked_ref()));
    committed.await
}

/// Keeps `record` (new or replacing the one with its local id), committed.
pub async fn put(record: &Submission) -> Result<(), Unavailable> {
    let db = idb::database().await?;
    let (transaction, records) =
        idb::transaction(&db, idb::SUBMISSIONS, IdbTransactionMode::Readwrite)?;
    let committed = idb::committed(&transaction);
    records
        .put_with_key(&text_of(record)?, &JsValue::from_str(&record.local_id))
        .map_err(|_| Unavailable)?;
    committed.await?;
    announce();
    Ok(())
}

/// Reads the record `local_id` (`None`: there is none), lets `decide` say what to write
/// (nothing, or the new record) and what to answer, and writes it, all in one read-write
/// transaction: no other tab can change the record in between. Answers once committed.
pub async fn update<T: 'static>(
    local_id: &str,
    decide: impl FnOnce(Option<Submission>) -> (Option<Submission>, T) + 'static,
) -> Result<T, Unavailable> {
    let db = idb::database().await?;
    let (transaction, records) =
        idb::transaction(&db, idb::SUBMISSIONS, IdbTransactionMode::Readwrite)?;
    let committed = idb::committed(&transaction);
    let request = records
        .get(&JsValue::from_str(local_id))
        .map_err(|_| Unavailable)?;
    let answer: Rc<RefCell<Option<(T, bool)>>> = Rc::new(RefCell::new(None));
    let on_read = {
        let (request, answer) = (request.clone(), answer.clone());
        // Decided and written inside the success event, while the transaction is active.
        Closure::once_into_js(move || {
            let stored = request.result().ok().and_then(|v| record_of(&v));
            let (write, out) = decide(stored);
            let wrote = write.as_ref().is_some_and(|record| {
                text_of(record).is_ok_and(|text| {
                    records
                        .put_with_key(&text, &JsValue::from_str(&record.local_id))
                        .is_ok()
                })
            });
            *answer.borrow_mut() = Some((out, wrote));
        })
    };
    request.set_onsuccess(Some(on_read.unchecked_ref()));
    committed.await?;
    let (out, wrote) = answer.borrow_mut().take().ok_or(Unavailable)?;
    if wrote {
        announce();
    }
    Ok(out)
}

/// Forgets the records with these local ids (`None`: every record), committed.
pub async fn delete(local_ids: Option<&[String]>) -> Result<(), Unavailable> {
    let db = idb::database().await?;
    let (transaction, records) =
        idb::transaction(&db, idb::SUBMISSIONS, IdbTransactionMode::Readwrite)?;
    let committed = idb::committed(&transaction);
    match local_ids {
        Some(ids) => {
            for id in ids {
                records
                    .delete(&JsValue::from_str(id))
                    .map_err(|_| Unavailable)?;
            }
        }
        None => {
            records.clear().map_err(|_| Unavailable)?;
        }
    }
    committed.await?;
    announce();
    Ok(())
}

/// Tells the app's other tabs that the records changed.
fn announce() {
    CHANNEL_OPEN.with(|channel| {
        if let Some(channel) = channel {
            let _ = channel.post_message(&JsValue::from_str("changed"));
        }
    });
}

/// Calls `changed` whenever another tab of the app changes the records.
pub fn on_change(changed: impl Fn() + 'static) {
    CHANNEL_OPEN.with(|channel| {
        if let Some(channel) = channel {
            let listener = Closure::<dyn Fn()>::new(changed);
            channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            // The page's own channel lives as long as the page.
            listener.forget();
        }
    });
}
