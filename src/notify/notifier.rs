//! Asking the notifier (`/notify/v1/...`) and the browser's push manager.

use frontdesk_core::notify::{Refusal, base64url_decode};
use leptos::prelude::*;
use serde_json::{Value, json};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api::{FetchError, NotifierMethod, notifier_call};
use crate::config::Config;

/// Where the notifier is: `config.json`'s `notify.base_url`, or the app's own origin. Read
/// when a component is made: the tasks it spawns have no reactive owner to read a context from.
#[derive(Clone)]
pub(super) struct Notifier(String);

impl Notifier {
    pub(super) fn expect() -> Notifier {
        Notifier(Config::expect().with(|c| {
            c.notify
                .as_ref()
                .and_then(|n| n.base_url.clone())
                .unwrap_or_default()
        }))
    }

    /// The notifier's address for `path` (`/notify/v1/...`).
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }
}

/// Ends one subscription at the notifier; `true` when it is gone (204, or 404: already gone).
pub(super) async fn end(notifier: &Notifier, id: &str) -> bool {
    let path = format!("/notify/v1/subscriptions/{}", open311::encode::segment(id));
    matches!(
        notifier_call(NotifierMethod::Delete, &notifier.url(&path), None).await,
        Ok((204 | 404, _))
    )
}

/// What the notifier offers: its VAPID key (as bytes) and whether it sends email.
pub(super) async fn notifier_key(notifier: &Notifier) -> Option<(Vec<u8>, bool)> {
    let url = notifier.url("/notify/v1/key");
    let (status, body) = notifier_call(NotifierMethod::Get, &url, None).await.ok()?;
    if status != 200 {
        return None;
    }
    let value: Value = crate::json::parse(&body)?;
    let key = base64url_decode(value["vapid_public_key"].as_str()?)?;
    Some((key, value["email"].as_bool().unwrap_or(false)))
}

/// Why subscribing did not work, as the resident is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Trouble {
    /// The resident said no, or closed the question.
    NotAllowed,
    /// The browser would not make a push subscription.
    NoSubscription,
    /// No answer from the notifier.
    Offline,
    /// The notifier answered with a refusal.
    Refused(Refusal),
}

impl Trouble {
    pub(super) fn message_id(self) -> &'static str {
        match self {
            Trouble::NotAllowed => "updates-push-not-allowed",
            Trouble::NoSubscription => "updates-push-failed",
            Trouble::Offline => "updates-error-offline",
            Trouble::Refused(refusal) => refusal.message_id(),
        }
    }
}

pub(super) async fn promise(
    promise: Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// The browser's push subscription to the notifier's `key`, as JSON; permission is asked here,
/// after the resident's tap.
pub(super) async fn push_subscription(key: &[u8]) -> Result<Value, Trouble> {
    let permission = promise(web_sys::Notification::request_permission()).await;
    if permission.and_then(|p| p.as_string()).as_deref() != Some("granted") {
        return Err(Trouble::NotAllowed);
    }
    let container = window().navigator().service_worker();
    let registration: web_sys::ServiceWorkerRegistration = promise(container.ready())
        .await
        .and_then(|r| r.dyn_into().ok())
        .ok_or(Trouble::NoSubscription)?;
    let manager = registration
        .push_manager()
        .map_err(|_| Trouble::NoSubscription)?;
    let options = web_sys::PushSubscriptionOptionsInit::new();
    options.set_user_visible_only(true);
    let key = js_sys::Uint8Array::from(key);
    options.set_application_server_key(&key);
    let subscription = promise(manager.subscribe_with_options(&options))
        .await
        .ok_or(Trouble::NoSubscription)?;
    js_sys::JSON::stringify(&subscription)
        .ok()
        .and_then(|text| text.as_string())
        .and_then(|text| crate::json::parse(&text))
        .filter(|v| v["endpoint"].is_string())
        .ok_or(Trouble::NoSubscription)
}

/// Asks the notifier for a subscription to `request_id` (`way`: `push` or `email` with its
/// value); the notifier's id for it.
pub(super) async fn subscribe(
    notifier: &Notifier,
    request_id: &str,
    language: String,
    way: (&str, Value),
) -> Result<String, Trouble> {
    let mut body = json!({ "service_request_id": request_id, "language": language });
    body[way.0] = way.1;
    let answer = notifier_call(
        NotifierMethod::Post,
        &notifier.url("/notify/v1/subscriptions"),
        Some(body.to_string()),
    )
    .await;
    match answer {
        Ok((201 | 200, body)) => crate::json::parse(&body)
            .and_then(|v| v["id"].as_str().map(str::to_owned))
            .ok_or(Trouble::Refused(Refusal::Failed)),
        Ok((status, _)) => Err(Trouble::Refused(Refusal::from_status(status))),
        Err(FetchError::Unreachable | FetchError::TimedOut) => Err(Trouble::Offline),
        Err(FetchError::Status(status)) => Err(Trouble::Refused(Refusal::from_status(status))),
    }
}
