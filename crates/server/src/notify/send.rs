//! Delivering one message: a Web Push POST to a browser's push service (RFC 8030, encrypted with
//! RFC 8291, signed with VAPID) or an email over SMTP. Blocking: the notifier runs these on
//! tokio's blocking pool.
//!
//! The push client connects only to addresses `push_endpoint::check` accepts, checked on the
//! very addresses it connects to (a name that resolves to a public address when subscribed and
//! to an internal one later is refused then), with no proxy and no redirects.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::{SmtpTransport, Transport};
use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

use crate::push_endpoint::{self, Loopback};
use crate::webpush::{self, Vapid};

/// How long a push service or the mail server may take.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How long a push service keeps a message for a browser that is offline (seconds).
const TTL_SECONDS: u32 = 4 * 24 * 3600;

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// The subscription no longer exists at the push service (404, 410): remove it.
    Gone,
    /// Try again later (429, 5xx, no connection, a mail server's temporary refusal), after the
    /// seconds given when the other side said.
    Later(Option<u64>),
    /// Never deliverable (refused address, bad keys, a permanent refusal): drop the message.
    Refused(String),
}

/// The resolver of the push client: the system's, then [`push_endpoint::check`] on what it
/// found.
#[derive(Debug)]
struct Checked {
    loopback: Loopback,
}

impl Resolver for Checked {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let found = DefaultResolver::default().resolve(uri, config, timeout)?;
        let ips: Vec<_> = found.iter().map(|a| a.ip()).collect();
        push_endpoint::check(&uri.to_string(), &ips, self.loopback).map_err(|refused| {
            ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!("push endpoint refused: {refused:?}"),
            ))
        })?;
        Ok(found)
    }
}

/// Sends Web Push messages.
pub struct Pusher {
    agent: ureq::Agent,
    vapid: Vapid,
    subject: String,
    loopback: Loopback,
}

impl Pusher {
    /// A pusher signing as `subject` (`mailto:...` or an https URL) with `vapid`.
    pub fn new(vapid: Vapid, subject: String, loopback: Loopback) -> Pusher {
        let config = Config::builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(None)
            .timeout_global(Some(TIMEOUT))
            .build();
        Pusher {
            agent: ureq::Agent::with_parts(config, DefaultConnector::new(), Checked { loopback }),
            vapid,
            subject,
            loopback,
        }
    }

    /// Whether loopback push services are allowed (`--notify-allow-loopback`).
    pub fn loopback(&self) -> Loopback {
        self.loopback
    }

    /// The VAPID public key browsers subscribe with.
    pub fn public_key(&self) -> String {
        self.vapid.public_key()
    }

    /// Posts `payload`, encrypted to the subscription's keys, to `endpoint`. `topic` (at most 32
    /// base64url characters) lets the push service replace a message for the same request that
    /// has not reached the browser yet.
    pub fn send(
        &self,
        endpoint: &str,
        p256dh: &str,
        auth: &str,
        topic: &str,
        payload: &[u8],
    ) -> Outcome {
        use base64::Engine;
        let decode = |text: &str| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(text.trim_end_matches('='))
                .unwrap_or_default()
        };
        let body = match webpush::encrypt(&decode(p256dh), &decode(auth), payload) {
            Ok(body) => body,
            Err(e) => return Outcome::Refused(format!("{e:?}")),
        };
        let Ok((https, host, port)) = push_endpoint::parse(endpoint) else {
            return Outcome::Refused("not a push endpoint".into());
        };
        let scheme = if https { "https" } else { "http" };
        let audience = if (https && port == 443) || (!https && port == 80) {
            format!("{scheme}://{host}")
        } else {
            format!("{scheme}://{host}:{port}")
        };
        let expires = crate::store::now() + webpush::TOKEN_SECONDS;
        let answer = self
            .agent
            .post(endpoint)
            .header("TTL", TTL_SECONDS.to_string())
            .header("Urgency", "normal")
            .header("Topic", topic)
            .header("Content-Encoding", "aes128gcm")
            .header("Content-Type", "application/octet-stream")
            .header(
                "Authorization",
                self.vapid.authorization(&audience, &self.subject, expires),
            )
            .send(&body[..]);
        match answer {
            Ok(response) => {
                let status = response.status().as_u16();
                let retry_after = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse().ok());
                push_outcome(status, retry_after)
            }
            Err(ureq::Error::Io(e)) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                Outcome::Refused(e.to_string())
            }
            Err(_) => Outcome::Later(None),
        }
    }
}

/// What a push service's answer means (RFC 8030 section 5, and push services' practice).
pub fn push_outcome(status: u16, retry_after: Option<u64>) -> Outcome {
    match status {
        200..=299 => Outcome::Delivered,
        404 | 410 => Outcome::Gone,
        429 | 500..=599 => Outcome::Later(retry_after),
        other => Outcome::Refused(format!("push service answered {other}")),
    }
}

/// An email to send.
pub struct Email<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// The one-click unsubscribe link (also in the body).
    pub unsubscribe: &'a str,
    pub language: &'a str,
}

/// Sends email through the city's mail server.
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
}

impl Mailer {
    /// A mailer for `smtp` (`smtp://host:port`, `smtp://host:587?tls=required` for STARTTLS,
    /// `smtps://host`) sending as `from`.
    pub fn new(smtp: &str, from: &str) -> Result<Mailer, String> {
        let transport = SmtpTransport::from_url(smtp)
            .map_err(|e| format!("--smtp {smtp}: {e}"))?
            .timeout(Some(TIMEOUT))
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("--mail-from {from}: {e}"))?;
        Ok(Mailer { transport, from })
    }

    /// Sends one email (plain text, UTF-8, with `List-Unsubscribe` for one click, RFC 8058).
    pub fn send(&self, email: &Email<'_>) -> Outcome {
        let Ok(to) = email.to.parse::<Mailbox>() else {
            return Outcome::Refused("not an email address".into());
        };
        let header = |name: &str, value: String| {
            HeaderName::new_from_ascii(name.to_owned())
                .map(|name| HeaderValue::new(name, value))
                .ok()
        };
        let mut builder = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject)
            .header(ContentType::TEXT_PLAIN);
        for raw in [
            header("List-Unsubscribe", format!("<{}>", email.unsubscribe)),
            header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".into()),
            header("Content-Language", email.language.to_owned()),
            header("Auto-Submitted", "auto-generated".into()),
        ]
        .into_iter()
        .flatten()
        {
            builder = builder.raw_header(raw);
        }
        let message = match builder.body(email.body.to_owned()) {
            Ok(message) => message,
            Err(e) => return Outcome::Refused(e.to_string()),
        };
        match self.transport.send(&message) {
            Ok(_) => Outcome::Delivered,
            Err(e) if e.is_permanent() => Outcome::Refused("the mail server refused it".into()),
            Err(_) => Outcome::Later(None),
        }
    }
}
