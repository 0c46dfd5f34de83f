//! Test support: the server on a free loopback port, and a minimal HTTP/1.1 client, so the
//! conformance tests go over real HTTP.
#![allow(dead_code)]

pub mod fakes;

use std::net::SocketAddr;
use std::sync::Arc;

use frontdesk_server::georeport::Policy;
use frontdesk_server::{ServerSetup, app, faults::Faults, store::Store};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A reply: status, lower-cased headers, body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// The seed catalogue with batch tokens resolving at once (the shipped seed waits 5 s).
pub fn quick_seed() -> String {
    let mut seed: serde_json::Value =
        serde_json::from_str(frontdesk_server::SEED_CATALOGUE).unwrap();
    for s in seed["services"].as_array_mut().unwrap() {
        if s.get("batch_delay_seconds").is_some() {
            s["batch_delay_seconds"] = 0.into();
        }
    }
    seed.to_string()
}

/// Starts a server with `policy` and `faults` on an in-memory database; returns its address.
pub async fn start(policy: Policy, faults: Faults) -> (SocketAddr, Arc<Store>) {
    let store = Arc::new(Store::in_memory().unwrap());
    store.seed_if_empty(&quick_seed()).unwrap();
    let router = app(ServerSetup {
        store: store.clone(),
        policy,
        faults,
        upstream: None,
        media_dir: Some(std::env::temp_dir().join(format!(
            "frontdesk-media-{}-{}",
            std::process::id(),
            addr_seed()
        ))),
        dist: None,
        locales: None,
        post_limit: None,
        notifier: None,
    });
    let addr = listen(router).await;
    (addr, store)
}

/// Serves the app in `dist` (and the reference endpoint, seeded) with default settings; returns
/// the address.
pub async fn serve_dist(dist: &std::path::Path) -> SocketAddr {
    let store = Arc::new(Store::in_memory().unwrap());
    store.seed_if_empty(&quick_seed()).unwrap();
    let router = app(ServerSetup {
        store,
        policy: Policy::default(),
        faults: Faults::default(),
        upstream: None,
        media_dir: None,
        dist: Some(dist.to_owned()),
        locales: None,
        post_limit: None,
        notifier: None,
    });
    listen(router).await
}

/// The notifier's settings for tests, for a server at `addr` watching its own Open311
/// endpoint: a new VAPID key, the repository's translations, links to `addr`, no email unless
/// `mailer`, no CORS origin, no limit.
pub fn notify_setup(
    book: frontdesk_server::notify::book::Book,
    addr: SocketAddr,
    loopback: frontdesk_server::push_endpoint::Loopback,
    mailer: Option<frontdesk_server::notify::send::Mailer>,
) -> frontdesk_server::notify::NotifySetup {
    use frontdesk_server::notify::{NotifySetup, send::Pusher, texts::Texts};
    let locales = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"));
    NotifySetup {
        book,
        open311: format!("http://{addr}/open311/v2"),
        jurisdiction_id: None,
        pusher: Pusher::new(
            frontdesk_server::webpush::Vapid::generate(),
            "mailto:311@city.example".into(),
            loopback,
        ),
        mailer,
        texts: Texts::load(locales).unwrap(),
        public_url: format!("http://{addr}"),
        app_url: format!("http://{addr}"),
        origins: vec![],
        limiter: None,
    }
}

/// A realtime request ("RD-POTHOLE", its id visible at once) put straight into `store`; its id.
pub fn ready_request(store: &Store, description: Option<&str>) -> String {
    let record = frontdesk_server::store::NewRecord {
        service_code: "RD-POTHOLE".into(),
        description: description.map(str::to_owned),
        id_ready_at: Some(0),
        ..Default::default()
    };
    store
        .insert_request(&record, frontdesk_server::store::now())
        .unwrap()
        .service_request_id
}

/// Serves, on `listener` (bound first: the notifier must know its address), the reference
/// endpoint over `store` (or, with `upstream`, a proxy to it) with `notifier`.
pub fn serve_notifier(
    listener: tokio::net::TcpListener,
    store: Arc<Store>,
    upstream: Option<frontdesk_server::proxy::Upstream>,
    notifier: Arc<frontdesk_server::notify::Notifier>,
) {
    let router = app(ServerSetup {
        store,
        policy: Policy::default(),
        faults: Faults::default(),
        upstream,
        media_dir: None,
        dist: None,
        locales: None,
        post_limit: None,
        notifier: Some(notifier),
    });
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
}

/// Serves `router` on a free loopback port; returns the address.
pub async fn listen(router: axum::Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

fn addr_seed() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A raw HTTP/1.1 exchange with the given headers and body bytes.
pub async fn http_raw(addr: SocketAddr, head: &str, body: &[u8]) -> Reply {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!(
                "{head}Host: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    // A server that refuses a body as too large may answer and close before it is all sent:
    // the reply is what counts.
    let _ = stream.write_all(body).await;
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw).await;
    parse_reply(&String::from_utf8_lossy(&raw))
}

/// Sends only a request's head (which names its own Content-Length) and reads the reply, within
/// five seconds: for a server that must refuse a body before reading it.
pub async fn http_head_only(addr: SocketAddr, head: &str) -> Reply {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(format!("{head}Host: {addr}\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(5),
        stream.read_to_end(&mut raw),
    )
    .await
    .expect("the server answers without waiting for the body")
    .unwrap();
    parse_reply(&String::from_utf8_lossy(&raw))
}

/// One HTTP/1.1 exchange with `Connection: close`; a POST body is form-urlencoded.
pub async fn http(addr: SocketAddr, method: &str, path: &str, body: Option<&str>) -> Reply {
    let content_type = if method == "POST" {
        "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
    } else {
        ""
    };
    http_raw(
        addr,
        &format!("{method} {path} HTTP/1.1\r\n{content_type}"),
        body.unwrap_or("").as_bytes(),
    )
    .await
}

fn parse_reply(text: &str) -> Reply {
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let body = if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v == "chunked")
    {
        dechunk(rest)
    } else {
        rest.to_owned()
    };
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

pub async fn get(addr: SocketAddr, path: &str) -> Reply {
    http(addr, "GET", path, None).await
}

pub async fn post(addr: SocketAddr, path: &str, body: &str) -> Reply {
    http(addr, "POST", path, Some(body)).await
}

/// A valid pothole report.
pub const POTHOLE: &str = "service_code=RD-POTHOLE&lat=43.589045&long=-79.644120&attribute%5BWHERE%5D=ROAD&attribute%5BHAZARD%5D=NO&description=Deep+hole";
