//! Everything the app fetches over HTTP. The only module that does HTTP.
//!
//! Failures are values a resident can be told about, never panics.

use frontdesk_core::config::{AppConfig, ConfigError};
use frontdesk_core::locale::{self, Language};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use web_sys::RequestCache;

/// Where the runtime configuration lives, relative to the app's origin.
pub const CONFIG_URL: &str = "/config.json";
/// Where the list of languages lives.
pub const LANGUAGES_URL: &str = "/locales/languages.json";

/// How long the app waits for one of its own files before saying so: long enough for a slow
/// phone network, short enough that nobody stares at "Loading…" for ever.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(20);

/// Why a file of the app's own could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, or the server is down.
    Unreachable,
    /// No answer within [`FETCH_TIMEOUT`].
    TimedOut,
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
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Unreachable)?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            FETCH_TIMEOUT,
        )
        .ok()
    };
    let failed = |_| {
        if timed_out.get() {
            FetchError::TimedOut
        } else {
            FetchError::Unreachable
        }
    };
    let result = async {
        let response = Request::get(url)
            .cache(RequestCache::NoCache)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await
            .map_err(failed)?;
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        // The timer also covers a body that stops arriving half way.
        response.text().await.map_err(failed)
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
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
