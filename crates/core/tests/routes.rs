//! Which page an address shows, with its parameters decoded, natively (the router in the app
//! only reads the address and calls this).

use frontdesk_core::form::Step;
use frontdesk_core::routes::{
    AppRoute, Params, is_app_path, matched, page_key, percent_decode, request_path, search_path,
    sent_path, service_path, step_path, track_path,
};

fn route(path: &str) -> AppRoute {
    matched(path).0
}

#[test]
fn the_page_table() {
    let table = [
        ("/", AppRoute::Catalogue),
        ("", AppRoute::Catalogue),
        ("/services/A", AppRoute::Service),
        ("/services/A/", AppRoute::Service),
        ("/services/A/request", AppRoute::Request),
        ("/services/A/request/details", AppRoute::Request),
        ("/sent/abc", AppRoute::Sent),
        ("/requests", AppRoute::MyRequests),
        ("/requests/", AppRoute::MyRequests),
        ("/requests/101", AppRoute::Track),
        ("/accessibility", AppRoute::Accessibility),
        ("/services", AppRoute::NotFound),
        ("/services/A/other", AppRoute::NotFound),
        ("/services/A/request/location/more", AppRoute::NotFound),
        ("/sent", AppRoute::NotFound),
        ("/requests/1/2", AppRoute::NotFound),
        ("/nowhere", AppRoute::NotFound),
    ];
    for (path, page) in table {
        assert_eq!(route(path), page, "{path}");
    }
}

#[test]
fn parameters_come_back_as_they_went() {
    // A code with a slash and a space travels as one encoded segment and comes back whole.
    let (page, params) = matched(&service_path("PARK/NOISE 2"));
    assert_eq!(page, AppRoute::Service);
    assert_eq!(params.code.as_deref(), Some("PARK/NOISE 2"));
    let (page, params) = matched(&step_path("RD-POTHOLE", Step::AboutYou));
    assert_eq!(page, AppRoute::Request);
    assert_eq!(params.code.as_deref(), Some("RD-POTHOLE"));
    assert_eq!(params.step.as_deref(), Some("about-you"));
    let (page, params) = matched(&request_path("a?b#c%d"));
    assert_eq!(
        (page, params.code.as_deref()),
        (AppRoute::Request, Some("a?b#c%d"))
    );
    assert_eq!(params.step, None);
    let (page, params) = matched("/requests/%E2%84%96%2012");
    assert_eq!(
        (page, params.id.as_deref()),
        (AppRoute::Track, Some("№ 12"))
    );
    let (page, params) = matched(&track_path("عربي/1"));
    assert_eq!(
        (page, params.id.as_deref()),
        (AppRoute::Track, Some("عربي/1"))
    );
    let (page, params) = matched(&sent_path("0a1b"));
    assert_eq!((page, params.id.as_deref()), (AppRoute::Sent, Some("0a1b")));
}

#[test]
fn bad_percent_encoding_matches_nothing() {
    for path in [
        "/requests/%E2%84",
        "/requests/%ZZ",
        "/requests/%4",
        "/services/%FF",
    ] {
        assert_eq!(
            matched(path),
            (AppRoute::NotFound, Params::default()),
            "{path}"
        );
    }
}

#[test]
fn percent_decoding_is_decode_uri_components() {
    assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
    assert_eq!(percent_decode("a+b").as_deref(), Some("a+b"));
    assert_eq!(percent_decode("%2f%2F").as_deref(), Some("//"));
    assert_eq!(percent_decode("%C3%A9t%C3%A9").as_deref(), Some("été"));
    assert_eq!(percent_decode("plain").as_deref(), Some("plain"));
    assert_eq!(percent_decode("").as_deref(), Some(""));
    assert_eq!(percent_decode("%"), None);
    assert_eq!(percent_decode("%2"), None);
    assert_eq!(percent_decode("%G0"), None);
    assert_eq!(percent_decode("%C3"), None, "half a character");
    assert_eq!(percent_decode("%C3%"), None);
}

#[test]
fn paths_for_links() {
    assert_eq!(AppRoute::Catalogue.path(), "/");
    assert_eq!(AppRoute::MyRequests.path(), "/requests");
    assert_eq!(search_path(""), "/");
    assert_eq!(search_path("pot hole&x"), "/?q=pot+hole%26x");
    assert_eq!(
        step_path("A B", Step::Check),
        "/services/A%20B/request/check"
    );
}

#[test]
fn what_makes_a_page_another_page() {
    let key = |path: &str| {
        let (route, params) = matched(path);
        page_key(route, &params)
    };
    // Moving between a form's steps keeps the form.
    assert_eq!(
        key("/services/A/request/location"),
        key("/services/A/request/check")
    );
    assert_eq!(key("/services/A"), Some("A".to_owned()));
    assert_ne!(
        key("/services/A/request/location"),
        key("/services/B/request/location")
    );
    assert_eq!(key("/requests/7"), Some("7".to_owned()));
    assert_eq!(key("/requests"), None);
}

#[test]
fn the_servers_files_are_not_app_pages() {
    assert!(is_app_path("/services/A"));
    assert!(is_app_path("/"));
    assert!(is_app_path("/mediaeval"));
    for path in [
        "/media/photo.jpg",
        "/media",
        "/open311/v2/services.json",
        "/open311",
        "/locales/en/main.ftl",
    ] {
        assert!(!is_app_path(path), "{path}");
    }
}
