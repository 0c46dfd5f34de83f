//! Component tests in headless Chromium (wasm-bindgen-test): the layout's landmarks and help,
//! the page shown for an unusable configuration, translations and Intl, and the Web Lock that
//! keeps tabs from sending one request twice, and which page an address shows.
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
    let locale = frontdesk::i18n::LoadedLocale::default_locale();
    let _handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <ConfigProblem error locale/> },
    );
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

#[wasm_bindgen_test]
async fn a_language_with_messages_renders_in_it_and_falls_back_message_by_message() {
    use frontdesk::i18n::LoadedLocale;
    use frontdesk_core::locale::Direction;
    let root = container();
    let config = AppConfig::parse(CONFIG).unwrap();
    // Only two messages translated: the rest must come from English, not show as ids.
    let locale = LoadedLocale {
        code: "ar".into(),
        dir: Direction::RightToLeft,
        messages: Some(
            "skip-link = الانتقال إلى المحتوى الرئيسي\ncatalogue-title = خدمات المدينة\n".into(),
        ),
        services: None,
    };
    let _handle =
        leptos::mount::mount_to(root.clone(), move || view! { <App config locale=locale/> });
    leptos::task::tick().await;

    assert_eq!(text(&root, "a.skip-link"), "الانتقال إلى المحتوى الرئيسي");
    assert_eq!(text(&root, "h1"), "خدمات المدينة");
    assert_eq!(
        text(&root, "#help-heading"),
        "Need help?",
        "a missing message falls back to English"
    );
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("rtl"));
}

#[wasm_bindgen_test]
fn back_end_text_is_translated_or_marked_with_the_back_ends_language() {
    use frontdesk::i18n::{BackendText, I18n, LoadedLocale};
    use frontdesk_core::locale::Direction;
    let owner = Owner::new();
    owner.with(|| {
        let i18n = I18n::provide(
            LoadedLocale {
                code: "fr".into(),
                dir: Direction::LeftToRight,
                messages: None,
                services: Some("svc-RD-POTHOLE = Nid-de-poule\n".into()),
            },
            Vec::new(),
        );
        assert_eq!(
            i18n.backend_text("svc-RD-POTHOLE", "Pothole", "en"),
            BackendText {
                text: "Nid-de-poule".into(),
                lang: None
            }
        );
        assert_eq!(
            i18n.backend_text("svc-LG-LITTER", "Litter or illegal dumping", "en"),
            BackendText {
                text: "Litter or illegal dumping".into(),
                lang: Some("en".into())
            }
        );
        assert_eq!(
            i18n.backend_text("svc-LG-LITTER", "Déchets", "fr").lang,
            None
        );
    });
}

#[wasm_bindgen_test]
fn numbers_and_dates_follow_the_language_through_the_browsers_intl() {
    use frontdesk::i18n::{I18n, LoadedLocale};
    use frontdesk_core::locale::Direction;
    let owner = Owner::new();
    owner.with(|| {
        let french = LoadedLocale {
            code: "fr".into(),
            dir: Direction::LeftToRight,
            messages: None,
            services: None,
        };
        let i18n = I18n::provide(french, Vec::new());
        // French groups thousands with a narrow no-break space and uses a decimal comma.
        assert_eq!(i18n.format_number(1234.5), "1\u{202f}234,5");
        // 2026-11-23T15:30:00Z in Toronto (UTC-5) is 10:30.
        let date = i18n.format_datetime(1_795_447_800, Some("America/Toronto"));
        assert!(
            date.contains("23 nov. 2026") && date.contains("10:30"),
            "{date}"
        );
        // An unknown time zone does not crash: it falls back to ISO 8601.
        assert_eq!(
            i18n.format_datetime(1_795_447_800, Some("Mars/Olympus")),
            "2026-11-23T15:30:00.000Z"
        );
        let english = LoadedLocale::default_locale();
        let i18n = I18n::provide(english, Vec::new());
        assert_eq!(i18n.format_number(1234.5), "1,234.5");
    });
}

/// Resolves after `ms` milliseconds (a browser timer).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn work_under_one_lock_name_never_overlaps_and_other_names_do_not_wait() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let log = Rc::new(RefCell::new(Vec::<&'static str>::new()));
    let step = |name: &'static str, lock: &'static str, ms: i32| {
        let log = log.clone();
        frontdesk::tabs::one_at_a_time(lock, async move {
            log.borrow_mut().push(name);
            sleep(ms).await;
            log.borrow_mut().push(name);
        })
    };
    // `first` holds "same" while `second` asks for it; `other` has a lock of its own.
    futures::future::join3(
        step("first", "frontdesk.test.same", 60),
        async {
            sleep(5).await;
            step("second", "frontdesk.test.same", 5).await
        },
        async {
            sleep(10).await;
            step("other", "frontdesk.test.other", 5).await
        },
    )
    .await;
    assert_eq!(
        *log.borrow(),
        ["first", "other", "other", "first", "second", "second"]
    );
}

#[wasm_bindgen_test]
fn the_route_tables_decoder_agrees_with_the_browsers() {
    // The route table is tested natively (crates/core/tests/routes.rs); this checks that its
    // decoder reads addresses exactly as the browser's decodeURIComponent does.
    use frontdesk_core::routes::percent_decode;
    for segment in [
        "plain",
        "a%20b",
        "a+b",
        "%2F%2f",
        "%E2%84%96%2012",
        "%C3%A9t%C3%A9",
        "%F0%9F%9A%A7",
        "%",
        "%2",
        "%G0",
        "%E2%84",
        "%FF",
        "%C3%",
        "",
    ] {
        let browser = js_sys::decode_uri_component(segment)
            .ok()
            .and_then(|s| s.as_string());
        assert_eq!(percent_decode(segment), browser, "{segment}");
    }
}

#[wasm_bindgen_test]
async fn a_refused_lock_lets_the_work_run_instead_of_waiting_for_ever() {
    // A browser may refuse locks to a page (site data blocked): `request` rejects.
    let navigator = web_sys::window().unwrap().navigator();
    js_sys::eval(
        "Object.defineProperty(navigator, 'locks', { configurable: true, \
         value: { request: () => Promise.reject(new DOMException('refused', 'SecurityError')) } })",
    )
    .unwrap();
    let work = frontdesk::tabs::one_at_a_time("frontdesk.test.refused", async { "done" });
    let deadline = sleep(2000);
    futures::pin_mut!(work, deadline);
    let outcome = futures::future::select(work, deadline).await;
    js_sys::Reflect::delete_property(&navigator, &"locks".into()).unwrap();
    match outcome {
        futures::future::Either::Left((result, _)) => assert_eq!(result, "done"),
        futures::future::Either::Right(_) => panic!("the work waited for a lock that was refused"),
    }
}

#[wasm_bindgen_test]
fn the_browsers_json_parse_gives_the_tree_serde_json_gives() {
    use frontdesk::json;
    // Real replies from city servers, the app's own files, and the edge cases of the walk.
    let documents = [
        include_str!("../../shared/fixtures/open311/bloomington-2012-requests.json"),
        include_str!("../../shared/fixtures/open311/boston-2018-services.json"),
        include_str!("../../shared/fixtures/open311/chicago-2014-requests.json"),
        include_str!("../../shared/fixtures/open311/cologne-2023-markaspot-requests.json"),
        include_str!("../public/config.json"),
        include_str!("../public/catalogue.json"),
        include_str!("../locales/languages.json"),
        r#"{"n": [0, -1, 42, 1.5, -2.5e-3, 1e21, 9007199254740991], "s": "é\u00e9\n\"<b>", "b": [true, false, null], "o": {}}"#,
    ];
    for text in documents {
        let browser = json::parse(text).expect("JSON");
        let native: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(browser, native, "{}", &text[..text.len().min(80)]);
    }
    // Not JSON, or nested deeper than serde_json allows: no tree, never a trap.
    let deep = "[".repeat(200) + &"]".repeat(200);
    for text in [
        "",
        "{",
        "{\"a\": }",
        "[1,]",
        "'x'",
        "undefined",
        deep.as_str(),
    ] {
        assert_eq!(json::parse(text), None, "{text:?}");
    }
    // Whole numbers decode as integers, as from serde_json (records keep millisecond times).
    assert_eq!(
        json::decode::<u64>("1764633600000"),
        Some(1_764_633_600_000)
    );
}

#[wasm_bindgen_test]
fn index_html_preloads_the_files_the_app_fetches_first() {
    use frontdesk::api::{CATALOGUE_URL, CONFIG_URL, LANGUAGES_URL};
    let index = include_str!("../index.html");
    for url in [CONFIG_URL, LANGUAGES_URL, CATALOGUE_URL] {
        let link = format!(r#"<link rel="preload" href="{url}" as="fetch" crossorigin>"#);
        assert!(index.contains(&link), "index.html should have {link}");
    }
}
