//! `frontdesk-server`'s parts, as a library so that tests can start them in-process: the
//! reference GeoReport v2 endpoint over SQLite, fault injection for tests, and the static app.

pub mod cors;
pub mod faults;
pub mod georeport;
pub mod media;
pub mod proxy;
pub mod render;
pub mod static_files;
pub mod store;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;

/// The seed catalogue loaded into an empty database.
pub const SEED_CATALOGUE: &str = include_str!("../seed/catalogue.json");

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
}

/// All routes: `/open311/v2/*` (with faults and CORS) and the app.
pub fn app(setup: ServerSetup) -> Router {
    let api = match setup.upstream {
        Some(upstream) => proxy::router(upstream),
        None => georeport::router(georeport::GeoReport {
            store: setup.store,
            policy: Arc::new(setup.policy),
            media_dir: setup.media_dir.clone().map(Arc::new),
        }),
    };
    let api = faults::wrap(api, Arc::new(setup.faults))
        // Open311 replies are JSON or XML text: compressed for phones on slow networks, when the
        // client asks (the app's own files are precompressed at build time).
        .layer(tower_http::compression::CompressionLayer::new());
    let mut router = Router::new().nest("/open311/v2", api);
    if let Some(media) = setup.media_dir {
        router = router.nest_service("/media", tower_http::services::ServeDir::new(media));
    }
    match setup.dist {
        Some(dist) => router.merge(static_files::router(&dist, setup.locales.as_deref())),
        None => router,
    }
}
