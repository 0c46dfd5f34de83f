//! "Tell me when this changes" (issue 16): the offer on the confirmation page and on a
//! request's page, the line in My requests with its Stop button, and the keeper that ends the
//! subscriptions of requests the resident forgot. Browser notifications ask for permission
//! only after the resident's tap; email is filled in from the request when it had one.
//!
//! Its code is a piece of its own (`pieces::load_notify`), fetched only when a page that
//! offers updates is shown and the city's config offers them. The decisions (what the browser
//! can do, what a refusal means, the device's list) are `frontdesk_core::notify`'s.

use frontdesk_core::notify::{
    PushEnv, PushSupport, Refusal, Subscribed, Subscriptions, Way, base64url_decode, push_support,
};
use frontdesk_core::submission::Submission;
use leptos::prelude::*;
use serde_json::{Value, json};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::api::{FetchError, NotifierMethod, notifier_call};
use crate::components::form_group::{FormGroup, Hint};
use crate::config::Config;
use crate::i18n::I18n;
use crate::outbox::Outbox;

/// Where the device keeps its subscriptions (see `store.rs` for the key scheme).
const KEY: &str = "frontdesk.v1.notify";

/// What a page shows of the notifications.
#[derive(Clone)]
pub enum NotifyView {
    /// The offer for one request: on the confirmation page and a request's page.
    Offer(Box<OfferFor>),
    /// The line in a My requests card: "you get updates", with Stop.
    Card(String),
    /// Nothing to see: ends the subscriptions of requests no longer on the device.
    Keeper,
}

/// The request the offer is for.
#[derive(Clone)]
pub struct OfferFor {
    /// `None` while the city has given only a batch token.
    pub request_id: Option<String>,
    /// The address given with the request, to fill in.
    pub email: Option<String>,
    /// A closed request has nothing more to tell.
    pub closed: bool,
    /// A request not yet in My requests (looked up by reference): kept there when the
    /// resident subscribes, so that they can see and stop it.
    pub follow: Option<Submission>,
}

/// The piece's entry point (`pieces::load_notify`).
pub fn make(view: NotifyView) -> AnyView {
    match view {
        NotifyView::Offer(offer) => view! { <Offer offer=*offer/> }.into_any(),
        NotifyView::Card(request_id) => view! { <Card request_id/> }.into_any(),
        NotifyView::Keeper => {
            keep();
            ().into_any()
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Subscriptions {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map(|text| Subscriptions::from_text(&text))
        .unwrap_or_default()
}

/// Changes the device's list (read fresh: another page may have changed it) and keeps it.
fn change(edit: impl FnOnce(&mut Subscriptions)) -> Subscriptions {
    let mut list = load();
    edit(&mut list);
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &list.to_text());
    }
    list
}

/// Where the notifier is: `config.json`'s `notify.base_url`, or the app's own origin. Read
/// when a component is made: the tasks it spawns have no reactive owner to read a context from.
#[derive(Clone)]
struct Notifier(String);

impl Notifier {
    fn expect() -> Notifier {
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
async fn end(notifier: &Notifier, id: &str) -> bool {
    let path = format!("/notify/v1/subscriptions/{}", open311::encode::segment(id));
    matches!(
        notifier_call(NotifierMethod::Delete, &notifier.url(&path), None).await,
        Ok((204 | 404, _))
    )
}

/// What the notifier offers: its VAPID key (as bytes) and whether it sends email.
async fn notifier_key(notifier: &Notifier) -> Option<(Vec<u8>, bool)> {
    let url = notifier.url("/notify/v1/key");
    let (status, body) = notifier_call(NotifierMethod::Get, &url, None).await.ok()?;
    if status != 200 {
        return None;
    }
    let value: Value = crate::json::parse(&body)?;
    let key = base64url_decode(value["vapid_public_key"].as_str()?)?;
    Some((key, value["email"].as_bool().unwrap_or(false)))
}

/// What this browser can do for notifications.
fn browser() -> PushEnv {
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

/// Why subscribing did not work, as the resident is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trouble {
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
    fn message_id(self) -> &'static str {
        match self {
            Trouble::NotAllowed => "updates-push-not-allowed",
            Trouble::NoSubscription => "updates-push-failed",
            Trouble::Offline => "updates-error-offline",
            Trouble::Refused(refusal) => refusal.message_id(),
        }
    }
}

async fn promise(
    promise: Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// The browser's push subscription to the notifier's `key`, as JSON; permission is asked here,
/// after the resident's tap.
async fn push_subscription(key: &[u8]) -> Result<Value, Trouble> {
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
async fn subscribe(
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

/// The subscriptions to `request_id` this device has, as a line and a Stop button. `said`
/// tells what happened (for the page's status line).
#[component]
fn Following(
    request_id: String,
    list: RwSignal<Subscriptions>,
    said: RwSignal<String>,
    trouble: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let notifier = Notifier::expect();
    let busy = RwSignal::new(false);
    let mine = {
        let request_id = request_id.clone();
        move || list.with(|l| l.to_request(&request_id))
    };
    let ways = {
        let mine = mine.clone();
        move || {
            let mine = mine();
            let id = match (
                mine.iter().any(|s| s.way == Way::Push),
                mine.iter().any(|s| s.way == Way::Email),
            ) {
                (true, true) => "updates-on-both",
                (true, false) => "updates-on-push",
                (false, true) => "updates-on-email",
                (false, false) => return None,
            };
            Some(i18n.tr(id))
        }
    };
    let stop = move |_| {
        let ids: Vec<String> = mine().into_iter().map(|s| s.id).collect();
        let notifier = notifier.clone();
        busy.set(true);
        trouble.set(None);
        leptos::task::spawn_local(async move {
            let mut all_ended = true;
            for id in ids {
                if end(&notifier, &id).await {
                    list.set(change(|l| l.remove(&id)));
                } else {
                    all_ended = false;
                }
            }
            busy.set(false);
            if all_ended {
                said.set(i18n.tr("updates-stopped"));
            } else {
                trouble.set(Some("updates-stop-failed"));
            }
        });
    };
    move || {
        ways().map(|words| {
            view! {
                <p class="notify__on">{words}</p>
                <p>
                    <button type="button" class="button button--secondary" on:click=stop.clone() disabled=move || busy.get()>
                        {move || i18n.tr("updates-stop")}
                    </button>
                </p>
            }
        })
    }
}

#[component]
fn Offer(offer: OfferFor) -> impl IntoView {
    let props = offer;
    let i18n = I18n::expect();
    let outbox = Outbox::expect();
    let (push_offered, email_offered) = Config::expect().with(|c| {
        c.notify
            .as_ref()
            .map_or((false, false), |n| (n.push, n.email))
    });
    let list = RwSignal::new(load());
    let open = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    let trouble = RwSignal::new(None::<&'static str>);
    let email = RwSignal::new(props.email.clone().unwrap_or_default());
    let email_problem = RwSignal::new(None::<String>);
    let support = push_support(browser());
    let at = StoredValue::new(Notifier::expect());
    // Asked only once the resident opens the offer.
    let notifier = LocalResource::new(move || {
        let (wanted, at) = (open.get(), at.get_value());
        async move {
            if wanted {
                notifier_key(&at).await
            } else {
                None
            }
        }
    });
    let Some(request_id) = props.request_id.clone() else {
        return view! {
            <section class="notify" aria-labelledby="updates-heading">
                <h2 id="updates-heading">{i18n.tr("updates-heading")}</h2>
                <p>{i18n.tr("updates-wait-id")}</p>
            </section>
        }
        .into_any();
    };
    if props.closed {
        return ().into_any();
    }
    let follow = StoredValue::new(props.follow.clone());
    let following = {
        let request_id = StoredValue::new(request_id.clone());
        move |way: Way| {
            list.with(|l| request_id.with_value(|r| l.to_request(r).iter().any(|s| s.way == way)))
        }
    };
    let done = move |request_id: String, id: String, way: Way, words: String| {
        list.set(change(|l| {
            l.add(Subscribed {
                service_request_id: request_id,
                id,
                way,
            })
        }));
        if let Some(record) = follow.get_value() {
            leptos::task::spawn_local(async move { outbox.follow(record).await });
        }
        said.set(words);
    };
    let start_push = {
        let request_id = request_id.clone();
        move |_| {
            let (request_id, at) = (request_id.clone(), at.get_value());
            busy.set(true);
            trouble.set(None);
            said.set(String::new());
            leptos::task::spawn_local(async move {
                let key = notifier.await.map(|(key, _)| key);
                let result = match key {
                    None => Err(Trouble::Offline),
                    Some(key) => match push_subscription(&key).await {
                        Ok(subscription) => {
                            subscribe(&at, &request_id, i18n.language(), ("push", subscription))
                                .await
                        }
                        Err(trouble) => Err(trouble),
                    },
                };
                busy.set(false);
                match result {
                    Ok(id) => done(request_id, id, Way::Push, i18n.tr("updates-push-on")),
                    Err(t) => trouble.set(Some(t.message_id())),
                }
            });
        }
    };
    let start_email = {
        let request_id = request_id.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let (request_id, address, at) =
                (request_id.clone(), email.get_untracked(), at.get_value());
            if !address.contains('@') {
                email_problem.set(Some(i18n.tr("updates-email-invalid")));
                crate::a11y::focus_by_id("updates_email");
                return;
            }
            email_problem.set(None);
            busy.set(true);
            trouble.set(None);
            said.set(String::new());
            leptos::task::spawn_local(async move {
                let way = ("email", Value::from(address.trim()));
                let result = subscribe(&at, &request_id, i18n.language(), way).await;
                busy.set(false);
                match result {
                    Ok(id) => {
                        let words = i18n.tr_with(
                            "updates-email-sent",
                            &[(
                                "email",
                                fluent_bundle::FluentValue::from(address.trim().to_owned()),
                            )],
                        );
                        done(request_id, id, Way::Email, words);
                    }
                    Err(t) => trouble.set(Some(t.message_id())),
                }
            });
        }
    };
    let push_part = move || {
        if !push_offered || following(Way::Push) {
            return None;
        }
        Some(match support {
            PushSupport::Ready => view! {
                <p>
                    <button type="button" class="button" on:click=start_push.clone() disabled=move || busy.get()>
                        {i18n.tr("updates-push")}
                    </button>
                </p>
                <p class="hint">{i18n.tr("updates-push-hint")}</p>
            }
            .into_any(),
            PushSupport::Blocked => view! { <p>{i18n.tr("updates-push-blocked")}</p> }.into_any(),
            PushSupport::InstallFirst => view! { <p>{i18n.tr("updates-push-install-first")}</p> }.into_any(),
            PushSupport::Unsupported => view! { <p>{i18n.tr("updates-push-unsupported")}</p> }.into_any(),
        })
    };
    let email_part = move || {
        let notifier_sends = notifier.get().flatten().is_some_and(|(_, email)| email);
        (email_offered && notifier_sends && !following(Way::Email)).then(|| {
            view! {
                <form class="notify__email" on:submit=start_email.clone() novalidate>
                    <FormGroup
                        id="updates_email"
                        label=move || i18n.tr("updates-email-label")
                        hint=Hint::app(move || i18n.tr("updates-email-hint"))
                        error=Signal::derive(move || email_problem.get())
                        control=move |d| view! {
                            <input
                                id="updates_email"
                                type="email"
                                autocomplete="email"
                                spellcheck="false"
                                aria-describedby=move || d.by()
                                aria-invalid=move || d.invalid()
                                prop:value=move || email.get()
                                on:input=move |e| email.set(event_target_value(&e))
                            />
                        }
                    />
                    <p>
                        <button type="submit" class="button button--secondary" disabled=move || busy.get()>
                            {i18n.tr("updates-email-send")}
                        </button>
                    </p>
                </form>
            }
        })
    };
    let unreachable = move || {
        matches!(notifier.get(), Some(None))
            .then(|| view! { <p>{i18n.tr("updates-unavailable")}</p> })
    };
    view! {
        <section class="notify" aria-labelledby="updates-heading">
            <h2 id="updates-heading">{i18n.tr("updates-heading")}</h2>
            <Following request_id=request_id.clone() list said trouble/>
            <p>
                <button type="button" class="button button--secondary" aria-controls="updates-ways"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || i18n.tr("updates-offer")}
                </button>
            </p>
            <div id="updates-ways" hidden=move || !open.get()>
                {move || match notifier.get() {
                    None if open.get() => Some(view! { <p>{i18n.tr("updates-loading")}</p> }.into_any()),
                    _ => None,
                }}
                {unreachable}
                {push_part}
                {email_part}
            </div>
            <p class="notify__status" role="status">{move || said.get()}</p>
            // An alert is read out as it appears: it is in the page only while there is trouble.
            {move || trouble.get().map(|id| view! { <div role="alert"><p class="notice notice--error">{i18n.tr(id)}</p></div> })}
        </section>
    }
    .into_any()
}

#[component]
fn Card(request_id: String) -> impl IntoView {
    let list = RwSignal::new(load());
    let said = RwSignal::new(String::new());
    let trouble = RwSignal::new(None::<&'static str>);
    let i18n = I18n::expect();
    view! {
        <div class="request-card__notify">
            <Following request_id list said trouble/>
            <p class="visually-hidden" role="status">{move || said.get()}</p>
            // An alert is read out as it appears: it is in the page only while there is trouble.
            {move || trouble.get().map(|id| view! { <div role="alert"><p class="notice notice--error">{i18n.tr(id)}</p></div> })}
        </div>
    }
}

/// Ends, at the notifier, the subscriptions of requests no longer on the device (forgotten in
/// My requests), whenever the records change; one that cannot be ended now is tried again the
/// next time.
fn keep() {
    let outbox = Outbox::expect();
    let notifier = Notifier::expect();
    Effect::new(move |_| {
        if !outbox.is_loaded() {
            return;
        }
        let records = outbox.all();
        let kept: Vec<&str> = records
            .iter()
            .filter_map(Submission::service_request_id)
            .collect();
        let orphans = load().orphans(&kept);
        if orphans.is_empty() {
            return;
        }
        let notifier = notifier.clone();
        leptos::task::spawn_local(async move {
            for orphan in orphans {
                if end(&notifier, &orphan.id).await {
                    change(|l| l.remove(&orphan.id));
                }
            }
        });
    });
}
