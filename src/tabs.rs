//! Tabs of the app on one device take turns. Two tabs that come back online together both see
//! the same request waiting; a Web Lock (the Web Locks API, shared by every tab of this site)
//! lets one send it while the other waits, then finds it sent. Where a browser has no Web Locks
//! (an old one, or a page not served over HTTPS), the work runs at once: each tab still re-reads
//! the shared records first, which narrows the race but cannot close it.

use futures::channel::oneshot;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

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

/// The lock, until dropped; `None` when the browser cannot lock.
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
    let (granted, on_granted) = oneshot::channel::<()>();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = granted.send(());
        until_released.into()
    });
    let held = Held(release);
    request.call2(&locks, &name.into(), &callback).ok()?;
    // Granted once every tab before this one has let go.
    on_granted.await.ok()?;
    Some(held)
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
