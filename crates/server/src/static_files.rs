//! Serving the built app: precompressed files, cache lifetimes by kind of file, and the
//! single-page-app fallback that lets deep links (`/services/{code}`) load the app. The page
//! itself (`index.html`, for `/` and every deep link) is written for each request with its
//! shell in the language `Accept-Language` asks for (`shell.rs`), compressed as the browser
//! accepts and kept compressed for the next resident who asks for the same.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, HeaderValue};
use http::{HeaderMap, StatusCode, header};
use tower_http::services::ServeDir;

/// Files whose name carries a content hash never change: cache them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else is revalidated on every load, so a new deployment or a translator's edit
/// shows at once (index.html names the hashed files, config.json is the deployment's settings).
const REVALIDATE: &str = "no-cache";

/// The router that serves `dist` (and `locales`, when given, from the source folder).
pub fn router(dist: &Path, locales: Option<&Path>) -> Router {
    let page = Page(Arc::new(PageFiles {
        dist: dist.to_owned(),
        locales: locales.map_or_else(|| dist.join("locales"), Path::to_owned),
        compressed: Mutex::new(HashMap::new()),
    }));
    let index = axum::routing::get(index_page).with_state(page.clone());
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index.clone());
    // Open311 paths the endpoint does not know get the spec's error shape, never index.html.
    let mut app = Router::new()
        .route("/", index.clone())
        .route("/index.html", index)
        .route("/open311/{*rest}", axum::routing::any(open311_not_here));
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

/// Where the page's files are, and the pages already compressed (by content and encoding).
struct PageFiles {
    dist: PathBuf,
    locales: PathBuf,
    compressed: Mutex<Kept>,
}

/// Compressed pages by (the page's hash, the encoding).
type Kept = HashMap<(u64, &'static str), Arc<Vec<u8>>>;

#[derive(Clone)]
struct Page(Arc<PageFiles>);

/// At most this many compressed pages are kept (a language and an encoding each).
const KEEP_COMPRESSED: usize = 64;

/// `index.html` with its shell in the resident's language.
async fn index_page(State(page): State<Page>, headers: HeaderMap) -> Response {
    let header = |name: header::HeaderName| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let accept_language = header(header::ACCEPT_LANGUAGE);
    let accept_encoding = header(header::ACCEPT_ENCODING).unwrap_or_default();
    let if_none_match = header(header::IF_NONE_MATCH);
    let files = page.0.clone();
    let made = tokio::task::spawn_blocking(move || {
        let html = std::fs::read_to_string(files.dist.join("index.html")).ok()?;
        let config = std::fs::read_to_string(files.dist.join("config.json")).ok();
        let text = crate::shell::Shell::page_for(
            &files.locales,
            config.as_deref(),
            &html,
            accept_language.as_deref(),
        );
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut hasher);
        let key = hasher.finish();
        let encoding = ["br", "gzip"]
            .into_iter()
            .find(|e| accepts(&accept_encoding, e));
        let body = match encoding {
            None => Arc::new(text.into_bytes()),
            Some(encoding) => files.compressed_page(key, encoding, &text),
        };
        Some((key, encoding, body))
    })
    .await
    .ok()
    .flatten();
    let Some((key, encoding, body)) = made else {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    };
    let etag = format!("\"{key:016x}{}\"", encoding.unwrap_or(""));
    let mut response = if if_none_match.as_deref() == Some(etag.as_str()) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body.as_ref().clone(),
        )
            .into_response()
    };
    let out = response.headers_mut();
    if let Some(encoding) = encoding {
        out.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    out.insert(
        header::VARY,
        HeaderValue::from_static("accept-language, accept-encoding"),
    );
    if let Ok(value) = HeaderValue::from_str(&etag) {
        out.insert(header::ETAG, value);
    }
    if response.status() == StatusCode::NOT_MODIFIED {
        // The pages middleware adds its headers to HTML only.
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
    }
    response
}

impl PageFiles {
    /// The page compressed with `encoding`, from the pages kept when it was made before.
    fn compressed_page(&self, key: u64, encoding: &'static str, text: &str) -> Arc<Vec<u8>> {
        if let Some(body) = self.kept().get(&(key, encoding)) {
            return body.clone();
        }
        let mut out = Vec::new();
        if encoding == "br" {
            let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
            let _ = writer.write_all(text.as_bytes());
            drop(writer);
        } else {
            let mut writer = flate2::write::GzEncoder::new(&mut out, flate2::Compression::best());
            let _ = writer.write_all(text.as_bytes());
            let _ = writer.finish();
        }
        let body = Arc::new(out);
        let mut kept = self.kept();
        if kept.len() >= KEEP_COMPRESSED {
            kept.clear();
        }
        kept.insert((key, encoding), body.clone());
        body
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, Kept> {
        self.compressed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Whether an `Accept-Encoding` value takes `encoding` (named, with a weight above 0).
fn accepts(accept_encoding: &str, encoding: &str) -> bool {
    accept_encoding.split(',').any(|part| {
        let mut pieces = part.split(';');
        let name = pieces.next().unwrap_or_default().trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        name.eq_ignore_ascii_case(encoding) && q > 0.0
    })
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
