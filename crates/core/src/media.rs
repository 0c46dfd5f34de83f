//! Which photo addresses from a city's server may be shown as images: server data is never
//! trusted to name a script, inline data or an insecure third party.

/// The endings of the pictures shown (the reference server stores JPEG, PNG and WebP; other
/// cities' servers add GIF).
const PICTURES: [&str; 5] = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

/// `url` (trimmed) when it may be shown as an image on a page served from `app_origin`
/// (`https://city.example`, no trailing slash): an `https://` address, a path on this site
/// (`/media/...`), or an address on this site's own origin, and in every case a picture by its
/// ending. Refused: `javascript:`, `data:` and every other scheme, plain `http://` to another
/// site, protocol-relative `//host/...` and path-relative addresses (which would resolve
/// against whatever page shows them).
///
/// A path (`/media/...`, as the reference server writes) belongs to the server that wrote it:
/// with `api_origin` (the Open311 endpoint's origin, when it is not the app's) it is resolved
/// there first, and the rules apply to the result.
pub fn shown_photo(url: &str, app_origin: &str, api_origin: Option<&str>) -> Option<String> {
    let url = url.trim();
    let resolved;
    let url = match api_origin {
        Some(api) if url.starts_with('/') && !url.starts_with("//") => {
            resolved = format!("{}{url}", api.trim_end_matches('/'));
            resolved.as_str()
        }
        _ => url,
    };
    let lower = url.to_ascii_lowercase();
    let origin = app_origin.trim_end_matches('/').to_ascii_lowercase();
    let web = lower.starts_with("https://")
        || (lower.starts_with('/') && !lower.starts_with("//"))
        || (!origin.is_empty() && lower.starts_with(&format!("{origin}/")));
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let picture = PICTURES.iter().any(|ext| path.ends_with(ext));
    (web && picture).then(|| url.to_owned())
}

/// The origin (`https://host:port`) of an absolute `http(s)` address; `None` for a path.
pub fn origin_of(base_url: &str) -> Option<String> {
    let lower = base_url.trim();
    let rest = lower
        .strip_prefix("https://")
        .map(|r| ("https://", r))
        .or_else(|| lower.strip_prefix("http://").map(|r| ("http://", r)))?;
    let host = rest
        .1
        .split(['/', '?', '#'])
        .next()
        .filter(|h| !h.is_empty())?;
    Some(format!("{}{host}", rest.0))
}

#[cfg(test)]
mod tests {
    use super::{origin_of, shown_photo};

    const APP: &str = "http://127.0.0.1:8080";

    #[test]
    fn secure_or_own_pictures_are_shown() {
        for url in [
            "https://city.example/media/a.jpg",
            "HTTPS://CITY.EXAMPLE/MEDIA/A.JPEG",
            "https://city.example/media/a.png?size=large",
            "https://city.example/media/a.webp#top",
            "/media/abc.jpg",
            "http://127.0.0.1:8080/media/abc.gif",
            "  /media/padded.jpg  ",
        ] {
            assert_eq!(
                shown_photo(url, APP, None).as_deref(),
                Some(url.trim()),
                "{url} should be shown"
            );
        }
    }

    #[test]
    fn scripts_data_insecure_and_relative_addresses_are_refused() {
        for url in [
            "javascript:alert(1)//.jpg",
            "JavaScript:alert(1);a.png",
            "data:image/png;base64,iVBORw0KGgo=.png",
            "vbscript:x.jpg",
            "http://other.example/media/a.jpg",
            // Same host, another port: another origin.
            "http://127.0.0.1:9999/media/a.jpg",
            // Our origin as a prefix of another host.
            "http://127.0.0.1:8080.evil.example/a.jpg",
            "//evil.example/a.jpg",
            "media/a.jpg",
            "../media/a.jpg",
            "a.jpg",
            "",
            // Not a picture.
            "https://city.example/media/a.svg",
            "https://city.example/page.html",
            "/media/a.jpg.html",
        ] {
            assert_eq!(shown_photo(url, APP, None), None, "{url} must be refused");
        }
    }

    #[test]
    fn the_reference_servers_relative_media_urls_show_over_https_too() {
        // Behind a TLS proxy the app's origin is https; the server's own paths still show.
        assert!(shown_photo("/media/1a2b.jpg", "https://311.city.example", None).is_some());
        // An absolute http address from the same server would not: the reason it writes paths.
        let absolute = "http://311.city.example/media/1a2b.jpg";
        assert!(shown_photo(absolute, "https://311.city.example", None).is_none());
    }

    #[test]
    fn a_path_from_an_endpoint_on_another_origin_is_that_servers() {
        let api = origin_of("https://open311.city.example/v2/");
        assert_eq!(api.as_deref(), Some("https://open311.city.example"));
        assert_eq!(
            shown_photo("/media/a.jpg", "https://app.example", api.as_deref()).as_deref(),
            Some("https://open311.city.example/media/a.jpg")
        );
        // Resolved first, then the rules: a plain-http endpoint elsewhere is refused.
        let insecure = origin_of("http://open311.city.example:8080/v2");
        assert_eq!(
            insecure.as_deref(),
            Some("http://open311.city.example:8080")
        );
        assert_eq!(
            shown_photo("/media/a.jpg", "https://app.example", insecure.as_deref()),
            None
        );
        // Absolute addresses are left as they are.
        let cdn = "https://cdn.example/a.jpg";
        assert!(shown_photo(cdn, "https://app.example", api.as_deref()).is_some());
        assert_eq!(origin_of("/open311/v2"), None);
        assert_eq!(origin_of("https:///nohost"), None);
    }
}
