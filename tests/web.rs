//! Component tests in headless Chromium (wasm-bindgen-test): the layout's landmarks and help,
//! and the page shown for an unusable configuration.
#![cfg(target_arch = "wasm32")]

use frontdesk::App;
use frontdesk::api::ConfigLoadError;
use frontdesk::pages::config_problem::ConfigProblem;
use frontdesk_core::config::{AppConfig, ConfigError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CONFIG: &str = include_str!("../public/config.json");

/// A fresh element to mount into, so tests never touch the test runner's own output in body.
fn container() -> web_sys::HtmlElement {
    let element: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn layout_has_one_main_one_h1_skip_link_and_help() {
    let root = container();
    let config = AppConfig::parse(CONFIG).unwrap();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <App config/> });
    leptos::task::tick().await;

    assert_eq!(count(&root, "main"), 1, "exactly one main landmark");
    assert_eq!(count(&root, "h1"), 1, "exactly one h1");
    assert_eq!(text(&root, "a.skip-link"), "Skip to main content");
    assert_eq!(
        root.query_selector("a.skip-link")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#main")
    );
    assert_eq!(text(&root, ".site-header__home"), "City of Mississauga");
    let help = text(&root, "aside.help");
    assert!(help.contains("311"), "help names the phone number: {help}");
    assert!(
        help.contains("300 City Centre Drive"),
        "help names the counter: {help}"
    );
    let phone = root.query_selector("a.help__phone").unwrap().unwrap();
    assert_eq!(phone.get_attribute("href").as_deref(), Some("tel:311"));
    assert!(text(&root, "footer").contains("Accessibility statement"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("dir")
            .as_deref(),
        Some("ltr")
    );
}

#[wasm_bindgen_test]
async fn config_problem_names_the_missing_key() {
    let root = container();
    let error = ConfigLoadError::Invalid(ConfigError::Missing("open311.base_url".into()));
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <ConfigProblem error/> });
    leptos::task::tick().await;

    assert_eq!(count(&root, "main"), 1);
    assert_eq!(text(&root, "h1"), "This service is not available right now");
    let detail = text(&root, ".config-problem__detail");
    assert!(detail.contains("open311.base_url"), "detail: {detail}");
    assert_eq!(
        document().title(),
        "This service is not available right now"
    );
}
