//! The city's files beside the app, fetched and read: the service inventory's topics and the
//! accessibility statement's facts.

use frontdesk_core::catalogue::{self, Catalogue, CatalogueError};
use frontdesk_core::statement::{self, Statement};
use open311::DecodeError;

use super::{ApiError, FetchError, api_error, fetch_text};
use crate::json;

/// Where the service inventory's topics live.
pub const CATALOGUE_URL: &str = "/catalogue.json";

/// Why the inventory's topics could not be had.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogueLoadError {
    Fetch(FetchError),
    Invalid(CatalogueError),
}

/// For the administrators' console: Debug text is compiled out of the release build.
impl std::fmt::Display for CatalogueLoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogueLoadError::Fetch(FetchError::Unreachable) => f.write_str("unreachable"),
            CatalogueLoadError::Fetch(FetchError::TimedOut) => f.write_str("timed out"),
            CatalogueLoadError::Fetch(FetchError::Status(status)) => write!(f, "HTTP {status}"),
            CatalogueLoadError::Invalid(error) => write!(f, "{error}"),
        }
    }
}

/// Loads and validates `/catalogue.json`, written in `city_language` (and any others it gives).
pub async fn load_catalogue(city_language: &str) -> Result<Catalogue, CatalogueLoadError> {
    let text = fetch_text(CATALOGUE_URL)
        .await
        .map_err(CatalogueLoadError::Fetch)?;
    catalogue::parse_with(&text, &json::parse, city_language).map_err(CatalogueLoadError::Invalid)
}

/// Where the accessibility statement's facts live (`public/accessibility.json`).
pub const STATEMENT_URL: &str = "/accessibility.json";

/// Loads and validates the accessibility statement's facts. A file that does not read is
/// [`ApiError::Malformed`], its problem (naming the key) in the console for whoever maintains it.
pub async fn load_statement() -> Result<Statement, ApiError> {
    let text = fetch_text(STATEMENT_URL).await.map_err(api_error)?;
    statement::parse_with(&text, &json::parse).map_err(|problem| {
        leptos::logging::warn!("{problem}");
        ApiError::Malformed(DecodeError::Syntax(problem.to_string()))
    })
}
