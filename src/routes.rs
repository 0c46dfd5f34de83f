//! Every page of the app: its path and the Fluent id of its title. Links and the router both
//! take paths from here, so a path is written once.

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
    /// The path segment the router matches (`""` for the home page).
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

/// The path of a service's page; the code is one percent-encoded segment.
pub fn service_path(code: &str) -> String {
    format!(
        "/{}/{}",
        AppRoute::Service.segment(),
        open311::encode::segment(code)
    )
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
pub fn step_path(code: &str, step: frontdesk_core::form::Step) -> String {
    format!("{}/{}", request_path(code), step.slug())
}

/// The page of a request sent (or waiting to be sent) from this device.
pub fn sent_path(local_id: &str) -> String {
    format!(
        "/{}/{}",
        AppRoute::Sent.segment(),
        open311::encode::segment(local_id)
    )
}

/// The page of a request on the city's server, by its reference.
pub fn track_path(service_request_id: &str) -> String {
    format!(
        "/{}/{}",
        AppRoute::Track.segment(),
        open311::encode::segment(service_request_id)
    )
}
