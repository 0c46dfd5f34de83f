//! Photos uploaded with a request (multipart part `media`, as uReport and Infor do): checked by
//! their first bytes, not by what the client claims, stored under random names, served back.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The photos, as `/media/<name>`: only names this server gave ([`store`]: 32 hex digits and
/// a picture's ending), served with their real type, never sniffed, never able to run
/// anything (a sandboxing policy of their own), and shown inline as a photo.
pub fn router(dir: PathBuf) -> Router {
    Router::new()
        .route("/{name}", get(serve))
        .with_state(Arc::new(dir))
}

async fn serve(State(dir): State<Arc<PathBuf>>, UrlPath(name): UrlPath<String>) -> Response {
    let Some(content_type) = stored_name_type(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match tokio::fs::read(dir.join(&name)).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, content_type),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; sandbox",
                ),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                (
                    header::CONTENT_DISPOSITION,
                    if content_type == "image/png" {
                        "inline; filename=\"photo.png\""
                    } else if content_type == "image/webp" {
                        "inline; filename=\"photo.webp\""
                    } else {
                        "inline; filename=\"photo.jpg\""
                    },
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The type of a name [`store`] could have given, or `None` for any other name (which is how
/// `..`, encoded slashes, hidden part files and anything else are refused).
fn stored_name_type(name: &str) -> Option<&'static str> {
    let (stem, extension) = name.split_once('.')?;
    if stem.len() != 32 || !stem.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')) {
        return None;
    }
    match extension {
        "jpg" => Some("image/jpeg"),
        "png" => Some("image/png"),
        "webp" => Some("image/webp"),
        _ => None,
    }
}

/// The largest photo accepted. The app resizes photos to 1600 px, far below this.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// A checked photo.
pub struct Photo {
    bytes: Bytes,
    extension: &'static str,
}

impl Photo {
    /// Accepts JPEG, PNG and WebP up to [`MAX_BYTES`]; the error is for the resident.
    pub fn check(bytes: Bytes) -> Result<Photo, &'static str> {
        if bytes.len() > MAX_BYTES {
            return Err("The photo is larger than 10 MB");
        }
        let extension = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            "jpg"
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "png"
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            "webp"
        } else {
            return Err("The photo must be a JPEG, PNG or WebP image");
        };
        Ok(Photo { bytes, extension })
    }
}

/// Writes the photo into `dir` under a new random name and returns that name.
pub fn store(dir: &Path, photo: &Photo) -> std::io::Result<String> {
    std::fs::create_dir_all(dir)?;
    let name = format!("{}.{}", random_name(), photo.extension);
    let partial = dir.join(format!(".{name}.part"));
    std::fs::write(&partial, &photo.bytes)?;
    // Renamed only when complete, so a half-written file is never served.
    std::fs::rename(&partial, dir.join(&name))?;
    Ok(name)
}

fn random_name() -> String {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let mut h = state.build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    let a = h.finish();
    h.write_u64(a);
    format!("{a:016x}{:016x}", h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_the_server_gives_are_served() {
        let name = format!("{}.jpg", random_name());
        assert_eq!(stored_name_type(&name), Some("image/jpeg"));
        assert_eq!(
            stored_name_type(&name.replace(".jpg", ".png")),
            Some("image/png")
        );
        for bad in [
            "../frontdesk.sqlite".to_owned(),
            format!(".{name}.part"),
            format!("{}.html", random_name()),
            format!("{}.svg", random_name()),
            format!("{}.jpg.html", random_name()),
            "0123456789ABCDEF0123456789ABCDEF.jpg".to_owned(),
            "index.html".to_owned(),
        ] {
            assert_eq!(stored_name_type(&bad), None, "{bad}");
        }
    }

    #[test]
    fn checks_the_bytes_not_the_name() {
        assert_eq!(
            Photo::check(Bytes::from_static(&[0xFF, 0xD8, 0xFF, 0xE0, 0]))
                .unwrap()
                .extension,
            "jpg"
        );
        assert_eq!(
            Photo::check(Bytes::from_static(b"\x89PNG\r\n\x1a\n...."))
                .unwrap()
                .extension,
            "png"
        );
        assert_eq!(
            Photo::check(Bytes::from_static(b"RIFF\0\0\0\0WEBPVP8 "))
                .unwrap()
                .extension,
            "webp"
        );
        assert!(Photo::check(Bytes::from_static(b"<svg onload=alert(1)>")).is_err());
        assert!(Photo::check(Bytes::from(vec![0xFF; MAX_BYTES + 1])).is_err());
    }
}
