//! Proxy mode (`--upstream URL`): forwards `/open311/v2/X` to a real city's `URL/X`, adds the
//! api_key (which never reaches the browser), turns XML replies into JSON for XML-only servers,
//! and, wrapped by the faults layer, adds CORS. With timeouts and a size limit, so a slow or
//! huge upstream cannot hold the server.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The largest upstream reply passed on.
pub const MAX_REPLY_BYTES: u64 = 8 * 1024 * 1024;

/// What the upstream speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UpstreamFormat {
    /// JSON: replies pass through as they are.
    #[default]
    Json,
    /// XML only (Washington DC, old San Francisco): `.json` paths are asked for as `.xml` and
    /// the reply is converted to JSON with the spec's Spark convention.
    Xml,
}

/// Proxy settings.
#[derive(Debug, Clone)]
pub struct Upstream {
    /// The endpoint's base, e.g. `https://city.example/open311/v2` (no trailing slash).
    pub base_url: String,
    pub format: UpstreamFormat,
    /// Added to every POST (from `OPEN311_API_KEY`).
    pub api_key: Option<String>,
    /// The longest wait for an upstream answer.
    pub timeout: Duration,
}

#[derive(Clone)]
struct ProxyState {
    upstream: Arc<Upstream>,
    agent: ureq::Agent,
}

/// The proxy's routes, to be nested at `/open311/v2`.
pub fn router(upstream: Upstream) -> Router {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(upstream.timeout))
        .http_status_as_error(false)
        // A redirect could lead anywhere: the proxy talks to its upstream and nothing else.
        .max_redirects(0)
        .user_agent("frontdesk-server proxy")
        .build()
        .into();
    let state = ProxyState {
        upstream: Arc::new(Upstream {
            base_url: upstream.base_url.trim_end_matches('/').to_owned(),
            ..upstream
        }),
        agent,
    };
    Router::new()
        .fallback(forward)
        .layer(DefaultBodyLimit::max(crate::media::MAX_BYTES + 64 * 1024))
        .with_state(state)
}

/// A failure in a word or two for the log: `ureq`'s own text can carry the address.
fn failure_kind(error: &ureq::Error) -> &'static str {
    match error {
        ureq::Error::HostNotFound => "host not found",
        ureq::Error::ConnectionFailed => "connection failed",
        ureq::Error::Io(_) => "network error",
        ureq::Error::Tls(_) => "TLS error",
        ureq::Error::Timeout(_) => "timed out",
        _ => "other error",
    }
}

fn json_error(status: StatusCode, message: &str) -> Response {
    let body = serde_json::json!([{ "code": status.as_u16(), "description": message }]).to_string();
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn forward(State(state): State<ProxyState>, request: Request) -> Response {
    let method = request.method().clone();
    if method != Method::GET && method != Method::POST {
        return json_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "Only GET and POST are forwarded",
        );
    }
    let path = request.uri().path().trim_start_matches('/').to_owned();
    let query = request.uri().query().map(str::to_owned);
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = match axum::body::to_bytes(request.into_body(), crate::media::MAX_BYTES + 64 * 1024)
        .await
    {
        Ok(body) => body,
        Err(_) => return json_error(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large"),
    };
    let convert = state.upstream.format == UpstreamFormat::Xml && path.ends_with(".json");
    let upstream_path = if convert {
        format!("{}.xml", path.trim_end_matches(".json"))
    } else {
        path
    };
    let (body, query) = with_api_key(
        &state.upstream,
        &method,
        content_type.as_deref(),
        body,
        query,
    );
    let url = match query {
        Some(q) if !q.is_empty() => format!("{}/{upstream_path}?{q}", state.upstream.base_url),
        _ => format!("{}/{upstream_path}", state.upstream.base_url),
    };
    let agent = state.agent.clone();
    let result = tokio::task::spawn_blocking(move || {
        let response = if method == Method::POST {
            let mut post = agent.post(&url);
            if let Some(ct) = &content_type {
                post = post.header("Content-Type", ct);
            }
            post.send(&body[..])
        } else {
            agent.get(&url).call()
        }?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        // A busy city server's wait, passed on so the app's outbox honours it.
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = response
            .into_body()
            .into_with_config()
            .limit(MAX_REPLY_BYTES)
            .read_to_vec()?;
        Ok::<_, ureq::Error>((status, content_type, retry_after, bytes))
    })
    .await;
    let (status, upstream_type, retry_after, bytes) = match result {
        Ok(Ok(reply)) => reply,
        Ok(Err(ureq::Error::Timeout(_))) => {
            return json_error(
                StatusCode::GATEWAY_TIMEOUT,
                "The city's service request system did not answer in time",
            );
        }
        Ok(Err(ureq::Error::BodyExceedsLimit(_))) => {
            return json_error(
                StatusCode::BAD_GATEWAY,
                "The city's service request system sent a reply that is too large",
            );
        }
        Ok(Err(e)) => {
            // What failed, never the address (its query) or anything the resident sent.
            eprintln!(
                "frontdesk-server: upstream unreachable: {}",
                failure_kind(&e)
            );
            return json_error(
                StatusCode::BAD_GATEWAY,
                "The city's service request system cannot be reached",
            );
        }
        Err(_) => return json_error(StatusCode::BAD_GATEWAY, "The proxy failed"),
    };
    if (300..400).contains(&status) {
        eprintln!("frontdesk-server: upstream answered a redirect ({status}), not followed");
        return json_error(
            StatusCode::BAD_GATEWAY,
            "The city's service request system cannot be reached",
        );
    }
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    let looks_xml =
        upstream_type.as_deref().is_some_and(|t| t.contains("xml")) || bytes.starts_with(b"<?xml");
    if convert && looks_xml {
        let text = String::from_utf8_lossy(&bytes);
        return match open311::xml::to_value(&text) {
            Ok(value) => with_retry_after(
                (
                    status,
                    [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
                    value.to_string(),
                )
                    .into_response(),
                retry_after.as_deref(),
            ),
            Err(_) => json_error(
                StatusCode::BAD_GATEWAY,
                "The city's service request system sent a reply that is not valid XML",
            ),
        };
    }
    let mut response = Response::new(Body::from(Bytes::from(bytes)));
    *response.status_mut() = status;
    if let Some(value) = upstream_type.and_then(|t| HeaderValue::from_str(&t).ok()) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    with_retry_after(response, retry_after.as_deref())
}

/// `response` with the city server's `Retry-After`, when it sent one.
fn with_retry_after(mut response: Response, retry_after: Option<&str>) -> Response {
    if let Some(value) = retry_after.and_then(|v| HeaderValue::from_str(v).ok()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// Puts the api_key in a form POST's body (as the spec's example does); for multipart bodies
/// it goes in the query string, which servers also read. Any key the client sent is replaced.
fn with_api_key(
    upstream: &Upstream,
    method: &Method,
    content_type: Option<&str>,
    body: Bytes,
    query: Option<String>,
) -> (Bytes, Option<String>) {
    let Some(key) = upstream
        .api_key
        .as_deref()
        .filter(|_| method == Method::POST)
    else {
        return (body, query);
    };
    let strip = |pairs: &[u8]| -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form_urlencoded::parse(pairs).filter(|(k, _)| k != "api_key"))
            .append_pair("api_key", key)
            .finish()
    };
    if content_type.is_none_or(|t| t.starts_with("application/x-www-form-urlencoded")) {
        (Bytes::from(strip(&body)), query)
    } else {
        (body, Some(strip(query.unwrap_or_default().as_bytes())))
    }
}
