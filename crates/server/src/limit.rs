//! Spam control without puzzles (issue 14; a CAPTCHA would fail WCAG 2.2's 3.3.8): POSTs to
//! the Open311 endpoint are limited per client address, in reference and proxy modes. Each
//! address has a bucket of `N` POSTs that refills at `N` a minute; an empty bucket answers 429
//! with `Retry-After`, which the app honours (its outbox waits and sends by itself, the draft
//! kept: `frontdesk_core::failure::retry_later`). Behind a city's reverse proxy the client's
//! address comes from `X-Forwarded-For`, and only when the peer is a trusted proxy.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{Method, StatusCode, header};

/// The default limit: generous for a person (one request takes one POST; a household or a
/// library behind one address sends a few a minute), low for a script.
pub const DEFAULT_PER_MINUTE: u32 = 20;

/// Buckets kept before full ones (idle clients) are forgotten.
const MAX_TRACKED: usize = 10_000;

/// `N/min` from the command line; `off` for no limit.
pub fn parse_rate(text: &str) -> Result<Option<u32>, String> {
    if text == "off" {
        return Ok(None);
    }
    let n = text
        .strip_suffix("/min")
        .and_then(|n| n.parse::<u32>().ok())
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("--post-limit takes N/min (N at least 1) or off, not {text:?}"))?;
    Ok(Some(n))
}

/// An address block (`10.0.0.0/8`, `::1/128`; a bare address is one host).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl std::str::FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Cidr, String> {
        let bad = || format!("not an address block: {text:?} (for example 10.0.0.0/8)");
        let (address, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (text, None),
        };
        let network: IpAddr = address.parse().map_err(|_| bad())?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(bad());
        }
        Ok(Cidr { network, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        match (self.network, address) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                masked(u32::from(n).into(), self.prefix, 32)
                    == masked(u32::from(a).into(), self.prefix, 32)
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                masked(u128::from(n), self.prefix, 128) == masked(u128::from(a), self.prefix, 128)
            }
            _ => false,
        }
    }
}

fn masked(bits: u128, prefix: u8, width: u32) -> u128 {
    if prefix == 0 {
        0
    } else {
        bits >> (width - u32::from(prefix))
    }
}

/// An IPv4 address seen as IPv6 (`::ffff:1.2.3.4`) is the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// The client's address: the peer's, or, when the peer is a trusted proxy, the rightmost
/// address of `X-Forwarded-For` that is not itself a trusted proxy.
pub fn client_address(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[Cidr]) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |a: IpAddr| trusted.iter().any(|c| c.contains(a));
    if !is_trusted(peer) {
        return peer;
    }
    forwarded_for
        .into_iter()
        .flat_map(|list| list.rsplit(','))
        .map(|entry| entry.trim().parse::<IpAddr>().map(canonical))
        .map_while(Result::ok)
        .find(|&a| !is_trusted(a))
        .unwrap_or(peer)
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The POST limit and the buckets it keeps.
pub struct Limiter {
    per_minute: u32,
    trusted: Vec<Cidr>,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl Limiter {
    pub fn new(per_minute: u32, trusted: Vec<Cidr>) -> Limiter {
        Limiter {
            per_minute,
            trusted,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// The client's address: the peer's, or the one a trusted proxy forwarded.
    pub fn client(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        client_address(peer, forwarded_for, &self.trusted)
    }

    /// Takes one POST from `client`'s bucket at `now`: `Err(seconds)` to wait when it is empty.
    pub fn take(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_TRACKED {
            buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * per_second < capacity
            });
        }
        let bucket = buckets.entry(client).or_insert(Bucket {
            tokens: capacity,
            at: now,
        });
        let refilled = now.saturating_duration_since(bucket.at).as_secs_f64() * per_second;
        bucket.tokens = (bucket.tokens + refilled).min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - bucket.tokens) / per_second).ceil().max(1.0) as u64)
        }
    }
}

/// The middleware on the Open311 routes: POSTs over the limit get the spec's error shape, 429,
/// and `Retry-After`. Other methods pass.
pub async fn posts(State(limiter): State<Arc<Limiter>>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let Some(peer) = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        // No peer address (an in-process test without connect info): nothing to key on.
        return next.run(request).await;
    };
    let forwarded = request
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    let client = client_address(peer, forwarded, &limiter.trusted);
    match limiter.take(client, Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let body = serde_json::json!([{
                "code": 429,
                "description": format!("Too many requests from this address: try again in {wait} seconds"),
            }])
            .to_string();
            (
                StatusCode::TOO_MANY_REQUESTS,
                [
                    (
                        header::CONTENT_TYPE,
                        "application/json; charset=utf-8".to_owned(),
                    ),
                    (header::RETRY_AFTER, wait.to_string()),
                ],
                body,
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn rates_and_blocks_parse_or_say_why_not() {
        assert_eq!(parse_rate("20/min"), Ok(Some(20)));
        assert_eq!(parse_rate("off"), Ok(None));
        for bad in ["0/min", "20", "20/s", "-1/min", ""] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
        let block: Cidr = "10.0.0.0/8".parse().unwrap();
        assert!(block.contains(ip("10.200.3.4")));
        assert!(block.contains(ip("::ffff:10.1.2.3")));
        assert!(!block.contains(ip("11.0.0.1")));
        let host: Cidr = "192.0.2.7".parse().unwrap();
        assert!(host.contains(ip("192.0.2.7")) && !host.contains(ip("192.0.2.8")));
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")) && !v6.contains(ip("2001:db9::1")));
        assert!("0.0.0.0/0".parse::<Cidr>().unwrap().contains(ip("8.8.8.8")));
        for bad in ["10.0.0.0/33", "example.org", "10.0.0/8", "::1/129"] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_proxy() {
        let trusted: Vec<Cidr> = vec!["10.0.0.0/8".parse().unwrap()];
        let xff = Some("203.0.113.9, 10.0.0.2");
        // From the city's proxy: the client it names.
        assert_eq!(
            client_address(ip("10.0.0.1"), xff, &trusted),
            ip("203.0.113.9")
        );
        // From anyone else: the header is theirs to forge; the peer counts.
        assert_eq!(
            client_address(ip("198.51.100.1"), xff, &trusted),
            ip("198.51.100.1")
        );
        // A client cannot hide behind a forged entry left of the real one.
        assert_eq!(
            client_address(ip("10.0.0.1"), Some("1.2.3.4, 203.0.113.9"), &trusted),
            ip("203.0.113.9")
        );
        // No header, or garbage: the proxy itself.
        assert_eq!(
            client_address(ip("10.0.0.1"), None, &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_address(ip("10.0.0.1"), Some("nonsense"), &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn a_burst_is_cut_at_the_limit_and_the_bucket_refills() {
        let limiter = Limiter::new(6, Vec::new());
        let t0 = Instant::now();
        let a = ip("203.0.113.1");
        for _ in 0..6 {
            assert_eq!(limiter.take(a, t0), Ok(()));
        }
        // The seventh waits for one POST's worth of refill: 60 / 6 = 10 s.
        assert_eq!(limiter.take(a, t0), Err(10));
        // Another address has its own bucket.
        assert_eq!(limiter.take(ip("203.0.113.2"), t0), Ok(()));
        assert_eq!(limiter.take(a, t0 + Duration::from_secs(5)), Err(5));
        assert_eq!(limiter.take(a, t0 + Duration::from_secs(10)), Ok(()));
        // Idle for long: full again, never more than full.
        let later = t0 + Duration::from_secs(3600);
        for _ in 0..6 {
            assert_eq!(limiter.take(a, later), Ok(()));
        }
        assert!(limiter.take(a, later).is_err());
    }
}
