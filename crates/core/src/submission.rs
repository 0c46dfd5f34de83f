//! Requests sent from this device: the record kept before a POST, what became of it, the outbox,
//! and finding a request on the server after a POST whose answer was lost (so it is never sent
//! twice).

use open311::encode::RequestsQuery;
use open311::{DateTime, ServiceRequest};
use serde::{Deserialize, Serialize};

use crate::form::Position;
use crate::text::fold;

/// How far back from the moment a POST began the server's clock may put the request (clocks
/// differ; servers stamp when they process).
pub const CLOCK_SLACK_SECONDS: i64 = 15 * 60;
/// How close a server's point must be to the one sent (degrees; about 30 m), as servers round.
pub const POSITION_SLACK_DEGREES: f64 = 0.0003;

/// What became of a request from this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum State {
    /// In the outbox: not sent yet (the device was offline); it goes by itself when the
    /// connection returns.
    Waiting,
    /// A POST began; its answer has not arrived.
    Sending,
    /// The answer to a POST was lost and the server could not be asked whether the request
    /// arrived. The resident decides; nothing is sent again by itself.
    Unconfirmed,
    /// The server took it.
    Sent {
        #[serde(default)]
        service_request_id: Option<String>,
        /// A batch service's token, until it becomes an id.
        #[serde(default)]
        token: Option<String>,
        #[serde(default)]
        service_notice: Option<String>,
    },
    /// The server refused it, in its own words.
    Refused {
        status: u16,
        #[serde(default)]
        message: Option<String>,
    },
}

/// A request composed on this device, kept from before the POST.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// This device's id for it (random), before the server gives one.
    pub local_id: String,
    pub service_code: String,
    /// The name the resident saw (for My requests while the server is unreachable).
    pub service_name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub position: Option<Position>,
    /// The service's type (`realtime`, `batch`, `blackbox`): what the server gives back.
    #[serde(default = "realtime")]
    pub service_type: String,
    /// The form body to POST (never an api_key: the proxy adds it).
    pub body: String,
    /// Ids of the photos kept on the device for it, sent as `media` parts.
    #[serde(default)]
    pub photos: Vec<String>,
    /// When it was composed (JavaScript milliseconds).
    pub created_ms: f64,
    /// When the last POST began (JavaScript milliseconds).
    #[serde(default)]
    pub attempt_ms: Option<f64>,
    pub state: State,
}

fn realtime() -> String {
    "realtime".to_owned()
}

impl Submission {
    /// The reference the server gave, if any.
    pub fn service_request_id(&self) -> Option<&str> {
        match &self.state {
            State::Sent {
                service_request_id, ..
            } => service_request_id.as_deref(),
            _ => None,
        }
    }

    /// The query that finds this request on the server if it arrived: its service, since a
    /// little before the last attempt began.
    pub fn lookup_query(&self) -> RequestsQuery {
        let since = self.attempt_ms.unwrap_or(self.created_ms) / 1000.0;
        RequestsQuery {
            service_codes: vec![self.service_code.clone()],
            start_date: Some(DateTime::from_unix(since as i64 - CLOCK_SLACK_SECONDS)),
            ..RequestsQuery::default()
        }
    }

    /// The request among `requests` that is this one: same service, not older than the
    /// attempt, and the same description (as text, ignoring case and spacing; a server may
    /// shorten it) or the same place (the point within [`POSITION_SLACK_DEGREES`], or the same
    /// address). At least one of description and place must really match: a server that echoes
    /// neither cannot confirm anything. Ids in `taken` (other records on this device) are
    /// never this one.
    pub fn find_on_server<'a>(
        &self,
        requests: &'a [ServiceRequest],
        taken: &[&str],
    ) -> Option<&'a ServiceRequest> {
        let since =
            (self.attempt_ms.unwrap_or(self.created_ms) / 1000.0) as i64 - CLOCK_SLACK_SECONDS;
        let ours = normalise(&self.description);
        requests.iter().find(|r| {
            let Some(id) = r.service_request_id.as_deref() else {
                return false;
            };
            let code = r
                .service_code
                .as_deref()
                .is_none_or(|c| c == self.service_code);
            let time = r.requested_datetime.is_none_or(|t| t.unix_seconds >= since);
            // Some(true): matches; Some(false): contradicts; None: the server did not say.
            let description = r
                .description
                .as_deref()
                .map(normalise)
                .filter(|theirs| !theirs.is_empty() && !ours.is_empty())
                .map(|theirs| theirs == ours || (theirs.len() >= 40 && ours.starts_with(&theirs)));
            let place = match (self.position, r.location) {
                (Some(p), Some(l)) => Some(
                    (p.lat - l.lat).abs() <= POSITION_SLACK_DEGREES
                        && (p.long - l.long).abs() <= POSITION_SLACK_DEGREES,
                ),
                _ => match r.address.as_deref().map(normalise) {
                    Some(theirs) if !theirs.is_empty() && !self.address.trim().is_empty() => {
                        let ours = normalise(&self.address);
                        Some(theirs.starts_with(&ours) || ours.starts_with(&theirs))
                    }
                    _ => None,
                },
            };
            let agrees = description != Some(false) && place != Some(false);
            let confirms = description == Some(true) || place == Some(true);
            code && time && agrees && confirms && !taken.contains(&id)
        })
    }
}

fn normalise(text: &str) -> String {
    fold(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}
