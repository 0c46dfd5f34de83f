//! Proxy mode against a second server instance answering XML: JSON out, api_key added on the
//! way (never needed from the browser), errors and timeouts turned into the spec's errors array.

mod support;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use frontdesk_server::faults::Faults;
use frontdesk_server::georeport::Policy;
use frontdesk_server::proxy::{Upstream, UpstreamFormat};
use frontdesk_server::{ServerSetup, app, store::Store};
use open311::Receipt;
use support::*;

async fn start_proxy(
    upstream: SocketAddr,
    format: UpstreamFormat,
    api_key: Option<&str>,
    timeout: Duration,
) -> SocketAddr {
    let router = app(ServerSetup {
        store: Arc::new(Store::in_memory().unwrap()),
        policy: Policy::default(),
        faults: Faults::default(),
        upstream: Some(Upstream {
            base_url: format!("http://{upstream}/open311/v2/"),
            format,
            api_key: api_key.map(str::to_owned),
            timeout,
        }),
        media_dir: None,
        dist: None,
        locales: None,
        post_limit: None,
        notifier: None,
    });
    support::listen(router).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn xml_upstream_is_served_as_json_with_the_api_key_added() {
    let policy = Policy {
        api_key: Some("city-secret".into()),
        ..Policy::default()
    };
    let (city, _) = start(
        policy,
        Faults {
            no_cors: true,
            ..Faults::default()
        },
    )
    .await;
    let proxy = start_proxy(
        city,
        UpstreamFormat::Xml,
        Some("city-secret"),
        Duration::from_secs(5),
    )
    .await;

    // The service list arrives as JSON, equal to what the city's own JSON would say.
    let direct =
        open311::decode::services(&get(city, "/open311/v2/services.json").await.body).unwrap();
    let r = get(proxy, "/open311/v2/services.json").await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("*"),
        "CORS added by the proxy"
    );
    assert_eq!(open311::decode::services(&r.body).unwrap(), direct);
    let d = open311::decode::service_definition(
        &get(proxy, "/open311/v2/services/RD-POTHOLE.json")
            .await
            .body,
    )
    .unwrap();
    assert_eq!(d.attributes.len(), 4);

    // The browser sends no key; the proxy adds it, and replaces any key a client sends.
    assert_eq!(
        post(city, "/open311/v2/requests.json", POTHOLE)
            .await
            .status,
        403
    );
    let r = post(
        proxy,
        "/open311/v2/requests.json",
        &format!("{POTHOLE}&api_key=guess"),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!("{}", r.body)
    };
    let request = open311::decode::request(
        &get(proxy, &format!("/open311/v2/requests/{id}.json"))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(request.description.as_deref(), Some("Deep hole"));

    // Errors keep their status and become a JSON errors array.
    let r = get(proxy, "/open311/v2/services/NOPE.json").await;
    assert_eq!(r.status, 404);
    let e = open311::Open311Error::decode(404, &r.body);
    assert_eq!(
        e.server_text().as_deref(),
        Some("service_code NOPE was not found")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_upstream_passes_through_and_a_missing_key_is_the_citys_403() {
    let policy = Policy {
        api_key: Some("k".into()),
        ..Policy::default()
    };
    let (city, _) = start(policy, Faults::default()).await;
    let proxy = start_proxy(city, UpstreamFormat::Json, None, Duration::from_secs(5)).await;
    let direct = get(city, "/open311/v2/requests.json?status=open")
        .await
        .body;
    assert_eq!(
        get(proxy, "/open311/v2/requests.json?status=open")
            .await
            .body,
        direct
    );
    assert_eq!(
        post(proxy, "/open311/v2/requests.json", POTHOLE)
            .await
            .status,
        403
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_or_absent_upstreams_answer_504_and_502() {
    let (slow, _) = start(
        Policy::default(),
        Faults {
            latency: Duration::from_secs(3),
            ..Faults::default()
        },
    )
    .await;
    let proxy = start_proxy(slow, UpstreamFormat::Json, None, Duration::from_millis(500)).await;
    let r = get(proxy, "/open311/v2/services.json").await;
    assert_eq!(r.status, 504);
    assert!(
        open311::Open311Error::decode(504, &r.body)
            .server_text()
            .unwrap()
            .contains("did not answer in time")
    );

    let nowhere = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap(); // closed at once
    let proxy = start_proxy(nowhere, UpstreamFormat::Json, None, Duration::from_secs(2)).await;
    let r = get(proxy, "/open311/v2/services.json").await;
    assert_eq!(r.status, 502);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_busy_citys_retry_after_reaches_the_app() {
    // A city server that is busy: 503 with Retry-After, in JSON and in XML.
    let busy = axum::Router::new().fallback(|| async {
        (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            [("retry-after", "120"), ("content-type", "application/xml")],
            "<?xml version=\"1.0\"?><errors><error><code>503</code><description>Busy</description></error></errors>",
        )
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let city = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, busy).await.unwrap() });
    for format in [UpstreamFormat::Json, UpstreamFormat::Xml] {
        let proxy = start_proxy(city, format, None, Duration::from_secs(5)).await;
        let r = post(proxy, "/open311/v2/requests.json", POTHOLE).await;
        assert_eq!(r.status, 503);
        assert_eq!(r.header("retry-after"), Some("120"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_is_never_followed_to_another_host() {
    // A second host that would record anything sent to it.
    let visited = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let elsewhere = {
        let visited = visited.clone();
        axum::Router::new().fallback(move || {
            let visited = visited.clone();
            async move {
                visited.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                "[]"
            }
        })
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let other = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, elsewhere).await.unwrap() });
    // The configured upstream answers every call with a redirect to that host.
    let redirecting = axum::Router::new().fallback(move || async move {
        (
            axum::http::StatusCode::TEMPORARY_REDIRECT,
            [("location", format!("http://{other}/steal"))],
        )
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let city = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, redirecting).await.unwrap() });
    let proxy = start_proxy(
        city,
        UpstreamFormat::Json,
        Some("city-secret"),
        Duration::from_secs(5),
    )
    .await;
    let r = post(proxy, "/open311/v2/requests.json", POTHOLE).await;
    assert_eq!(r.status, 502, "{}", r.body);
    assert_eq!(get(proxy, "/open311/v2/services.json").await.status, 502);
    assert_eq!(
        visited.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "the redirect was followed"
    );
    // Paths that would leave the endpoint are refused before anything is forwarded.
    assert_eq!(get(proxy, "/open311/v2/..%2F..%2Fadmin").await.status, 400);
}
