//! The locked-down page (issue 14), over real HTTP: the Content Security Policy as a header on
//! every page, computed from the config.json being served (an edit applies without a restart)
//! and equal to index.html's meta tag but for frame-ancestors; the security headers on every
//! response.

mod support;

use std::sync::Arc;

use frontdesk_server::georeport::Policy;
use frontdesk_server::{ServerSetup, app, csp, faults::Faults, store::Store};
use support::http;

const CONFIG: &str = r#"{"city": {"name": "Test"}, "open311": {"base_url": "/open311/v2"},
    "languages": ["en"], "default_language": "en", "help": {"phone": "311"}}"#;
const PAGE: &str = "<!doctype html><html><head><meta charset=utf-8>\
    <script>window.booted=1</script><style>body{margin:0}</style></head><body></body></html>";

fn dist(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("frontdesk-dist-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = csp::meta_for(CONFIG, PAGE).unwrap();
    std::fs::write(
        dir.join("index.html"),
        csp::with_meta(PAGE, &policy).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("config.json"), CONFIG).unwrap();
    dir
}

#[tokio::test]
async fn every_page_carries_the_policy_of_the_config_it_serves() {
    let dir = dist("pages");
    let addr = support::serve_dist(&dir).await;
    let page = http(addr, "GET", "/", None).await;
    assert_eq!(page.status, 200);
    let header = page
        .header("content-security-policy")
        .expect("a policy")
        .to_owned();
    let meta = csp::meta_policy(&page.body).expect("a meta policy");
    assert_eq!(header.replace(" frame-ancestors 'none';", ""), meta);
    assert!(header.contains("frame-ancestors 'none'"));
    assert!(header.contains("'sha256-"), "{header}");
    assert!(!header.contains("'unsafe-inline'") && !header.contains("'unsafe-eval'"));
    assert_eq!(
        page.header("permissions-policy"),
        Some(frontdesk_server::headers::PERMISSIONS_POLICY)
    );
    assert_eq!(
        page.header("cross-origin-opener-policy"),
        Some("same-origin")
    );

    // A deep link is the same page with the same policy.
    let deep = http(addr, "GET", "/services/RD-POTHOLE/request/details", None).await;
    assert_eq!(
        deep.header("content-security-policy"),
        Some(header.as_str())
    );

    // The city edits config.json: the next page's policy follows, with no restart.
    let edited = CONFIG.replace("\"/open311/v2\"", "\"https://api.city.example/open311/v2\"");
    std::fs::write(dir.join("config.json"), &edited).unwrap();
    let page = http(addr, "GET", "/", None).await;
    let header = page.header("content-security-policy").unwrap();
    assert!(
        header.contains("connect-src 'self' https://api.city.example;"),
        "{header}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn every_response_says_nosniff_and_same_origin_referrers() {
    let dir = dist("headers");
    let addr = support::serve_dist(&dir).await;
    for path in [
        "/",
        "/config.json",
        "/open311/v2/services.json",
        "/open311/v2/nothing.json",
        "/no-such-file.js",
    ] {
        let reply = http(addr, "GET", path, None).await;
        assert_eq!(
            reply.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            reply.header("referrer-policy"),
            Some("same-origin"),
            "{path}"
        );
    }
    // Only pages carry the page policy: a JSON file is not a document.
    let config = http(addr, "GET", "/config.json", None).await;
    assert_eq!(config.header("content-security-policy"), None);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A server with the POST limit, keyed on the peer's address as `frontdesk-server` does.
async fn serve_limited(per_minute: u32, trusted: &[&str]) -> (std::net::SocketAddr, Arc<Store>) {
    use frontdesk_server::limit::{Cidr, Limiter};
    let store = Arc::new(Store::in_memory().unwrap());
    store.seed_if_empty(&support::quick_seed()).unwrap();
    let trusted: Vec<Cidr> = trusted.iter().map(|c| c.parse().unwrap()).collect();
    let router = app(ServerSetup {
        store: store.clone(),
        policy: Policy::default(),
        faults: Faults::default(),
        upstream: None,
        media_dir: None,
        dist: None,
        locales: None,
        post_limit: Some(Arc::new(Limiter::new(per_minute, trusted))),
        notifier: None,
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
    (addr, store)
}

use support::POTHOLE as POST;

#[tokio::test]
async fn a_burst_of_posts_is_cut_at_the_limit_and_nothing_accepted_is_lost() {
    let (addr, store) = serve_limited(10, &[]).await;
    let replies = futures_join(
        (0..30)
            .map(|_| http(addr, "POST", "/open311/v2/requests.json", Some(POST)))
            .collect(),
    )
    .await;
    let accepted: Vec<_> = replies.iter().filter(|r| r.status == 201).collect();
    let refused: Vec<_> = replies.iter().filter(|r| r.status == 429).collect();
    assert_eq!((accepted.len(), refused.len()), (10, 20));
    for reply in &refused {
        let wait: u64 = reply.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=60).contains(&wait), "{wait}");
        assert_eq!(reply.json()[0]["code"], 429);
        // The app reads the wait across origins.
        assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    }
    // Every accepted request is on the server, and only those.
    assert_eq!(store.request_count().unwrap(), 10);
    for reply in accepted {
        let open311::Receipt::Id(id) = open311::decode::submitted(&reply.body).unwrap().receipt
        else {
            panic!("a realtime service gives an id: {}", reply.body)
        };
        let found = http(
            addr,
            "GET",
            &format!("/open311/v2/requests/{id}.json"),
            None,
        )
        .await;
        assert_eq!(found.status, 200, "{id}");
    }
    // Reading is never limited.
    assert_eq!(
        http(addr, "GET", "/open311/v2/services.json", None)
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    let (addr, _) = serve_limited(2, &["127.0.0.0/8"]).await;
    let post_as = |client: &'static str| async move {
        support::http_raw(
            addr,
            &format!(
                "POST /open311/v2/requests.json HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Forwarded-For: {client}\r\n"
            ),
            POST.as_bytes(),
        )
        .await
        .status
    };
    assert_eq!(post_as("203.0.113.1").await, 201);
    assert_eq!(post_as("203.0.113.1").await, 201);
    assert_eq!(post_as("203.0.113.1").await, 429);
    assert_eq!(post_as("203.0.113.2").await, 201);
    // Not trusted: the header is ignored, and the peer (127.0.0.1 is trusted here, so a
    // server without --trusted-proxy) would count. See limit.rs's unit tests for that case.
}

#[tokio::test]
async fn bodies_are_capped_on_every_route_and_path_tricks_refused() {
    let dir = dist("limits");
    let addr = support::serve_dist(&dir).await;
    // The app's files are only read: a large body is refused before it is read.
    let big = vec![b'x'; frontdesk_server::MAX_OTHER_BODY_BYTES + 1];
    let r = support::http_raw(addr, "POST /index.html HTTP/1.1\r\n", &big).await;
    assert_eq!(r.status, 413);
    // A request with its photos has room up to the cap, not beyond.
    let huge = format!(
        "POST /open311/v2/requests.json HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
        frontdesk_server::MAX_POST_BYTES + 1
    );
    let r = support::http_head_only(addr, &huge).await;
    assert_eq!(r.status, 413);
    for (path, status) in [
        ("/../Cargo.toml".to_owned(), 400),
        ("/%2e%2e/config.json".to_owned(), 400),
        ("/locales/..%2F..%2FCargo.toml".to_owned(), 400),
        ("/index.html%00".to_owned(), 400),
        (format!("/{}", "a".repeat(9000)), 414),
        (format!("/services/{}", "b".repeat(9000)), 414),
    ] {
        assert_eq!(
            http(addr, "GET", &path, None).await.status,
            status,
            "{path}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

async fn futures_join(
    calls: Vec<impl std::future::Future<Output = support::Reply> + Send + 'static>,
) -> Vec<support::Reply> {
    let handles: Vec<_> = calls.into_iter().map(tokio::spawn).collect();
    let mut replies = Vec::new();
    for handle in handles {
        replies.push(handle.await.unwrap());
    }
    replies
}
