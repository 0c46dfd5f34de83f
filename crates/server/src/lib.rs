//! `frontdesk-server`'s parts, as a library so that tests can start them in-process: the
//! reference GeoReport v2 endpoint over SQLite, fault injection for tests, the static app, and
//! the demo map's tiles and geocoder.

pub mod cors;
pub mod csp;
pub mod faults;
pub mod geocoder;
pub mod georeport;
pub mod headers;
pub mod limit;
pub mod manifest;
pub mod media;
pub mod nearby;
pub mod notify;
pub mod paths;
pub mod proxy;
pub mod push_endpoint;
pub mod render;
pub mod shell;
pub mod static_files;
pub mod store;
pub mod tiles;
pub mod webpush;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;

/// The largest request body on the Open311 routes: a request with its photos (the app makes
/// each photo smaller first; the photos together may not pass [`media::MAX_BYTES`]).
pub const MAX_POST_BYTES: usize = media::MAX_BYTES + 64 * 1024;
/// The largest request body anywhere else (the app and the photos are only read).
pub const MAX_OTHER_BODY_BYTES: usize = 16 * 1024;

/// The seed catalogue loaded into an empty database.
pub const SEED_CATALOGUE: &str = include_str!("../seed/catalogue.json");
/// The demo geocoder's places (`geocoder.rs`): approximate, for the demo only.
pub const DEMO_ADDRESSES: &str = include_str!("../seed/addresses.json");

/// Everything the server needs to build its routes.
pub struct ServerSetup {
    pub store: Arc<store::Store>,
    pub policy: georeport::Policy,
    pub faults: faults::Faults,
    /// Proxy mode: forward Open311 to this city endpoint instead of the reference one.
    pub upstream: Option<proxy::Upstream>,
    /// Where uploaded photos go (served at `/media/`); `None` refuses uploads.
    pub media_dir: Option<PathBuf>,
    /// The built app; `None` serves only the API.
    pub dist: Option<PathBuf>,
    /// Serve `/locales/` from this folder (translators' live preview).
    pub locales: Option<PathBuf>,
    /// POSTs per client address a minute (`limit.rs`); `None`: no limit.
    pub post_limit: Option<Arc<limit::Limiter>>,
    /// The notifier (`--notify`), whose routes are served under `/notify/v1/`.
    pub notifier: Option<Arc<notify::Notifier>>,
}

/// All routes: `/open311/v2/*` (with faults and CORS), the demo map's `/tiles/` and
/// `/geocode/` (in both modes), and the app.
pub fn app(setup: ServerSetup) -> Router {
    let api = match setup.upstream {
        Some(upstream) => proxy::router(upstream),
        None => georeport::router(georeport::GeoReport {
            store: setup.store,
            policy: Arc::new(setup.policy),
            media_dir: setup.media_dir.clone().map(Arc::new),
        }),
    };
    let api = match setup.post_limit {
        Some(limiter) => api.layer(axum::middleware::from_fn_with_state(limiter, limit::posts)),
        None => api,
    };
    let api = api.layer(RequestBodyLimitLayer::new(MAX_POST_BYTES));
    let api = faults::wrap(api, Arc::new(setup.faults))
        // Open311 replies are JSON or XML text: compressed for phones on slow networks, when the
        // client asks (the app's own files are precompressed at build time).
        .layer(tower_http::compression::CompressionLayer::new());
    let gazetteer = geocoder::Gazetteer::parse(DEMO_ADDRESSES).unwrap_or_else(|e| {
        // The file is built in and checked by the tests: the server still serves without it.
        eprintln!("frontdesk-server: demo geocoder: {e}");
        geocoder::Gazetteer::default()
    });
    let mut files = Router::new()
        .merge(tiles::router())
        .merge(geocoder::router(gazetteer));
    if let Some(media) = setup.media_dir {
        files = files.nest("/media", media::router(media));
    }
    if let Some(dist) = setup.dist {
        files = files
            .merge(manifest::router(dist.clone()))
            .merge(static_files::router(&dist, setup.locales.as_deref()));
    }
    // The notifier limits its own bodies (answering 413 in its JSON error shape).
    let notifier = setup
        .notifier
        .as_ref()
        .map(notify::Notifier::router)
        .unwrap_or_default();
    Router::new()
        .nest("/open311/v2", api)
        .merge(notifier)
        .merge(files.layer(RequestBodyLimitLayer::new(MAX_OTHER_BODY_BYTES)))
        .layer(axum::middleware::from_fn(paths::refuse_tricks))
        .layer(axum::middleware::from_fn(headers::everywhere))
}
