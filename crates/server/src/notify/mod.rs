//! The notifier (`frontdesk-server --notify`, issue 16): residents subscribe to a request, by a
//! browser's push subscription or an email address; every interval it asks the Open311 endpoint
//! this server serves or proxies about the subscribed requests (50 ids a call, never one call
//! per request) and tells each subscription of each change of status, notes or expected date,
//! once. A closed request gets its last message and ends its subscriptions.
//!
//! HTTP interface (JSON; errors as `{"error": "..."}`):
//! - `GET /notify/v1/key`: the VAPID public key browsers subscribe with (and whether email is
//!   offered);
//! - `POST /notify/v1/subscriptions`: `{"service_request_id", "language", "push": {...}}` or
//!   with `"email"`, answered `201 {"id", "status"}`; 404 for a request the city does not have,
//!   400 for a push endpoint this server may not reach (`push_endpoint.rs`), 413, 429;
//! - `DELETE /notify/v1/subscriptions/{id}`: 204 (404 when there is none);
//! - `GET /notify/v1/confirm/{secret}`: the confirmation email's link;
//! - `GET` or `POST /notify/v1/subscriptions/{id}/stop`: every email's one-click unsubscribe
//!   (RFC 8058 for `POST`).
//!
//! Email addresses are never written to logs: subscriptions are named by id.

pub mod book;
pub mod send;
pub mod texts;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use base64::Engine;
use frontdesk_core::notify::{self, Next, Watched};
use open311::ServiceRequest;
use open311::encode::{Endpoint, RequestsQuery};
use rand_core::{OsRng, RngCore};
use serde::Deserialize;
use serde_json::json;
use tower_http::cors::{AllowOrigin, CorsLayer};

use book::{Book, Channel, Delivery, Kind, Subscription};
use send::{Email, Mailer, Outcome, Pusher};
use texts::Texts;

use crate::limit::Limiter;

/// The largest subscription body (a push subscription is about 300 bytes).
pub const MAX_BODY_BYTES: usize = 4 * 1024;
/// Tries of one message before it is dropped (about a day with the back-off below).
const MAX_ATTEMPTS: u32 = 10;
/// The first wait before trying a message again; doubled each time, up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: u64 = 60;
const MAX_BACKOFF: u64 = 6 * 3600;
/// How long the Open311 endpoint may take to answer the notifier.
const OPEN311_TIMEOUT: Duration = Duration::from_secs(30);

/// What the notifier is given.
pub struct NotifySetup {
    pub book: Book,
    /// The Open311 endpoint to watch (`http://127.0.0.1:8080/open311/v2`: this server's own,
    /// which in proxy mode forwards to the city's).
    pub open311: String,
    pub jurisdiction_id: Option<String>,
    pub pusher: Pusher,
    /// `None`: email is not offered.
    pub mailer: Option<Mailer>,
    pub texts: Texts,
    /// Where residents reach this notifier (links in emails), without a trailing slash.
    pub public_url: String,
    /// Where residents reach the app (`/requests/<id>` links), without a trailing slash.
    pub app_url: String,
    /// The origins whose pages may call the notifier (CORS).
    pub origins: Vec<String>,
    /// Subscriptions a minute per client address.
    pub limiter: Option<Arc<Limiter>>,
}

/// The notifier.
pub struct Notifier {
    setup: NotifySetup,
    agent: ureq::Agent,
    /// Calls made to the Open311 endpoint (for `make bench` and the tests).
    open311_calls: AtomicUsize,
    wake: tokio::sync::Notify,
}

/// What one look at the Open311 endpoint did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Looked {
    /// Calls to the Open311 endpoint.
    pub calls: usize,
    /// Messages queued.
    pub queued: usize,
    /// Subscriptions ended without a message.
    pub ended: usize,
}

/// What one round of deliveries did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delivered {
    pub delivered: usize,
    pub later: usize,
    pub dropped: usize,
    /// Subscriptions removed because their push service no longer has them.
    pub gone: usize,
}

/// A random id or secret: 128 bits, base64url.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        json!({ "error": message.into() }).to_string(),
    )
        .into_response()
}

/// The Open311 answer the notifier could not use.
#[derive(Debug)]
enum AskError {
    NotFound,
    Failed(String),
}

impl Notifier {
    pub fn new(setup: NotifySetup) -> Arc<Notifier> {
        let config = ureq::config::Config::builder()
            .http_status_as_error(false)
            .timeout_global(Some(OPEN311_TIMEOUT))
            .build();
        Arc::new(Notifier {
            setup,
            agent: ureq::Agent::new_with_config(config),
            open311_calls: AtomicUsize::new(0),
            wake: tokio::sync::Notify::new(),
        })
    }

    /// The calls made to the Open311 endpoint so far.
    pub fn open311_calls(&self) -> usize {
        self.open311_calls.load(Ordering::Relaxed)
    }

    /// The subscriptions' store.
    pub fn book(&self) -> &Book {
        &self.setup.book
    }

    fn endpoint(&self) -> Endpoint {
        Endpoint::new(&self.setup.open311, self.setup.jurisdiction_id.as_deref())
    }

    fn get(&self, url: &str) -> Result<(u16, String), String> {
        self.open311_calls.fetch_add(1, Ordering::Relaxed);
        let mut response = self
            .agent
            .get(url)
            .header("Accept", "application/json")
            .call()
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .read_to_string()
            .map_err(|e| e.to_string())?;
        Ok((status, body))
    }

    /// The request `id` as the city has it now.
    fn ask_one(&self, id: &str) -> Result<ServiceRequest, AskError> {
        match self.ask_batch(&[id.to_owned()]) {
            Ok(requests) => requests
                .into_iter()
                .find(|r| r.service_request_id.as_deref() == Some(id))
                .ok_or(AskError::NotFound),
            Err(AskError::NotFound) => Err(AskError::NotFound),
            Err(e) => Err(e),
        }
    }

    /// The requests `ids` (at most 50) as the city has them now: one call. With the
    /// extensions, so that statuses beyond `open` and `closed` (in progress, scheduled) are
    /// news too.
    fn ask_batch(&self, ids: &[String]) -> Result<Vec<ServiceRequest>, AskError> {
        let query = RequestsQuery {
            service_request_ids: ids.to_vec(),
            extensions: true,
            ..RequestsQuery::default()
        };
        let (status, body) = self
            .get(&self.endpoint().requests(&query))
            .map_err(AskError::Failed)?;
        match status {
            200 => open311::decode::requests(&body).map_err(|e| AskError::Failed(e.to_string())),
            404 => Err(AskError::NotFound),
            other => Err(AskError::Failed(format!("Open311 answered {other}"))),
        }
    }

    /// One look: asks about every subscribed request and queues what changed. Blocking.
    pub fn look(&self) -> Looked {
        let mut looked = Looked::default();
        let book = &self.setup.book;
        let ids = match book.request_ids() {
            Ok(ids) => ids,
            Err(e) => {
                eprintln!("frontdesk-server: notifier: {e}");
                return looked;
            }
        };
        let now = crate::store::now();
        for batch in notify::batches(&ids) {
            looked.calls += 1;
            let requests = match self.ask_batch(batch) {
                Ok(requests) => requests,
                // None of them is known (a server that answers 404 for an empty list).
                Err(AskError::NotFound) => continue,
                Err(AskError::Failed(e)) => {
                    // Nothing is lost: the next look asks again.
                    eprintln!("frontdesk-server: notifier: asking Open311: {e}");
                    continue;
                }
            };
            for request in requests {
                let Some(id) = request.service_request_id.as_deref() else {
                    continue;
                };
                if !batch.iter().any(|asked| asked == id) {
                    continue;
                }
                let state = Watched::of(&request);
                for subscription in book.subscriptions_to(id).unwrap_or_default() {
                    match self.consider(&subscription, &state, now) {
                        Ok(Some(true)) => looked.queued += 1,
                        Ok(Some(false)) => looked.ended += 1,
                        Ok(None) => {}
                        Err(e) => eprintln!("frontdesk-server: notifier: {e}"),
                    }
                }
            }
        }
        looked
    }

    /// What `subscription` does now its request reads `state`: `Some(true)` a message queued,
    /// `Some(false)` ended without one.
    fn consider(
        &self,
        subscription: &Subscription,
        state: &Watched,
        now: i64,
    ) -> crate::store::Result<Option<bool>> {
        let book = &self.setup.book;
        let unconfirmed = matches!(
            subscription.channel,
            Channel::Email {
                confirm: Some(_),
                ..
            }
        );
        match (notify::next(&subscription.told, state), unconfirmed) {
            (Next::Quiet, _) => Ok(None),
            // Nothing goes to an address before its owner confirms it; the change is told
            // once they do.
            (Next::Tell, true) => Ok(None),
            (Next::TellAndEnd | Next::End, true) => {
                book.remove(&subscription.id).map(|_| Some(false))
            }
            (Next::Tell, false) => book
                .queue_change(&subscription.id, state, false, now)
                .map(|()| Some(true)),
            (Next::TellAndEnd, false) => book
                .queue_change(&subscription.id, state, true, now)
                .map(|()| Some(true)),
            (Next::End, false) => {
                if book.has_waiting(&subscription.id)? {
                    Ok(None)
                } else {
                    book.remove(&subscription.id).map(|_| Some(false))
                }
            }
        }
    }

    /// Delivers every message that is due. Blocking.
    pub fn deliver(&self) -> Delivered {
        let mut delivered = Delivered::default();
        let book = &self.setup.book;
        let now = crate::store::now();
        let due = match book.due(now) {
            Ok(due) => due,
            Err(e) => {
                eprintln!("frontdesk-server: notifier: {e}");
                return delivered;
            }
        };
        for delivery in due {
            let outcome = self.attempt(&delivery);
            let subscription = &delivery.subscription.id;
            let result = match outcome {
                Outcome::Delivered => {
                    delivered.delivered += 1;
                    self.finish(&delivery)
                }
                Outcome::Gone => {
                    delivered.gone += 1;
                    eprintln!(
                        "frontdesk-server: notifier: subscription {subscription}: the push service no longer has it"
                    );
                    book.remove(subscription).map(|_| ())
                }
                Outcome::Later(after) if delivery.attempts + 1 < MAX_ATTEMPTS => {
                    delivered.later += 1;
                    let backoff = FIRST_BACKOFF
                        .saturating_mul(1 << delivery.attempts.min(16))
                        .min(MAX_BACKOFF);
                    let wait = after.map_or(backoff, |a| a.clamp(1, 24 * 3600));
                    book.retry(delivery.id, now + wait as i64)
                }
                Outcome::Later(_) => {
                    delivered.dropped += 1;
                    eprintln!(
                        "frontdesk-server: notifier: subscription {subscription}: gave up after {MAX_ATTEMPTS} tries"
                    );
                    self.finish(&delivery)
                }
                Outcome::Refused(why) => {
                    delivered.dropped += 1;
                    eprintln!("frontdesk-server: notifier: subscription {subscription}: {why}");
                    self.finish(&delivery)
                }
            };
            if let Err(e) = result {
                eprintln!("frontdesk-server: notifier: {e}");
            }
        }
        delivered
    }

    /// A delivery done with (sent, or never to be): forgotten, and a closed request's last
    /// message ends its subscription.
    fn finish(&self, delivery: &Delivery) -> crate::store::Result<()> {
        let book = &self.setup.book;
        book.delivered(delivery.id)?;
        if delivery.ends {
            book.remove(&delivery.subscription.id)?;
        }
        Ok(())
    }

    fn app_link(&self, request_id: &str) -> String {
        format!(
            "{}/requests/{}",
            self.setup.app_url,
            open311::encode::segment(request_id)
        )
    }

    fn stop_link(&self, subscription_id: &str) -> String {
        format!(
            "{}/notify/v1/subscriptions/{subscription_id}/stop",
            self.setup.public_url
        )
    }

    /// The push message for `delivery`: JSON under 3 KB.
    pub fn payload(&self, subscription: &Subscription, state: &Watched) -> String {
        let texts = &self.setup.texts;
        let message = texts.change(&subscription.language, &subscription.request_id, state);
        json!({
            "service_request_id": subscription.request_id,
            "status": state.status,
            "title": message.title,
            "body": message.body,
            "url": format!("/requests/{}", open311::encode::segment(&subscription.request_id)),
        })
        .to_string()
    }

    fn attempt(&self, delivery: &Delivery) -> Outcome {
        let subscription = &delivery.subscription;
        let texts = &self.setup.texts;
        let lang = subscription.language.as_str();
        let id = subscription.request_id.as_str();
        match (&subscription.channel, delivery.kind) {
            (
                Channel::Push {
                    endpoint,
                    p256dh,
                    auth,
                },
                Kind::Change,
            ) => {
                let payload = self.payload(subscription, &delivery.state);
                self.setup
                    .pusher
                    .send(endpoint, p256dh, auth, &topic(id), payload.as_bytes())
            }
            (Channel::Push { .. }, Kind::Confirm) => {
                Outcome::Refused("no confirmation for push".into())
            }
            (Channel::Email { address, confirm }, kind) => {
                let Some(mailer) = &self.setup.mailer else {
                    // Email was offered when this subscription began: wait for --smtp again.
                    return Outcome::Later(None);
                };
                let stop = self.stop_link(&subscription.id);
                let (subject, body) = match (kind, confirm) {
                    (Kind::Confirm, Some(secret)) => (
                        texts.text(lang, "notify-confirm-subject", &[("id", id)]),
                        format!(
                            "{}\n{}/notify/v1/confirm/{secret}\n\n{}\n",
                            texts.text(lang, "notify-confirm-body", &[("id", id)]),
                            self.setup.public_url,
                            texts.text(lang, "notify-confirm-ignore", &[]),
                        ),
                    ),
                    (Kind::Confirm, None) => return Outcome::Delivered,
                    (Kind::Change, Some(_)) => return Outcome::Refused("not confirmed".into()),
                    (Kind::Change, None) => {
                        let message = texts.change(lang, id, &delivery.state);
                        (
                            message.title,
                            format!(
                                "{}\n\n{}\n{}\n\n{}\n{stop}\n",
                                message.body,
                                texts.text(lang, "notify-email-open", &[]),
                                self.app_link(id),
                                texts.text(lang, "notify-email-stop", &[]),
                            ),
                        )
                    }
                };
                mailer.send(&Email {
                    to: address,
                    subject: &subject,
                    body: &body,
                    unsubscribe: &stop,
                    language: lang,
                })
            }
        }
    }

    /// Looks and delivers every `interval`, and delivers at once when woken (a new email
    /// subscription's confirmation). Messages left from before a restart go first.
    pub fn spawn(self: &Arc<Self>, interval: Duration) -> tokio::task::JoinHandle<()> {
        let notifier = Arc::clone(self);
        tokio::spawn(async move {
            let mut next_look = tokio::time::Instant::now();
            loop {
                let looking = tokio::time::Instant::now() >= next_look;
                let run = Arc::clone(&notifier);
                let done = tokio::task::spawn_blocking(move || {
                    run.deliver();
                    if looking {
                        run.look();
                        run.deliver();
                    }
                })
                .await;
                if let Err(e) = done {
                    eprintln!("frontdesk-server: notifier: {e}");
                }
                if looking {
                    next_look = tokio::time::Instant::now() + interval;
                }
                tokio::select! {
                    () = tokio::time::sleep_until(next_look) => {}
                    () = notifier.wake.notified() => {}
                }
            }
        })
    }

    /// The notifier's routes.
    pub fn router(self: &Arc<Self>) -> Router {
        let origins: Vec<HeaderValue> = self
            .setup
            .origins
            .iter()
            .filter_map(|o| HeaderValue::from_str(o).ok())
            .collect();
        let api = Router::new()
            .route("/notify/v1/key", get(key))
            .route("/notify/v1/subscriptions", axum::routing::post(subscribe))
            .route("/notify/v1/subscriptions/{id}", delete(unsubscribe))
            .layer(
                CorsLayer::new()
                    .allow_origin(AllowOrigin::list(origins))
                    .allow_methods([Method::GET, Method::POST, Method::DELETE])
                    .allow_headers([header::CONTENT_TYPE])
                    .expose_headers([header::RETRY_AFTER])
                    .max_age(Duration::from_secs(600)),
            );
        let pages = Router::new()
            .route("/notify/v1/confirm/{secret}", get(confirm_page))
            .route(
                "/notify/v1/subscriptions/{id}/stop",
                get(stop_page).post(stop_page),
            );
        api.merge(pages).with_state(Arc::clone(self))
    }
}

/// The push `Topic` for a request: 32 base64url characters, the same for every message about
/// it, so a push service keeps only the latest for a browser that is offline.
fn topic(request_id: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(request_id.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..24])
}

async fn key(State(notifier): State<Arc<Notifier>>) -> Response {
    // `email`: whether this notifier can send email (it has `--smtp`); the app offers only
    // the ways both the city's config and the notifier allow.
    axum::Json(json!({
        "vapid_public_key": notifier.setup.pusher.public_key(),
        "email": notifier.setup.mailer.is_some(),
    }))
    .into_response()
}

#[derive(Deserialize)]
struct PushKeys {
    p256dh: String,
    auth: String,
}

#[derive(Deserialize)]
struct PushSubscription {
    endpoint: String,
    keys: PushKeys,
}

#[derive(Deserialize)]
struct Subscribe {
    service_request_id: String,
    #[serde(default)]
    language: String,
    push: Option<PushSubscription>,
    email: Option<String>,
}

fn client_of(request: &Request, limiter: &Limiter) -> Option<IpAddr> {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())?;
    let forwarded = request
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    Some(limiter.client(peer, forwarded))
}

/// A plausible email address: one `@`, no spaces or controls, at most 254 characters.
fn is_email(address: &str) -> bool {
    address.len() <= 254
        && !address.chars().any(|c| c.is_whitespace() || c.is_control())
        && address.parse::<lettre::Address>().is_ok()
}

async fn subscribe(State(notifier): State<Arc<Notifier>>, request: Request) -> Response {
    if let Some(limiter) = &notifier.setup.limiter
        && let Some(client) = client_of(&request, limiter)
        && let Err(wait) = limiter.take(client, Instant::now())
    {
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            format!("too many subscriptions from this address: try again in {wait} seconds"),
        );
        if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return response;
    }
    let Ok(body) = axum::body::to_bytes(request.into_body(), MAX_BODY_BYTES).await else {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("a subscription is at most {MAX_BODY_BYTES} bytes"),
        );
    };
    let asked: Subscribe = match serde_json::from_slice(&body) {
        Ok(asked) => asked,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("not a subscription: {e}")),
    };
    let id = asked.service_request_id.trim().to_owned();
    if id.is_empty() || id.len() > 200 || id.chars().any(char::is_control) {
        return error(
            StatusCode::BAD_REQUEST,
            "service_request_id is missing or not an id",
        );
    }
    let language = notifier.setup.texts.language(&asked.language);
    let channel = match (asked.push, asked.email) {
        (Some(push), None) => {
            if push.endpoint.len() > 2048 {
                return error(StatusCode::BAD_REQUEST, "push.endpoint is too long");
            }
            let decode = |text: &str| {
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(text.trim_end_matches('='))
                    .unwrap_or_default()
            };
            if crate::webpush::encrypt(&decode(&push.keys.p256dh), &decode(&push.keys.auth), b"")
                .is_err()
            {
                return error(
                    StatusCode::BAD_REQUEST,
                    "push.keys are not a P-256 key and a 16-byte secret",
                );
            }
            let loopback = notifier.setup.pusher.loopback();
            if let Err(refused) = crate::push_endpoint::resolve(&push.endpoint, loopback).await {
                return error(
                    StatusCode::BAD_REQUEST,
                    format!(
                        "push.endpoint is not a push service this server may reach ({refused:?})"
                    ),
                );
            }
            Channel::Push {
                endpoint: push.endpoint,
                p256dh: push.keys.p256dh,
                auth: push.keys.auth,
            }
        }
        (None, Some(email)) => {
            if notifier.setup.mailer.is_none() {
                return error(StatusCode::BAD_REQUEST, "email is not offered here");
            }
            let email = email.trim().to_owned();
            if !is_email(&email) {
                return error(StatusCode::BAD_REQUEST, "email is not an email address");
            }
            Channel::Email {
                address: email,
                confirm: Some(random_id()),
            }
        }
        _ => return error(StatusCode::BAD_REQUEST, "give either push or email"),
    };
    let asking = Arc::clone(&notifier);
    let asked_id = id.clone();
    let found = tokio::task::spawn_blocking(move || asking.ask_one(&asked_id)).await;
    let request = match found {
        Ok(Ok(request)) => request,
        Ok(Err(AskError::NotFound)) => {
            return error(
                StatusCode::NOT_FOUND,
                format!("the city has no request {id}"),
            );
        }
        Ok(Err(AskError::Failed(e))) => {
            eprintln!("frontdesk-server: notifier: asking Open311 about a new subscription: {e}");
            return error(
                StatusCode::BAD_GATEWAY,
                "the city's Open311 endpoint did not answer",
            );
        }
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let state = Watched::of(&request);
    let subscription = Subscription {
        id: random_id(),
        request_id: id,
        language,
        channel,
        told: state.clone(),
    };
    match notifier.setup.book.add(&subscription, crate::store::now()) {
        Ok(kept) => {
            notifier.wake.notify_one();
            (
                StatusCode::CREATED,
                axum::Json(json!({ "id": kept, "status": state.status })),
            )
                .into_response()
        }
        Err(e) => {
            eprintln!("frontdesk-server: notifier: {e}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the subscription could not be kept",
            )
        }
    }
}

async fn unsubscribe(State(notifier): State<Arc<Notifier>>, Path(id): Path<String>) -> Response {
    match notifier.setup.book.remove(&id) {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => error(StatusCode::NOT_FOUND, "no such subscription"),
        Err(e) => {
            eprintln!("frontdesk-server: notifier: {e}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the subscription could not be ended",
            )
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The small page a link in an email opens, in the subscriber's language.
fn page(notifier: &Notifier, lang: &str, text: &str, request_id: Option<&str>) -> Response {
    let texts = &notifier.setup.texts;
    let back = request_id
        .map(|id| {
            format!(
                "<p><a href=\"{}\">{}</a></p>",
                escape(&notifier.app_link(id)),
                escape(&texts.text(lang, "notify-page-back", &[]))
            )
        })
        .unwrap_or_default();
    let html = format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><main><h1>{title}</h1>{back}</main></body></html>",
        lang = escape(lang),
        dir = texts.dir(lang),
        title = escape(text),
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

async fn confirm_page(
    State(notifier): State<Arc<Notifier>>,
    Path(secret): Path<String>,
) -> Response {
    let texts = &notifier.setup.texts;
    let found = notifier.setup.book.confirm(&secret);
    match found {
        Ok(Some((request_id, lang))) => {
            notifier.wake.notify_one();
            let text = texts.text(&lang, "notify-page-confirmed", &[("id", &request_id)]);
            page(&notifier, &lang, &text, Some(&request_id))
        }
        _ => {
            let mut response = page(
                &notifier,
                texts::DEFAULT,
                &texts.text(texts::DEFAULT, "notify-page-unknown", &[]),
                None,
            );
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
    }
}

async fn stop_page(State(notifier): State<Arc<Notifier>>, Path(id): Path<String>) -> Response {
    let texts = &notifier.setup.texts;
    let book = &notifier.setup.book;
    match book.subscription(&id) {
        Ok(Some(subscription)) => {
            if let Err(e) = book.remove(&id) {
                eprintln!("frontdesk-server: notifier: {e}");
                return error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the subscription could not be ended",
                );
            }
            let lang = subscription.language.as_str();
            let text = texts.text(
                lang,
                "notify-page-stopped",
                &[("id", &subscription.request_id)],
            );
            page(&notifier, lang, &text, Some(&subscription.request_id))
        }
        _ => {
            let mut response = page(
                &notifier,
                texts::DEFAULT,
                &texts.text(texts::DEFAULT, "notify-page-unknown", &[]),
                None,
            );
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
    }
}
