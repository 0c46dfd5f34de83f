//! Frontdesk: a city's resident self-service front end (Leptos, client-side rendered).
//!
//! Start-up: [`mount`] loads `/config.json` while the static shell in index.html is on screen,
//! then replaces the shell with [`App`] (or with [`pages::config_problem::ConfigProblem`] when
//! the settings cannot be used).

pub mod a11y;
pub mod api;
pub mod components;
pub mod config;
pub mod i18n;
pub mod pages;
pub mod routes;

use frontdesk_core::config::AppConfig;
use leptos::prelude::*;
use leptos_router::StaticSegment;
use leptos_router::components::{Route, Router, Routes};
use web_sys::wasm_bindgen::JsCast;

use crate::a11y::Announcer;
use crate::components::layout::Layout;
use crate::config::Config;
use crate::i18n::I18n;
use crate::pages::{
    accessibility::AccessibilityStatement, catalogue::Catalogue, config_problem::ConfigProblem,
    not_found::NotFound,
};
use crate::routes::AppRoute;

/// The element in index.html that holds the static shell and then the app.
const ROOT_ID: &str = "app";

/// Loads the configuration, then mounts the app in place of the static shell.
pub fn mount() {
    console_error_panic_hook::set_once();
    // Leptos starts its executor at mount; this first task runs before that.
    wasm_bindgen_futures::spawn_local(async {
        let loaded = api::load_config().await;
        let root = document()
            .get_element_by_id(ROOT_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .unwrap_or_else(|| document().body().expect("the page has a body"));
        // The static shell goes only now, so the resident never sees an empty page.
        root.set_text_content(None);
        match loaded {
            Ok(config) => leptos::mount::mount_to(root, move || view! { <App config/> }).forget(),
            Err(error) => {
                leptos::mount::mount_to(root, move || view! { <ConfigProblem error/> }).forget()
            }
        }
    });
}

/// The whole app for a loaded configuration: providers, the router and the layout.
#[component]
pub fn App(
    /// The deployment's validated settings.
    config: AppConfig,
) -> impl IntoView {
    I18n::provide();
    Announcer::provide();
    Config::provide(config);
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=StaticSegment(AppRoute::Catalogue.segment()) view=Catalogue/>
                    <Route
                        path=StaticSegment(AppRoute::Accessibility.segment())
                        view=AccessibilityStatement
                    />
                </Routes>
            </Layout>
        </Router>
    }
}
