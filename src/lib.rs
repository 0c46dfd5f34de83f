//! Frontdesk: a city's resident self-service front end (Leptos, client-side rendered).
//!
//! Start-up: [`mount`] loads `/config.json` while the static shell in index.html is on screen,
//! then replaces the shell with [`App`] (or with [`pages::config_problem::ConfigProblem`] when
//! the settings cannot be used).

pub mod a11y;
pub mod answer;
pub mod api;
pub mod components;
pub mod config;
pub mod device;
pub mod i18n;
pub mod idb;
pub mod inventory;
pub mod json;
pub mod map;
pub mod notify;
pub mod outbox;
pub mod pages;
pub mod photos;
pub mod pieces;
pub mod records;
pub mod router;
pub mod routes;
pub mod store;
pub mod tabs;
pub mod tracker;

use frontdesk_core::config::AppConfig;
use frontdesk_core::locale::{self, Language};
use leptos::prelude::*;
use web_sys::wasm_bindgen::JsCast;

use crate::a11y::Announcer;
use crate::components::layout::Layout;
use crate::config::Config;
use crate::i18n::{I18n, LoadedLocale};
use crate::pages::{
    accessibility::AccessibilityStatement, catalogue::Catalogue, config_problem::ConfigProblem,
    not_found::NotFound, service::ServicePage,
};
use crate::pieces::{Piece, PiecePage};
use crate::router::Router;
use crate::routes::AppRoute;

/// The element in index.html that holds the static shell and then the app.
const ROOT_ID: &str = "app";

/// Loads the configuration, the list of languages and the resident's language, then mounts the
/// app in place of the static shell.
pub fn mount() {
    console_error_panic_hook::set_once();
    // Leptos starts its executor at mount; this first task runs before that.
    wasm_bindgen_futures::spawn_local(async {
        let (loaded, languages) =
            futures::future::join(api::load_config(), api::load_languages()).await;
        let root = document()
            .get_element_by_id(ROOT_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .unwrap_or_else(|| document().body().expect("the page has a body"));
        match loaded {
            Ok(config) => {
                let offered = locale::offered(&config.languages, &languages);
                let requested = i18n::requested_in_address();
                let code = locale::negotiate(
                    requested.as_deref(),
                    store::saved_language().as_deref(),
                    &i18n::browser_languages(),
                    &offered,
                    &config.default_language,
                );
                if requested.is_some() {
                    // A link with ?lang= counts as the resident's choice.
                    store::save_language(&code);
                }
                let locale = i18n::load(&code, &languages).await;
                // The static shell goes only now, so the resident never sees an empty page.
                root.set_text_content(None);
                leptos::mount::mount_to(root, move || view! { <App config locale offered/> })
                    .forget();
            }
            Err(error) => {
                // No settings say which languages are offered: every language there is, so
                // the resident reads what went wrong in their own (as the page's shell did).
                let code = locale::negotiate(
                    i18n::requested_in_address().as_deref(),
                    store::saved_language().as_deref(),
                    &i18n::browser_languages(),
                    &languages,
                    i18n::DEFAULT,
                );
                let locale = i18n::load(&code, &languages).await;
                root.set_text_content(None);
                leptos::mount::mount_to(root, move || view! { <ConfigProblem error locale/> })
                    .forget();
            }
        }
    });
}

/// The whole app for a loaded configuration: providers, the router and the layout with the page
/// for the address.
#[component]
pub fn App(
    /// The deployment's validated settings.
    config: AppConfig,
    /// The language to start in, with its messages.
    #[prop(optional)]
    locale: Option<LoadedLocale>,
    /// The languages the picker offers.
    #[prop(optional)]
    offered: Vec<Language>,
) -> impl IntoView {
    I18n::provide(locale.unwrap_or_else(LoadedLocale::default_locale), offered);
    Announcer::provide();
    api::Api::provide(&config);
    Config::provide(config);
    let inventory = inventory::Inventory::provide();
    outbox::Outbox::provide();
    tracker::Tracker::provide();
    let router = Router::provide();
    // The page is made anew only when the resident goes to another page: moving between a
    // form's steps keeps the form, and only the step changes.
    let page = Memo::new(move |_| router.page());
    // The other pages' code, once the services are on screen (usable) and the browser has a
    // moment: never competing with what the resident is waiting for.
    Effect::new(move |scheduled: Option<bool>| {
        if scheduled == Some(true) {
            return true;
        }
        let loaded = inventory.loaded().is_some();
        if loaded {
            pieces::prefetch_when_idle();
        }
        loaded
    });
    view! {
        <Layout>
            {move || match page.get().0 {
                AppRoute::Catalogue => view! { <Catalogue/> }.into_any(),
                AppRoute::Service => view! { <ServicePage/> }.into_any(),
                AppRoute::Request => view! { <PiecePage piece=Piece::Request/> }.into_any(),
                AppRoute::Sent => view! { <PiecePage piece=Piece::Sent/> }.into_any(),
                AppRoute::MyRequests => view! { <PiecePage piece=Piece::MyRequests/> }.into_any(),
                AppRoute::Track => view! { <PiecePage piece=Piece::Track/> }.into_any(),
                AppRoute::Accessibility => view! { <AccessibilityStatement/> }.into_any(),
                AppRoute::NotFound => view! { <NotFound/> }.into_any(),
            }}
        </Layout>
    }
}
