//! Following a request like a parcel: its status in three stages, what the device has seen of it
//! over time, the timeline (the server's notes, or the device's own observations), whether it is
//! overdue, and how often to ask about a batch token.

use std::time::Duration;

use open311::{DateTime, ServiceRequest, Status};
use serde::{Deserialize, Serialize};

/// How many ids one `requests.json?service_request_id=a,b,c` query asks about (the app's
/// tracker and the notifier): a URL of 50 ids stays well under servers' length limits.
pub const IDS_PER_QUERY: usize = 50;

/// Where a request stands, for the badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Taken, not yet worked on (open, reopened, for triage; and any status this app does not
    /// know, which is shown as the server wrote it).
    Received,
    /// Someone is on it (in progress, scheduled, investigating, referred).
    Working,
    /// Finished, whichever way.
    Done,
}

/// The stage of `status`.
pub fn stage(status: &Status) -> Stage {
    if status.is_closed() {
        return Stage::Done;
    }
    match status {
        Status::InProgress
        | Status::ActionScheduled
        | Status::Investigating
        | Status::InternalReferral => Stage::Working,
        _ => Stage::Received,
    }
}

/// The UI message naming a known status (`status-word-in_progress`), or `None` for a status
/// this app does not know (shown as sent, or as translated in services.ftl).
pub fn message_id(status: &Status) -> Option<String> {
    match status {
        Status::Other(_) => None,
        known => Some(format!(
            "{}{}",
            crate::l10n_ids::STATUS_WORD,
            known.as_str()
        )),
    }
}

/// A status the device saw, and when (JavaScript milliseconds).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seen {
    pub status: String,
    pub at_ms: f64,
}

/// What this device knows of one request over time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Followed {
    /// Each change of status the device observed, oldest first.
    #[serde(default)]
    pub seen: Vec<Seen>,
    /// The status the resident last looked at (on My requests or the request's page).
    #[serde(default)]
    pub acknowledged: Option<String>,
}

impl Followed {
    /// Records `status` as seen now; `true` when it differs from the last one seen.
    pub fn observe(&mut self, status: &Status, now_ms: f64) -> bool {
        let word = status.as_str();
        if self.seen.last().is_some_and(|s| s.status == word) {
            return false;
        }
        self.seen.push(Seen {
            status: word.to_owned(),
            at_ms: now_ms,
        });
        // The first sighting is news to nobody.
        if self.seen.len() == 1 && self.acknowledged.is_none() {
            self.acknowledged = Some(word.to_owned());
        }
        true
    }

    /// Whether the status changed since the resident last looked.
    pub fn is_updated(&self) -> bool {
        match (self.seen.last(), &self.acknowledged) {
            (Some(last), Some(known)) => last.status != *known,
            _ => false,
        }
    }

    /// The resident has seen the current status.
    pub fn acknowledge(&mut self) {
        self.acknowledged = self.seen.last().map(|s| s.status.clone());
    }
}

/// One entry of a request's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub at: Option<DateTime>,
    /// The status it moved to, if the entry says.
    pub status: Option<Status>,
    /// The server's words (a note's summary and description), as text.
    pub text: Option<String>,
    /// `true`: the device saw this status then (the server keeps no history).
    pub seen_on_device: bool,
}

/// The timeline, newest first: the server's notes when it sends them (`extensions=true`),
/// otherwise the statuses this device observed; either way starting with the request's
/// submission.
pub fn timeline(request: &ServiceRequest, seen: &[Seen]) -> Vec<Event> {
    let mut events: Vec<Event> = if !request.notes.is_empty() {
        request
            .notes
            .iter()
            .map(|note| {
                let text = [note.summary.as_deref(), note.description.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>();
                Event {
                    at: note.datetime,
                    status: note.status.clone(),
                    text: (!text.is_empty()).then(|| text.join("\n")),
                    seen_on_device: false,
                }
            })
            .collect()
    } else {
        let mut events: Vec<Event> = seen
            .iter()
            .map(|s| Event {
                at: Some(DateTime::from_unix((s.at_ms / 1000.0) as i64)),
                status: Some(Status::parse(&s.status)),
                text: None,
                seen_on_device: true,
            })
            .collect();
        if let Some(at) = request.requested_datetime {
            // The submission, from the server's own date, unless the device saw it first
            // (then its first sighting stands for it).
            if events.first().is_none_or(|e| e.at.is_some_and(|t| t > at)) {
                events.insert(
                    0,
                    Event {
                        at: Some(at),
                        status: Some(Status::Open),
                        text: None,
                        seen_on_device: false,
                    },
                );
                if events
                    .get(1)
                    .is_some_and(|e| e.status == Some(Status::Open))
                {
                    events.remove(1);
                }
            }
        }
        events
    };
    // Oldest first, stably, then reversed: newest on top, like a parcel's tracking page.
    events.sort_by_key(|e| e.at.map(|t| t.unix_seconds));
    events.reverse();
    events
}

/// Whether the city's own expected date has passed and the request is still open.
pub fn is_overdue(request: &ServiceRequest, now_unix: i64) -> bool {
    let open = request.status.as_ref().is_none_or(|s| !s.is_closed());
    open && request
        .expected_datetime
        .is_some_and(|expected| expected.unix_seconds < now_unix)
}

/// When to ask again whether a batch token has become an id: quickly at first, then less
/// often; after about three minutes in all, stop and say "still being processed, check later".
pub fn token_delay(attempt: u32) -> Option<Duration> {
    const DELAYS: [u64; 8] = [2, 3, 5, 10, 20, 40, 60, 60];
    DELAYS
        .get(attempt as usize)
        .map(|s| Duration::from_secs(*s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_of_the_spec_and_fixmystreet_statuses() {
        assert_eq!(stage(&Status::parse("open")), Stage::Received);
        assert_eq!(stage(&Status::parse("Closed")), Stage::Done);
        assert_eq!(stage(&Status::parse("in progress")), Stage::Working);
        assert_eq!(stage(&Status::parse("action scheduled")), Stage::Working);
        assert_eq!(
            stage(&Status::parse("not councils responsibility")),
            Stage::Done
        );
        assert_eq!(stage(&Status::parse("reopened")), Stage::Received);
        assert_eq!(stage(&Status::parse("on hold")), Stage::Received);
        assert_eq!(message_id(&Status::parse("on hold")), None);
        assert_eq!(
            message_id(&Status::parse("IN_PROGRESS")).as_deref(),
            Some("status-word-in_progress")
        );
    }

    #[test]
    fn observations_mark_news_until_acknowledged() {
        let mut followed = Followed::default();
        assert!(followed.observe(&Status::Open, 1.0));
        assert!(!followed.is_updated(), "the first sighting is not news");
        assert!(!followed.observe(&Status::Open, 2.0));
        assert!(followed.observe(&Status::InProgress, 3.0));
        assert!(followed.is_updated());
        followed.acknowledge();
        assert!(!followed.is_updated());
        assert_eq!(followed.seen.len(), 2);
    }

    #[test]
    fn token_polling_backs_off_and_ends() {
        let total: u64 = (0..).map_while(token_delay).map(|d| d.as_secs()).sum();
        assert!((120..=300).contains(&total), "{total}");
        assert!(token_delay(0) < token_delay(3));
        assert_eq!(token_delay(100), None);
    }
}
