//! The web app manifest at `/manifest.webmanifest`, made on each request from the
//! `config.json` in `--dist` (`frontdesk_core::manifest`), so the installed app carries the
//! city's name and an edited config applies at once. A config that cannot be read falls back
//! to the file the build wrote (`frontdesk-server manifest --write`), if any.

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use frontdesk_core::config::AppConfig;

/// The media type browsers expect for a manifest.
pub const CONTENT_TYPE: &str = "application/manifest+json";

/// The manifest's text for a `config.json`'s text; the config's error when it cannot be read.
pub fn text_for(config_text: &str) -> Result<String, String> {
    let config = AppConfig::parse(config_text).map_err(|e| e.to_string())?;
    serde_json::to_string_pretty(&frontdesk_core::manifest::for_config(&config))
        .map_err(|e| e.to_string())
}

/// The route, for the app served from `dist`.
pub fn router(dist: PathBuf) -> Router {
    Router::new()
        .route(frontdesk_core::manifest::PATH, get(manifest))
        .with_state(Arc::new(dist))
}

async fn manifest(State(dist): State<Arc<PathBuf>>) -> Response {
    let made = tokio::fs::read_to_string(dist.join("config.json"))
        .await
        .ok()
        .and_then(|text| text_for(&text).ok());
    let text = match made {
        Some(text) => text,
        None => match tokio::fs::read_to_string(dist.join("manifest.webmanifest")).await {
            Ok(text) => text,
            Err(_) => return StatusCode::NOT_FOUND.into_response(),
        },
    };
    (
        [
            (header::CONTENT_TYPE, CONTENT_TYPE),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        text,
    )
        .into_response()
}
