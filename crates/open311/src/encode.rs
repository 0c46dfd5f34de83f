//! Encoding what a client sends: the POST Service Request body (form-urlencoded UTF-8), the
//! GET Service Requests query, and endpoint URLs with ids as single path segments.

use crate::DateTime;

/// How a multi-valued answer is written: the spec's `attribute[code][]=a&attribute[code][]=b`,
/// or Boston's repeated `attribute[code]=a&attribute[code]=b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListStyle {
    #[default]
    Brackets,
    Repeated,
}

/// A new service request, as a resident composed it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewRequest {
    pub service_code: String,
    /// WGS84 point; sent with 6 decimals (about 10 cm).
    pub lat_long: Option<(f64, f64)>,
    pub address_string: Option<String>,
    pub address_id: Option<String>,
    /// Answers in question order: one value, or several for a multivaluelist.
    pub attributes: Vec<Answer>,
    pub email: Option<String>,
    pub device_id: Option<String>,
    pub account_id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub phone: Option<String>,
    pub description: Option<String>,
    pub media_url: Option<String>,
}

/// An answer to one attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub code: String,
    pub values: Vec<String>,
    /// A multivaluelist answer, written with [`ListStyle`] even when one value is chosen.
    pub multiple: bool,
}

impl NewRequest {
    /// The `application/x-www-form-urlencoded` body. `jurisdiction_id` and every optional field
    /// are left out when absent or empty (some servers reject an empty `jurisdiction_id=`).
    pub fn to_form(
        &self,
        jurisdiction_id: Option<&str>,
        api_key: Option<&str>,
        style: ListStyle,
    ) -> String {
        let mut form = Form::default();
        form.optional("api_key", api_key);
        form.optional("jurisdiction_id", jurisdiction_id);
        form.pair("service_code", &self.service_code);
        if let Some((lat, long)) = self.lat_long {
            form.pair("lat", &format!("{lat:.6}"));
            form.pair("long", &format!("{long:.6}"));
        }
        form.optional("address_string", self.address_string.as_deref());
        form.optional("address_id", self.address_id.as_deref());
        for field in [
            ("email", &self.email),
            ("device_id", &self.device_id),
            ("account_id", &self.account_id),
            ("first_name", &self.first_name),
            ("last_name", &self.last_name),
            ("phone", &self.phone),
            ("description", &self.description),
            ("media_url", &self.media_url),
        ] {
            form.optional(field.0, field.1.as_deref());
        }
        for answer in &self.attributes {
            let values = answer.values.iter().filter(|v| !v.is_empty());
            let name = match (answer.multiple, style) {
                (true, ListStyle::Brackets) => format!("attribute[{}][]", answer.code),
                _ => format!("attribute[{}]", answer.code),
            };
            for value in values {
                form.pair(&name, value);
            }
        }
        form.0
    }
}

/// Filters of GET Service Requests. Empty fields are not sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestsQuery {
    /// Overrides every other filter on the server.
    pub service_request_ids: Vec<String>,
    pub service_codes: Vec<String>,
    pub start_date: Option<DateTime>,
    pub end_date: Option<DateTime>,
    /// `open`, `closed`.
    pub statuses: Vec<String>,
    /// Common extension: the update history and extended attributes.
    pub extensions: bool,
    /// Common extension: paging.
    pub page: Option<u32>,
    pub page_size: Option<u32>,
}

impl RequestsQuery {
    /// The query string (without `?`), with `jurisdiction_id` when given.
    pub fn to_query(&self, jurisdiction_id: Option<&str>) -> String {
        let mut form = Form::default();
        form.optional("jurisdiction_id", jurisdiction_id);
        let joined = |items: &[String]| {
            items
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(",")
        };
        form.optional(
            "service_request_id",
            Some(&joined(&self.service_request_ids)),
        );
        form.optional("service_code", Some(&joined(&self.service_codes)));
        form.optional(
            "start_date",
            self.start_date.map(|d| d.to_w3c_utc()).as_deref(),
        );
        form.optional("end_date", self.end_date.map(|d| d.to_w3c_utc()).as_deref());
        form.optional("status", Some(&joined(&self.statuses)));
        if self.extensions {
            form.pair("extensions", "true");
        }
        form.optional("page", self.page.map(|p| p.to_string()).as_deref());
        form.optional(
            "page_size",
            self.page_size.map(|p| p.to_string()).as_deref(),
        );
        form.0
    }
}

/// Builds endpoint URLs from a base (`https://city.example/open311/v2` or `/open311/v2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: String,
    jurisdiction_id: Option<String>,
}

impl Endpoint {
    /// An endpoint; a trailing `/` on the base is ignored, an empty jurisdiction is none.
    pub fn new(base_url: &str, jurisdiction_id: Option<&str>) -> Endpoint {
        Endpoint {
            base: base_url.trim_end_matches('/').to_owned(),
            jurisdiction_id: jurisdiction_id
                .map(str::trim)
                .filter(|j| !j.is_empty())
                .map(str::to_owned),
        }
    }

    /// The jurisdiction to send, if any.
    pub fn jurisdiction_id(&self) -> Option<&str> {
        self.jurisdiction_id.as_deref()
    }

    fn url(&self, path: &str, query: String) -> String {
        if query.is_empty() {
            format!("{}/{path}", self.base)
        } else {
            format!("{}/{path}?{query}", self.base)
        }
    }

    fn jurisdiction_query(&self) -> String {
        let mut form = Form::default();
        form.optional("jurisdiction_id", self.jurisdiction_id());
        form.0
    }

    /// `GET services.json`.
    pub fn services(&self) -> String {
        self.url("services.json", self.jurisdiction_query())
    }

    /// `GET services/{code}.json`, the code as one percent-encoded segment.
    pub fn service_definition(&self, service_code: &str) -> String {
        self.url(
            &format!("services/{}.json", segment(service_code)),
            self.jurisdiction_query(),
        )
    }

    /// `POST requests.json` (the jurisdiction goes in the body).
    pub fn post_request(&self) -> String {
        self.url("requests.json", String::new())
    }

    /// `GET requests.json?...`.
    pub fn requests(&self, query: &RequestsQuery) -> String {
        self.url("requests.json", query.to_query(self.jurisdiction_id()))
    }

    /// `GET requests.json?` with a query string made elsewhere (a server's extension, such as
    /// the nearby search's), which carries its own `jurisdiction_id`.
    pub fn requests_with(&self, query: &str) -> String {
        self.url("requests.json", query.to_owned())
    }

    /// `GET requests/{id}.json`.
    pub fn request(&self, service_request_id: &str) -> String {
        self.url(
            &format!("requests/{}.json", segment(service_request_id)),
            self.jurisdiction_query(),
        )
    }

    /// `GET tokens/{token}.json`.
    pub fn token(&self, token: &str) -> String {
        self.url(
            &format!("tokens/{}.json", segment(token)),
            self.jurisdiction_query(),
        )
    }
}

#[derive(Default)]
struct Form(String);

impl Form {
    fn pair(&mut self, name: &str, value: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(&form_escape(name));
        self.0.push('=');
        self.0.push_str(&form_escape(value));
    }

    fn optional(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            self.pair(name, value);
        }
    }
}

/// application/x-www-form-urlencoded, UTF-8: unreserved bytes as they are, space as `+`.
pub fn form_escape(text: &str) -> String {
    escape(text, true)
}

/// One URL path segment: `/`, `?`, `#`, `%` and every non-unreserved byte escaped.
pub fn segment(text: &str) -> String {
    escape(text, false)
}

fn escape(text: &str, plus_for_space: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' if plus_for_space => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pothole() -> NewRequest {
        NewRequest {
            service_code: "POT/1".into(),
            lat_long: Some((43.5890452, -79.6441198)),
            address_string: Some("300 City Centre Dr".into()),
            description: Some("Deep hole\nnear the curb, 30 cm — café".into()),
            attributes: vec![
                Answer {
                    code: "WHERE".into(),
                    values: vec!["STREET".into()],
                    multiple: false,
                },
                Answer {
                    code: "ITEMS".into(),
                    values: vec!["a".into(), "b c".into()],
                    multiple: true,
                },
            ],
            email: Some(String::new()),
            ..NewRequest::default()
        }
    }

    #[test]
    fn form_body_with_brackets() {
        let body = pothole().to_form(None, Some("k&y"), ListStyle::Brackets);
        assert_eq!(
            body,
            "api_key=k%26y&service_code=POT%2F1&lat=43.589045&long=-79.644120&address_string=300+City+Centre+Dr\
             &description=Deep+hole%0Anear+the+curb%2C+30+cm+%E2%80%94+caf%C3%A9\
             &attribute%5BWHERE%5D=STREET&attribute%5BITEMS%5D%5B%5D=a&attribute%5BITEMS%5D%5B%5D=b+c"
        );
    }

    #[test]
    fn repeated_style_and_jurisdiction() {
        let body = pothole().to_form(Some("city.example"), None, ListStyle::Repeated);
        assert!(body.starts_with("jurisdiction_id=city.example&service_code="));
        assert!(body.ends_with("&attribute%5BITEMS%5D=a&attribute%5BITEMS%5D=b+c"));
        assert!(
            !body.contains("email"),
            "empty optional fields are not sent"
        );
    }

    #[test]
    fn never_an_empty_jurisdiction() {
        let e = Endpoint::new("/open311/v2/", Some(" "));
        assert_eq!(e.services(), "/open311/v2/services.json");
        assert_eq!(
            e.service_definition("A/B 7"),
            "/open311/v2/services/A%2FB%207.json"
        );
        let e = Endpoint::new("https://city.example/v2", Some("city.example"));
        assert_eq!(
            e.request("14-01"),
            "https://city.example/v2/requests/14-01.json?jurisdiction_id=city.example"
        );
        assert_eq!(
            e.token("t#1"),
            "https://city.example/v2/tokens/t%231.json?jurisdiction_id=city.example"
        );
    }

    #[test]
    fn requests_query() {
        let q = RequestsQuery {
            service_codes: vec!["001".into(), "002".into()],
            start_date: DateTime::parse("2026-11-01T10:00:00.123+01:00"),
            statuses: vec!["open".into()],
            extensions: true,
            ..RequestsQuery::default()
        };
        assert_eq!(
            Endpoint::new("/v2", None).requests(&q),
            "/v2/requests.json?service_code=001%2C002&start_date=2026-11-01T09%3A00%3A00Z&status=open&extensions=true"
        );
    }
}
