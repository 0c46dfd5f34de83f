//! Requests sent from this device: the record kept before a POST, what became of it, the outbox,
//! and finding a request on the server after a POST whose answer was lost (so it is never sent
//! twice). What a POST's answer or a lookup does to a record is decided here, one pure function
//! each ([`on_send`], [`after_post`], [`after_lookup`]); the app's outbox only holds the locks,
//! the storage and the HTTP.

use open311::encode::{ListStyle, RequestsQuery};
use open311::{DateTime, Receipt, Service, ServiceDefinition, ServiceRequest, Submitted};
use serde::{Deserialize, Serialize};

use crate::failure::ApiError;
use crate::form::{self, Draft, Position};
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
    /// In the outbox: not sent yet; it goes by itself when the connection returns (the device
    /// was offline) or at `retry_at_ms` (the server was busy: 429 or 503).
    Waiting {
        /// Not before this moment (JavaScript milliseconds); `None`: as soon as online.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_at_ms: Option<f64>,
    },
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
    /// Whether the resident sent it or follows someone else's.
    #[serde(default, skip_serializing_if = "Origin::is_sent_here")]
    pub origin: Origin,
}

/// How a request came to be in My requests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Composed and sent from this device.
    #[default]
    SentHere,
    /// Someone else's request the resident chose to follow instead of sending their own
    /// ("already reported nearby"): nothing was sent.
    Followed,
}

impl Origin {
    fn is_sent_here(&self) -> bool {
        *self == Origin::SentHere
    }
}

/// What sending a record starts with, by its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendStep {
    /// POST it.
    Post,
    /// A POST began and the tab that started it closed before the answer: it may have arrived,
    /// so it is looked for, never sent again by itself.
    LookUp,
    /// Not yet: a busy server asked for a wait that has not passed (another tab, or a stale
    /// timer, must not send it early).
    NotYet,
    /// Nothing to do: the server has it, or refused it.
    Nothing,
}

/// What sending `submission` at `now_ms` starts with.
pub fn on_send(submission: &Submission, now_ms: f64) -> SendStep {
    match submission.state {
        State::Sent { .. } | State::Refused { .. } => SendStep::Nothing,
        State::Sending if submission.attempt_ms.is_some() => SendStep::LookUp,
        State::Waiting { .. } if !submission.is_due(now_ms) => SendStep::NotYet,
        State::Waiting { .. } | State::Sending | State::Unconfirmed => SendStep::Post,
    }
}

/// Claiming a record for a POST, decided inside the one storage transaction that reads the
/// stored record and writes it back (IndexedDB in the app: `src/records.rs`), so two tabs can
/// never both claim it: what this tab does, and, for a POST, the record to write back
/// (`Sending`, with the attempt's time) before the POST begins. A second tab that reads after
/// that write sees `Sending` and is told to look the request up, never to post it.
pub fn claim(stored: &Submission, now_ms: f64) -> (SendStep, Option<Submission>) {
    match on_send(stored, now_ms) {
        SendStep::Post => {
            let mut claimed = stored.clone();
            claimed.state = State::Sending;
            claimed.attempt_ms = Some(now_ms);
            (SendStep::Post, Some(claimed))
        }
        step => (step, None),
    }
}

/// Whether a tab that worked on a record it read as `seen` may write its result over the
/// record now stored as `stored` (checked in the same transaction as the write): when no other
/// tab moved it meanwhile, and over `Unconfirmed` from a send (`seen` is `Sending`): a second
/// tab that looked while the first tab's POST was still on its way guessed "unknown", and the
/// POST's own answer knows better. A record settled elsewhere is never taken back.
pub fn may_replace(seen: &State, stored: &State) -> bool {
    seen == stored || (*seen == State::Sending && *stored == State::Unconfirmed)
}

/// The records of the old localStorage list that the new store does not have yet (by local
/// id), oldest first: moved once, never twice, never over a newer copy.
pub fn to_migrate(old: Vec<Submission>, kept: &[String]) -> Vec<Submission> {
    let mut moving: Vec<Submission> = old
        .into_iter()
        .filter(|s| !kept.contains(&s.local_id))
        .collect();
    moving.sort_by(|a, b| a.created_ms.total_cmp(&b.created_ms));
    moving.dedup_by(|a, b| a.local_id == b.local_id);
    moving
}

/// What the answer to a POST does to the record.
#[derive(Debug, Clone, PartialEq)]
pub enum AfterPost {
    /// The record takes this state; the send is over.
    Now(State),
    /// The answer was lost and the request may have arrived: look for it on the server
    /// (then [`after_lookup`]) before anything else. Never a second POST by itself.
    LookUp,
}

/// What the answer to a POST begun at any time does to the record, at `now_ms` (JavaScript
/// milliseconds): taken (with an id, a token, or neither), refused for good (with the
/// server's status and words), refused for now (429, 503: waiting again, until the server's
/// `Retry-After`), or lost.
pub fn after_post(result: Result<&Submitted, &ApiError>, now_ms: f64) -> AfterPost {
    match result {
        Ok(submitted) => {
            let (service_request_id, token) = match &submitted.receipt {
                Receipt::Id(id) => (Some(id.clone()), None),
                Receipt::Token(token) => (None, Some(token.clone())),
                Receipt::Untracked => (None, None),
            };
            AfterPost::Now(State::Sent {
                service_request_id,
                token,
                service_notice: submitted.service_notice.clone(),
            })
        }
        Err(error) => {
            if let Some(seconds) = error.retry_later() {
                AfterPost::Now(State::Waiting {
                    retry_at_ms: Some(now_ms + seconds as f64 * 1000.0),
                })
            } else if error.may_have_arrived() {
                AfterPost::LookUp
            } else {
                let (status, message) = match error {
                    ApiError::Refused { error, .. } => (error.status, error.server_text()),
                    _ => (0, None),
                };
                AfterPost::Now(State::Refused { status, message })
            }
        }
    }
}

/// What asking the server about a request whose answer was lost found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The server has it, with this reference.
    Found(String),
    /// The server answered and does not have it (yet: a slow server may still be storing it).
    NotThere,
    /// The server could not be asked.
    NotAsked,
}

/// The state a record in `state` takes after a lookup. Only a record whose fate is unknown
/// (sending, unconfirmed) changes: found, it is sent; otherwise the resident decides
/// (unconfirmed), and nothing is sent again by itself. A record another tab settled meanwhile
/// keeps its state.
pub fn after_lookup(state: &State, lookup: &Lookup) -> State {
    match (state, lookup) {
        (State::Sending | State::Unconfirmed, Lookup::Found(id)) => State::Sent {
            service_request_id: Some(id.clone()),
            token: None,
            service_notice: None,
        },
        (State::Sending | State::Unconfirmed, Lookup::NotThere | Lookup::NotAsked) => {
            State::Unconfirmed
        }
        (settled, _) => settled.clone(),
    }
}

fn realtime() -> String {
    "realtime".to_owned()
}

impl Submission {
    /// The record kept before sending `draft` to `service` (whose questions are `definition`,
    /// if it has any): the form body (the shown questions' answers, date-times completed with
    /// the device's `utc_offset`, the city's `jurisdiction_id` if it has one), what the
    /// resident will recognise it by in My requests (the name they saw, the description and
    /// the place, trimmed), its photos, made at `now_ms` with this device's `local_id`. Its
    /// state is [`State::Sending`]; the outbox makes it waiting when the device is offline.
    pub fn compose(
        service: &Service,
        definition: Option<&ServiceDefinition>,
        draft: &Draft,
        jurisdiction_id: Option<&str>,
        utc_offset: &str,
        local_id: String,
        now_ms: f64,
    ) -> Submission {
        let request = form::to_request(definition, draft, utc_offset);
        Submission {
            local_id,
            service_code: service.service_code.clone(),
            service_name: service.service_name.clone(),
            description: draft.description.trim().to_owned(),
            address: draft.address.trim().to_owned(),
            position: draft.position,
            service_type: service.service_type.as_str().to_owned(),
            body: request.to_form(jurisdiction_id, None, ListStyle::Brackets),
            photos: draft.photos.clone(),
            created_ms: now_ms,
            attempt_ms: None,
            state: State::Sending,
            origin: Origin::SentHere,
        }
    }

    /// The record for a request already on the server that the resident follows instead of
    /// sending their own (`request`, found near the place they chose for `service`): nothing
    /// to send, known by the server's reference from the start.
    pub fn follow(
        service: &Service,
        request: &ServiceRequest,
        local_id: String,
        now_ms: f64,
    ) -> Option<Submission> {
        let id = request.service_request_id.clone()?;
        Some(Submission {
            local_id,
            service_code: service.service_code.clone(),
            service_name: service.service_name.clone(),
            description: request.description.clone().unwrap_or_default(),
            address: request.address.clone().unwrap_or_default(),
            position: request.location.map(|l| Position {
                lat: l.lat,
                long: l.long,
                accuracy: None,
            }),
            service_type: service.service_type.as_str().to_owned(),
            body: String::new(),
            photos: Vec::new(),
            created_ms: now_ms,
            attempt_ms: None,
            state: State::Sent {
                service_request_id: Some(id),
                token: None,
                service_notice: None,
            },
            origin: Origin::Followed,
        })
    }

    /// Whether the outbox should send it by itself at `now_ms`: waiting, and past any
    /// `Retry-After` the server gave.
    pub fn is_due(&self, now_ms: f64) -> bool {
        match self.state {
            State::Waiting { retry_at_ms } => retry_at_ms.is_none_or(|at| at <= now_ms),
            _ => false,
        }
    }

    /// The reference the server gave, if any.
    pub fn service_request_id(&self) -> Option<&str> {
        match &self.state {
            State::Sent {
                service_request_id, ..
            } => service_request_id.as_deref(),
            _ => None,
        }
    }

    /// The record for a request the resident looked up by its reference and asked to be told
    /// about (issue 16): kept in My requests, where they see the updates and can stop them.
    pub fn looked_up(
        request: &ServiceRequest,
        local_id: String,
        now_ms: f64,
    ) -> Option<Submission> {
        let service = Service {
            service_code: request.service_code.clone().unwrap_or_default(),
            service_name: request.service_name.clone().unwrap_or_default(),
            description: None,
            metadata: false,
            service_type: open311::ServiceType::Realtime,
            keywords: Vec::new(),
            groups: Vec::new(),
            service_notice: None,
        };
        Submission::follow(&service, request, local_id, now_ms)
    }

    /// The email address the resident gave with the request, if any (read from the form
    /// body): what "email me" offers to fill in.
    pub fn email(&self) -> Option<String> {
        self.body
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(name, _)| *name == "email")
            .and_then(|(_, value)| crate::routes::percent_decode(&value.replace('+', " ")))
            .map(|email| email.trim().to_owned())
            .filter(|email| !email.is_empty())
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
