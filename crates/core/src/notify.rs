//! Telling residents when their request moves (issue 16): which ways the city offers
//! (`config.json` `notify`), where its notifier is, and the notifier's rule for what is news:
//! a change of `status`, `status_notes` or `expected_datetime`, told once, and a closed request
//! told for the last time.

use open311::{ServiceRequest, Status};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::ConfigError;

/// How a resident is told (`config.json` `notify` offers each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Way {
    /// Browser notifications (Web Push).
    Push,
    /// Email, once the address is confirmed.
    Email,
}

/// A subscription this device made: what the app keeps to show it and to end it. Nothing
/// about the resident (not the email address).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscribed {
    pub service_request_id: String,
    /// The notifier's id for it (ends it: `DELETE /notify/v1/subscriptions/{id}`).
    pub id: String,
    pub way: Way,
}

/// The subscriptions this device made, as kept on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscriptions(pub Vec<Subscribed>);

impl Subscriptions {
    /// From the stored text; nothing for anything unreadable.
    pub fn from_text(text: &str) -> Subscriptions {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The subscriptions to one request.
    pub fn to_request(&self, service_request_id: &str) -> Vec<Subscribed> {
        self.0
            .iter()
            .filter(|s| s.service_request_id == service_request_id)
            .cloned()
            .collect()
    }

    /// Keeps `subscribed` (replacing one with the same id: the notifier gives the same id when
    /// asked twice).
    pub fn add(&mut self, subscribed: Subscribed) {
        self.0.retain(|s| s.id != subscribed.id);
        self.0.push(subscribed);
    }

    pub fn remove(&mut self, id: &str) {
        self.0.retain(|s| s.id != id);
    }

    /// The subscriptions to requests no longer on the device (the resident forgot them): to
    /// end at the notifier.
    pub fn orphans(&self, kept_ids: &[&str]) -> Vec<Subscribed> {
        self.0
            .iter()
            .filter(|s| !kept_ids.contains(&s.service_request_id.as_str()))
            .cloned()
            .collect()
    }
}

/// What the browser offers for notifications, as the app finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PushEnv {
    pub service_worker: bool,
    pub push_manager: bool,
    pub notification: bool,
    /// `Notification.permission` is `denied`.
    pub denied: bool,
    /// An iPhone or iPad (Safari offers push only to an app added to the Home Screen).
    pub apple_mobile: bool,
    /// Opened from the Home Screen (`display-mode: standalone`).
    pub standalone: bool,
}

/// Whether browser notifications can be offered, and if not, what to tell the resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushSupport {
    /// Ask (permission is asked only after the resident taps).
    Ready,
    /// The resident (or their browser) blocked notifications for this site.
    Blocked,
    /// iPhone or iPad in the browser: add the app to the Home Screen first.
    InstallFirst,
    /// This browser cannot.
    Unsupported,
}

/// What can be offered in `env`.
pub fn push_support(env: PushEnv) -> PushSupport {
    let able = env.service_worker && env.push_manager && env.notification;
    match (able, env.denied) {
        (true, true) => PushSupport::Blocked,
        (true, false) => PushSupport::Ready,
        (false, _) if env.apple_mobile && !env.standalone => PushSupport::InstallFirst,
        (false, _) => PushSupport::Unsupported,
    }
}

/// What the notifier answered a subscription with, as the resident is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 404: the city has no such request (any more).
    Unknown,
    /// 429: too many at once; try later.
    Busy,
    /// 400 or 413: this browser's subscription or the address was refused.
    Refused,
    /// No answer, or a server error.
    Failed,
}

impl Refusal {
    pub fn from_status(status: u16) -> Refusal {
        match status {
            404 => Refusal::Unknown,
            429 => Refusal::Busy,
            400 | 413 | 422 => Refusal::Refused,
            _ => Refusal::Failed,
        }
    }

    /// The message telling the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::Unknown => "updates-error-unknown",
            Refusal::Busy => "updates-error-busy",
            Refusal::Refused => "updates-error-refused",
            Refusal::Failed => "updates-error-failed",
        }
    }
}

/// Base64url (RFC 4648 section 5, padding optional) to bytes: the notifier's VAPID key, which
/// `pushManager.subscribe` takes as bytes. `None` for anything else.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim().trim_end_matches('=');
    let mut bits: u32 = 0;
    let mut count = 0;
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    // A single leftover character cannot be a whole byte; leftover bits must be zero.
    (count < 6 && bits == 0).then_some(out)
}

/// What a subscription is told about: the fields of a request whose change is news to the
/// resident. Stored by the notifier as the last state each subscription was told (or the state
/// when it began).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watched {
    /// The status as the city wrote it (normalised: `in_progress`), empty when it sent none.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// W3C UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
}

impl Watched {
    /// What `request` says now. Blank notes are no notes; dates compare as instants.
    pub fn of(request: &ServiceRequest) -> Watched {
        Watched {
            status: request
                .status
                .as_ref()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            notes: request
                .status_notes
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned),
            expected: request.expected_datetime.map(|d| d.to_w3c_utc()),
        }
    }

    /// Whether the city considers the request finished.
    pub fn is_closed(&self) -> bool {
        Status::parse(&self.status).is_closed()
    }

    /// The stored form.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// From the stored form; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Watched> {
        serde_json::from_str(text).ok()
    }
}

/// What one subscription does when the notifier looks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Nothing new.
    Quiet,
    /// Tell the change.
    Tell,
    /// Tell the change, the last one: the request is closed.
    TellAndEnd,
    /// End without a message: the request was already closed when last told (or when the
    /// subscription began).
    End,
}

/// What a subscription last told `told` does now that the request reads `now`.
pub fn next(told: &Watched, now: &Watched) -> Next {
    match (told == now, now.is_closed()) {
        (true, false) => Next::Quiet,
        (true, true) => Next::End,
        (false, false) => Next::Tell,
        (false, true) => Next::TellAndEnd,
    }
}

/// The ids to ask about, in `requests.json?service_request_id=a,b,c` queries of at most
/// [`crate::tracking::IDS_PER_QUERY`] ids each: never one call per request.
pub fn batches(ids: &[String]) -> impl Iterator<Item = &[String]> {
    ids.chunks(crate::tracking::IDS_PER_QUERY)
}

/// The notification settings (`config.json` `notify`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyConfig {
    /// Browser notifications (Web Push) are offered.
    pub push: bool,
    /// Email is offered.
    pub email: bool,
    /// Where the notifier is (`https://notify.city.example`), when not on the app's own origin
    /// (`frontdesk-server --notify` serves it there). Never ends with a slash.
    pub base_url: Option<String>,
}

impl NotifyConfig {
    /// Reads `config.json`'s `notify` value: `None` for null, or when it offers no way at all;
    /// an error naming the key for anything unusable.
    pub fn from_value(value: &Value) -> Result<Option<NotifyConfig>, ConfigError> {
        let notify = match value {
            Value::Null => return Ok(None),
            Value::Object(notify) => notify,
            _ => return Err(ConfigError::Invalid("notify".into())),
        };
        let way = |key: &str| match notify.get(key) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(on)) => Ok(*on),
            Some(_) => Err(ConfigError::Invalid(format!("notify.{key}"))),
        };
        let (push, email) = (way("push")?, way("email")?);
        let base_url = match notify.get("base_url") {
            None | Some(Value::Null) => None,
            Some(Value::String(url)) if url.trim().is_empty() => None,
            Some(Value::String(url)) if crate::media::is_path_or_plain_origin(url.trim()) => {
                Some(url.trim().trim_end_matches('/').to_owned())
            }
            Some(_) => return Err(ConfigError::Invalid("notify.base_url".into())),
        };
        Ok((push || email).then_some(NotifyConfig {
            push,
            email,
            base_url,
        }))
    }

    /// The notifier's origin, when it is not the app's (for the Content Security Policy's
    /// `connect-src`).
    pub fn origin(&self) -> Option<String> {
        self.base_url
            .as_deref()
            .and_then(crate::media::other_origin)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_ways_offered_and_where_the_notifier_is() {
        let both =
            NotifyConfig::from_value(&json!({"push": true, "email": true, "base_url": null}));
        assert_eq!(
            both,
            Ok(Some(NotifyConfig {
                push: true,
                email: true,
                base_url: None
            }))
        );
        let elsewhere = NotifyConfig::from_value(
            &json!({"email": true, "base_url": "https://notify.city.example/"}),
        )
        .unwrap()
        .unwrap();
        assert!(!elsewhere.push);
        assert_eq!(
            elsewhere.base_url.as_deref(),
            Some("https://notify.city.example")
        );
        assert_eq!(
            elsewhere.origin().as_deref(),
            Some("https://notify.city.example")
        );
        let here = NotifyConfig::from_value(&json!({"push": true, "base_url": "/"}))
            .unwrap()
            .unwrap();
        assert_eq!(here.origin(), None);
        // Offering nothing is the same as no notifications.
        assert_eq!(
            NotifyConfig::from_value(&json!({"push": false, "email": false})),
            Ok(None)
        );
        assert_eq!(NotifyConfig::from_value(&Value::Null), Ok(None));
    }

    fn request(status: &str, notes: Option<&str>, expected: Option<&str>) -> ServiceRequest {
        ServiceRequest {
            service_request_id: Some("1".into()),
            status: Some(Status::parse(status)),
            status_notes: notes.map(str::to_owned),
            expected_datetime: expected.and_then(open311::DateTime::parse),
            ..ServiceRequest::default()
        }
    }

    #[test]
    fn news_is_a_change_of_status_notes_or_expected_date_and_closed_ends() {
        let open = Watched::of(&request("open", None, None));
        assert_eq!(next(&open, &open), Next::Quiet);
        // Blank notes are none; the same instant in another zone is no change.
        assert_eq!(
            next(&open, &Watched::of(&request("open", Some("  "), None))),
            Next::Quiet
        );
        let due = Watched::of(&request("open", None, Some("2026-12-10T09:00:00-05:00")));
        let same_due = Watched::of(&request("open", None, Some("2026-12-10T14:00:00Z")));
        assert_eq!(next(&due, &same_due), Next::Quiet);
        for changed in [
            request("in_progress", None, None),
            request("open", Some("Crew booked"), None),
            request("open", None, Some("2026-12-10T09:00:00Z")),
        ] {
            assert_eq!(
                next(&open, &Watched::of(&changed)),
                Next::Tell,
                "{changed:?}"
            );
        }
        let fixed = Watched::of(&request("fixed", Some("Filled"), None));
        assert_eq!(next(&open, &fixed), Next::TellAndEnd);
        assert_eq!(next(&fixed, &fixed), Next::End);
        // Other fields (updated_datetime, description) are not news.
        let mut touched = request("open", None, None);
        touched.description = Some("edited".into());
        assert_eq!(next(&open, &Watched::of(&touched)), Next::Quiet);
    }

    #[test]
    fn the_stored_state_reads_back_and_rubbish_is_none() {
        let state = Watched::of(&request(
            "action_scheduled",
            Some("Tuesday"),
            Some("2026-12-10T09:00:00Z"),
        ));
        assert_eq!(Watched::from_text(&state.to_text()), Some(state));
        assert_eq!(Watched::from_text("not json"), None);
        assert!(Watched::of(&request("duplicate", None, None)).is_closed());
        assert!(!Watched::of(&request("reopened", None, None)).is_closed());
    }

    #[test]
    fn what_the_browser_can_do_decides_the_offer() {
        let able = PushEnv {
            service_worker: true,
            push_manager: true,
            notification: true,
            ..PushEnv::default()
        };
        assert_eq!(push_support(able), PushSupport::Ready);
        assert_eq!(
            push_support(PushEnv {
                denied: true,
                ..able
            }),
            PushSupport::Blocked
        );
        let iphone_in_safari = PushEnv {
            service_worker: true,
            apple_mobile: true,
            ..PushEnv::default()
        };
        assert_eq!(push_support(iphone_in_safari), PushSupport::InstallFirst);
        // From the Home Screen, Safari has push: Ready; without it still, no way.
        let home_screen = PushEnv {
            standalone: true,
            ..iphone_in_safari
        };
        assert_eq!(push_support(home_screen), PushSupport::Unsupported);
        assert_eq!(
            push_support(PushEnv {
                apple_mobile: true,
                standalone: true,
                ..able
            }),
            PushSupport::Ready
        );
        assert_eq!(push_support(PushEnv::default()), PushSupport::Unsupported);
    }

    #[test]
    fn the_notifiers_refusals_in_words() {
        assert_eq!(
            Refusal::from_status(404).message_id(),
            "updates-error-unknown"
        );
        assert_eq!(Refusal::from_status(429).message_id(), "updates-error-busy");
        assert_eq!(
            Refusal::from_status(400).message_id(),
            "updates-error-refused"
        );
        assert_eq!(
            Refusal::from_status(413).message_id(),
            "updates-error-refused"
        );
        assert_eq!(
            Refusal::from_status(502).message_id(),
            "updates-error-failed"
        );
        assert_eq!(Refusal::from_status(0).message_id(), "updates-error-failed");
    }

    #[test]
    fn the_devices_subscriptions_and_the_forgotten_ones() {
        let mut kept = Subscriptions::default();
        let sub = |request: &str, id: &str, way| Subscribed {
            service_request_id: request.into(),
            id: id.into(),
            way,
        };
        kept.add(sub("101", "a", Way::Push));
        kept.add(sub("101", "b", Way::Email));
        kept.add(sub("102", "c", Way::Push));
        kept.add(sub("101", "a", Way::Push));
        assert_eq!(kept.to_request("101").len(), 2);
        assert_eq!(kept.orphans(&["101"]), vec![sub("102", "c", Way::Push)]);
        kept.remove("b");
        assert_eq!(Subscriptions::from_text(&kept.to_text()), kept);
        assert_eq!(
            Subscriptions::from_text("{broken"),
            Subscriptions::default()
        );
    }

    #[test]
    fn base64url_reads_the_key_and_refuses_the_rest() {
        assert_eq!(base64url_decode("AQID").unwrap(), vec![1, 2, 3]);
        assert_eq!(base64url_decode("-_8").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64url_decode("-_8=").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64url_decode("").unwrap(), Vec::<u8>::new());
        // The RFC 8291 example's public key: 65 bytes, starting with 4.
        let key = base64url_decode(
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
        )
        .unwrap();
        assert_eq!((key.len(), key[0]), (65, 4));
        for bad in ["a+b/", "A", "AQI D", "AB"] {
            assert_eq!(base64url_decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn ids_are_asked_about_fifty_at_a_time() {
        let ids: Vec<String> = (0..1_000).map(|i| i.to_string()).collect();
        let sizes: Vec<usize> = batches(&ids).map(<[String]>::len).collect();
        assert_eq!(sizes.len(), 20);
        assert!(sizes.iter().all(|n| *n == 50));
        let sizes: Vec<usize> = batches(&ids[..51]).map(<[String]>::len).collect();
        assert_eq!(sizes, vec![50, 1]);
        assert_eq!(batches(&[]).count(), 0);
    }

    #[test]
    fn every_error_names_its_key() {
        let invalid = |key: &str| Err(ConfigError::Invalid(key.to_owned()));
        assert_eq!(NotifyConfig::from_value(&json!(true)), invalid("notify"));
        assert_eq!(
            NotifyConfig::from_value(&json!({"push": "yes"})),
            invalid("notify.push")
        );
        assert_eq!(
            NotifyConfig::from_value(&json!({"email": 1})),
            invalid("notify.email")
        );
        for bad in [
            json!("//evil.example"),
            json!("https://a.example; script-src *"),
            json!(3),
        ] {
            assert_eq!(
                NotifyConfig::from_value(&json!({"push": true, "base_url": bad})),
                invalid("notify.base_url"),
                "{bad}"
            );
        }
    }
}
