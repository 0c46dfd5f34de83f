//! Sending requests, and never twice: the record kept before each POST, finding the request on
//! the server when the answer to a POST is lost, and the outbox that sends by itself when the
//! connection returns or a busy server's `Retry-After` has passed. Only locks, storage and HTTP:
//! what each answer means for a record is decided in `frontdesk_core::submission`.
//!
//! The records live in IndexedDB (`records.rs`). A record is claimed for a POST in one
//! read-decide-write transaction (`submission::claim`), and a send's result is written only
//! over the state it was worked from (`submission::may_replace`): two tabs can never both
//! post a record, with or without Web Locks (which still let a second tab wait its turn
//! rather than look the request up). Where the device keeps no records (storage refused or
//! full), the list lives in this page only, and the pages say so.

use std::collections::HashSet;

use frontdesk_core::submission::{
    self, AfterPost, Lookup, SendStep, State, Submission, after_lookup, after_post, may_replace,
};
use leptos::prelude::*;

use crate::api::{self, Api, ApiError};
use crate::{photos, records, tabs};
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
    /// Whether the records have been read from the device (they load as the app starts).
    loaded: RwSignal<bool>,
}

impl Outbox {
    /// Loads the records, provides the outbox, and sends what waits whenever the connection
    /// returns (and now, for what was left waiting last time).
    pub fn provide() -> Outbox {
        let outbox = Outbox {
            list: RwSignal::new(Vec::new()),
            busy: StoredValue::new(HashSet::new()),
            api: Api::expect(),
            stored: RwSignal::new(true),
            progress: RwSignal::new(None),
            loaded: RwSignal::new(false),
        };
        provide_context(outbox);
        let handle = window_event_listener(leptos::ev::online, move |_| outbox.flush());
        on_cleanup(move || handle.remove());
        // Another tab changed the records: take them in.
        records::on_change(move || outbox.reload());
        leptos::task::spawn_local(async move {
            match records::load().await {
                Ok(list) => outbox.list.set(list),
                // Nothing kept on this device: the list lives in this page, and pages say so.
                Err(_) => outbox.stored.set(false),
            }
            outbox.loaded.set(true);
            outbox.flush();
        });
        outbox
    }

    /// Whether the records have been read from the device. Reactive.
    pub fn is_loaded(&self) -> bool {
        self.loaded.get()
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

    /// The copy in this page takes `submission` (a record forgotten meanwhile stays
    /// forgotten); `false` when there is no such record.
    fn remember(&self, submission: Submission) -> bool {
        let mut found = false;
        self.list.update(|list| {
            if let Some(slot) = list.iter_mut().find(|s| s.local_id == submission.local_id) {
                *slot = submission;
                found = true;
            }
        });
        found
    }

    /// Updates a record on the device (one the resident forgot meanwhile stays forgotten).
    fn put(&self, submission: Submission) {
        if !self.remember(submission.clone()) {
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            let id = submission.local_id.clone();
            let kept = records::update(&id, move |stored| (stored.map(|_| submission), ())).await;
            this.stored.set(kept.is_ok());
        });
    }

    /// Keeps a new record, on the device once the write has committed.
    async fn insert(&self, submission: Submission) {
        self.list.update(|list| list.push(submission.clone()));
        let kept = records::put(&submission).await;
        self.stored.set(kept.is_ok());
    }

    /// Takes in what another tab of the app wrote. Not while this page's writes fail (storage
    /// full or refused): then the list in memory is the only copy of the newest records.
    fn reload(&self) {
        if !self.stored.get_untracked() {
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            if let Ok(stored) = records::all().await
                && this.list.with_untracked(|list| *list != stored)
            {
                this.list.set(stored);
            }
        });
    }

    /// The record as the device holds it now (another tab may have moved it), also taken into
    /// this page's copy; this page's copy when the device keeps none.
    async fn fresh(&self, local_id: &str) -> Option<Submission> {
        if self.stored.get_untracked()
            && let Ok(stored) = records::update(local_id, |stored| (None, stored)).await
        {
            match &stored {
                Some(record) => {
                    self.remember(record.clone());
                }
                None => self
                    .list
                    .update(|list| list.retain(|s| s.local_id != local_id)),
            }
            return stored;
        }
        self.get_untracked(local_id)
    }

    /// Writes a send's result (`state`) over the record, only if it is still in the state this
    /// tab worked from (`submission`'s: another tab may have settled it meanwhile); answers the
    /// record as it stands after.
    async fn settle(&self, submission: Submission, state: State) -> Option<Submission> {
        let seen = submission.state.clone();
        let result = Submission {
            state,
            ..submission
        };
        if !self.stored.get_untracked() {
            self.remember(result.clone());
            return Some(result);
        }
        let id = result.local_id.clone();
        let decided = records::update(&id, move |stored| match stored {
            Some(stored) if may_replace(&seen, &stored.state) => {
                (Some(result.clone()), Some(result))
            }
            other => (None, other),
        })
        .await;
        match decided {
            Ok(Some(record)) => {
                self.remember(record.clone());
                Some(record)
            }
            Ok(None) => {
                self.list.update(|list| list.retain(|s| s.local_id != id));
                None
            }
            Err(_) => {
                self.stored.set(false);
                None
            }
        }
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
        let this = *self;
        leptos::task::spawn_local(async move {
            this.stored.set(records::delete(None).await.is_ok());
        });
    }

    /// Removes a record whose draft is still there (a refusal on the check page): its photos
    /// stay, the draft holds them.
    pub fn withdraw(&self, local_id: &str) {
        self.list
            .update(|list| list.retain(|s| s.local_id != local_id));
        self.delete(local_id);
    }

    fn delete(&self, local_id: &str) {
        let (this, ids) = (*self, vec![local_id.to_owned()]);
        leptos::task::spawn_local(async move {
            this.stored.set(records::delete(Some(&ids)).await.is_ok());
        });
    }

    /// Forgets one record and its photos (privacy).
    pub fn forget(&self, local_id: &str) {
        if let Some(submission) = self.get_untracked(local_id) {
            forget_photos(&submission);
        }
        self.list
            .update(|list| list.retain(|s| s.local_id != local_id));
        self.delete(local_id);
    }

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
