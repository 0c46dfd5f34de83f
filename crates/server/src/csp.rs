//! The app's Content Security Policy (issue 14): nothing runs, loads or connects unless the
//! policy names it. One policy, delivered two ways:
//! - as a header on every page `frontdesk-server` serves (computed on each request from the
//!   `config.json` and `index.html` it serves, so a city's edit applies at once);
//! - as a `<meta http-equiv>` in `index.html`, for cities that host `dist/` on a plain static
//!   host, written by `frontdesk-server csp --config dist/config.json --write dist/index.html`
//!   (`make build` runs it; run it again after editing `config.json`). A meta policy cannot
//!   hold `frame-ancestors` (browsers ignore it there and say so): static hosts send that one
//!   as a header (README, "Deploying").
//!
//! Scripts: the app's own origin, `'wasm-unsafe-eval'` for WebAssembly, and the hash of each
//! inline script in `index.html` (Trunk's loader, which names hashed files, and
//! `public/boot.js`); styles: the hash of the inlined CSS. Never `'unsafe-inline'` or
//! `'unsafe-eval'`. Trusted Types are required for scripts, with only the `default` policy
//! (`public/boot.js`).

use base64::Engine;
use frontdesk_core::config::AppConfig;
use frontdesk_core::media::origin_of;
use sha2::{Digest, Sha256};

/// Where the policy goes: a header may carry everything; a meta tag cannot carry
/// `frame-ancestors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Header,
    Meta,
}

/// The `'sha256-…'` sources of a page's inline scripts and styles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    pub scripts: Vec<String>,
    pub styles: Vec<String>,
}

impl Inline {
    /// The hashes of every inline `<script>` (one without `src`) and `<style>` in `html`.
    pub fn of(html: &str) -> Inline {
        Inline {
            scripts: elements(html, "script")
                .filter(|(attributes, _)| !has_attribute(attributes, "src"))
                .map(|(_, text)| hash(text))
                .collect(),
            styles: elements(html, "style")
                .map(|(_, text)| hash(text))
                .collect(),
        }
    }
}

/// `'sha256-<base64>'` of `text` as the browser hashes an inline element: its exact text.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Each `<tag …>text</tag>` in `html`: the opening tag's attributes and the raw text. Script
/// and style contents are raw text in HTML, so the first `</tag` ends them.
fn elements<'a>(html: &'a str, tag: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{tag}");
    let close = format!("</{tag}");
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find(&open).map(|i| at + i) {
        let after_name = start + open.len();
        // `<scripts>` or `<style-x>` are other elements.
        if !lower[after_name..].starts_with(|c: char| c == '>' || c.is_ascii_whitespace()) {
            at = after_name;
            continue;
        }
        let Some(tag_end) = lower[after_name..].find('>').map(|i| after_name + i) else {
            break;
        };
        let Some(end) = lower[tag_end..].find(&close).map(|i| tag_end + i) else {
            break;
        };
        found.push((&html[after_name..tag_end], &html[tag_end + 1..end]));
        at = end + close.len();
    }
    found.into_iter()
}

/// Whether an opening tag's attribute text has `name` (as `name`, `name=…`).
fn has_attribute(attributes: &str, name: &str) -> bool {
    attributes
        .to_ascii_lowercase()
        .split(|c: char| c.is_ascii_whitespace())
        .any(|a| a == name || a.starts_with(&format!("{name}=")))
}

/// The origins a config names, beyond the app's own: the Open311 endpoint's (when absolute)
/// for `connect-src` and `img-src`, `open311.media_origins` and the map's tile server for
/// `img-src`, and the map's geocoder and the notifier for `connect-src`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins {
    pub connect: Vec<String>,
    pub img: Vec<String>,
}

impl Origins {
    pub fn of(config: &AppConfig) -> Origins {
        let mut origins = Origins::default();
        if let Some(api) = origin_of(&config.open311.base_url) {
            origins.connect.push(api.clone());
            origins.img.push(api);
        }
        let add = |list: &mut Vec<String>, origin: &String| {
            if !list.contains(origin) {
                list.push(origin.clone());
            }
        };
        for origin in &config.open311.media_origins {
            add(&mut origins.img, origin);
        }
        if let Some(map) = &config.map {
            if let Some(tiles) = map.tiles_origin() {
                add(&mut origins.img, &tiles);
            }
            if let Some(geocoder) = map.geocoder_origin() {
                add(&mut origins.connect, &geocoder);
            }
        }
        if let Some(notifier) = config.notify.as_ref().and_then(|n| n.origin()) {
            add(&mut origins.connect, &notifier);
        }
        origins
    }
}

/// The policy, as one header or meta value.
pub fn policy(origins: &Origins, inline: &Inline, delivery: Delivery) -> String {
    let list = |fixed: &[&str], more: &[String]| {
        fixed
            .iter()
            .map(|s| s.to_string())
            .chain(more.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut directives = vec![
        "default-src 'none'".to_owned(),
        format!(
            "script-src {}",
            list(&["'self'", "'wasm-unsafe-eval'"], &inline.scripts)
        ),
        format!("style-src {}", list(&["'self'"], &inline.styles)),
        format!("img-src {}", list(&["'self'", "blob:"], &origins.img)),
        format!("connect-src {}", list(&["'self'"], &origins.connect)),
        "manifest-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
    ];
    if delivery == Delivery::Header {
        directives.push("frame-ancestors 'none'".to_owned());
    }
    directives.push("require-trusted-types-for 'script'".to_owned());
    directives.push("trusted-types default".to_owned());
    directives.join("; ")
}

/// The header value for a page: the policy of `config_text` (a `config.json`) and `html` (the
/// page). A config that cannot be read gives the policy with the app's origin alone: the app
/// then shows its settings problem, which needs nothing more.
pub fn header_for(config_text: Option<&str>, html: &str) -> String {
    let origins = config_text
        .and_then(|text| AppConfig::parse(text).ok())
        .map(|config| Origins::of(&config))
        .unwrap_or_default();
    policy(&origins, &Inline::of(&without_meta(html)), Delivery::Header)
}

const META_START: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

/// `html` with its policy meta tag set to `policy`: replaced when there is one, otherwise put
/// straight after `<meta charset…>` (or `<head>`), before any script or style it governs.
pub fn with_meta(html: &str, policy: &str) -> Result<String, &'static str> {
    let html = without_meta(html);
    let tag = format!("{META_START}{}\">", policy.replace('"', "&quot;"));
    let lower = html.to_ascii_lowercase();
    let at = match lower.find("<meta charset") {
        Some(start) => lower[start..].find('>').map(|i| start + i + 1),
        None => lower.find("<head>").map(|start| start + "<head>".len()),
    }
    .ok_or("index.html has neither <meta charset> nor <head>")?;
    Ok(format!("{}{tag}{}", &html[..at], &html[at..]))
}

/// `html` without a policy meta tag written by [`with_meta`].
fn without_meta(html: &str) -> String {
    match html.find(META_START) {
        Some(start) => match html[start..].find('>') {
            Some(len) => format!("{}{}", &html[..start], &html[start + len + 1..]),
            None => html.to_owned(),
        },
        None => html.to_owned(),
    }
}

/// The meta tag's policy in `html`, if it has one.
pub fn meta_policy(html: &str) -> Option<String> {
    let start = html.find(META_START)? + META_START.len();
    let len = html[start..].find('"')?;
    Some(html[start..start + len].replace("&quot;", "\""))
}

/// The policy for `html` under `config_text`, as a meta tag would carry it.
pub fn meta_for(config_text: &str, html: &str) -> Result<String, String> {
    let config = AppConfig::parse(config_text).map_err(|e| format!("config.json: {e}"))?;
    Ok(policy(
        &Origins::of(&config),
        &Inline::of(&without_meta(html)),
        Delivery::Meta,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><meta charset=utf-8><title>x</title>\
        <script type=module>import init from '/a.js';</script><style>body{color:red}</style>\
        <script src=/boot.js></script><scripts>not a script</scripts></head>\
        <body><script>addEventListener('load',()=>{})</script></body></html>";

    #[test]
    fn inline_scripts_and_styles_are_hashed_as_the_browser_hashes_them() {
        let inline = Inline::of(PAGE);
        assert_eq!(
            inline.scripts,
            vec![
                hash("import init from '/a.js';"),
                hash("addEventListener('load',()=>{})")
            ]
        );
        assert_eq!(inline.styles, vec![hash("body{color:red}")]);
        // The value Chromium prints for `alert(1)` when it refuses it (a known vector).
        assert_eq!(
            hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    fn config(open311: &str) -> AppConfig {
        config_with_map(open311, "null")
    }

    fn config_with_map(open311: &str, map: &str) -> AppConfig {
        AppConfig::parse(&format!(
            r#"{{"city": {{"name": "Test"}}, "open311": {open311}, "languages": ["en"],
                "default_language": "en", "help": {{"phone": "311"}}, "map": {map}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn the_map_adds_its_tile_server_and_geocoder_and_nothing_when_on_the_app_origin() {
        let map = |tiles: &str, geocoder: &str| {
            format!(
                r#"{{"tiles": "{tiles}", "attribution": "©", "center": [1, 1], "zoom": 3,
                    "bounds": [[0, 0], [2, 2]], "geocoder": {geocoder}}}"#
            )
        };
        let open311 = r#"{"base_url": "https://api.city.example/v2"}"#;
        let elsewhere = Origins::of(&config_with_map(
            open311,
            &map(
                "https://tiles.city.example/{z}/{x}/{y}.png",
                r#""https://geo.city.example/nominatim""#,
            ),
        ));
        assert_eq!(
            elsewhere.img,
            vec!["https://api.city.example", "https://tiles.city.example"]
        );
        assert_eq!(
            elsewhere.connect,
            vec!["https://api.city.example", "https://geo.city.example"]
        );
        let notified = AppConfig::parse(
            r#"{"city": {"name": "Test"}, "open311": {"base_url": "/open311/v2"}, "languages": ["en"],
                "default_language": "en", "help": {"phone": "311"},
                "notify": {"push": true, "base_url": "https://notify.city.example"}}"#,
        )
        .unwrap();
        assert_eq!(
            Origins::of(&notified).connect,
            vec!["https://notify.city.example"]
        );
        let here = Origins::of(&config_with_map(
            open311,
            &map("/tiles/{z}/{x}/{y}.svg", r#""/geocode""#),
        ));
        assert_eq!(here.img, vec!["https://api.city.example"]);
        assert_eq!(here.connect, vec!["https://api.city.example"]);
    }

    #[test]
    fn the_policy_names_only_what_the_config_names() {
        let relative = policy(
            &Origins::of(&config(r#"{"base_url": "/open311/v2"}"#)),
            &Inline::of(PAGE),
            Delivery::Header,
        );
        assert!(
            relative
                .starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
        );
        assert!(relative.contains("; connect-src 'self'; "));
        assert!(relative.contains("; img-src 'self' blob:; "));
        assert!(relative.contains("; frame-ancestors 'none'; "));
        assert!(relative.ends_with("; require-trusted-types-for 'script'; trusted-types default"));
        for never in [
            "'unsafe-inline'",
            "'unsafe-eval'",
            "data:",
            "*",
            "http:",
            "https:;",
        ] {
            assert!(!relative.contains(never), "{never} in {relative}");
        }

        let elsewhere = Origins::of(&config(
            r#"{"base_url": "https://api.city.example/open311/v2",
                "media_origins": ["https://photos.city.example"]}"#,
        ));
        assert_eq!(elsewhere.connect, vec!["https://api.city.example"]);
        assert_eq!(
            elsewhere.img,
            vec!["https://api.city.example", "https://photos.city.example"]
        );
        let meta = policy(&elsewhere, &Inline::default(), Delivery::Meta);
        assert!(meta.contains("connect-src 'self' https://api.city.example;"));
        assert!(!meta.contains("frame-ancestors"));
    }

    #[test]
    fn the_meta_tag_goes_before_every_script_and_is_replaced_not_repeated() {
        let policy = "default-src 'none'";
        let once = with_meta(PAGE, policy).unwrap();
        let meta_at = once.find(META_START).unwrap();
        assert!(meta_at < once.find("<script").unwrap());
        assert!(meta_at > once.find("<meta charset").unwrap());
        assert_eq!(meta_policy(&once).as_deref(), Some(policy));
        let twice = with_meta(&once, "default-src 'self'").unwrap();
        assert_eq!(twice.matches(META_START).count(), 1);
        assert_eq!(meta_policy(&twice).as_deref(), Some("default-src 'self'"));
        // The page's own hashes do not change with the tag.
        assert_eq!(Inline::of(&without_meta(&twice)), Inline::of(PAGE));
        assert!(with_meta("<p>no head</p>", policy).is_err());
    }

    #[test]
    fn header_and_meta_agree_but_for_frame_ancestors() {
        let config = r#"{"city": {"name": "T"}, "open311": {"base_url": "https://x.example/v2"},
            "languages": ["en"], "default_language": "en", "help": {"phone": "311"}}"#;
        let page = with_meta(PAGE, "old").unwrap();
        let header = header_for(Some(config), &page);
        let meta = meta_for(config, &page).unwrap();
        assert_eq!(header.replace(" frame-ancestors 'none';", ""), meta);
        // An unreadable config: the app's own origin only.
        assert!(header_for(Some("{"), PAGE).contains("connect-src 'self';"));
    }
}
