//! Which push endpoints the notifier may post to (issue 16): the browser gives the address, so
//! the notifier must never become a way to reach the city's own hosts. An endpoint must be
//! `https`, and every address its host resolves to must be a public one: no private, loopback,
//! link-local, shared, documentation, multicast or reserved range, in IPv4 or IPv6 (IPv4 inside
//! IPv6 is checked as IPv4). `--notify-allow-loopback` lets local test push services through:
//! loopback addresses, over `http` too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Why an endpoint is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not an `https://host[:port]/...` address (or `http` to loopback when allowed).
    NotHttps,
    /// No host, a user name or password in it, or a port that is not a number.
    Malformed,
    /// Its host resolves to no address.
    Unresolvable,
    /// Its host resolves to an address that is not public.
    NotPublic,
}

/// Whether loopback (a local test push service) may be posted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loopback {
    Refused,
    Allowed,
}

/// The scheme, host and port of `endpoint`, if its shape may be posted to at all.
pub fn parse(endpoint: &str) -> Result<(bool, String, u16), Refused> {
    let (https, rest) = if let Some(rest) = endpoint.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = endpoint.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(Refused::NotHttps);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() || authority.contains('@') {
        return Err(Refused::Malformed);
    }
    // [v6]:port, host:port, or either without a port.
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']').ok_or(Refused::Malformed)?;
        (host, after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port = match port {
        None => {
            if https {
                443
            } else {
                80
            }
        }
        Some(port) => port.parse::<u16>().map_err(|_| Refused::Malformed)?,
    };
    if host.is_empty() {
        return Err(Refused::Malformed);
    }
    Ok((https, host.to_ascii_lowercase(), port))
}

/// Whether the addresses `endpoint`'s host resolved to may be posted to: all of them public
/// (one private address among public ones is enough to refuse: a resolver may answer either),
/// or, with loopback allowed, all loopback.
pub fn check(endpoint: &str, resolved: &[IpAddr], loopback: Loopback) -> Result<(), Refused> {
    let (https, _, _) = parse(endpoint)?;
    if resolved.is_empty() {
        return Err(Refused::Unresolvable);
    }
    let local = loopback == Loopback::Allowed && resolved.iter().all(|ip| is_loopback(*ip));
    if local {
        return Ok(());
    }
    if !https {
        return Err(Refused::NotHttps);
    }
    if resolved.iter().all(|ip| is_public(*ip)) {
        Ok(())
    } else {
        Err(Refused::NotPublic)
    }
}

/// Resolves `endpoint`'s host and checks it ([`check`]); the addresses to connect to (and only
/// those: connecting by name again could reach another address).
pub async fn resolve(endpoint: &str, loopback: Loopback) -> Result<Vec<SocketAddr>, Refused> {
    let (_, host, port) = parse(endpoint)?;
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), port))
        .await
        .map_err(|_| Refused::Unresolvable)?
        .collect();
    let ips: Vec<IpAddr> = addresses.iter().map(SocketAddr::ip).collect();
    check(endpoint, &ips, loopback)?;
    Ok(addresses)
}

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// A public unicast address: anything a push service could be, and nothing of the city's own.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(a == 0 // "this network"
        || a == 10 // private
        || a == 127 // loopback
        || (a == 100 && (64..128).contains(&b)) // shared (carrier-grade NAT)
        || (a == 169 && b == 254) // link-local (cloud metadata lives here)
        || (a == 172 && (16..32).contains(&b)) // private
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2) // documentation
        || (a == 192 && b == 88 && c == 99) // 6to4 relay
        || (a == 192 && b == 168) // private
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || (a == 198 && b == 51 && c == 100) // documentation
        || (a == 203 && b == 0 && c == 113) // documentation
        || a >= 224) // multicast, reserved, broadcast
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    // IPv4 written as IPv6 (mapped, or NAT64's well-known prefix) is judged as IPv4.
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        let [a, b] = s[6].to_be_bytes();
        let [c, d] = s[7].to_be_bytes();
        return is_public_v4(Ipv4Addr::new(a, b, c, d));
    }
    // Global unicast is 2000::/3; within it, documentation and the rest set aside.
    (s[0] & 0xe000) == 0x2000
        && !(s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        && !(s[0] == 0x2001 && s[1] < 0x0200) // IETF protocol assignments (Teredo, ORCHID, ...)
        && s[0] != 0x2002 // 6to4: an IPv4 address inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ips(list: &[&str]) -> Vec<IpAddr> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    const FCM: &str = "https://fcm.googleapis.com/fcm/send/abc:def";

    #[test]
    fn public_https_push_services_pass() {
        assert_eq!(
            check(FCM, &ips(&["142.250.69.202"]), Loopback::Refused),
            Ok(())
        );
        assert_eq!(
            check(
                "https://updates.push.services.mozilla.com/wpush/v2/x",
                &ips(&["34.117.59.81", "2600:1901:0:1::1"]),
                Loopback::Refused
            ),
            Ok(())
        );
        assert_eq!(
            parse("https://[2001:4860::1]:8443/x"),
            Ok((true, "2001:4860::1".into(), 8443))
        );
        assert_eq!(
            parse("https://Push.Example.NET/x"),
            Ok((true, "push.example.net".into(), 443))
        );
    }

    #[test]
    fn the_citys_own_hosts_are_refused() {
        for inside in [
            "10.0.0.5",
            "172.16.3.4",
            "172.31.255.1",
            "192.168.1.10",
            "127.0.0.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "192.0.2.1",
            "198.18.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "64:ff9b::a00:1",
            "2002:a00:1::1",
        ] {
            assert_eq!(
                check(FCM, &ips(&[inside]), Loopback::Refused),
                Err(Refused::NotPublic),
                "{inside}"
            );
        }
        // One inside address among public ones is enough.
        assert_eq!(
            check(
                FCM,
                &ips(&["142.250.69.202", "10.1.2.3"]),
                Loopback::Refused
            ),
            Err(Refused::NotPublic)
        );
        assert_eq!(
            check(FCM, &[], Loopback::Refused),
            Err(Refused::Unresolvable)
        );
    }

    #[test]
    fn only_https_and_well_formed_addresses() {
        for (endpoint, why) in [
            ("http://push.example.net/x", Refused::NotHttps),
            ("ftp://push.example.net/x", Refused::NotHttps),
            ("push.example.net/x", Refused::NotHttps),
            ("https://user:pass@push.example.net/x", Refused::Malformed),
            ("https:///x", Refused::Malformed),
            ("https://push.example.net:99999/x", Refused::Malformed),
            ("https://[::1/x", Refused::Malformed),
        ] {
            assert_eq!(
                check(endpoint, &ips(&["142.250.69.202"]), Loopback::Refused),
                Err(why),
                "{endpoint}"
            );
        }
    }

    #[test]
    fn loopback_only_when_allowed_and_then_over_http_too() {
        let local = "http://127.0.0.1:9999/push/1";
        assert_eq!(
            check(local, &ips(&["127.0.0.1"]), Loopback::Refused),
            Err(Refused::NotHttps)
        );
        assert_eq!(
            check(
                "https://localhost/push",
                &ips(&["127.0.0.1", "::1"]),
                Loopback::Refused
            ),
            Err(Refused::NotPublic)
        );
        assert_eq!(
            check(local, &ips(&["127.0.0.1"]), Loopback::Allowed),
            Ok(())
        );
        // Allowing loopback never lets a private address through.
        assert_eq!(
            check(
                "http://intranet.city.example/x",
                &ips(&["10.0.0.5"]),
                Loopback::Allowed
            ),
            Err(Refused::NotHttps)
        );
        assert_eq!(
            check(
                "https://intranet.city.example/x",
                &ips(&["10.0.0.5"]),
                Loopback::Allowed
            ),
            Err(Refused::NotPublic)
        );
    }

    #[tokio::test]
    async fn a_name_is_resolved_and_its_addresses_checked() {
        let found = resolve("http://127.0.0.1:9/x", Loopback::Allowed)
            .await
            .unwrap();
        assert_eq!(found, vec!["127.0.0.1:9".parse().unwrap()]);
        assert_eq!(
            resolve("https://127.0.0.1/x", Loopback::Refused).await,
            Err(Refused::NotPublic)
        );
    }
}
