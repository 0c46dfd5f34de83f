//! Moving between pages without loading a new one: the address as a signal, links that stay in
//! the app, and the browser's back and forward. Written for this app instead of taking
//! leptos_router, which cost about 36 KB of brotli-compressed WebAssembly (369 -> 333 KB when
//! measured: a tenth of what every resident downloads first) for what the app does not use:
//! nested and lazy routes, route data, transitions. Which page an address shows is decided in
//! [`crate::routes`].

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::routes::{self, AppRoute, Params};

/// The address the app shows, as a `Copy` context.
#[derive(Clone, Copy)]
pub struct Router {
    /// The path, percent-encoded as in the address bar.
    path: RwSignal<String>,
    /// The query, without its `?`.
    query: RwSignal<String>,
}

impl Router {
    /// Reads the address, provides the router, and takes over the app's own links and the
    /// browser's back and forward buttons.
    pub fn provide() -> Router {
        let (path, query) = current();
        let router = Router {
            path: RwSignal::new(path),
            query: RwSignal::new(query),
        };
        provide_context(router);
        let back_forward = window_event_listener(leptos::ev::popstate, move |_| {
            let (path, query) = current();
            router.path.set(path);
            router.query.set(query);
        });
        let clicks = window_event_listener(leptos::ev::click, move |ev| router.follow(&ev));
        on_cleanup(move || {
            back_forward.remove();
            clicks.remove();
        });
        router
    }

    /// The router provided by [`Router::provide`].
    pub fn expect() -> Router {
        expect_context::<Router>()
    }

    /// The path, percent-encoded. Reactive.
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// The page at the current address. Reactive.
    pub fn route(&self) -> AppRoute {
        self.path.with(|path| routes::matched(path).0)
    }

    /// The current page's parameters (the service code, the step, the id), decoded. Reactive.
    pub fn params(&self) -> Params {
        self.path.with(|path| routes::matched(path).1)
    }

    /// The page at the current address and what makes it that page (see
    /// [`routes::page_key`]): a new value means a new page. Reactive.
    pub fn page(&self) -> (AppRoute, Option<String>) {
        self.path.with(|path| {
            let (route, params) = routes::matched(path);
            let key = routes::page_key(route, &params);
            (route, key)
        })
    }

    /// One parameter of the page being shown, for that page: it keeps its last value once the
    /// address is another page's (another kind, or another service or request), so a page on
    /// its way out never sees its parameters change (and never acts on that, such as sending
    /// the resident back to a form step).
    pub fn param(&self, pick: fn(Params) -> Option<String>) -> Memo<Option<String>> {
        let router = *self;
        let this_page = untrack(|| router.page());
        Memo::new(move |previous: Option<&Option<String>>| {
            if router.page() == this_page {
                pick(router.params())
            } else {
                previous.cloned().flatten()
            }
        })
    }

    /// The value of `key` in the query (`?q=pothole`), decoded. Reactive.
    pub fn query(&self, key: &str) -> Option<String> {
        self.query.with(|query| {
            web_sys::UrlSearchParams::new_with_str(query)
                .ok()
                .and_then(|params| params.get(key))
        })
    }

    /// Goes to `href` (a path in the app, with any query and fragment), as a new entry in the
    /// history; the new page starts at its top, or at the element the fragment names.
    pub fn go(&self, href: &str) {
        // The address already shown gets no second history entry (back would seem broken).
        let same = resolve(href).is_some_and(|url| {
            let here = window().location();
            here.href().ok().as_deref() == Some(url.href().as_str())
        });
        self.change(href, same, true);
    }

    /// Goes to `href` in place of the current entry (back does not return to it).
    pub fn replace(&self, href: &str) {
        self.change(href, true, true);
    }

    /// Changes the address in place, keeping the scroll position (the search box's query).
    pub fn replace_quietly(&self, href: &str) {
        self.change(href, true, false);
    }

    fn change(&self, href: &str, replace: bool, scroll: bool) {
        let Some(url) = resolve(href) else { return };
        let history = window().history().ok();
        let written = history.is_some_and(|history| {
            let result = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
            };
            result.is_ok()
        });
        if !written {
            // No History API: an ordinary page load still gets the resident there.
            let _ = window().location().set_href(href);
            return;
        }
        self.path.set(url.pathname());
        self.query
            .set(url.search().trim_start_matches('?').to_owned());
        if scroll {
            // After the new page has rendered.
            let hash = url.hash();
            request_animation_frame(move || scroll_to(&hash));
        }
    }

    /// A click on a link to a page of the app: shown here instead of loaded. Everything else
    /// (another site, a new tab, a download, a fragment of this page, a file the server keeps,
    /// a click a component already handled) is left to the browser. Components' `on:click`
    /// handlers sit on their elements (Leptos' event delegation is off), so they run before
    /// this listener on `window`, and a `prevent_default()` there is seen here.
    fn follow(&self, ev: &web_sys::MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let external = link
            .get_attribute("rel")
            .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
        if !link.target().is_empty() || link.has_attribute("download") || external {
            return;
        }
        let Some(url) = resolve(&link.href()) else {
            return;
        };
        let here = window().location();
        let same_page = here.pathname().ok().as_deref() == Some(url.pathname().as_str())
            && here.search().ok().as_deref() == Some(url.search().as_str());
        if url.origin() != here.origin().unwrap_or_default()
            || !routes::is_app_path(&url.pathname())
            || (same_page && !url.hash().is_empty())
        {
            return;
        }
        ev.prevent_default();
        self.go(&format!("{}{}{}", url.pathname(), url.search(), url.hash()));
    }
}

/// The path and query (without `?`) in the address bar.
fn current() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_else(|_| "/".into()),
        location
            .search()
            .unwrap_or_default()
            .trim_start_matches('?')
            .to_owned(),
    )
}

/// `href` as a full URL, relative to the current address.
fn resolve(href: &str) -> Option<web_sys::Url> {
    let base = window().location().href().ok()?;
    web_sys::Url::new_with_base(href, &base).ok()
}

/// Scrolls to the element a fragment (`#description`) names, or to the top.
fn scroll_to(hash: &str) {
    let id = hash.trim_start_matches('#');
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|id| id.as_string())
        .unwrap_or_else(|| id.to_owned());
    match document().get_element_by_id(&id).filter(|_| !id.is_empty()) {
        Some(element) => element.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// A link to a page of the app: an ordinary `<a>` (so it opens in a new tab, can be copied and
/// works before the app runs), which the router follows without a page load. `aria-current`
/// says "page" on the link to the page the resident is on.
#[component]
pub fn Link(
    /// A path in the app, with any query and fragment.
    #[prop(into)]
    href: String,
    /// Its class attribute, if any.
    #[prop(optional)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let router = Router::expect();
    let path = href.split(['?', '#']).next().unwrap_or_default().to_owned();
    let same = |a: &str, b: &str| a == b || a.trim_end_matches('/') == b.trim_end_matches('/');
    let current = move || router.path.with(|p| same(p, &path)).then_some("page");
    view! {
        <a href=href class=class aria-current=current>
            {children()}
        </a>
    }
}
