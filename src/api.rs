//! Everything the app fetches over HTTP. The only module that does HTTP.
//!
//! Failures are values a resident can be told about, never panics.

use frontdesk_core::config::{AppConfig, ConfigError};
use gloo_net::http::Request;
use web_sys::RequestCache;

/// Where the runtime configuration lives, relative to the app's origin.
pub const CONFIG_URL: &str = "/config.json";

/// Why the configuration could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigLoadError {
    /// No answer at all: offline, or the server is down.
    Unreachable,
    /// The server answered with this HTTP status (404 when the file is missing).
    Status(u16),
    /// The file arrived but cannot be used.
    Invalid(ConfigError),
}

/// Loads and validates `/config.json`, always revalidating so a new deployment applies at once.
pub async fn load_config() -> Result<AppConfig, ConfigLoadError> {
    let response = Request::get(CONFIG_URL)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| ConfigLoadError::Unreachable)?;
    if !response.ok() {
        return Err(ConfigLoadError::Status(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|_| ConfigLoadError::Unreachable)?;
    AppConfig::parse(&text).map_err(ConfigLoadError::Invalid)
}
