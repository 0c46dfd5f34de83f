//! Serving the built app: precompressed files, cache lifetimes by kind of file, and the
//! single-page-app fallback that lets deep links (`/services/{code}`) load the app.

use std::path::Path;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, HeaderValue};
use http::{StatusCode, header};
use tower_http::services::{ServeDir, ServeFile};

/// Files whose name carries a content hash never change: cache them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else is revalidated on every load, so a new deployment or a translator's edit
/// shows at once (index.html names the hashed files, config.json is the deployment's settings).
const REVALIDATE: &str = "no-cache";

/// The router that serves `dist` (and `locales`, when given, from the source folder).
pub fn router(dist: &Path, locales: Option<&Path>) -> Router {
    let index = ServeFile::new(dist.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    // Open311 paths the endpoint does not know get the spec's error shape, never index.html.
    let mut app = Router::new().route("/open311/{*rest}", axum::routing::any(open311_not_here));
    if let Some(locales) = locales {
        app = app.nest_service("/locales", ServeDir::new(locales));
    }
    app.fallback_service(files)
        .layer(middleware::from_fn(cache_lifetimes))
        .layer(middleware::from_fn_with_state(
            crate::headers::Dist(std::sync::Arc::new(dist.to_owned())),
            crate::headers::pages,
        ))
}

/// An Open311 path that no route answers.
async fn open311_not_here() -> Response {
    let body = r#"[{"code":404,"description":"No such Open311 resource"}]"#;
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn cache_lifetimes(request: Request, next: Next) -> Response {
    let immutable = is_hashed(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        let value = if immutable { IMMUTABLE } else { REVALIDATE };
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// Trunk names built assets `name-<hash>.ext` (the wasm `name-<hash>_bg.wasm`), the hash being a
/// 64-bit number in hex without leading zeros: 12 or more hex digits in practice.
fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => hash.len() >= 12 && hash.chars().all(|c| c.is_ascii_hexdigit()),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_hashed("/frontdesk-1f2e3d4c5b6a7988.js"));
        assert!(is_hashed("/frontdesk-1f2e3d4c5b6a7988_bg.wasm"));
        // The app's pieces (scripts/pieces.sh names them by a 16-digit content hash).
        assert!(is_hashed("/split_request-15ca46ef1c28a7de.wasm"));
        assert!(is_hashed("/chunk_5-c45cf34548244fef.wasm"));
        assert!(!is_hashed("/__wasm_split.js"));
        assert!(!is_hashed("/pieces.json"));
        assert!(is_hashed("/main-0123456789abcdef.css"));
        // A hash whose leading digit was zero has 15 digits.
        assert!(is_hashed("/frontdesk-13bb8e61f4e04e5_bg.wasm"));
        assert!(!is_hashed("/frontdesk-server.js"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/config.json"));
        assert!(!is_hashed("/locales/en/main.ftl"));
        assert!(!is_hashed("/services/pot-hole"));
    }
}
