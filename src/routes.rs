//! Every page of the app: its path and the Fluent id of its title. Links and the router both
//! take paths from here, so a path is written once.

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppRoute {
    /// The service catalogue, the home page.
    Catalogue,
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
            AppRoute::Accessibility => "accessibility-title",
            AppRoute::NotFound => "not-found-title",
        }
    }
}
