//! The notifier's HTTP interface (see the module's documentation): the key, subscribing and
//! unsubscribing, and the small pages the links in emails open.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use base64::Engine;
use frontdesk_core::notify::Watched;
use serde::Deserialize;
use serde_json::json;
use tower_http::cors::{AllowOrigin, CorsLayer};

use super::book::{Channel, Subscription};
use super::{AskError, MAX_BODY_BYTES, Notifier, random_id, texts};
use crate::limit::Limiter;

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        json!({ "error": message.into() }).to_string(),
    )
        .into_response()
}

impl Notifier {
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

/// The page of a link that no longer works (404), in the default language: whose it was is
/// not known any more.
fn gone(notifier: &Notifier) -> Response {
    let texts = &notifier.setup.texts;
    let text = texts.text(texts::DEFAULT, "notify-page-unknown", &[]);
    let mut response = page(notifier, texts::DEFAULT, &text, None);
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
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
        _ => gone(&notifier),
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
        _ => gone(&notifier),
    }
}
