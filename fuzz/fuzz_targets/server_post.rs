//! A POST to the reference server's requests.json with any body, urlencoded or multipart (the
//! first byte chooses): the form and multipart parsers, validation and the photo check answer
//! with a status, never a panic or a 500.
#![no_main]
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::Request;
use frontdesk_server::georeport::Policy;
use frontdesk_server::{ServerSetup, app, faults::Faults, store::Store};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

fn router() -> &'static axum::Router {
    static ROUTER: OnceLock<axum::Router> = OnceLock::new();
    ROUTER.get_or_init(|| {
        let store = Arc::new(Store::in_memory().unwrap());
        store.seed_if_empty(frontdesk_server::SEED_CATALOGUE).unwrap();
        app(ServerSetup {
            store,
            policy: Policy::default(),
            faults: Faults::default(),
            upstream: None,
            media_dir: Some(std::env::temp_dir().join(format!("frontdesk-fuzz-media-{}", std::process::id()))),
            dist: None,
            locales: None,
            post_limit: None,
        })
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, body)) = data.split_first() else { return };
    let content_type = if choice % 2 == 0 {
        "application/x-www-form-urlencoded".to_owned()
    } else {
        "multipart/form-data; boundary=XyZ".to_owned()
    };
    let request = Request::post("/open311/v2/requests.json")
        .header("content-type", content_type)
        .body(Body::from(body.to_vec()))
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let response = runtime.block_on(router().clone().oneshot(request)).unwrap();
    assert!(!response.status().is_server_error(), "{}", response.status());
});
