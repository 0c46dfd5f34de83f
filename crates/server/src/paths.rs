//! Addresses that try to reach outside what is served are refused before any route sees them
//! (issue 14): a `.` or `..` segment, an encoded slash or backslash, a backslash, a NUL or any
//! control character, invalid percent-encoding, or a path longer than [`MAX_PATH`] (a
//! 9,000-character path once answered 500 from the file system).

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::StatusCode;

/// The longest path answered; the app's own are far shorter (a service code, a request id).
pub const MAX_PATH: usize = 1024;

/// Why a path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trick {
    TooLong,
    Unsafe,
}

/// `Ok` for a path that names something inside what is served.
pub fn check(raw_path: &str) -> Result<(), Trick> {
    if raw_path.len() > MAX_PATH {
        return Err(Trick::TooLong);
    }
    let bytes = raw_path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).ok_or(Trick::Unsafe)?;
                let hex = std::str::from_utf8(hex).map_err(|_| Trick::Unsafe)?;
                let byte = u8::from_str_radix(hex, 16).map_err(|_| Trick::Unsafe)?;
                // An encoded separator would become one after decoding.
                if byte == b'/' || byte == b'\\' {
                    return Err(Trick::Unsafe);
                }
                decoded.push(byte);
                i += 3;
            }
            byte => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    if decoded.iter().any(|&b| b < 0x20 || b == 0x7f || b == b'\\') {
        return Err(Trick::Unsafe);
    }
    let path = String::from_utf8(decoded).map_err(|_| Trick::Unsafe)?;
    if path
        .split('/')
        .any(|segment| segment == "." || segment == "..")
    {
        return Err(Trick::Unsafe);
    }
    Ok(())
}

/// The middleware: 414 for a path too long, 400 for a trick, otherwise on to the routes.
pub async fn refuse_tricks(request: Request, next: Next) -> Response {
    match check(request.uri().path()) {
        Ok(()) => next.run(request).await,
        Err(Trick::TooLong) => {
            (StatusCode::URI_TOO_LONG, "The address is too long").into_response()
        }
        Err(Trick::Unsafe) => {
            (StatusCode::BAD_REQUEST, "The address is not allowed").into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_own_addresses_pass() {
        for path in [
            "/",
            "/services/RD-POTHOLE/request/details",
            "/services/caf%C3%A9",
            "/requests/12345",
            "/open311/v2/services.json",
            "/open311/v2/requests/638344.json",
            "/media/0123456789abcdef0123456789abcdef.jpg",
            "/frontdesk-41f361d3d38bf534_bg.wasm",
            "/locales/zh-Hans/main.ftl",
            "/a..b/c.d",
        ] {
            assert_eq!(check(path), Ok(()), "{path}");
        }
    }

    #[test]
    fn tricks_are_refused() {
        for path in [
            "/../etc/passwd",
            "/media/../frontdesk.sqlite",
            "/media/%2e%2e/frontdesk.sqlite",
            "/media/%2E%2E%2Ffrontdesk.sqlite",
            "/a/%2f/b",
            "/a%5cb",
            "/a\\b",
            "/index.html%00.jpg",
            "/a/./b",
            "/a%0d%0aSet-Cookie:x",
            "/bad%zzescape",
            "/cut%2",
            "/%ff%fe",
        ] {
            assert_eq!(check(path), Err(Trick::Unsafe), "{path}");
        }
        assert_eq!(
            check(&format!("/{}", "a".repeat(9000))),
            Err(Trick::TooLong)
        );
        assert_eq!(check(&format!("/{}", "a".repeat(MAX_PATH - 1))), Ok(()));
    }
}
