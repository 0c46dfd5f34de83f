//! Everything the app fetches over HTTP. The only module that does HTTP.
//!
//! Failures are values a resident can be told about, never panics.

use frontdesk_core::config::{AppConfig, ConfigError};
use frontdesk_core::locale::{self, Language};
use gloo_net::http::Request;
use web_sys::RequestCache;

/// Where the runtime configuration lives, relative to the app's origin.
pub const CONFIG_URL: &str = "/config.json";
/// Where the list of languages lives.
pub const LANGUAGES_URL: &str = "/locales/languages.json";

/// Why a file of the app's own could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, or the server is down.
    Unreachable,
    /// The server answered with this HTTP status (404 when the file is missing).
    Status(u16),
}

/// Why the configuration could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigLoadError {
    /// The file could not be fetched.
    Fetch(FetchError),
    /// The file arrived but cannot be used.
    Invalid(ConfigError),
}

/// Fetches a text file, always revalidating (these files change with a deployment or a
/// translator's edit, and the server answers 304 when they did not).
async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    response.text().await.map_err(|_| FetchError::Unreachable)
}

/// Loads and validates `/config.json`.
pub async fn load_config() -> Result<AppConfig, ConfigLoadError> {
    let text = fetch_text(CONFIG_URL)
        .await
        .map_err(ConfigLoadError::Fetch)?;
    AppConfig::parse(&text).map_err(ConfigLoadError::Invalid)
}

/// The languages on offer (`/locales/languages.json`); none when it cannot be had (the app
/// then offers only its default language).
pub async fn load_languages() -> Vec<Language> {
    match fetch_text(LANGUAGES_URL).await {
        Ok(text) => locale::parse_languages(&text).unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

/// A language's UI messages (`/locales/<code>/main.ftl`), fetched at run time so a translator's
/// edit shows on reload without rebuilding the app.
pub async fn load_messages(code: &str) -> Result<String, FetchError> {
    fetch_text(&format!("/locales/{code}/main.ftl")).await
}

/// A language's translations of the back end's text (`/locales/<code>/services.ftl`); `None`
/// when the language has none (the back end's own text is shown).
pub async fn load_service_messages(code: &str) -> Option<String> {
    fetch_text(&format!("/locales/{code}/services.ftl"))
        .await
        .ok()
}
