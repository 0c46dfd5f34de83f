//! Every page of the app: its path and the Fluent id of its title, and which page an address
//! shows with its parameters. Links and the router both take paths from here, so a path is
//! written once; the address is decoded here too (no browser needed), so the route table is
//! tested natively.

use crate::form::Step;

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppRoute {
    /// The service catalogue, the home page.
    Catalogue,
    /// A service's page: `/services/{code}`.
    Service,
    /// A step of a service's request form: `/services/{code}/request/{step}`.
    Request,
    /// What became of a request sent from this device: `/sent/{local id}`.
    Sent,
    /// The requests sent from this device, and lookup by reference: `/requests`.
    MyRequests,
    /// One request's status and timeline: `/requests/{id}`.
    Track,
    /// The accessibility statement.
    Accessibility,
    /// Any address the app does not know.
    NotFound,
}

impl AppRoute {
    /// The path segment that names the page (`""` for the home page).
    pub const fn segment(self) -> &'static str {
        match self {
            AppRoute::Catalogue => "",
            AppRoute::Service => "services",
            AppRoute::Request => "request",
            AppRoute::Sent => "sent",
            AppRoute::MyRequests | AppRoute::Track => "requests",
            AppRoute::Accessibility => "accessibility",
            AppRoute::NotFound => "",
        }
    }

    /// The absolute path for links.
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }

    /// The Fluent id of the page's title, which is also its h1.
    pub const fn title_id(self) -> &'static str {
        match self {
            AppRoute::Catalogue => "catalogue-title",
            AppRoute::Service => "service-loading",
            AppRoute::Request => "service-loading",
            AppRoute::Sent => "sent-title",
            AppRoute::MyRequests => "my-requests-title",
            AppRoute::Track => "track-loading",
            AppRoute::Accessibility => "accessibility-title",
            AppRoute::NotFound => "not-found-title",
        }
    }
}

/// `/{route's segment}/{value}`, the value as one percent-encoded segment.
fn under(route: AppRoute, value: &str) -> String {
    format!("/{}/{}", route.segment(), open311::encode::segment(value))
}

/// The path of a service's page; the code is one percent-encoded segment.
pub fn service_path(code: &str) -> String {
    under(AppRoute::Service, code)
}

/// The catalogue with a search query (`/?q=...`); the plain catalogue for an empty query.
pub fn search_path(query: &str) -> String {
    if query.is_empty() {
        AppRoute::Catalogue.path()
    } else {
        format!("/?q={}", open311::encode::form_escape(query))
    }
}

/// The path of a service's request form.
pub fn request_path(code: &str) -> String {
    format!("{}/{}", service_path(code), AppRoute::Request.segment())
}

/// The path of one step of a service's request form.
pub fn step_path(code: &str, step: Step) -> String {
    format!("{}/{}", request_path(code), step.slug())
}

/// The page of a request sent (or waiting to be sent) from this device.
pub fn sent_path(local_id: &str) -> String {
    under(AppRoute::Sent, local_id)
}

/// The page of a request on the city's server, by its reference.
pub fn track_path(service_request_id: &str) -> String {
    under(AppRoute::Track, service_request_id)
}

/// A page's parameters, decoded from its path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    /// The service code: `/services/{code}`, `/services/{code}/request/{step}`.
    pub code: Option<String>,
    /// The form step's slug: `/services/{code}/request/{step}`.
    pub step: Option<String>,
    /// The local id (`/sent/{id}`) or the city's reference (`/requests/{id}`).
    pub id: Option<String>,
}

/// The page `path` (percent-encoded, as in the address) shows, with its parameters. A trailing
/// slash is ignored; a segment that is not valid percent-encoding matches nothing.
pub fn matched(path: &str) -> (AppRoute, Params) {
    let segments: Option<Vec<String>> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(percent_decode)
        .collect();
    let Some(segments) = segments else {
        return (AppRoute::NotFound, Params::default());
    };
    let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
    let services = AppRoute::Service.segment();
    let request = AppRoute::Request.segment();
    let of = |code: &str| Some(code.to_owned());
    match parts.as_slice() {
        [] => (AppRoute::Catalogue, Params::default()),
        [s, code] if *s == services => (
            AppRoute::Service,
            Params {
                code: of(code),
                ..Params::default()
            },
        ),
        [s, code, r] if *s == services && *r == request => (
            AppRoute::Request,
            Params {
                code: of(code),
                ..Params::default()
            },
        ),
        [s, code, r, step] if *s == services && *r == request => (
            AppRoute::Request,
            Params {
                code: of(code),
                step: of(step),
                ..Params::default()
            },
        ),
        [s, id] if *s == AppRoute::Sent.segment() => (
            AppRoute::Sent,
            Params {
                id: of(id),
                ..Params::default()
            },
        ),
        [s] if *s == AppRoute::MyRequests.segment() => (AppRoute::MyRequests, Params::default()),
        [s, id] if *s == AppRoute::Track.segment() => (
            AppRoute::Track,
            Params {
                id: of(id),
                ..Params::default()
            },
        ),
        [s] if *s == AppRoute::Accessibility.segment() => {
            (AppRoute::Accessibility, Params::default())
        }
        _ => (AppRoute::NotFound, Params::default()),
    }
}

/// What makes a page another page: the service for a service's page and its form (moving
/// between a form's steps keeps the form), the id for a request's pages; nothing for the others.
pub fn page_key(route: AppRoute, params: &Params) -> Option<String> {
    match route {
        AppRoute::Service | AppRoute::Request => params.code.clone(),
        AppRoute::Sent | AppRoute::Track => params.id.clone(),
        _ => None,
    }
}

/// Whether the app shows `path` itself; not the Open311 API, the photos or the translation files
/// the server keeps, which links reach with an ordinary page load.
pub fn is_app_path(path: &str) -> bool {
    !["/open311/", "/media/", "/locales/"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
        && !["/open311", "/media", "/locales"].contains(&path)
}

/// Decodes one percent-encoded path segment as `decodeURIComponent` does: every `%XX` becomes its
/// byte, `+` stays a plus, and the bytes must be UTF-8. `None` for a `%` not followed by two hex
/// digits, or for bytes that are not UTF-8.
pub fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let digit = |b: u8| char::from(b).to_digit(16);
            out.push((digit(hex[0])? * 16 + digit(hex[1])?) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
