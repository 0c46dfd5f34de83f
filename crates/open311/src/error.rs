//! Errors: what a server said when it said no (in any of the shapes servers use), and what is
//! wrong with a reply that cannot be decoded.

use std::fmt;

use serde_json::Value;

use crate::value::{list, object, text};

/// A reply that is not the GeoReport v2 document it should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON (or not XML) at all; holds the parser's message.
    Syntax(String),
    /// Well-formed, but not the expected document; names what was expected.
    Shape(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Syntax(message) => write!(f, "the reply is not well-formed: {message}"),
            DecodeError::Shape(expected) => write!(f, "the reply is not {expected}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// What kind of refusal, from the HTTP status first (the body may say anything).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 400: missing or invalid arguments, or "any failure" (the CRM is down, a duplicate).
    BadRequest,
    /// 401/403: API key problems.
    Forbidden,
    /// 404: no such service, request, token or jurisdiction.
    NotFound,
    /// 408/504 and the like: the server gave up waiting.
    Timeout,
    /// 429: too many requests.
    TooManyRequests,
    /// Any 5xx.
    ServerError,
    /// Any other status.
    Other,
}

impl ErrorKind {
    /// The kind for an HTTP status.
    pub fn from_status(status: u16) -> ErrorKind {
        match status {
            400 | 409 | 422 => ErrorKind::BadRequest,
            401 | 403 => ErrorKind::Forbidden,
            404 | 410 => ErrorKind::NotFound,
            408 | 504 => ErrorKind::Timeout,
            429 => ErrorKind::TooManyRequests,
            500..=599 => ErrorKind::ServerError,
            _ => ErrorKind::Other,
        }
    }
}

/// One `{code, description}` of an errors array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorEntry {
    /// The server's code ("in most cases" the HTTP status), as text.
    pub code: Option<String>,
    /// Meant "to be seen by the user".
    pub description: String,
}

/// A server's refusal, with its own words when it gave any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open311Error {
    /// The HTTP status.
    pub status: u16,
    pub kind: ErrorKind,
    /// The errors the body carried; empty for an HTML page, an empty body or unknown shapes.
    pub errors: Vec<ErrorEntry>,
}

impl Open311Error {
    /// Decodes an error reply: a JSON errors array, a JSON object with `description` or
    /// Boston's `message`, an XML `<errors>` document, an HTML page, or nothing at all.
    pub fn decode(status: u16, body: &str) -> Open311Error {
        Open311Error::decode_with(status, body, |text| serde_json::from_str(text).ok())
    }

    /// [`Open311Error::decode`] with another JSON parser (the browser's, in the app).
    pub fn decode_with(
        status: u16,
        body: &str,
        parse: impl FnOnce(&str) -> Option<Value>,
    ) -> Open311Error {
        let body = body.trim_start_matches('\u{feff}').trim();
        let errors = if body.starts_with('[') || body.starts_with('{') {
            parse(body).map(|v| entries(&v)).unwrap_or_default()
        } else if body.starts_with("<?xml")
            || body.starts_with("<errors")
            || body.starts_with("<error")
        {
            xml_entries(body)
        } else {
            Vec::new()
        };
        Open311Error {
            status,
            kind: ErrorKind::from_status(status),
            errors,
        }
    }

    /// The server's messages joined for display, or `None` when it gave none.
    pub fn server_text(&self) -> Option<String> {
        let texts: Vec<&str> = self.errors.iter().map(|e| e.description.as_str()).collect();
        (!texts.is_empty()).then(|| texts.join("\n"))
    }
}

impl fmt::Display for Open311Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.server_text() {
            Some(text) => write!(f, "HTTP {}: {text}", self.status),
            None => write!(f, "HTTP {}", self.status),
        }
    }
}

impl std::error::Error for Open311Error {}

fn entries(value: &Value) -> Vec<ErrorEntry> {
    list(Some(value), &["errors", "error"])
        .into_iter()
        .filter_map(|item| {
            let o = object(item);
            let description = text(o.get("description"))
                .or_else(|| text(o.get("message")))
                .or_else(|| text(o.get("error")))
                .or_else(|| text(o.get("detail")))?;
            Some(ErrorEntry {
                code: text(o.get("code")),
                description: description.trim().to_owned(),
            })
        })
        .collect()
}

/// A tolerant reading of `<errors><error><code/><description/></error></errors>` that needs no
/// XML library (the browser app decodes error bodies too).
fn xml_entries(body: &str) -> Vec<ErrorEntry> {
    let inner = |block: &str, tag: &str| -> Option<String> {
        let open = format!("<{tag}>");
        let start = block.find(&open)? + open.len();
        let end = block[start..].find(&format!("</{tag}>"))? + start;
        let raw = block[start..end].trim();
        (!raw.is_empty()).then(|| unescape(raw))
    };
    body.split("<error>")
        .skip(1)
        .filter_map(|block| {
            let block = block.split("</error>").next().unwrap_or(block);
            Some(ErrorEntry {
                code: inner(block, "code"),
                description: inner(block, "description")?,
            })
        })
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_json_array() {
        let e = Open311Error::decode(
            400,
            r#"[{"code":400,"description":"service_code was not provided"}]"#,
        );
        assert_eq!(e.kind, ErrorKind::BadRequest);
        assert_eq!(
            e.errors,
            [ErrorEntry {
                code: Some("400".into()),
                description: "service_code was not provided".into()
            }]
        );
    }

    #[test]
    fn boston_message_object() {
        let e = Open311Error::decode(404, r#"{"message": "not found"}"#);
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert_eq!(e.server_text().as_deref(), Some("not found"));
    }

    #[test]
    fn html_page_and_empty_body_keep_the_status() {
        let e = Open311Error::decode(502, "<html><body><h1>Bad Gateway</h1></body></html>");
        assert_eq!((e.kind, e.errors.len()), (ErrorKind::ServerError, 0));
        assert_eq!(Open311Error::decode(403, "").kind, ErrorKind::Forbidden);
        assert_eq!(Open311Error::decode(500, "{not json").errors, []);
    }

    #[test]
    fn xml_errors_with_entities() {
        let e = Open311Error::decode(
            400,
            "<?xml version=\"1.0\"?><errors><error><code>400</code><description>a &amp; b</description></error><error><code>401</code><description>second</description></error></errors>",
        );
        assert_eq!(e.errors.len(), 2);
        assert_eq!(e.errors[0].description, "a & b");
        assert_eq!(e.to_string(), "HTTP 400: a & b\nsecond");
    }
}
