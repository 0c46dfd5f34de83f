//! The installable app (issue 16): `/manifest.webmanifest` made from the config.json being
//! served (an edit applies without a restart), the build's file when the config cannot be
//! read, and nothing when there is neither.

mod support;

use support::http;

const CONFIG: &str = r#"{"city": {"name": "Town of Test"}, "open311": {"base_url": "/open311/v2"},
    "languages": ["fr", "en"], "default_language": "fr", "help": {"phone": "311"}}"#;

#[tokio::test]
async fn the_manifest_follows_the_config_being_served() {
    let dir = std::env::temp_dir().join(format!("frontdesk-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>x</title>").unwrap();
    std::fs::write(dir.join("config.json"), CONFIG).unwrap();
    let addr = support::serve_dist(&dir).await;

    let reply = http(addr, "GET", "/manifest.webmanifest", None).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("application/manifest+json")
    );
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    let manifest = reply.json();
    assert_eq!(manifest["name"], "Town of Test");
    assert_eq!(manifest["lang"], "fr");
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["display"], "standalone");

    // An edited config applies at once.
    std::fs::write(
        dir.join("config.json"),
        CONFIG.replace("Town of Test", "Ville d'Essai"),
    )
    .unwrap();
    let manifest = http(addr, "GET", "/manifest.webmanifest", None)
        .await
        .json();
    assert_eq!(manifest["name"], "Ville d'Essai");

    // A config that cannot be read: the build's file, if there is one; otherwise nothing (never
    // the app's page in its place).
    std::fs::write(dir.join("config.json"), "{").unwrap();
    let missing = http(addr, "GET", "/manifest.webmanifest", None).await;
    assert_eq!(missing.status, 404);
    let written = frontdesk_server::manifest::text_for(CONFIG).unwrap();
    std::fs::write(dir.join("manifest.webmanifest"), &written).unwrap();
    let kept = http(addr, "GET", "/manifest.webmanifest", None).await;
    assert_eq!(kept.status, 200);
    assert_eq!(kept.json()["name"], "Town of Test");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_config_that_cannot_be_read_makes_no_manifest_and_says_why() {
    let error = frontdesk_server::manifest::text_for(r#"{"city": {}}"#).unwrap_err();
    assert!(error.contains("city.name"), "{error}");
}
