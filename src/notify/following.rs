//! Which requests send updates, with Stop (a request's page and My requests), and the keeper
//! that ends the updates of requests the resident forgot.

use frontdesk_core::notify::{Subscriptions, Way};
use frontdesk_core::submission::Submission;
use leptos::prelude::*;

use super::device::{change, load};
use super::notifier::{Notifier, end};
use crate::i18n::I18n;
use crate::outbox::Outbox;

/// The subscriptions to `request_id` this device has, as a line and a Stop button. `said`
/// tells what happened (for the page's status line).
#[component]
pub(super) fn Following(
    request_id: String,
    list: RwSignal<Subscriptions>,
    said: RwSignal<String>,
    trouble: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let notifier = Notifier::expect();
    let busy = RwSignal::new(false);
    let mine = {
        let request_id = request_id.clone();
        move || list.with(|l| l.to_request(&request_id))
    };
    let ways = {
        let mine = mine.clone();
        move || {
            let mine = mine();
            let id = match (
                mine.iter().any(|s| s.way == Way::Push),
                mine.iter().any(|s| s.way == Way::Email),
            ) {
                (true, true) => "updates-on-both",
                (true, false) => "updates-on-push",
                (false, true) => "updates-on-email",
                (false, false) => return None,
            };
            Some(i18n.tr(id))
        }
    };
    let stop = move |_| {
        let ids: Vec<String> = mine().into_iter().map(|s| s.id).collect();
        let notifier = notifier.clone();
        busy.set(true);
        trouble.set(None);
        leptos::task::spawn_local(async move {
            let mut all_ended = true;
            for id in ids {
                if end(&notifier, &id).await {
                    list.set(change(|l| l.remove(&id)));
                } else {
                    all_ended = false;
                }
            }
            busy.set(false);
            if all_ended {
                said.set(i18n.tr("updates-stopped"));
            } else {
                trouble.set(Some("updates-stop-failed"));
            }
        });
    };
    move || {
        ways().map(|words| {
            view! {
                <p class="notify__on">{words}</p>
                <p>
                    <button type="button" class="button button--secondary" on:click=stop.clone() disabled=move || busy.get()>
                        {move || i18n.tr("updates-stop")}
                    </button>
                </p>
            }
        })
    }
}

#[component]
pub(super) fn Card(request_id: String) -> impl IntoView {
    let list = RwSignal::new(load());
    let said = RwSignal::new(String::new());
    let trouble = RwSignal::new(None::<&'static str>);
    let i18n = I18n::expect();
    view! {
        <div class="request-card__notify">
            <Following request_id list said trouble/>
            <p class="visually-hidden" role="status">{move || said.get()}</p>
            // An alert is read out as it appears: it is in the page only while there is trouble.
            {move || trouble.get().map(|id| view! { <div role="alert"><p class="notice notice--error">{i18n.tr(id)}</p></div> })}
        </div>
    }
}

/// Ends, at the notifier, the subscriptions of requests no longer on the device (forgotten in
/// My requests), whenever the records change; one that cannot be ended now is tried again the
/// next time.
pub(super) fn keep() {
    let outbox = Outbox::expect();
    let notifier = Notifier::expect();
    Effect::new(move |_| {
        if !outbox.is_loaded() {
            return;
        }
        let records = outbox.all();
        let kept: Vec<&str> = records
            .iter()
            .filter_map(Submission::service_request_id)
            .collect();
        let orphans = load().orphans(&kept);
        if orphans.is_empty() {
            return;
        }
        let notifier = notifier.clone();
        leptos::task::spawn_local(async move {
            for orphan in orphans {
                if end(&notifier, &orphan.id).await {
                    change(|l| l.remove(&orphan.id));
                }
            }
        });
    });
}
