//! Fault injection for tests (latency, errors, HTML error pages, malformed JSON, no CORS), on
//! the Open311 routes only.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};

/// What goes wrong on purpose.
#[derive(Debug, Default)]
pub struct Faults {
    /// Added before every answer.
    pub latency: Duration,
    /// Share of requests answered with a 500, from 0 to 1.
    pub error_rate: f64,
    /// Errors come as an HTML page (as some real servers send) instead of an errors array.
    pub html_errors: bool,
    /// Successful JSON bodies are cut in half.
    pub malformed_json: bool,
    /// No CORS headers (as most city servers).
    pub no_cors: bool,
    /// State of the pseudo-random draw for `error_rate`.
    pub draws: AtomicU64,
}

impl Faults {
    /// A draw in [0, 1): splitmix64 over a counter, so runs are repeatable.
    fn draw(&self) -> f64 {
        let mut z = self
            .draws
            .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
            .wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Wraps the Open311 routes with the faults, then CORS unless the faults leave it out. CORS is
/// outside the faults: a preflight is answered at once, and an injected error still carries
/// the CORS headers a real server's error would.
pub fn wrap(router: Router, faults: Arc<Faults>) -> Router {
    let no_cors = faults.no_cors;
    let router = router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let faults = faults.clone();
        async move { apply(&faults, request, next).await }
    }));
    if no_cors {
        router
    } else {
        crate::cors::allow_any_origin(router)
    }
}

async fn apply(faults: &Faults, request: Request, next: Next) -> Response {
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    if faults.error_rate > 0.0 && faults.draw() < faults.error_rate {
        server_error(faults.html_errors)
    } else {
        let response = next.run(request).await;
        if faults.html_errors && response.status().is_client_error() {
            html_page(response.status())
        } else if faults.malformed_json && response.status().is_success() {
            cut_in_half(response).await
        } else {
            response
        }
    }
}

fn server_error(html: bool) -> Response {
    if html {
        return html_page(StatusCode::INTERNAL_SERVER_ERROR);
    }
    let body = r#"[{"code":500,"description":"The service request system is not available right now (injected fault)."}]"#;
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response()
}

fn html_page(status: StatusCode) -> Response {
    let body = format!(
        "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>{status}</h1><p>Something went wrong.</p></body></html>"
    );
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn cut_in_half(response: Response) -> Response {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let cut = bytes.slice(..bytes.len() / 2);
    let mut response = Response::from_parts(parts, Body::from(cut));
    response.headers_mut().remove(header::CONTENT_LENGTH);
    response
}
