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
mod http;
pub mod send;
pub mod texts;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use base64::Engine;
use frontdesk_core::notify::{self, Next, Watched};
use open311::ServiceRequest;
use open311::encode::{Endpoint, RequestsQuery};
use rand_core::{OsRng, RngCore};
use serde_json::json;

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
}

/// The push `Topic` for a request: 32 base64url characters, the same for every message about
/// it, so a push service keeps only the latest for a browser that is offline.
fn topic(request_id: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(request_id.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..24])
}
