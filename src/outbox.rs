//! Sending requests, and never twice: the record kept before each POST, finding the request on
//! the server when the answer to a POST is lost, and the outbox that sends by itself when the
//! connection returns or a busy server's `Retry-After` has passed. Only locks, storage and HTTP:
//! what each answer means for a record is decided in `frontdesk_core::submission`.

use std::collections::HashSet;

use frontdesk_core::submission::{
    self, AfterPost, Lookup, SendStep, State, Submission, after_lookup, after_post,
};
use leptos::prelude::*;

use crate::api::{self, Api, ApiError};
use crate::{photos, store, tabs};
use open311::Submitted;

/// How a send ended, for the page that started it.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Taken by the server (or found there after a lost answer).
    Sent,
    /// Kept in the outbox: the device is offline, or the server asked for a wait.
    Waiting,
    /// The server said no (the record keeps its words).
    Refused(ApiError),
    /// The answer was lost and the server could not say whether it arrived.
    Unconfirmed,
}

/// The requests composed on this device, as a `Copy` context kept in step with storage.
#[derive(Clone, Copy)]
pub struct Outbox {
    list: RwSignal<Vec<Submission>>,
    busy: StoredValue<HashSet<String>>,
    api: Api,
    /// Whether the device can keep records (false: storage full or refused).
    stored: RwSignal<bool>,
    /// The share of a request's photos sent so far, while they upload.
    progress: RwSignal<Option<(String, f64)>>,
}

impl Outbox {
    /// Loads the records, provides the outbox, and sends what waits whenever the connection
    /// returns (and now, for what was left waiting last time).
    pub fn provide() -> Outbox {
        let outbox = Outbox {
            list: RwSignal::new(store::submissions()),
            busy: StoredValue::new(HashSet::new()),
            api: Api::expect(),
            stored: RwSignal::new(true),
            progress: RwSignal::new(None),
        };
        provide_context(outbox);
        let handle = window_event_listener(leptos::ev::online, move |_| outbox.flush());
        // Another tab changed the records: take them in.
        let storage = window_event_listener(leptos::ev::storage, move |_| outbox.reload());
        on_cleanup(move || {
            handle.remove();
            storage.remove();
        });
        outbox.flush();
        outbox
    }

    /// The outbox provided by [`Outbox::provide`].
    pub fn expect() -> Outbox {
        expect_context::<Outbox>()
    }

    /// Every record, oldest first. Reactive.
    pub fn all(&self) -> Vec<Submission> {
        self.list.get()
    }

    /// One record. Reactive.
    pub fn get(&self, local_id: &str) -> Option<Submission> {
        self.list
            .with(|list| list.iter().find(|s| s.local_id == local_id).cloned())
    }

    /// How much of the photos of `local_id` has been sent (0 to 1), while they upload.
    /// Reactive.
    pub fn upload_progress(&self, local_id: &str) -> Option<f64> {
        self.progress.with(|p| {
            p.as_ref()
                .filter(|(id, _)| id == local_id)
                .map(|(_, share)| *share)
        })
    }

    /// Whether the last write reached the device's storage. Reactive.
    pub fn is_stored(&self) -> bool {
        self.stored.get()
    }

    /// Updates a record; one the resident forgot meanwhile stays forgotten. Reads the stored
    /// list first, so what another tab wrote about other records is kept, not overwritten with
    /// this tab's older copy.
    fn put(&self, submission: Submission) {
        self.reload();
        let mut found = false;
        self.list.update(|list| {
            if let Some(slot) = list.iter_mut().find(|s| s.local_id == submission.local_id) {
                *slot = submission;
                found = true;
            }
        });
        if found {
            self.persist();
        }
    }

    /// Keeps a new record (with what other tabs wrote, as in [`Outbox::put`]).
    fn insert(&self, submission: Submission) {
        self.reload();
        self.list.update(|list| list.push(submission));
        self.persist();
    }

    /// Takes in what another tab of the app wrote, so two tabs never hold different lists. Not
    /// while this tab's last write failed (storage full or refused): then the list in memory is
    /// the only copy of the newest records, and the stored one must not replace it.
    fn reload(&self) {
        if !self.stored.get_untracked() {
            return;
        }
        let stored = store::submissions();
        if self.list.with_untracked(|list| *list != stored) {
            self.list.set(stored);
        }
    }

    fn persist(&self) {
        let saved = self
            .list
            .with_untracked(|list| store::save_submissions(list));
        self.stored.set(saved);
    }

    /// A batch token became `service_request_id`.
    pub fn set_reference(&self, local_id: &str, service_request_id: String) {
        if let Some(mut submission) = self.get_untracked(local_id)
            && let State::Sent {
                service_request_id: id,
                ..
            } = &mut submission.state
        {
            *id = Some(service_request_id);
            self.put(submission);
        }
    }

    /// Forgets every record on this device (privacy).
    pub fn forget_all(&self) {
        let photos: Vec<String> = self
            .list
            .with_untracked(|list| list.iter().flat_map(|s| s.photos.clone()).collect());
        if !photos.is_empty() {
            leptos::task::spawn_local(async move { photos::forget(&photos).await });
        }
        self.list.set(Vec::new());
        self.persist();
    }

    /// Removes a record whose draft is still there (a refusal on the check page): its photos
    /// stay, the draft holds them.
    pub fn withdraw(&self, local_id: &str) {
        self.reload();
        self.list
            .update(|list| list.retain(|s| s.local_id != local_id));
        self.persist();
    }

    /// Forgets one record and its photos (privacy).
    pub fn forget(&self, local_id: &str) {
        self.reload();
        if let Some(submission) = self.get_untracked(local_id) {
            forget_photos(&submission);
        }
        self.list
            .update(|list| list.retain(|s| s.local_id != local_id));
        self.persist();
    }

    /// Keeps `submission` and sends it now, or keeps it waiting when the device is offline.
    pub async fn submit(&self, mut submission: Submission) -> Outcome {
        if !api::is_online() {
            submission.state = State::Waiting { retry_at_ms: None };
            self.insert(submission);
            return Outcome::Waiting;
        }
        submission.state = State::Sending;
        self.insert(submission.clone());
        self.send(submission.local_id).await
    }

    /// Sends everything waiting that is due, asks the server about what was left unconfirmed,
    /// and comes back when the first busy server's `Retry-After` has passed.
    pub fn flush(&self) {
        if !api::is_online() {
            return;
        }
        self.reload();
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
        self.reload();
        let Some(submission) = self.get_untracked(local_id) else {
            return Outcome::Unconfirmed;
        };
        match &submission.state {
            State::Sent { .. } => return Outcome::Sent,
            State::Waiting { .. } | State::Refused { .. } => return Outcome::Unconfirmed,
            State::Sending | State::Unconfirmed => {}
        }
        let lookup = self.look_up(&submission).await;
        self.settle_lookup(submission, &lookup)
    }

    /// Keeps what a lookup found (see [`after_lookup`]), as an outcome for the page.
    fn settle_lookup(&self, submission: Submission, lookup: &Lookup) -> Outcome {
        let state = after_lookup(&submission.state, lookup);
        let outcome = match state {
            State::Sent { .. } => Outcome::Sent,
            _ => Outcome::Unconfirmed,
        };
        if state != submission.state {
            if matches!(state, State::Sent { .. }) {
                forget_photos(&submission);
            }
            self.put(Submission {
                state,
                ..submission
            });
        }
        outcome
    }

    fn get_untracked(&self, local_id: &str) -> Option<Submission> {
        self.list
            .with_untracked(|list| list.iter().find(|s| s.local_id == local_id).cloned())
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
        // Another tab may have sent it while this one waited its turn.
        self.reload();
        let Some(mut submission) = self.get_untracked(local_id) else {
            return Outcome::Unconfirmed;
        };
        match submission::on_send(&submission, js_sys::Date::now()) {
            SendStep::Nothing if matches!(submission.state, State::Sent { .. }) => {
                return Outcome::Sent;
            }
            SendStep::Nothing => return Outcome::Unconfirmed,
            SendStep::NotYet => return Outcome::Waiting,
            SendStep::LookUp => return self.ask(local_id).await,
            SendStep::Post => {}
        }
        submission.state = State::Sending;
        submission.attempt_ms = Some(js_sys::Date::now());
        self.put(submission.clone());
        let result = self.post_with_photos(&submission).await;
        match after_post(result.as_ref(), js_sys::Date::now()) {
            // One POST. After a lost answer the request is looked for; when it is not (yet)
            // there, the resident decides: a slow server may still be storing the first one.
            AfterPost::LookUp => {
                let lookup = self.look_up(&submission).await;
                self.settle_lookup(submission, &lookup)
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
                self.put(Submission {
                    state,
                    ..submission
                });
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

/// The city has the photos now: the device lets them go.
fn forget_photos(submission: &Submission) {
    let ids = submission.photos.clone();
    if !ids.is_empty() {
        leptos::task::spawn_local(async move { photos::forget(&ids).await });
    }
}

/// The Web Lock that keeps a record to one tab at a time.
fn lock_name(local_id: &str) -> String {
    format!("frontdesk.v1.submission.{local_id}")
}
