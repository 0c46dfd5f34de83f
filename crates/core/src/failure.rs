//! Why a call to the city's Open311 server did not give what was asked, and the three questions
//! the app asks of such a failure, each a rule with its own name:
//! [`ApiError::may_have_arrived`] (could a POST have been taken anyway?),
//! [`ApiError::retry_later`] (is the server only saying "not now"?) and
//! [`ApiError::shows_saved_data`] (is a copy saved earlier worth showing instead?).

use open311::{DateTime, DecodeError, Open311Error};

/// The wait before sending again when a busy server does not say how long (seconds).
pub const DEFAULT_RETRY_AFTER_SECONDS: u64 = 60;
/// The shortest wait honoured, so a `Retry-After: 0` cannot make the outbox spin.
pub const MIN_RETRY_AFTER_SECONDS: u64 = 5;
/// The longest wait honoured: a resident expects the request to go today, and the outbox also
/// tries whenever the connection returns or the app opens.
pub const MAX_RETRY_AFTER_SECONDS: u64 = 6 * 60 * 60;

/// A failed call to the city's server, in terms a resident can be told about.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The device is offline.
    Offline,
    /// The device is online but the server did not answer.
    Unreachable,
    /// No answer in time.
    TimedOut,
    /// The server answered with an error status, with its own words when it gave any, and its
    /// `Retry-After` (seconds from the answer) when it sent one.
    Refused {
        error: Open311Error,
        retry_after: Option<u64>,
    },
    /// The server answered 2xx with something that is not a GeoReport v2 reply.
    Malformed(DecodeError),
}

impl ApiError {
    /// A refusal with this status and body, without `Retry-After`.
    pub fn refused(status: u16, body: &str) -> ApiError {
        ApiError::Refused {
            error: Open311Error::decode(status, body),
            retry_after: None,
        }
    }

    /// A refusal with this status and no body to read (so no JSON parser is needed).
    pub fn refused_status(status: u16) -> ApiError {
        ApiError::Refused {
            error: Open311Error::decode_with(status, "", |_| None),
            retry_after: None,
        }
    }

    /// The HTTP status of a refusal.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Refused { error, .. } => Some(error.status),
            _ => None,
        }
    }

    /// May a POST that failed like this have been taken all the same? Yes when no answer came
    /// (offline, unreachable, timed out), when the server failed (5xx: a proxy may fail after
    /// the city's system took the request) or timed out (408), and when a 2xx answer could not
    /// be read. No for a definite refusal (4xx), and for 429 and 503, which say "not now":
    /// the request was not taken (see [`ApiError::retry_later`]).
    pub fn may_have_arrived(&self) -> bool {
        match self {
            ApiError::Offline | ApiError::Unreachable | ApiError::TimedOut => true,
            ApiError::Refused { error, .. } => match error.status {
                429 | 503 => false,
                408 => true,
                status => status >= 500,
            },
            ApiError::Malformed(_) => true,
        }
    }

    /// Is the server only saying "not now"? For 429 (too many requests) and 503 (unavailable):
    /// the seconds to wait before sending again, from `Retry-After` when the server sent it
    /// (between [`MIN_RETRY_AFTER_SECONDS`] and [`MAX_RETRY_AFTER_SECONDS`]), otherwise
    /// [`DEFAULT_RETRY_AFTER_SECONDS`]. `None` for every other failure.
    pub fn retry_later(&self) -> Option<u64> {
        match self {
            ApiError::Refused { error, retry_after } if matches!(error.status, 429 | 503) => Some(
                retry_after
                    .unwrap_or(DEFAULT_RETRY_AFTER_SECONDS)
                    .clamp(MIN_RETRY_AFTER_SECONDS, MAX_RETRY_AFTER_SECONDS),
            ),
            _ => None,
        }
    }

    /// Is keeping or showing data saved earlier better than nothing? Yes when the server could
    /// not be asked or could not answer (offline, unreachable, timed out, 5xx, 408, 429, an
    /// unreadable reply); no for a definite answer such as 404.
    pub fn shows_saved_data(&self) -> bool {
        match self {
            ApiError::Offline | ApiError::Unreachable | ApiError::TimedOut => true,
            ApiError::Refused { error, .. } => {
                error.status >= 500 || matches!(error.status, 408 | 429)
            }
            ApiError::Malformed(_) => true,
        }
    }
}

/// A `Retry-After` header's value as seconds from `now_unix_seconds`: delay-seconds (`120`) or
/// an HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`; a date in the past is 0). `None` when it is
/// neither.
pub fn parse_retry_after(value: &str, now_unix_seconds: i64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(value.parse().unwrap_or(u64::MAX));
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? + 1;
    if day.len() != 2 || year.len() != 4 || time.len() != 8 {
        return None;
    }
    let at = DateTime::parse(&format!("{year}-{month:02}-{day}T{time}Z"))?;
    Some(u64::try_from(at.unix_seconds - now_unix_seconds).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(status: u16) -> ApiError {
        ApiError::refused(status, "")
    }

    #[test]
    fn a_refusal_without_a_body_is_the_refusal_of_an_empty_body() {
        for status in [400, 404, 429, 500, 503] {
            assert_eq!(
                ApiError::refused_status(status),
                ApiError::refused(status, "")
            );
        }
    }

    #[test]
    fn three_questions_three_answers() {
        // (failure, may have arrived, retry later, show saved data)
        let table = [
            (ApiError::Offline, true, false, true),
            (ApiError::Unreachable, true, false, true),
            (ApiError::TimedOut, true, false, true),
            (
                ApiError::Malformed(DecodeError::Syntax("not json".into())),
                true,
                false,
                true,
            ),
            (refused(400), false, false, false),
            (refused(403), false, false, false),
            (refused(404), false, false, false),
            (refused(408), true, false, true),
            (refused(413), false, false, false),
            (refused(429), false, true, true),
            (refused(500), true, false, true),
            (refused(502), true, false, true),
            (refused(503), false, true, true),
            (refused(504), true, false, true),
        ];
        for (error, arrived, later, saved) in table {
            assert_eq!(
                error.may_have_arrived(),
                arrived,
                "may_have_arrived {error:?}"
            );
            assert_eq!(
                error.retry_later().is_some(),
                later,
                "retry_later {error:?}"
            );
            assert_eq!(
                error.shows_saved_data(),
                saved,
                "shows_saved_data {error:?}"
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_within_bounds() {
        let busy = |status, retry_after| ApiError::Refused {
            error: Open311Error::decode(status, ""),
            retry_after,
        };
        assert_eq!(busy(429, Some(120)).retry_later(), Some(120));
        assert_eq!(
            busy(503, None).retry_later(),
            Some(DEFAULT_RETRY_AFTER_SECONDS)
        );
        assert_eq!(
            busy(503, Some(0)).retry_later(),
            Some(MIN_RETRY_AFTER_SECONDS)
        );
        assert_eq!(
            busy(429, Some(10 * 24 * 3600)).retry_later(),
            Some(MAX_RETRY_AFTER_SECONDS)
        );
        assert_eq!(busy(500, Some(120)).retry_later(), None);
    }

    #[test]
    fn retry_after_headers() {
        let now = DateTime::parse("2026-10-21T07:20:00Z")
            .unwrap()
            .unix_seconds;
        assert_eq!(parse_retry_after("120", now), Some(120));
        assert_eq!(parse_retry_after(" 0 ", now), Some(0));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", now),
            Some(480)
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2026 07:00:00 GMT", now),
            Some(0)
        );
        assert_eq!(parse_retry_after("-5", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(
            parse_retry_after("Wed, 21 Foo 2026 07:28:00 GMT", now),
            None
        );
        assert_eq!(parse_retry_after("", now), None);
    }
}
