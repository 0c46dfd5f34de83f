//! What the device keeps of its subscriptions (localStorage), and what the browser can do for
//! notifications.

use frontdesk_core::notify::{PushEnv, Subscriptions};
use leptos::prelude::window;

/// Where the device keeps its subscriptions (see `store.rs` for the key scheme).
pub(super) const KEY: &str = "frontdesk.v1.notify";

pub(super) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub(super) fn load() -> Subscriptions {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map(|text| Subscriptions::from_text(&text))
        .unwrap_or_default()
}

/// Changes the device's list (read fresh: another page may have changed it) and keeps it.
pub(super) fn change(edit: impl FnOnce(&mut Subscriptions)) -> Subscriptions {
    let mut list = load();
    edit(&mut list);
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &list.to_text());
    }
    list
}

/// What this browser can do for notifications.
pub(super) fn browser() -> PushEnv {
    let window = window();
    let has = |object: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::has(object, &name.into()).unwrap_or(false)
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    PushEnv {
        service_worker: has(&navigator, "serviceWorker"),
        push_manager: has(&window, "PushManager"),
        notification: has(&window, "Notification"),
        denied: has(&window, "Notification")
            && web_sys::Notification::permission() == web_sys::NotificationPermission::Denied,
        apple_mobile: ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d)),
        standalone,
    }
}
