//! The demo map's server side (issue 15), over HTTP: the tiles and the Nominatim-like
//! geocoder, in reference and proxy modes, readable from any origin, and never the app's page
//! for an unknown path under them. Requests near a point are in `nearby.rs`.

mod support;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use frontdesk_server::faults::Faults;
use frontdesk_server::georeport::Policy;
use frontdesk_server::store::Store;
use frontdesk_server::{ServerSetup, app};
use support::*;

/// The app in proxy mode (its upstream never asked here).
async fn start_proxy_mode() -> SocketAddr {
    let router = app(ServerSetup {
        store: Arc::new(Store::in_memory().unwrap()),
        policy: Policy::default(),
        faults: Faults::default(),
        upstream: Some(frontdesk_server::proxy::Upstream {
            base_url: "http://127.0.0.1:9/open311/v2".into(),
            format: frontdesk_server::proxy::UpstreamFormat::Json,
            api_key: None,
            timeout: Duration::from_secs(1),
        }),
        media_dir: None,
        dist: None,
        locales: None,
        post_limit: None,
        notifier: None,
    });
    listen(router).await
}

/// A GET with an `Origin`, as a page on another origin sends it.
async fn get_from_elsewhere(addr: SocketAddr, path: &str) -> Reply {
    http_raw(
        addr,
        &format!("GET {path} HTTP/1.1\r\nOrigin: https://app.example\r\n"),
        b"",
    )
    .await
}

#[tokio::test]
async fn demo_tiles_in_both_modes() {
    let (reference, _) = start(Policy::default(), Faults::default()).await;
    for addr in [reference, start_proxy_mode().await] {
        let r = get_from_elsewhere(addr, "/tiles/14/4567/5983.svg").await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("image/svg+xml"));
        assert_eq!(r.header("cache-control"), Some("public, max-age=86400"));
        assert_eq!(
            r.header("content-security-policy"),
            Some("default-src 'none'; style-src 'unsafe-inline'; sandbox")
        );
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(r.header("access-control-allow-origin"), Some("*"));
        assert!(
            r.body
                .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        );
        assert!(r.body.trim_end().ends_with("</svg>"));
        assert!(r.body.contains("Demo tiles"));
        assert!(r.body.contains("14/4567/5983"));
        assert!(r.body.contains("43.5963, -79.6509"), "{}", r.body);
        assert!(!r.body.contains("<script"));
        let world = get(addr, "/tiles/0/0/0.svg").await;
        assert!(world.body.contains("85.0511, -180.0000"));
        for missing in [
            "/tiles/20/0/0.svg",
            "/tiles/0/1/0.svg",
            "/tiles/0/0/1.svg",
            "/tiles/14/16384/0.svg",
            "/tiles/1/0/0.png",
            "/tiles/1/0/0",
            "/tiles/1/0/0.svg.gz",
            "/tiles/one/0/0.svg",
            "/tiles/1/-1/0.svg",
            "/tiles/1/0",
            "/tiles/1/0/0/0.svg",
        ] {
            let r = get(addr, missing).await;
            assert_eq!(r.status, 404, "{missing}");
            assert_ne!(r.header("content-type"), Some("image/svg+xml"));
        }
    }
}

#[tokio::test]
async fn the_demo_geocoder_searches_in_both_modes() {
    let (reference, _) = start(Policy::default(), Faults::default()).await;
    for addr in [reference, start_proxy_mode().await] {
        let r = get_from_elsewhere(addr, "/geocode/search?format=jsonv2&q=city+centre").await;
        assert_eq!(r.status, 200);
        assert_eq!(
            r.header("content-type"),
            Some("application/json; charset=utf-8")
        );
        assert_eq!(r.header("cache-control"), Some("no-store"));
        assert_eq!(r.header("access-control-allow-origin"), Some("*"));
        let found = r.json();
        let first = &found[0];
        assert_eq!(first["name"], "Mississauga Civic Centre");
        assert_eq!(
            first["display_name"],
            "300 City Centre Drive, City Centre, Mississauga, Ontario, Canada"
        );
        assert_eq!(
            (&first["lat"], &first["lon"]),
            (&"43.5890000".into(), &"-79.6441000".into())
        );
        assert_eq!(first["category"], "place");
        assert_eq!(first["type"], "house");
        assert_eq!(first["place_rank"], 30);
        assert_eq!(first["addresstype"], "place");
        assert_eq!(first["boundingbox"].as_array().unwrap().len(), 4);
        assert!(first["place_id"].is_u64());
        assert!(first.get("address").is_none());

        // Case and accents do not matter; every word must match.
        let names = |r: Reply| -> Vec<String> {
            r.json()
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(
            names(
                get(
                    addr,
                    "/geocode/search?format=jsonv2&q=C%C3%89L%C3%89BRATION%20Square"
                )
                .await
            ),
            ["Mississauga Celebration Square"]
        );
        assert_eq!(
            names(get(addr, "/geocode/search?q=PORT+credit+go").await),
            ["Port Credit GO Station"]
        );
        let none = get(addr, "/geocode/search?format=jsonv2&q=city+centre+ottawa").await;
        assert_eq!((none.status, none.body.as_str()), (200, "[]"));
        assert_eq!(
            get(addr, "/geocode/search?format=jsonv2&q=go+station&limit=2")
                .await
                .json()
                .as_array()
                .unwrap()
                .len(),
            2
        );
        let details = get(
            addr,
            "/geocode/search?format=json&q=square+one&addressdetails=1",
        )
        .await
        .json();
        assert_eq!(details[0]["class"], "place");
        assert_eq!(details[0]["address"]["road"], "City Centre Drive");

        for (query, named) in [
            ("format=jsonv2", "q must name"),
            ("format=jsonv2&q=", "q must name"),
            ("format=jsonv2&q=%20,%20", "q must name"),
            ("format=xml&q=civic", "format must be jsonv2 or json"),
            ("format=geojson&q=civic", "format must be jsonv2 or json"),
            ("q=civic&limit=many", "limit must be a whole number"),
        ] {
            let r = get(addr, &format!("/geocode/search?{query}")).await;
            assert_eq!(r.status, 400, "{query}");
            let error = r.json()["error"].as_str().unwrap().to_owned();
            assert!(error.starts_with(named), "{query}: {error}");
        }
        assert_eq!(get(addr, "/geocode/lookup?osm_ids=W1").await.status, 404);
    }
}

#[tokio::test]
async fn the_demo_geocoder_reverses_within_300_m() {
    let (reference, _) = start(Policy::default(), Faults::default()).await;
    for addr in [reference, start_proxy_mode().await] {
        // About 70 m south-west of the Civic Centre, nearer it than Celebration Square.
        let r = get_from_elsewhere(
            addr,
            "/geocode/reverse?format=jsonv2&lat=43.5885&lon=-79.6446",
        )
        .await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("access-control-allow-origin"), Some("*"));
        let place = r.json();
        assert_eq!(place["name"], "Mississauga Civic Centre");
        assert_eq!(place["lat"], "43.5890000");
        assert_eq!(
            place["address"],
            serde_json::json!({
                "house_number": "300", "road": "City Centre Drive", "suburb": "City Centre",
                "city": "Mississauga", "state": "Ontario", "country": "Canada",
                "country_code": "ca", "postcode": "L5B 3C1",
            })
        );
        // About 280 m north of Port Credit GO: still found; 400 m: nothing.
        let found = get(addr, "/geocode/reverse?lat=43.5580&lon=-79.5873")
            .await
            .json();
        assert_eq!(found["name"], "Port Credit GO Station");
        let far = get(
            addr,
            "/geocode/reverse?format=jsonv2&lat=43.5592&lon=-79.5873",
        )
        .await;
        assert_eq!(far.status, 200);
        assert_eq!(
            far.json(),
            serde_json::json!({"error": "Unable to geocode"})
        );
        // Out on Lake Ontario.
        let lake = get(addr, "/geocode/reverse?format=jsonv2&lat=43.45&lon=-79.55").await;
        assert_eq!(lake.json()["error"], "Unable to geocode");

        for (query, named) in [
            ("format=jsonv2&lon=-79.64", "lat must be a latitude"),
            ("format=jsonv2&lat=&lon=-79.64", "lat must be a latitude"),
            (
                "format=jsonv2&lat=north&lon=-79.64",
                "lat must be a latitude",
            ),
            (
                "format=jsonv2&lat=90.5&lon=-79.64",
                "lat must be a latitude",
            ),
            ("format=jsonv2&lat=43.58", "lon must be a longitude"),
            ("format=jsonv2&lat=43.58&lon=inf", "lon must be a longitude"),
            (
                "format=jsonv2&lat=43.58&lon=-200",
                "lon must be a longitude",
            ),
            (
                "format=html&lat=43.58&lon=-79.64",
                "format must be jsonv2 or json",
            ),
        ] {
            let r = get(addr, &format!("/geocode/reverse?{query}")).await;
            assert_eq!(r.status, 400, "{query}");
            let error = r.json()["error"].as_str().unwrap().to_owned();
            assert!(error.starts_with(named), "{query}: {error}");
        }
    }
}

#[tokio::test]
async fn with_the_app_served_unknown_map_paths_are_404s_not_the_page() {
    let dist = std::env::temp_dir().join(format!("frontdesk-dist-map-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    let router = app(ServerSetup {
        store: Arc::new(Store::in_memory().unwrap()),
        policy: Policy::default(),
        faults: Faults::default(),
        upstream: None,
        media_dir: None,
        dist: Some(dist),
        locales: None,
        post_limit: None,
        notifier: None,
    });
    let addr = listen(router).await;
    // The page's deep links still load the app.
    let page = get(addr, "/requests/1000001").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<title>app</title>"));
    for missing in [
        "/tiles",
        "/tiles/",
        "/tiles/1/0",
        "/tiles/1/0/9.svg",
        "/geocode",
        "/geocode/",
        "/geocode/lookup",
    ] {
        let r = get(addr, missing).await;
        assert_eq!(r.status, 404, "{missing}");
        assert!(!r.body.contains("<title>app</title>"), "{missing}");
    }
    // The tiles keep their own lifetime (not the app's no-cache) and have no page policy.
    let tile = get(addr, "/tiles/3/2/1.svg").await;
    assert_eq!(tile.header("cache-control"), Some("public, max-age=86400"));
    assert_eq!(tile.header("permissions-policy"), None);
    let found = get(addr, "/geocode/search?q=kariya").await.json();
    assert_eq!(found[0]["name"], "Kariya Park");
}
