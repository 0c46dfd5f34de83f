//! Cross-origin access to the Open311 routes, so an app served from another origin (a city
//! that hosts `dist/` elsewhere; the app resolves the `/media/...` paths this server writes
//! against its origin) can call this server: any origin, no credentials (the API
//! takes no cookies), `GET` and `POST` with a form or JSON body, and `Retry-After` readable, so
//! the app's outbox can honour a busy server's wait (`frontdesk_core::failure`). The demo
//! tiles and geocoder are readable from any origin too, with `GET` alone.

use axum::Router;
use axum::http::{Method, header};
use tower_http::cors::{Any, CorsLayer};

/// How long a browser may keep a preflight's answer (seconds).
const PREFLIGHT_MAX_AGE: u64 = 600;

/// `router` answering cross-origin requests and preflights.
pub fn allow_any_origin(router: Router) -> Router {
    router.layer(
        CorsLayer::new()
            .allow_origin(Any)
            .allow_methods([Method::GET, Method::POST, Method::OPTIONS])
            .allow_headers([header::CONTENT_TYPE])
            .expose_headers([header::RETRY_AFTER])
            .max_age(std::time::Duration::from_secs(PREFLIGHT_MAX_AGE)),
    )
}

/// `router` readable from any origin, `GET` only: the demo tiles and geocoder (`tiles.rs`,
/// `geocoder.rs`), which a map drawn by an app on another origin fetches.
pub fn allow_any_origin_to_read(router: Router) -> Router {
    router.layer(
        CorsLayer::new()
            .allow_origin(Any)
            .allow_methods([Method::GET])
            .max_age(std::time::Duration::from_secs(PREFLIGHT_MAX_AGE)),
    )
}
