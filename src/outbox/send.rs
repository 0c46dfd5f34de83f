//! Sending a record and learning its fate: the claim, the POST with its photos, the lookup
//! after a lost answer, and settling the result (see the module above).

use frontdesk_core::submission::{
    self, AfterPost, Lookup, SendStep, State, Submission, after_lookup, after_post,
};
use leptos::prelude::*;
use open311::Submitted;

use super::{Outbox, Outcome, forget_photos};
use crate::api::{self, ApiError};
use crate::{photos, records, tabs};

impl Outbox {
    /// Keeps `submission` and sends it now, or keeps it waiting when the device is offline.
    pub async fn submit(&self, mut submission: Submission) -> Outcome {
        if !api::is_online() {
            submission.state = State::Waiting { retry_at_ms: None };
            self.insert(submission).await;
            return Outcome::Waiting;
        }
        // Kept waiting first; the send claims it (Sending) in the same transaction that
        // checks no other tab has.
        submission.state = State::Waiting { retry_at_ms: None };
        self.insert(submission.clone()).await;
        self.send(submission.local_id).await
    }

    /// Sends everything waiting that is due, asks the server about what was left unconfirmed,
    /// and comes back when the first busy server's `Retry-After` has passed.
    pub fn flush(&self) {
        if !api::is_online() || !self.loaded.get_untracked() {
            return;
        }
        // Each send claims its record in one transaction: a copy older than the device's
        // cannot make a record go twice.
        let this = *self;
        let now = js_sys::Date::now();
        let mut next_retry = None::<f64>;
        for submission in self.list.get_untracked() {
            let id = submission.local_id.clone();
            match submission.state {
                _ if submission.is_due(now) => leptos::task::spawn_local(async move {
                    this.send(id).await;
                }),
                State::Waiting {
                    retry_at_ms: Some(at),
                } => next_retry = Some(next_retry.map_or(at, |n| n.min(at))),
                State::Unconfirmed | State::Sending => leptos::task::spawn_local(async move {
                    this.recheck(id).await;
                }),
                _ => {}
            }
        }
        if let Some(at) = next_retry {
            self.flush_at(at);
        }
    }

    /// Flushes again at `at_ms` (JavaScript milliseconds), for a busy server's `Retry-After`.
    /// Each call sets a timer; a flush sends only what is due, so an extra one is harmless.
    fn flush_at(&self, at_ms: f64) {
        let this = *self;
        let wait = (at_ms - js_sys::Date::now()).max(0.0) as u64;
        // The timer goes with the page; the app flushes again whenever it starts.
        let _ =
            set_timeout_with_handle(move || this.flush(), std::time::Duration::from_millis(wait));
    }

    /// The resident chose to send again a request the server could not confirm.
    pub async fn send_again(&self, local_id: String) -> Outcome {
        self.send(local_id).await
    }

    /// Asks the server whether an unconfirmed request arrived; never sends.
    pub async fn recheck(&self, local_id: String) -> Outcome {
        if !self.claim(&local_id) {
            return Outcome::Unconfirmed;
        }
        let outcome = tabs::one_at_a_time(&lock_name(&local_id), self.ask(&local_id)).await;
        self.release(&local_id);
        outcome
    }

    /// [`Outbox::recheck`], while this tab alone works on the record.
    async fn ask(&self, local_id: &str) -> Outcome {
        // Another tab may have sent it, or learned its fate, while this one waited its turn.
        let Some(submission) = self.fresh(local_id).await else {
            return Outcome::Unconfirmed;
        };
        match &submission.state {
            State::Sent { .. } => return Outcome::Sent,
            State::Waiting { .. } | State::Refused { .. } => return Outcome::Unconfirmed,
            State::Sending | State::Unconfirmed => {}
        }
        let lookup = self.look_up(&submission).await;
        self.settle_lookup(submission, &lookup).await
    }

    /// Keeps what a lookup found (see [`after_lookup`]), as an outcome for the page: the
    /// record's state as it stands after (another tab may have settled it meanwhile).
    async fn settle_lookup(&self, submission: Submission, lookup: &Lookup) -> Outcome {
        let state = after_lookup(&submission.state, lookup);
        let now = if state == submission.state {
            Some(submission)
        } else {
            self.settle(submission, state).await
        };
        match now {
            Some(record) if matches!(record.state, State::Sent { .. }) => {
                forget_photos(&record);
                Outcome::Sent
            }
            _ => Outcome::Unconfirmed,
        }
    }

    fn claim(&self, local_id: &str) -> bool {
        let mut claimed = false;
        self.busy
            .update_value(|busy| claimed = busy.insert(local_id.to_owned()));
        claimed
    }

    fn release(&self, local_id: &str) {
        self.busy.update_value(|busy| {
            busy.remove(local_id);
        });
    }

    /// POSTs the record; after a lost answer looks for it on the server before anything else.
    /// One tab at a time: a second tab waits, then finds the record sent.
    async fn send(&self, local_id: String) -> Outcome {
        if !self.claim(&local_id) {
            return Outcome::Unconfirmed;
        }
        let outcome = tabs::one_at_a_time(&lock_name(&local_id), self.post(&local_id)).await;
        self.release(&local_id);
        outcome
    }

    /// [`Outbox::send`], while this tab alone works on the record.
    async fn post(&self, local_id: &str) -> Outcome {
        // The claim: read, decide and mark Sending in one transaction, so another tab (which
        // may have sent it while this one waited) can never post it too.
        let now = js_sys::Date::now();
        let decide = move |stored: Option<Submission>| match stored {
            Some(stored) => {
                let (step, claimed) = submission::claim(&stored, now);
                let current = claimed.clone().unwrap_or(stored);
                (claimed, Some((step, current)))
            }
            None => (None, None),
        };
        let claimed = if self.stored.get_untracked() {
            records::update(local_id, decide).await.ok()
        } else {
            None
        };
        let claimed = match claimed {
            Some(claimed) => claimed,
            // The device keeps no records: decided on this page's copy (under the Web Lock).
            None => decide(self.get_untracked(local_id)).1,
        };
        let Some((step, submission)) = claimed else {
            return Outcome::Unconfirmed;
        };
        self.remember(submission.clone());
        match step {
            SendStep::Nothing if matches!(submission.state, State::Sent { .. }) => {
                return Outcome::Sent;
            }
            SendStep::Nothing => return Outcome::Unconfirmed,
            SendStep::NotYet => return Outcome::Waiting,
            SendStep::LookUp => return self.ask(local_id).await,
            SendStep::Post => {}
        }
        let result = self.post_with_photos(&submission).await;
        match after_post(result.as_ref(), js_sys::Date::now()) {
            // One POST. After a lost answer the request is looked for; when it is not (yet)
            // there, the resident decides: a slow server may still be storing the first one.
            AfterPost::LookUp => {
                let lookup = self.look_up(&submission).await;
                self.settle_lookup(submission, &lookup).await
            }
            AfterPost::Now(state) => {
                let outcome = match (&state, result) {
                    (State::Sent { .. }, _) => {
                        forget_photos(&submission);
                        Outcome::Sent
                    }
                    (State::Waiting { retry_at_ms }, _) => {
                        if let Some(at) = *retry_at_ms {
                            self.flush_at(at);
                        }
                        Outcome::Waiting
                    }
                    // Kept with the server's words: from the outbox, this record is the only
                    // copy left. (The page that sent it forgets it: the draft is still there.)
                    (_, Err(error)) => Outcome::Refused(error),
                    (_, Ok(_)) => Outcome::Unconfirmed,
                };
                self.settle(submission, state).await;
                outcome
            }
        }
    }

    /// The POST itself, with the record's photos as `media` parts when it has any.
    async fn post_with_photos(&self, submission: &Submission) -> Result<Submitted, ApiError> {
        if submission.photos.is_empty() {
            return self.api.post_request(&submission.body).await;
        }
        let mut blobs = Vec::new();
        for id in &submission.photos {
            // A photo the device lost is left out; the request still goes.
            if let Some(blob) = photos::get(id).await {
                blobs.push(blob);
            }
        }
        let (progress, id) = (self.progress, submission.local_id.clone());
        progress.set(Some((id.clone(), 0.0)));
        let result = self
            .api
            .post_request_with_photos(&submission.body, &blobs, move |share| {
                progress.set(Some((id.clone(), share)))
            })
            .await;
        progress.set(None);
        result
    }

    /// Asks the server whether `submission` arrived (see [`Lookup`]).
    async fn look_up(&self, submission: &Submission) -> Lookup {
        let Ok(requests) = self.api.requests(&submission.lookup_query()).await else {
            return Lookup::NotAsked;
        };
        let others: Vec<String> = self.list.with_untracked(|list| {
            list.iter()
                .filter(|s| s.local_id != submission.local_id)
                .filter_map(|s| s.service_request_id().map(str::to_owned))
                .collect()
        });
        let taken: Vec<&str> = others.iter().map(String::as_str).collect();
        match submission
            .find_on_server(&requests, &taken)
            .and_then(|r| r.service_request_id.clone())
        {
            Some(id) => Lookup::Found(id),
            None => Lookup::NotThere,
        }
    }
}

/// The Web Lock that keeps a record to one tab at a time.
fn lock_name(local_id: &str) -> String {
    format!("frontdesk.v1.submission.{local_id}")
}
