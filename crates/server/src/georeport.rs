//! The reference GeoReport v2 endpoint under `/open311/v2/`: discovery, the six methods in
//! `.json` and `.xml`, errors per spec (400/403/404 with an errors array), jurisdiction and
//! api_key policies, realtime, batch and blackbox services, filters and paging, and
//! `extensions=true` for the status history.
//!
//! Extensions of GET Service Requests for the app's map (`nearby.rs`): Helsinki's
//! `lat`/`long`/`radius` (metres, at most 5000) and Mark-a-Spot's
//! `bbox=minLng,minLat,maxLng,maxLat`. Either, or both (a request must then be in both), works
//! with the other filters, paging and the default 90 days; results come nearest first, and
//! requests without a location never match. A malformed or partial one is a 400 naming it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{
    DefaultBodyLimit, FromRequest, Multipart, Path, Query, RawQuery, Request, State,
};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use open311::{Datatype, ServiceType};
use serde_json::{Value, json};

use crate::media;
use crate::nearby::Nearby;
use crate::render::{self, Format};
use crate::store::{self, NewRecord, RequestFilter, Store};

/// The spec's default and maximum page: "first 1000 requests".
pub const MAX_PAGE: u32 = 1000;
/// The spec's longest date span: 90 days.
const MAX_SPAN_SECONDS: i64 = 90 * 86_400;
/// The spec's limit on a description.
pub const MAX_DESCRIPTION_CHARS: usize = 4000;

/// How the server treats `jurisdiction_id`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Jurisdiction {
    /// Accepted and ignored (a single-jurisdiction server).
    #[default]
    Ignore,
    /// Must be sent and equal this value (400 when missing, 404 when different).
    Require(String),
}

/// Settings of the reference endpoint.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// POST needs this api_key (403 when missing or wrong); `None`: no key checked.
    pub api_key: Option<String>,
    pub jurisdiction: Jurisdiction,
    /// Batch tokens never resolve.
    pub tokens_never_resolve: bool,
}

#[derive(Clone)]
pub struct GeoReport {
    pub store: Arc<Store>,
    pub policy: Arc<Policy>,
    /// Where uploaded photos are stored; `None`: uploads are refused.
    pub media_dir: Option<Arc<std::path::PathBuf>>,
}

/// The routes, to be nested at `/open311/v2`.
pub fn router(state: GeoReport) -> Router {
    Router::new()
        .route(
            "/{file}",
            get(root_document)
                .post(post_request)
                .layer(DefaultBodyLimit::max(media::MAX_BYTES + 64 * 1024)),
        )
        .route("/services/{file}", get(service_definition))
        .route("/requests/{file}", get(one_request))
        .route("/tokens/{file}", get(token))
        .with_state(state)
}

/// A refusal in the spec's shape.
pub struct Refusal {
    status: StatusCode,
    format: Format,
    messages: Vec<String>,
}

impl Refusal {
    fn new(status: StatusCode, format: Format, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            format,
            messages: vec![message.into()],
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let value = render::errors(self.status.as_u16(), &self.messages);
        document(self.status, self.format, "errors", &value)
    }
}

fn document(status: StatusCode, format: Format, root: &str, value: &Value) -> Response {
    let body = match format {
        Format::Json => value.to_string(),
        Format::Xml => render::to_xml(root, "item", value),
    };
    (
        status,
        [(header::CONTENT_TYPE, format.content_type())],
        body,
    )
        .into_response()
}

fn internal(format: Format) -> impl Fn(store::StoreError) -> Refusal {
    move |e| {
        eprintln!("frontdesk-server: database: {e}");
        Refusal::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format,
            "The service request system is not available. Please try again later.",
        )
    }
}

fn format_of(file: &str) -> Result<(&str, Format), Refusal> {
    Format::split(file).ok_or_else(|| {
        Refusal::new(
            StatusCode::NOT_FOUND,
            Format::Json,
            "Unknown format: use .json or .xml",
        )
    })
}

/// The spec: an optional argument sent empty behaves as if absent.
fn arg<'a>(args: &'a HashMap<String, String>, name: &str) -> Option<&'a str> {
    args.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn check_jurisdiction(policy: &Policy, given: Option<&str>, format: Format) -> Result<(), Refusal> {
    match (&policy.jurisdiction, given) {
        (Jurisdiction::Ignore, _) => Ok(()),
        (Jurisdiction::Require(_), None) => Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            format,
            "jurisdiction_id was not provided",
        )),
        (Jurisdiction::Require(expected), Some(given)) if given == expected => Ok(()),
        (Jurisdiction::Require(_), Some(given)) => Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("jurisdiction_id {given} was not found"),
        )),
    }
}

async fn root_document(
    State(state): State<GeoReport>,
    Path(file): Path<String>,
    Query(args): Query<HashMap<String, String>>,
) -> Result<Response, Refusal> {
    let (name, format) = format_of(&file)?;
    match name {
        "discovery" => Ok(discovery(format)),
        "services" => {
            check_jurisdiction(&state.policy, arg(&args, "jurisdiction_id"), format)?;
            let services = state.store.services().map_err(internal(format))?;
            Ok(document(
                StatusCode::OK,
                format,
                "services",
                &render::services(&services),
            ))
        }
        "requests" => list_requests(&state, &args, format),
        _ => Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("{name} is not a GeoReport v2 resource"),
        )),
    }
}

fn discovery(format: Format) -> Response {
    let value = json!({
        "changeset": "2026-11-23T00:00:00Z",
        "contact": "Frontdesk reference server: for development and tests only",
        "key_service": "Start the server with --api-key to require a key on POST",
        "endpoints": [{
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": "/open311/v2",
            "changeset": "2026-11-23T00:00:00Z",
            "type": "test",
            "formats": ["application/json", "text/xml"],
        }],
    });
    document(StatusCode::OK, format, "discovery", &value)
}

async fn service_definition(
    State(state): State<GeoReport>,
    Path(file): Path<String>,
    Query(args): Query<HashMap<String, String>>,
) -> Result<Response, Refusal> {
    let (code, format) = format_of(&file)?;
    check_jurisdiction(&state.policy, arg(&args, "jurisdiction_id"), format)?;
    let service = state.store.service(code).map_err(internal(format))?;
    let Some(service) = service else {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("service_code {code} was not found"),
        ));
    };
    Ok(document(
        StatusCode::OK,
        format,
        "service_definition",
        &render::definition(&service.definition),
    ))
}

fn list_requests(
    state: &GeoReport,
    args: &HashMap<String, String>,
    format: Format,
) -> Result<Response, Refusal> {
    check_jurisdiction(&state.policy, arg(args, "jurisdiction_id"), format)?;
    let list = |name: &str| -> Vec<String> {
        arg(args, name)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let date = |name: &str| -> Result<Option<i64>, Refusal> {
        match arg(args, name) {
            None => Ok(None),
            Some(text) => open311::DateTime::parse(text)
                .map(|d| Some(d.unix_seconds))
                .ok_or_else(|| {
                    Refusal::new(
                        StatusCode::BAD_REQUEST,
                        format,
                        format!("{name} is not a W3C date and time"),
                    )
                }),
        }
    };
    let now = store::now();
    let (mut start, mut end) = (date("start_date")?, date("end_date")?);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                format,
                "end_date is before start_date",
            ));
        }
        if e - s > MAX_SPAN_SECONDS {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                format,
                "start_date and end_date are more than 90 days apart",
            ));
        }
    }
    // The spec's default span: 90 days back from the end (or from now).
    match (start, end) {
        (None, Some(e)) => start = Some(e - MAX_SPAN_SECONDS),
        (Some(s), None) => end = Some(s + MAX_SPAN_SECONDS),
        (None, None) => start = Some(now - MAX_SPAN_SECONDS),
        _ => {}
    }
    let statuses = list("status");
    if let Some(bad) = statuses.iter().find(|s| *s != "open" && *s != "closed") {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            format,
            format!("status {bad} is not open or closed"),
        ));
    }
    let number = |name: &str, default: u32| -> Result<u32, Refusal> {
        arg(args, name).map_or(Ok(default), |v| {
            v.parse::<u32>().map_err(|_| {
                Refusal::new(
                    StatusCode::BAD_REQUEST,
                    format,
                    format!("{name} is not a whole number"),
                )
            })
        })
    };
    let page_size = number("page_size", MAX_PAGE)?.clamp(1, MAX_PAGE);
    let page = number("page", 1)?.max(1); // uReport: page 0 is page 1
    let nearby = Nearby::from_args(|name| arg(args, name))
        .map_err(|message| Refusal::new(StatusCode::BAD_REQUEST, format, message))?;
    let filter = RequestFilter {
        ids: list("service_request_id"),
        service_codes: list("service_code"),
        statuses,
        start,
        end,
        nearby,
        limit: page_size,
        offset: (page - 1).saturating_mul(page_size),
    };
    let extensions = arg(args, "extensions") == Some("true");
    let requests = state
        .store
        .requests(&filter, now, extensions)
        .map_err(internal(format))?;
    requests_document(state, &requests, extensions, format)
}

/// The `service_requests` document, each request named by the catalogue's service name.
fn requests_document(
    state: &GeoReport,
    requests: &[open311::ServiceRequest],
    extensions: bool,
    format: Format,
) -> Result<Response, Refusal> {
    let names: HashMap<String, String> = state
        .store
        .services()
        .map_err(internal(format))?
        .into_iter()
        .map(|s| (s.service.service_code, s.service.service_name))
        .collect();
    let value = render::requests(requests, |code| names.get(code).cloned(), extensions);
    Ok(document(StatusCode::OK, format, "service_requests", &value))
}

async fn one_request(
    State(state): State<GeoReport>,
    Path(file): Path<String>,
    Query(args): Query<HashMap<String, String>>,
) -> Result<Response, Refusal> {
    let (id, format) = format_of(&file)?;
    check_jurisdiction(&state.policy, arg(&args, "jurisdiction_id"), format)?;
    let extensions = arg(&args, "extensions") == Some("true");
    let request = state
        .store
        .request(id, store::now(), extensions)
        .map_err(internal(format))?;
    let Some(request) = request else {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("service_request_id {id} was not found"),
        ));
    };
    requests_document(&state, &[request], extensions, format)
}

async fn token(
    State(state): State<GeoReport>,
    Path(file): Path<String>,
    Query(args): Query<HashMap<String, String>>,
) -> Result<Response, Refusal> {
    let (token, format) = format_of(&file)?;
    check_jurisdiction(&state.policy, arg(&args, "jurisdiction_id"), format)?;
    match state
        .store
        .token(token, store::now())
        .map_err(internal(format))?
    {
        None => Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("token {token} was not found"),
        )),
        // Still being processed: as San Francisco and others do, 404 until the request exists.
        Some(None) => Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("token {token} has no service request yet"),
        )),
        Some(Some(id)) => {
            let value = json!([{ "service_request_id": id, "token": token }]);
            Ok(document(StatusCode::OK, format, "service_requests", &value))
        }
    }
}

/// The most photos one request may carry.
const MAX_PHOTOS: usize = 10;

/// Reads a multipart POST: text parts as form fields, each file part `media` as a photo.
async fn read_multipart(
    request: Request,
    format: Format,
) -> Result<(PostForm, Vec<media::Photo>), Refusal> {
    let bad = |message: &str| Refusal::new(StatusCode::BAD_REQUEST, format, message);
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|_| bad("The multipart body cannot be read"))?;
    let mut pairs = Vec::new();
    let mut photos = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| bad("The multipart body cannot be read"))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "media" {
            let bytes = field.bytes().await.map_err(|_| {
                Refusal::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format,
                    "The photo is larger than 10 MB",
                )
            })?;
            if bytes.is_empty() {
                continue;
            }
            if photos.len() == MAX_PHOTOS {
                return Err(bad("A request can carry at most 10 photos"));
            }
            photos.push(media::Photo::check(bytes).map_err(&bad)?);
        } else {
            let value = field
                .text()
                .await
                .map_err(|_| bad("A form field is not UTF-8 text"))?;
            pairs.push((name, value));
        }
    }
    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    Ok((parse_form(encoded.as_bytes()), photos))
}

/// The POST body's fields; `attribute[code]` and `attribute[code][]` both collect into answers.
#[derive(Default)]
struct PostForm {
    fields: HashMap<String, String>,
    answers: Vec<(String, Vec<String>)>,
}

fn parse_form(body: &[u8]) -> PostForm {
    let mut form = PostForm::default();
    for (name, value) in form_urlencoded::parse(body) {
        if let Some(rest) = name.strip_prefix("attribute[") {
            let code = rest.trim_end_matches("[]").trim_end_matches(']').to_owned();
            match form.answers.iter_mut().find(|(c, _)| *c == code) {
                Some((_, values)) => values.push(value.into_owned()),
                None => form.answers.push((code, vec![value.into_owned()])),
            }
        } else {
            form.fields.insert(name.into_owned(), value.into_owned());
        }
    }
    form
}

async fn post_request(
    State(state): State<GeoReport>,
    Path(file): Path<String>,
    RawQuery(query): RawQuery,
    request: Request,
) -> Result<Response, Refusal> {
    let (name, format) = format_of(&file)?;
    if name != "requests" {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("{name} does not accept POST"),
        ));
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/x-www-form-urlencoded")
        .to_owned();
    let (mut form, photos) = if content_type.starts_with("multipart/form-data") {
        read_multipart(request, format).await?
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let body = Bytes::from_request(request, &()).await.map_err(|_| {
            Refusal::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format,
                "The request is too large",
            )
        })?;
        (parse_form(&body), Vec::new())
    } else {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            format,
            "The request body must be application/x-www-form-urlencoded or multipart/form-data",
        ));
    };
    // Some clients put api_key or jurisdiction_id in the query string.
    for (k, v) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        form.fields
            .entry(k.into_owned())
            .or_insert_with(|| v.into_owned());
    }
    let mut record = validate(&state, &form, format)?;
    let mut urls = Vec::new();
    for photo in &photos {
        let Some(dir) = &state.media_dir else {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                format,
                "This server does not accept uploaded media",
            ));
        };
        let name = media::store(dir, photo).map_err(|e| {
            eprintln!("frontdesk-server: media: {e}");
            Refusal::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format,
                "The photo could not be stored. Please try again.",
            )
        })?;
        // A path on this server, not `http://{Host}/...`: behind a TLS proxy that address would
        // be plain http, which the app refuses to show (frontdesk_core::media). The app and
        // /media/ share this server's origin in both of its modes.
        urls.push(format!("/media/{name}"));
    }
    if !urls.is_empty() {
        record.media_url = Some(urls.remove(0));
        record.more_media = urls;
    }
    let now = store::now();
    let inserted = state
        .store
        .insert_request(&record, now)
        .map_err(internal(format))?;
    let service = state
        .store
        .service(&record.service_code)
        .map_err(internal(format))?;
    let service_type = service
        .map(|s| s.service.service_type)
        .unwrap_or(ServiceType::Realtime);
    let reply = match service_type {
        ServiceType::Realtime => {
            json!([{ "service_request_id": inserted.service_request_id, "service_notice": record.service_notice, "account_id": record.account_id }])
        }
        ServiceType::Batch => {
            json!([{ "token": inserted.token, "service_notice": record.service_notice, "account_id": record.account_id }])
        }
        ServiceType::Blackbox => {
            json!([{ "service_notice": record.service_notice, "account_id": record.account_id }])
        }
    };
    Ok(document(
        StatusCode::CREATED,
        format,
        "service_requests",
        &reply,
    ))
}

fn validate(state: &GeoReport, form: &PostForm, format: Format) -> Result<NewRecord, Refusal> {
    let bad = |message: String| Refusal::new(StatusCode::BAD_REQUEST, format, message);
    let field = |name: &str| arg(&form.fields, name).map(str::to_owned);
    if let Some(expected) = &state.policy.api_key
        && field("api_key").as_deref() != Some(expected.as_str())
    {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            format,
            "api_key is missing or not valid",
        ));
    }
    check_jurisdiction(&state.policy, field("jurisdiction_id").as_deref(), format)?;
    let code = field("service_code").ok_or_else(|| bad("service_code was not provided".into()))?;
    let service = state.store.service(&code).map_err(internal(format))?;
    let service = service.ok_or_else(|| {
        Refusal::new(
            StatusCode::NOT_FOUND,
            format,
            format!("service_code {code} was not found"),
        )
    })?;

    let coordinate = |name: &str, range: f64| -> Result<Option<f64>, Refusal> {
        match field(name) {
            None => Ok(None),
            Some(text) => match text.parse::<f64>() {
                Ok(v) if v.is_finite() && v.abs() <= range => Ok(Some(v)),
                _ => Err(bad(format!("{name} is not a valid coordinate"))),
            },
        }
    };
    let lat_long = match (coordinate("lat", 90.0)?, coordinate("long", 180.0)?) {
        (Some(lat), Some(long)) => Some((lat, long)),
        (None, None) => None,
        _ => return Err(bad("lat and long must be sent together".into())),
    };
    let address = field("address_string");
    let address_id = field("address_id");
    if lat_long.is_none() && address.is_none() && address_id.is_none() {
        return Err(bad(
            "A location is required: lat and long, address_string or address_id".into(),
        ));
    }
    let description = form
        .fields
        .get("description")
        .filter(|d| !d.trim().is_empty())
        .cloned();
    if description
        .as_ref()
        .is_some_and(|d| d.chars().count() > MAX_DESCRIPTION_CHARS)
    {
        return Err(bad(format!(
            "description is longer than {MAX_DESCRIPTION_CHARS} characters"
        )));
    }

    let mut answers = serde_json::Map::new();
    let mut problems = Vec::new();
    for attribute in service.definition.attributes.iter().filter(|a| a.variable) {
        let given: Vec<String> = form
            .answers
            .iter()
            .find(|(c, _)| *c == attribute.code)
            .map(|(_, v)| v.iter().filter(|s| !s.trim().is_empty()).cloned().collect())
            .unwrap_or_default();
        // Conditional questions may be hidden, so only unconditional ones can be required here.
        if given.is_empty() {
            if attribute.required && attribute.dependencies.is_none() {
                problems.push(format!("{} is required", attribute.description.trim()));
            }
            continue;
        }
        match attribute.datatype {
            Datatype::SingleValueList | Datatype::MultiValueList => {
                if let Some(wrong) = given
                    .iter()
                    .find(|g| !attribute.values.iter().any(|v| &v.key == *g))
                {
                    problems.push(format!("{wrong} is not a choice of {}", attribute.code));
                }
                if attribute.datatype == Datatype::SingleValueList && given.len() > 1 {
                    problems.push(format!("{} takes one choice", attribute.code));
                }
            }
            Datatype::Number if given[0].trim().parse::<f64>().is_err() => {
                problems.push(format!("{} must be a number", attribute.code))
            }
            Datatype::Datetime | Datatype::Date
                if open311::DateTime::parse(&given[0]).is_none() =>
            {
                problems.push(format!("{} must be a date", attribute.code))
            }
            _ => {}
        }
        answers.insert(attribute.code.clone(), json!(given));
    }
    if !problems.is_empty() {
        return Err(Refusal {
            status: StatusCode::BAD_REQUEST,
            format,
            messages: problems,
        });
    }

    let now = store::now();
    let id_ready_at = match service.service.service_type {
        ServiceType::Batch if state.policy.tokens_never_resolve => None,
        ServiceType::Batch => Some(now + service.batch_delay_seconds.unwrap_or(0).max(0)),
        _ => Some(now),
    };
    Ok(NewRecord {
        service_code: code,
        description,
        address,
        address_id,
        lat_long,
        email: field("email"),
        first_name: field("first_name"),
        last_name: field("last_name"),
        phone: field("phone"),
        device_id: field("device_id"),
        account_id: field("account_id"),
        media_url: field("media_url"),
        more_media: Vec::new(),
        attributes: answers,
        service_notice: service.service_notice.clone(),
        agency_responsible: service.agency_responsible.clone(),
        expected_at: service.expected_days.map(|d| now + d * 86_400),
        id_ready_at,
        with_token: service.service.service_type == ServiceType::Batch,
    })
}
