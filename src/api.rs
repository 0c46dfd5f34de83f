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

/// Where the list of languages lives.
pub const LANGUAGES_URL: &str = "/locales/languages.json";

/// Why a translation file could not be loaded (the app then falls back to English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleLoadError {
    Unreachable,
    Status(u16),
}

async fn fetch_text(url: &str) -> Result<String, LocaleLoadError> {
    let response = Request::get(url)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| LocaleLoadError::Unreachable)?;
    if !response.ok() {
        return Err(LocaleLoadError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|_| LocaleLoadError::Unreachable)
}

/// The languages on offer (`/locales/languages.json`); the built-in list when it cannot be had.
pub async fn load_languages() -> Vec<frontdesk_core::locale::Language> {
    match fetch_text(LANGUAGES_URL).await {
        Ok(text) => frontdesk_core::locale::parse_languages(&text).unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

/// A language's UI messages (`/locales/<code>/main.ftl`), fetched at run time so a translator's
/// edit shows on reload without rebuilding the app.
pub async fn load_messages(code: &str) -> Result<String, LocaleLoadError> {
    fetch_text(&format!("/locales/{code}/main.ftl")).await
}

/// A language's translations of the back end's text (`/locales/<code>/services.ftl`); `None`
/// when the language has none (the back end's own text is shown).
pub async fn load_service_messages(code: &str) -> Option<String> {
    fetch_text(&format!("/locales/{code}/services.ftl"))
        .await
        .ok()
}
