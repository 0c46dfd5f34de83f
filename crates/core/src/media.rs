//! Which photo addresses from a city's server may be shown as images: server data is never
//! trusted to name a script, inline data or an insecure third party.

/// The endings of the pictures shown (the reference server stores JPEG, PNG and WebP; other
/// cities' servers add GIF).
const PICTURES: [&str; 5] = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

/// `url` (trimmed) when it may be shown as an image on a page served from `app_origin`
/// (`https://city.example`, no trailing slash): a path on this site (`/media/...`), an address
/// on this site's own origin, or an `https://` address on the Open311 endpoint's origin or one
/// of the config's `open311.media_origins` (the origins the Content Security Policy lets
/// images come from: any other would be refused by the browser), and in every case a picture
/// by its ending. Refused: `javascript:`, `data:` and every other scheme, plain `http://` to
/// another site, any other site, protocol-relative `//host/...` and path-relative addresses
/// (which would resolve against whatever page shows them).
///
/// A path (`/media/...`, as the reference server writes) belongs to the server that wrote it:
/// with `api_origin` (the Open311 endpoint's origin, when it is not the app's) it is resolved
/// there first, and the rules apply to the result.
pub fn shown_photo(
    url: &str,
    app_origin: &str,
    api_origin: Option<&str>,
    media_origins: &[String],
) -> Option<String> {
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
    let under = |origin: &str| !origin.is_empty() && lower.starts_with(&format!("{origin}/"));
    let listed = api_origin
        .into_iter()
        .chain(media_origins.iter().map(String::as_str))
        .map(|o| o.trim_end_matches('/').to_ascii_lowercase())
        .any(|o| o.starts_with("https://") && under(&o));
    let web = (lower.starts_with('/') && !lower.starts_with("//")) || under(&origin) || listed;
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

/// A path on the app's origin, or an absolute address whose origin is a plain origin (it goes
/// into the Content Security Policy: nothing there may end a directive).
pub fn is_path_or_plain_origin(url: &str) -> bool {
    if url.contains(char::is_whitespace) {
        return false;
    }
    if url.starts_with('/') {
        return !url.starts_with("//");
    }
    origin_of(url).is_some_and(|o| is_origin(&o))
}

/// The origin of an absolute address, when it is not on the app's own (a path is).
pub fn other_origin(url: &str) -> Option<String> {
    (!url.starts_with('/')).then(|| origin_of(url)).flatten()
}

/// Whether `text` is exactly an origin: `https://` or `http://`, a host of letters, digits,
/// dots and hyphens, and an optional port; nothing else (no path, no wildcard, no space or
/// `;` that could end a policy directive, no user name).
pub fn is_origin(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && !host.starts_with(['.', '-'])
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    host_ok && port_ok
}

#[cfg(test)]
mod tests {
    use super::{is_origin, origin_of, shown_photo};

    #[test]
    fn only_plain_origins_are_origins() {
        for yes in [
            "https://photos.city.example",
            "http://127.0.0.1:8080",
            "https://a-b.example:443",
        ] {
            assert!(is_origin(yes), "{yes}");
        }
        for no in [
            "https://photos.city.example/",
            "https://*.city.example",
            "https://a.example; script-src *",
            "https://a.example 'unsafe-inline'",
            "https://user@a.example",
            "https://a.example:",
            "https://a.example:99999x",
            "javascript:alert(1)",
            "ftp://a.example",
            "https://",
            "/media",
        ] {
            assert!(!is_origin(no), "{no}");
        }
    }

    const APP: &str = "http://127.0.0.1:8080";

    #[test]
    fn own_endpoint_and_listed_pictures_are_shown() {
        let api = Some("https://city.example");
        let listed = vec!["https://photos.city.example".to_owned()];
        for url in [
            "https://city.example/media/a.jpg",
            "HTTPS://CITY.EXAMPLE/MEDIA/A.JPEG",
            "https://city.example/media/a.png?size=large",
            "https://city.example/media/a.webp#top",
            "https://photos.city.example/2026/a.jpg",
            "http://127.0.0.1:8080/media/abc.gif",
        ] {
            assert_eq!(
                shown_photo(url, APP, api, &listed).as_deref(),
                Some(url.trim()),
                "{url} should be shown"
            );
        }
        // Paths on the app's own server (the endpoint on the same origin).
        for url in ["/media/abc.jpg", "  /media/padded.jpg  "] {
            assert_eq!(
                shown_photo(url, APP, None, &[]).as_deref(),
                Some(url.trim())
            );
        }
    }

    #[test]
    fn a_site_the_config_does_not_name_is_refused() {
        // The Content Security Policy would refuse it: never asked for.
        let api = Some("https://city.example");
        for url in [
            "https://cdn.example/a.jpg",
            "https://city.example.evil.example/a.jpg",
            "https://photos.city.example/a.jpg",
        ] {
            assert_eq!(shown_photo(url, APP, api, &[]), None, "{url}");
        }
        // A listed origin served over plain http is refused too.
        let insecure = vec!["http://photos.city.example".to_owned()];
        assert_eq!(
            shown_photo("http://photos.city.example/a.jpg", APP, api, &insecure),
            None
        );
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
            assert_eq!(
                shown_photo(url, APP, None, &[]),
                None,
                "{url} must be refused"
            );
        }
    }

    #[test]
    fn the_reference_servers_relative_media_urls_show_over_https_too() {
        // Behind a TLS proxy the app's origin is https; the server's own paths still show.
        assert!(shown_photo("/media/1a2b.jpg", "https://311.city.example", None, &[]).is_some());
        // An absolute http address from the same server would not: the reason it writes paths.
        let absolute = "http://311.city.example/media/1a2b.jpg";
        assert!(shown_photo(absolute, "https://311.city.example", None, &[]).is_none());
    }

    #[test]
    fn a_path_from_an_endpoint_on_another_origin_is_that_servers() {
        let api = origin_of("https://open311.city.example/v2/");
        assert_eq!(api.as_deref(), Some("https://open311.city.example"));
        assert_eq!(
            shown_photo("/media/a.jpg", "https://app.example", api.as_deref(), &[]).as_deref(),
            Some("https://open311.city.example/media/a.jpg")
        );
        // Resolved first, then the rules: a plain-http endpoint elsewhere is refused.
        let insecure = origin_of("http://open311.city.example:8080/v2");
        assert_eq!(
            insecure.as_deref(),
            Some("http://open311.city.example:8080")
        );
        assert_eq!(
            shown_photo(
                "/media/a.jpg",
                "https://app.example",
                insecure.as_deref(),
                &[]
            ),
            None
        );
        // Absolute addresses are left as they are.
        let own = "https://open311.city.example/media/b.jpg";
        assert_eq!(
            shown_photo(own, "https://app.example", api.as_deref(), &[]).as_deref(),
            Some(own)
        );
        assert_eq!(origin_of("/open311/v2"), None);
        assert_eq!(origin_of("https:///nohost"), None);
    }
}
