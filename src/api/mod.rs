//! Everything the app fetches over HTTP. The only module that does HTTP.
//!
//! Failures are values a resident can be told about, never panics.

use frontdesk_core::config::{AppConfig, ConfigError};
use frontdesk_core::failure;
use frontdesk_core::locale::{self, Language};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

mod files;
mod notifier;

pub use notifier::{NotifierMethod, notifier_call};

use crate::answer::first_answer;
use crate::json;
use gloo_net::http::Request;
use leptos::prelude::*;
use open311::encode::{Endpoint, RequestsQuery};
use open311::{DecodeError, Open311Error, Service, ServiceDefinition, ServiceRequest, Submitted};
use serde_json::Value;
use web_sys::RequestCache;

/// Where the runtime configuration lives, relative to the app's origin.
/// index.html preloads this, `LANGUAGES_URL` and `CATALOGUE_URL`: keep the paths in step.
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

/// An answer that arrived: its HTTP status, body, and `Retry-After` header (a cross-origin
/// server must list it in `Access-Control-Expose-Headers` for the app to see it).
struct Reply {
    status: u16,
    body: String,
    retry_after: Option<String>,
}

/// GETs `url` within [`FETCH_TIMEOUT`] and reads the whole body, whatever the status.
async fn get(url: &str, cache: RequestCache) -> Result<Reply, FetchError> {
    exchange(url, None, cache).await
}

/// GETs `url`, or POSTs `form` (urlencoded) to it, within [`FETCH_TIMEOUT`].
async fn exchange(url: &str, form: Option<&str>, cache: RequestCache) -> Result<Reply, FetchError> {
    exchange_with(url, form, cache, None).await
}

/// [`exchange`], GETs with another referrer policy than the page's when given.
async fn exchange_with(
    url: &str,
    form: Option<&str>,
    cache: RequestCache,
    referrer: Option<web_sys::ReferrerPolicy>,
) -> Result<Reply, FetchError> {
    let (controller, timed_out, timer) = abort_on_timeout()?;
    let failed = |_| failure(&timed_out);
    let result = async {
        let signal = controller.signal();
        let response = match form {
            None => {
                let request = Request::get(url).cache(cache).abort_signal(Some(&signal));
                match referrer {
                    Some(policy) => request.referrer_policy(policy),
                    None => request,
                }
                .send()
                .await
            }
            Some(form) => {
                Request::post(url)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .abort_signal(Some(&signal))
                    .body(form.to_owned())
                    .map_err(|_| FetchError::Unreachable)?
                    .send()
                    .await
            }
        }
        .map_err(failed)?;
        // The timer also covers a body that stops arriving half way.
        let body = response.text().await.map_err(failed)?;
        Ok(Reply {
            status: response.status(),
            body,
            retry_after: response.headers().get("retry-after"),
        })
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}

/// An abort controller that aborts after [`FETCH_TIMEOUT`], the flag that says it did, and the
/// timer (to clear once the answer is in).
type Deadline = (
    web_sys::AbortController,
    Rc<Cell<bool>>,
    Option<TimeoutHandle>,
);

/// Why a fetch under a [`Deadline`] failed: its time ran out, or no answer came.
fn failure(timed_out: &Cell<bool>) -> FetchError {
    if timed_out.get() {
        FetchError::TimedOut
    } else {
        FetchError::Unreachable
    }
}

/// A [`Deadline`] starting now.
fn abort_on_timeout() -> Result<Deadline, FetchError> {
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
    Ok((controller, timed_out, timer))
}

/// Fetches one of the app's own text files, always revalidating (these files change with a
/// deployment or a translator's edit, and the server answers 304 when they did not).
async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let reply = get(url, RequestCache::NoCache).await?;
    if (200..300).contains(&reply.status) {
        Ok(reply.body)
    } else {
        Err(FetchError::Status(reply.status))
    }
}

/// Loads and validates `/config.json`.
pub async fn load_config() -> Result<AppConfig, ConfigLoadError> {
    let text = fetch_text(CONFIG_URL)
        .await
        .map_err(ConfigLoadError::Fetch)?;
    AppConfig::parse_with(&text, &json::parse).map_err(ConfigLoadError::Invalid)
}

/// The languages on offer (`/locales/languages.json`); none when it cannot be had (the app
/// then offers only its default language).
pub async fn load_languages() -> Vec<Language> {
    match fetch_text(LANGUAGES_URL).await {
        Ok(text) => locale::parse_languages_with(&text, &json::parse).unwrap_or_default(),
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

pub use files::{CATALOGUE_URL, CatalogueLoadError, STATEMENT_URL, load_catalogue, load_statement};
pub use frontdesk_core::failure::ApiError;

/// The [`ApiError`] for a file that could not be fetched.
fn api_error(error: FetchError) -> ApiError {
    match error {
        FetchError::TimedOut => ApiError::TimedOut,
        FetchError::Status(status) => ApiError::refused_status(status),
        FetchError::Unreachable if !is_online() => ApiError::Offline,
        FetchError::Unreachable => ApiError::Unreachable,
    }
}

/// A 2xx reply decoded with `decode`; any other status is the server's refusal, in its words.
fn answer<T>(
    reply: &Reply,
    decode: impl FnOnce(&Value) -> Result<T, DecodeError>,
) -> Result<T, ApiError> {
    if !(200..300).contains(&reply.status) {
        let now = (js_sys::Date::now() / 1000.0) as i64;
        return Err(ApiError::Refused {
            error: Open311Error::decode_with(reply.status, &reply.body, json::parse),
            retry_after: reply
                .retry_after
                .as_deref()
                .and_then(|v| failure::parse_retry_after(v, now)),
        });
    }
    decode_json(&reply.body, decode).map_err(ApiError::Malformed)
}

/// An Open311 JSON document, parsed by the browser and decoded by `open311` (a byte-order mark
/// is not JSON, but some servers send one).
pub fn decode_json<T>(
    text: &str,
    decode: impl FnOnce(&Value) -> Result<T, DecodeError>,
) -> Result<T, DecodeError> {
    let tree = json::parse(text.trim_start_matches('\u{feff}'))
        .ok_or_else(|| DecodeError::Syntax("not JSON".to_owned()))?;
    decode(&tree)
}

/// GETs a JSON answer from another service the city names (the map's geocoder), within
/// [`FETCH_TIMEOUT`], with the page's origin as referrer (public Nominatim servers refuse
/// requests without one).
pub async fn get_json(url: &str) -> Result<Value, ApiError> {
    let reply = exchange_with(
        url,
        None,
        RequestCache::Default,
        Some(web_sys::ReferrerPolicy::StrictOrigin),
    )
    .await
    .map_err(api_error)?;
    if !(200..300).contains(&reply.status) {
        return Err(ApiError::refused_status(reply.status));
    }
    json::parse(&reply.body)
        .ok_or_else(|| ApiError::Malformed(DecodeError::Syntax("not JSON".to_owned())))
}

/// Whether the browser believes it is online.
pub fn is_online() -> bool {
    window().navigator().on_line()
}

/// The city's Open311 server, as configured: a `Copy` context.
#[derive(Clone, Copy)]
pub struct Api {
    endpoint: StoredValue<Endpoint>,
}

impl Api {
    /// Provides the client for the configured endpoint.
    pub fn provide(config: &AppConfig) -> Api {
        let api = Api {
            endpoint: StoredValue::new(Endpoint::new(
                &config.open311.base_url,
                config.open311.jurisdiction_id.as_deref(),
            )),
        };
        provide_context(api);
        api
    }

    /// The client provided by [`Api::provide`].
    pub fn expect() -> Api {
        expect_context::<Api>()
    }

    /// GETs an Open311 document and decodes a 2xx reply with `decode`; the body comes back
    /// too, for callers that keep a copy on the device.
    async fn fetch<T>(
        &self,
        url: String,
        decode: impl FnOnce(&Value) -> Result<T, DecodeError>,
    ) -> Result<(T, String), ApiError> {
        let reply = get(&url, RequestCache::Default).await.map_err(api_error)?;
        let value = answer(&reply, decode)?;
        Ok((value, reply.body))
    }

    /// `GET services.json`, with the body as received.
    pub async fn services(&self) -> Result<(Vec<Service>, String), ApiError> {
        let url = self.endpoint.with_value(Endpoint::services);
        self.fetch(url, open311::decode::services_from_value).await
    }

    /// `GET services/{code}.json`.
    pub async fn service_definition(&self, code: &str) -> Result<ServiceDefinition, ApiError> {
        let url = self.endpoint.with_value(|e| e.service_definition(code));
        self.fetch(url, open311::decode::service_definition_from_value)
            .await
            .map(|(definition, _)| definition)
    }

    /// A service's questions: `GET services/{code}.json` when the service says it has some
    /// (`metadata`); `None` when it asks nothing beyond the description.
    pub async fn questions(
        &self,
        service: &Service,
    ) -> Option<Result<ServiceDefinition, ApiError>> {
        if service.metadata {
            Some(self.service_definition(&service.service_code).await)
        } else {
            None
        }
    }

    /// `POST requests.json` with a form body made by `open311::encode::NewRequest::to_form`.
    pub async fn post_request(&self, body: &str) -> Result<Submitted, ApiError> {
        let url = self.endpoint.with_value(Endpoint::post_request);
        let reply = exchange(&url, Some(body), RequestCache::NoStore)
            .await
            .map_err(api_error)?;
        answer(&reply, open311::decode::submitted_from_value)
    }

    /// `POST requests.json` as multipart/form-data: the form's fields, then each photo as a
    /// `media` file part. Through XMLHttpRequest, because fetch reports no upload progress;
    /// `progress` gets the share sent so far (0 to 1).
    pub async fn post_request_with_photos(
        &self,
        body: &str,
        photos: &[web_sys::Blob],
        progress: impl Fn(f64) + 'static,
    ) -> Result<Submitted, ApiError> {
        let url = self.endpoint.with_value(Endpoint::post_request);
        let reply = upload(&url, body, photos, progress)
            .await
            .map_err(api_error)?;
        answer(&reply, open311::decode::submitted_from_value)
    }

    /// `GET requests.json?...`, never from the browser's cache (statuses change).
    pub async fn requests(&self, query: &RequestsQuery) -> Result<Vec<ServiceRequest>, ApiError> {
        let url = self.endpoint.with_value(|e| e.requests(query));
        let reply = get(&url, RequestCache::NoCache).await.map_err(api_error)?;
        answer(&reply, open311::decode::requests_from_value)
    }

    /// `GET requests.json?{query}`, the query made by `frontdesk_core::nearby::query`.
    pub async fn requests_near(&self, query: &str) -> Result<Vec<ServiceRequest>, ApiError> {
        let url = self.endpoint.with_value(|e| e.requests_with(query));
        let reply = get(&url, RequestCache::NoCache).await.map_err(api_error)?;
        answer(&reply, open311::decode::requests_from_value)
    }

    /// `GET requests/{id}.json?extensions=true` (the notes, where the server keeps them).
    /// `Ok(None)` when the city has no such request.
    pub async fn request(
        &self,
        service_request_id: &str,
    ) -> Result<Option<ServiceRequest>, ApiError> {
        let url = self.endpoint.with_value(|e| e.request(service_request_id));
        let url = format!(
            "{url}{}extensions=true",
            if url.contains('?') { '&' } else { '?' }
        );
        let reply = get(&url, RequestCache::NoCache).await.map_err(api_error)?;
        if matches!(reply.status, 404 | 410) {
            return Ok(None);
        }
        answer(&reply, open311::decode::single_request_from_value).map(Some)
    }

    /// `GET tokens/{token}.json`: the id the token became, or `Ok(None)` while the city is
    /// still processing it (404, or a reply without an id).
    pub async fn token(&self, token: &str) -> Result<Option<String>, ApiError> {
        let url = self.endpoint.with_value(|e| e.token(token));
        let reply = get(&url, RequestCache::NoCache).await.map_err(api_error)?;
        if reply.status == 404 {
            return Ok(None);
        }
        answer(&reply, open311::decode::token_replies_from_value)
            .map(|replies| replies.into_iter().find_map(|r| r.service_request_id))
    }

    /// The jurisdiction to send with a request, if the city has one.
    pub fn jurisdiction_id(&self) -> Option<String> {
        self.endpoint
            .with_value(|e| e.jurisdiction_id().map(str::to_owned))
    }

    /// A name for the endpoint, to keep saved copies of different servers apart.
    pub fn cache_key(&self) -> String {
        self.endpoint.with_value(Endpoint::services)
    }
}

/// How long an upload with photos may take: a few MB on a slow phone network.
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(120);

/// POSTs the urlencoded `body`'s fields and `photos` as multipart/form-data.
async fn upload(
    url: &str,
    body: &str,
    photos: &[web_sys::Blob],
    progress: impl Fn(f64) + 'static,
) -> Result<Reply, FetchError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    let form = web_sys::FormData::new().map_err(|_| FetchError::Unreachable)?;
    let fields =
        web_sys::UrlSearchParams::new_with_str(body).map_err(|_| FetchError::Unreachable)?;
    if let Ok(Some(entries)) = js_sys::try_iter(&fields) {
        for entry in entries.flatten() {
            let pair: js_sys::Array = entry.unchecked_into();
            let (name, value) = (pair.get(0).as_string(), pair.get(1).as_string());
            if let (Some(name), Some(value)) = (name, value) {
                let _ = form.append_with_str(&name, &value);
            }
        }
    }
    for (i, photo) in photos.iter().enumerate() {
        let _ = form.append_with_blob_and_filename("media", photo, &format!("photo-{}.jpg", i + 1));
    }
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| FetchError::Unreachable)?;
    xhr.open_with_async("POST", url, true)
        .map_err(|_| FetchError::Unreachable)?;
    xhr.set_timeout(UPLOAD_TIMEOUT.as_millis() as u32);
    let (answer, receiver) = first_answer::<Result<(), FetchError>>();
    let settle = move |outcome: Result<(), FetchError>| {
        let answer = answer.clone();
        Closure::<dyn FnMut()>::new(move || answer.give(outcome))
    };
    let on_load = settle(Ok(()));
    let on_error = settle(Err(FetchError::Unreachable));
    let on_timeout = settle(Err(FetchError::TimedOut));
    let on_progress =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
            if event.length_computable() && event.total() > 0.0 {
                progress(event.loaded() / event.total());
            }
        });
    xhr.set_onload(Some(on_load.as_ref().unchecked_ref()));
    xhr.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    xhr.set_onabort(Some(on_error.as_ref().unchecked_ref()));
    xhr.set_ontimeout(Some(on_timeout.as_ref().unchecked_ref()));
    if let Ok(target) = xhr.upload() {
        target.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    xhr.send_with_opt_form_data(Some(&form))
        .map_err(|_| FetchError::Unreachable)?;
    let outcome = receiver.await.unwrap_or(Err(FetchError::Unreachable));
    // The handlers live until the request has ended.
    drop((on_load, on_error, on_timeout, on_progress));
    outcome?;
    Ok(Reply {
        status: xhr.status().unwrap_or(0),
        body: xhr.response_text().ok().flatten().unwrap_or_default(),
        retry_after: xhr.get_response_header("retry-after").ok().flatten(),
    })
}
