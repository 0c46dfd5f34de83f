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
//!
//! This file: the records and their storage; `send.rs`: sending, looking up, settling.

use std::collections::HashSet;

use frontdesk_core::submission::{State, Submission, may_replace};
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::{photos, records};

mod send;

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

    /// Keeps a request the resident follows instead of sending their own (nothing to send:
    /// it is on the server already); nothing when this device already has it.
    pub async fn follow(&self, record: Submission) {
        let known = self.list.with_untracked(|list| {
            list.iter().any(|s| {
                s.service_request_id().is_some()
                    && s.service_request_id() == record.service_request_id()
            })
        });
        if !known {
            self.insert(record).await;
        }
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

    fn get_untracked(&self, local_id: &str) -> Option<Submission> {
        self.list
            .with_untracked(|list| list.iter().find(|s| s.local_id == local_id).cloned())
    }
}

/// The city has the photos now: the device lets them go.
fn forget_photos(submission: &Submission) {
    let ids = submission.photos.clone();
    if !ids.is_empty() {
        leptos::task::spawn_local(async move { photos::forget(&ids).await });
    }
}
