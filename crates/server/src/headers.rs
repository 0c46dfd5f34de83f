//! Security headers (issue 14): on every response, `X-Content-Type-Options: nosniff` and
//! `Referrer-Policy: same-origin`; on pages (HTML), also the Content Security Policy
//! (`csp.rs`), `Permissions-Policy` (geolocation and the camera for the app's own origin,
//! nothing else) and `Cross-Origin-Opener-Policy: same-origin`. README ("Deploying") lists the
//! same for a static host.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::{
    CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};

use crate::csp;

/// Powerful features: the location step may ask for the device's location and a photo may be
/// taken with the camera, on the app's own pages only; everything else is off.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(self), \
    display-capture=(), fullscreen=(), geolocation=(self), gyroscope=(), magnetometer=(), \
    microphone=(), midi=(), payment=(), usb=()";

/// `nosniff` and `same-origin` referrers on every response.
pub async fn everywhere(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    response
}

/// The built app's folder, where the page's `config.json` and `index.html` are.
#[derive(Clone)]
pub struct Dist(pub Arc<PathBuf>);

/// The page headers on every HTML response: the policy is computed from the `config.json` and
/// `index.html` being served now, so a city's edit needs no restart.
pub async fn pages(State(dist): State<Dist>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return response;
    }
    let config = tokio::fs::read_to_string(dist.0.join("config.json"))
        .await
        .ok();
    let index = tokio::fs::read_to_string(dist.0.join("index.html"))
        .await
        .unwrap_or_default();
    let policy = csp::header_for(config.as_deref(), &index);
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}
