//! Following requests: the statuses fetched from the city, what this device has seen of each
//! (for the timeline and the "updated" mark), and batch tokens becoming reference numbers.

use std::collections::{BTreeMap, HashSet};

use frontdesk_core::submission::State;
use frontdesk_core::tracking::{self, Followed};
use leptos::prelude::*;
use open311::ServiceRequest;
use open311::encode::RequestsQuery;

use crate::api::{Api, ApiError};
use crate::outbox::Outbox;
use crate::store;

/// The tracker, as a `Copy` context.
#[derive(Clone, Copy)]
pub struct Tracker {
    followed: RwSignal<BTreeMap<String, Followed>>,
    /// The latest copy of each request fetched in this visit.
    latest: RwSignal<BTreeMap<String, ServiceRequest>>,
    /// Records whose token polling ran out of time: "still being processed, check later".
    late: RwSignal<HashSet<String>>,
    polling: StoredValue<HashSet<String>>,
    api: Api,
    outbox: Outbox,
}

impl Tracker {
    /// Provides the tracker and starts resolving the tokens of batch requests.
    pub fn provide() -> Tracker {
        let tracker = Tracker {
            followed: RwSignal::new(store::followed()),
            latest: RwSignal::new(BTreeMap::new()),
            late: RwSignal::new(HashSet::new()),
            polling: StoredValue::new(HashSet::new()),
            api: Api::expect(),
            outbox: Outbox::expect(),
        };
        provide_context(tracker);
        // Any record that becomes a token (now, or when the outbox sends one) gets polled.
        Effect::new(move |_| {
            for submission in tracker.outbox.all() {
                if let State::Sent {
                    service_request_id: None,
                    token: Some(token),
                    ..
                } = &submission.state
                {
                    tracker.poll_token(submission.local_id.clone(), token.clone());
                }
            }
        });
        tracker
    }

    /// The tracker provided by [`Tracker::provide`].
    pub fn expect() -> Tracker {
        expect_context::<Tracker>()
    }

    /// What this device has seen of `id`. Reactive.
    pub fn followed(&self, id: &str) -> Followed {
        self.followed
            .with(|all| all.get(id).cloned().unwrap_or_default())
    }

    /// The latest copy of `id` fetched in this visit. Reactive.
    pub fn latest(&self, id: &str) -> Option<ServiceRequest> {
        self.latest.with(|all| all.get(id).cloned())
    }

    /// Whether the token of record `local_id` is taking longer than polling waits. Reactive.
    pub fn is_late(&self, local_id: &str) -> bool {
        self.late.with(|late| late.contains(local_id))
    }

    fn observe(&self, request: ServiceRequest) {
        let Some(id) = request.service_request_id.clone() else {
            return;
        };
        if let Some(status) = &request.status {
            let now = js_sys::Date::now();
            self.followed.update(|all| {
                all.entry(id.clone()).or_default().observe(status, now);
            });
            self.followed.with_untracked(store::save_followed);
        }
        self.latest.update(|all| {
            all.insert(id, request);
        });
    }

    /// The resident has seen the current status of `id`.
    pub fn acknowledge(&self, id: &str) {
        let changed = self
            .followed
            .with_untracked(|all| all.get(id).is_some_and(Followed::is_updated));
        if changed {
            self.followed.update(|all| {
                if let Some(f) = all.get_mut(id) {
                    f.acknowledge();
                }
            });
            self.followed.with_untracked(store::save_followed);
        }
    }

    /// Forgets what the device saw of `id`.
    pub fn forget(&self, id: &str) {
        self.followed.update(|all| {
            all.remove(id);
        });
        self.followed.with_untracked(store::save_followed);
    }

    /// Forgets every history.
    pub fn forget_all(&self) {
        self.followed.set(BTreeMap::new());
        self.followed.with_untracked(store::save_followed);
    }

    /// Fetches one request (with its notes). `Ok(None)`: the city has no such request.
    pub async fn fetch(&self, id: &str) -> Result<Option<ServiceRequest>, ApiError> {
        let request = self.api.request(id).await?;
        if let Some(request) = &request {
            self.observe(request.clone());
        }
        Ok(request)
    }

    /// Fetches the status of every request sent from this device.
    pub async fn refresh_all(&self) -> Result<(), ApiError> {
        let ids: Vec<String> = self
            .outbox
            .all()
            .iter()
            .filter_map(|s| s.service_request_id().map(str::to_owned))
            .collect();
        for chunk in ids.chunks(tracking::IDS_PER_QUERY) {
            let query = RequestsQuery {
                service_request_ids: chunk.to_vec(),
                // Extended statuses (in progress, scheduled...) where the server has them.
                extensions: true,
                ..RequestsQuery::default()
            };
            for request in self.api.requests(&query).await? {
                self.observe(request);
            }
        }
        Ok(())
    }

    /// Asks about a batch token on the back-off schedule until it becomes an id; when the
    /// schedule runs out, marks it late (the resident can check again later).
    pub fn poll_token(&self, local_id: String, token: String) {
        let mut started = false;
        self.polling
            .update_value(|p| started = p.insert(local_id.clone()));
        if !started {
            return;
        }
        let this = *self;
        this.late.update(|late| {
            late.remove(&local_id);
        });
        leptos::task::spawn_local(async move {
            let mut attempt = 0;
            while let Some(delay) = tracking::token_delay(attempt) {
                attempt += 1;
                crate::answer::sleep(delay).await;
                if let Ok(Some(id)) = this.api.token(&token).await {
                    this.outbox.set_reference(&local_id, id);
                    this.polling.update_value(|p| {
                        p.remove(&local_id);
                    });
                    return;
                }
            }
            this.late.update(|late| {
                late.insert(local_id.clone());
            });
            this.polling.update_value(|p| {
                p.remove(&local_id);
            });
        });
    }
}
