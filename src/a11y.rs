//! What assistive technology needs from a single-page app: on every in-app navigation focus
//! moves to the new page's h1 (or to the part of the page the address names) and the new title
//! is announced, and a polite live region that any
//! component can speak through. Nothing happens on first load, which the browser announces itself.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use web_sys::wasm_bindgen::JsCast;

/// The polite live region's text, as a `Copy` context.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
}

impl Announcer {
    /// Creates the announcer and provides it as context.
    pub fn provide() -> Announcer {
        let announcer = Announcer {
            message: RwSignal::new(String::new()),
        };
        provide_context(announcer);
        announcer
    }

    /// The announcer provided by [`Announcer::provide`].
    pub fn expect() -> Announcer {
        expect_context::<Announcer>()
    }

    /// Says `text` politely. The same text twice is said twice.
    pub fn say(&self, text: String) {
        // Emptying first makes screen readers notice a repeated message.
        self.message.set(String::new());
        let message = self.message;
        request_animation_frame(move || message.set(text));
    }

    /// The text currently in the live region. Reactive.
    pub fn message(&self) -> String {
        self.message.get()
    }
}

/// The live region itself: visually hidden, always in the page (a region added later is not
/// reliably announced).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = Announcer::expect();
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || announcer.message()}
        </div>
    }
}

/// Moves focus to the new page's h1 (or to the element the address' fragment names) and
/// announces the document title after each in-app navigation (not on first load). Call once, inside the router.
pub fn focus_on_navigation() {
    let router = crate::router::Router::expect();
    let announcer = Announcer::expect();
    Effect::new(move |previous: Option<String>| {
        let current = router.path();
        if previous.as_ref().is_some_and(|p| *p != current) {
            NAVIGATED.store(true, Ordering::Relaxed);
            // After the new page has rendered and set its title.
            request_animation_frame(move || focus_target_and_say(announcer));
        }
        current
    });
}

/// Whether the resident has moved within the app (focus is not moved on first load).
static NAVIGATED: AtomicBool = AtomicBool::new(false);

/// An address that names a part of the page (a "Change" link to one question) puts focus
/// there; otherwise the h1. Then the document title is said.
fn focus_target_and_say(announcer: Announcer) {
    let target = window()
        .location()
        .hash()
        .ok()
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .filter(|id| !id.is_empty() && document().get_element_by_id(id).is_some());
    match target {
        Some(id) => focus_by_id(&id),
        None => {
            focus_heading();
        }
    }
    announcer.say(document().title());
}

/// A page that arrived after a navigation had already moved focus (its code was still being
/// fetched): focus and the announcement go to it, as for any navigation. Nothing on first load.
pub fn focus_late_page() {
    if NAVIGATED.load(Ordering::Relaxed) {
        let announcer = Announcer::expect();
        request_animation_frame(move || focus_target_and_say(announcer));
    }
}

/// Moves focus to the page's h1 and returns its text, if there is one.
fn focus_heading() -> Option<String> {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let _ = heading.focus();
    heading.text_content()
}

/// After a page was redrawn in place (the control that had focus is gone): focus goes to the
/// new h1, which is also said.
pub fn focus_and_say_heading() {
    let announcer = Announcer::expect();
    request_animation_frame(move || {
        if let Some(text) = focus_heading() {
            announcer.say(text);
        }
    });
}

/// Runs `then` once the browser has painted. Not generic: every caller shares one adapter
/// between JavaScript and the app, which lives in the first module; a closure of its own type
/// per call site would put a copy of each caller's code there, even from the app's pieces.
pub fn after_paint(then: Box<dyn FnOnce()>) {
    request_animation_frame(then);
}

/// Moves focus to the element with `id` (the skip link's target), making it focusable first.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
}
