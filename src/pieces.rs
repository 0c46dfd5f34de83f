//! The app's pieces: pages whose code is not in the first module a resident downloads, but in
//! a WebAssembly piece of its own, fetched the first time the page is shown (and kept by the
//! service worker). The first module holds the shell, the router, i18n, the catalogue, the
//! service pages and the outbox; everything here comes later.
//!
//! Each split point is a `#[wasm_split]` function; `tools/wasm-bindgen-split` cuts the module
//! there at build time. Only the release build (`scripts/build-app.sh`, `--cfg
//! frontdesk_split`) has split points: component tests and development builds call the same
//! functions directly, since a module with split points runs only after the split. A piece that cannot be fetched (offline on a first visit, a deployment
//! that replaced it) is a value, never a panic: the page says so in words, with Try again and
//! the city's phone number, and nothing the resident typed is lost (drafts are on the device).

// The split macros emit `extern "C"` imports and `#[unsafe(no_mangle)]` exports: the only
// unsafe code in the app, written by the macro, not by hand.
#![allow(unsafe_code)]

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_split_helpers::SplitLoaderError;
#[cfg(frontdesk_split)]
use wasm_split_helpers::wasm_split;

use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::I18n;
use crate::pages::{
    my_requests::MyRequests, request::RequestPage, sent::SentPage, track::TrackPage,
};

/// A page that makes its view with code from its piece.
type MakeView = fn() -> AnyView;

/// The pages that live in pieces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// A service's request form, every step.
    Request,
    /// What became of a request sent from this device.
    Sent,
    /// My requests and lookup by reference.
    MyRequests,
    /// A request's page with its timeline.
    Track,
}

#[cfg_attr(
    frontdesk_split,
    wasm_split(request, fallible, preload(prefetch_request))
)]
fn request_page() -> Result<MakeView, SplitLoaderError> {
    Ok(|| view! { <RequestPage/> }.into_any())
}

#[cfg_attr(frontdesk_split, wasm_split(sent, fallible, preload(prefetch_sent)))]
fn sent_page() -> Result<MakeView, SplitLoaderError> {
    Ok(|| view! { <SentPage/> }.into_any())
}

#[cfg_attr(
    frontdesk_split,
    wasm_split(my_requests, fallible, preload(prefetch_my_requests))
)]
fn my_requests_page() -> Result<MakeView, SplitLoaderError> {
    Ok(|| view! { <MyRequests/> }.into_any())
}

#[cfg_attr(frontdesk_split, wasm_split(track, fallible, preload(prefetch_track)))]
fn track_page() -> Result<MakeView, SplitLoaderError> {
    Ok(|| view! { <TrackPage/> }.into_any())
}

/// The map of the location step (`crate::map`): a piece of its own, fetched only when a form's
/// location step with a map is shown (never by the idle prefetch; the service worker keeps it
/// for offline visits).
#[cfg_attr(frontdesk_split, wasm_split(map, fallible))]
fn map_picker() -> Result<fn(crate::map::PlaceProps) -> AnyView, SplitLoaderError> {
    Ok(crate::map::picker)
}

/// Telling residents when their request moves (`crate::notify`): a piece of its own, fetched
/// only when a page that offers updates is shown and the city's config offers them.
#[cfg_attr(frontdesk_split, wasm_split(notify, fallible))]
fn notify_offer() -> Result<fn(crate::notify::NotifyView) -> AnyView, SplitLoaderError> {
    Ok(crate::notify::make)
}

/// Calls a split point: awaited when the build splits, direct otherwise.
macro_rules! split_call {
    ($call:expr) => {{
        #[cfg(frontdesk_split)]
        let made = $call.await;
        #[cfg(not(frontdesk_split))]
        let made = $call;
        made
    }};
}

/// The map's styles: fetched with its piece, never on the first visit.
const MAP_STYLESHEET: &str = "/map.css";

/// Fetches the map's piece (once; a failure is retried on the next call) and its styles;
/// `None` when either cannot be had (the step then says so and works on without the map).
pub async fn load_map() -> Option<fn(crate::map::PlaceProps) -> AnyView> {
    let made = split_call!(map_picker()).ok()?;
    stylesheet(MAP_STYLESHEET).await.then_some(made)
}

/// The notifications' part of a page (`what`), once their piece has come; nothing when the
/// city offers no notifications, or while (or if) the piece cannot be had: updates are an
/// extra, and the page works without them.
pub fn notify_slot(
    what: impl Fn() -> crate::notify::NotifyView + Send + Sync + 'static,
) -> impl IntoView {
    let offered = Config::expect().with(|c| c.notify.is_some());
    let loaded = LocalResource::new(move || async move {
        if offered {
            split_call!(notify_offer()).ok()
        } else {
            None
        }
    });
    move || loaded.get().flatten().map(|make| make(what()))
}

/// Adds the stylesheet at `href` to the page once, and waits until it has loaded; `false` when
/// it failed (its link is taken out again, so that Try again asks anew).
async fn stylesheet(href: &'static str) -> bool {
    let document = document();
    let selector = format!("link[rel=stylesheet][href=\"{href}\"]");
    if document.query_selector(&selector).ok().flatten().is_some() {
        return true;
    }
    let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else {
        return false;
    };
    let (answer, loaded) = crate::answer::first_answer::<bool>();
    // Boxed: one adapter for both (see `a11y::after_paint`).
    let done: Box<dyn FnOnce()> = {
        let answer = answer.clone();
        Box::new(move || answer.give(true))
    };
    let failed: Box<dyn FnOnce()> = Box::new(move || answer.give(false));
    let (done, failed) = (Closure::once_into_js(done), Closure::once_into_js(failed));
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let _ = link.add_event_listener_with_callback("load", done.unchecked_ref());
    let _ = link.add_event_listener_with_callback("error", failed.unchecked_ref());
    if head.append_child(&link).is_err() {
        return false;
    }
    let ok = loaded.await.unwrap_or(false);
    if !ok {
        link.remove();
    }
    ok
}

impl Piece {
    /// Fetches the piece (once; a failure is retried on the next call) and its page's maker.
    async fn load(self) -> Result<MakeView, SplitLoaderError> {
        match self {
            Piece::Request => split_call!(request_page()),
            Piece::Sent => split_call!(sent_page()),
            Piece::MyRequests => split_call!(my_requests_page()),
            Piece::Track => split_call!(track_page()),
        }
    }
}

impl Piece {
    /// Every piece, the form first (the one a resident most often needs next).
    pub const ALL: [Piece; 4] = [Piece::Request, Piece::Sent, Piece::MyRequests, Piece::Track];

    /// Fetches the piece without showing it (a failure is left for when it is needed).
    pub async fn prefetch(self) {
        #[cfg(frontdesk_split)]
        let _ = match self {
            Piece::Request => prefetch_request().await,
            Piece::Sent => prefetch_sent().await,
            Piece::MyRequests => prefetch_my_requests().await,
            Piece::Track => prefetch_track().await,
        };
    }
}

/// Fetches every piece once the browser is idle (within a few seconds at the latest; called
/// once the first page is usable), unless
/// the connection asks for restraint (`frontdesk_core::pieces::may_prefetch`). After that,
/// every page works offline; the service worker keeps the pieces for later visits.
pub fn prefetch_when_idle() {
    if !may_prefetch_here() {
        return;
    }
    // One piece per idle moment: each piece's instantiation is a task of its own, so none of
    // them stands between the resident and a tap.
    leptos::task::spawn_local(async {
        for piece in Piece::ALL {
            next_idle().await;
            piece.prefetch().await;
        }
    });
}

/// Resolves when the browser is next idle (`requestIdleCallback`), and within
/// [`PREFETCH_WITHIN_MS`] at the latest; after that long where the browser has no such call.
async fn next_idle() {
    let (answer, idle) = crate::answer::first_answer::<()>();
    let callback = Closure::once_into_js(move || answer.give(()));
    let window = window();
    let request = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &PREFETCH_WITHIN_MS.into());
    let scheduled = request.is_some_and(|r| r.call2(&window, &callback, &options).is_ok());
    if !scheduled {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            PREFETCH_WITHIN_MS,
        );
    }
    let _ = idle.await;
}

/// Fetches `piece` once `element` (a Start button) comes into view, unless the connection asks
/// for restraint: by the time the resident taps it, the form is there.
pub fn prefetch_when_seen(element: &web_sys::Element, piece: Piece) {
    if !may_prefetch_here() {
        return;
    }
    let seen = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let visible = entries.iter().any(|entry| {
                entry
                    .unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if visible {
                observer.disconnect();
                leptos::task::spawn_local(piece.prefetch());
            }
        },
    );
    if let Ok(observer) = web_sys::IntersectionObserver::new(seen.as_ref().unchecked_ref()) {
        observer.observe(element);
        // Lives as long as the page: a few bytes per service page visited.
        seen.forget();
    }
}

/// The longest the prefetch waits for an idle moment before each piece (milliseconds).
const PREFETCH_WITHIN_MS: i32 = 3_000;

/// The resident's Save-Data setting and the connection's type, as the browser says them.
fn may_prefetch_here() -> bool {
    let connection = js_sys::Reflect::get(&window().navigator(), &"connection".into())
        .ok()
        .filter(|c| c.is_object());
    let field = |name: &str| {
        connection
            .as_ref()
            .and_then(|c| js_sys::Reflect::get(c, &name.into()).ok())
    };
    let save_data = field("saveData").and_then(|v| v.as_bool()).unwrap_or(false);
    let effective_type = field("effectiveType").and_then(|v| v.as_string());
    frontdesk_core::pieces::may_prefetch(save_data, effective_type.as_deref())
}

/// Try again: online, the page is loaded anew (a deployment may have replaced the pieces this
/// page knew; drafts and records are on the device); offline, the piece is asked for again.
fn try_again(attempt: RwSignal<u32>) {
    if crate::api::is_online() {
        let _ = window().location().reload();
    } else {
        attempt.update(|n| *n += 1);
    }
}

/// The page in `piece`: "Loading…" while it is fetched, then the page; if it cannot be had, a
/// message with Try again and the city's phone number.
#[component]
pub fn PiecePage(piece: Piece) -> impl IntoView {
    let i18n = I18n::expect();
    let attempt = RwSignal::new(0u32);
    let loaded = LocalResource::new(move || {
        attempt.track();
        piece.load()
    });
    // "Loading the page…" took the focus a navigation gives: the page gets it when it comes.
    let waited = StoredValue::new(false);
    move || match loaded.get() {
        None => {
            waited.set_value(true);
            view! {
            <PageHeading text=Signal::derive(move || i18n.tr("piece-loading"))/>
            <p class="loading" role="status">{move || i18n.tr("piece-loading")}</p>
            }
            .into_any()
        }
        Some(Ok(make)) => {
            if waited.get_value() {
                crate::a11y::focus_late_page();
            }
            make()
        }
        Some(Err(_)) => {
            let phone = Config::expect().with(|c| c.help.phone.clone());
            view! {
                <PageHeading text=Signal::derive(move || i18n.tr("piece-failed-title")) error=true/>
                <div class="notice notice--error" role="alert">
                    <p>{move || i18n.tr("piece-failed")}</p>
                    <p>{move || i18n.tr_with("piece-failed-phone", &[("phone", FluentValue::from(phone.clone()))])}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| try_again(attempt)>
                        {move || i18n.tr("catalogue-retry")}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}
