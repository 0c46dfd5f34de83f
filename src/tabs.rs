//! Tabs of the app on one device take turns. Two tabs that come back online together both see
//! the same request waiting; a Web Lock (the Web Locks API, shared by every tab of this site)
//! lets one send it while the other waits, then finds it sent. Where a browser has no Web Locks
//! (an old one, or a page not served over HTTPS) or refuses one, the work runs at once, and the
//! claim in IndexedDB (`records.rs`: read, decide and mark the record in one transaction) is
//! what keeps a record to one POST.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::answer::first_answer;

/// Runs `work` while holding the lock `name`: no other tab of the app runs work under the same
/// name at the same time. The lock goes when `work` ends, or when the tab closes.
pub async fn one_at_a_time<T>(name: &str, work: impl Future<Output = T>) -> T {
    let Some(held) = acquire(name).await else {
        return work.await;
    };
    let result = work.await;
    drop(held);
    result
}

/// The lock, until dropped; `None` when the browser has no locks or refuses this one.
async fn acquire(name: &str) -> Option<Held> {
    let locks = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|locks| locks.is_object())?;
    let request: Function = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    // The lock is held until the promise given back to the browser settles: resolving it is
    // how this tab lets go.
    let mut release = None;
    let until_released = Promise::new(&mut |resolve, _reject| release = Some(resolve));
    let held = Held(release);
    // Granted (true), or refused (false: the browser may refuse locks to a page, for example
    // when the resident blocks site data); whichever comes first.
    let (answer, granted) = first_answer::<bool>();
    let on_granted = answer.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        on_granted.give(true);
        until_released.into()
    });
    let on_refused = Closure::once_into_js(move |_error: JsValue| answer.give(false));
    let request = request.call2(&locks, &name.into(), &callback).ok()?;
    let catch: Function = Reflect::get(&request, &"catch".into())
        .ok()?
        .dyn_into()
        .ok()?;
    catch.call1(&request, &on_refused).ok()?;
    // Granted once every tab before this one has let go; refused: the work runs unlocked.
    granted.await.ok()?.then_some(held)
}

/// A granted lock: dropping it lets the next tab in.
struct Held(Option<Function>);

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(release) = self.0.take() {
            let _ = release.call0(&JsValue::UNDEFINED);
        }
    }
}
