//! Photos uploaded with a request (multipart part `media`, as uReport and Infor do): checked by
//! their first bytes, not by what the client claims, stored under random names, served back.

use std::path::Path;

use axum::body::Bytes;

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
