//! My requests (`/requests`): every request sent from this device and every one waiting to
//! send, newest first, refreshed on each visit and on demand; lookup by reference; forgetting
//! one or all (privacy).

use crate::router::{Link, Router};
use fluent_bundle::FluentValue;
use frontdesk_core::submission::{Origin, State, Submission};
use frontdesk_core::text::summary;
use leptos::prelude::*;

use crate::a11y::{self, Announcer};
use crate::api::ApiError;
use crate::components::confirm::ConfirmAction;
use crate::components::form_group::{FormGroup, Hint};
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::components::status_badge::StatusBadge;
use crate::config::Config;
use crate::i18n::I18n;
use crate::notify::NotifyView;
use crate::outbox::Outbox;
use crate::routes::{AppRoute, sent_path, track_path};
use crate::tracker::Tracker;

/// The list of requests, and the lookup form.
#[component]
pub fn MyRequests() -> impl IntoView {
    let i18n = I18n::expect();
    let outbox = Outbox::expect();
    let tracker = Tracker::expect();
    let announcer = Announcer::expect();
    let refreshing = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let refresh = move |say: bool| {
        refreshing.set(true);
        leptos::task::spawn_local(async move {
            let result = tracker.refresh_all().await;
            refreshing.set(false);
            match result {
                Ok(()) => {
                    failure.set(None);
                    if say {
                        announcer.say(i18n.tr("my-requests-refreshed"));
                    }
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    // Refreshed on each visit, once the records are read from the device.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let loaded = outbox.is_loaded();
        if loaded {
            refresh(false);
        }
        loaded
    });
    // What the resident saw here is no longer news after this visit.
    on_cleanup(move || {
        for submission in outbox.all() {
            if let Some(id) = submission.service_request_id() {
                tracker.acknowledge(id);
            }
        }
    });

    let list = move || {
        let mut all = outbox.all();
        all.reverse();
        all
    };
    let forget_all = Callback::new(move |()| {
        for submission in outbox.all() {
            if let Some(id) = submission.service_request_id() {
                tracker.forget(id);
            }
        }
        outbox.forget_all();
        tracker.forget_all();
        announcer.say(i18n.tr("my-requests-all-forgotten"));
    });

    view! {
        <PageHeading text=Signal::derive(move || i18n.tr(AppRoute::MyRequests.title_id()))/>
        <p class="page__lead">{move || i18n.tr("my-requests-lead")}</p>
        <Lookup/>
        // Ends the updates of requests forgotten here.
        {crate::pieces::notify_slot(|| NotifyView::Keeper)}
        {move || {
            if !outbox.is_loaded() {
                return view! { <p role="status">{i18n.tr("piece-loading")}</p> }.into_any();
            }
            if list().is_empty() {
                return view! { <p>{i18n.tr("my-requests-empty")}</p> }.into_any();
            }
            view! {
                <div class="button-row">
                    <button type="button" class="button button--secondary" on:click=move |_| refresh(true) disabled=move || refreshing.get()>
                        {move || if refreshing.get() { i18n.tr("my-requests-refreshing") } else { i18n.tr("my-requests-refresh") }}
                    </button>
                </div>
                {move || failure.get().map(|error| view! { <ErrorNotice error retry=move |()| refresh(true)/> })}
                <ul class="requests">
                    <For each=list key=|s| (s.local_id.clone(), serde_json::to_string(&s.state).unwrap_or_default()) children=move |s| view! { <RequestCard submission=s/> }/>
                </ul>
                <div class="discard">
                    <ConfirmAction
                        id="forget-all-question"
                        button="my-requests-forget-all"
                        question="my-requests-forget-all-confirm"
                        yes="my-requests-forget-yes"
                        no="my-requests-forget-no"
                        on_confirm=forget_all
                    />
                </div>
            }
            .into_any()
        }}
    }
}

/// One request in the list.
#[component]
fn RequestCard(submission: Submission) -> impl IntoView {
    let i18n = I18n::expect();
    let outbox = Outbox::expect();
    let tracker = Tracker::expect();
    let announcer = Announcer::expect();
    let zone = Config::expect().with(|c| c.city.time_zone.clone());
    let id = submission.service_request_id().map(str::to_owned);
    let href = match &id {
        Some(id) => track_path(id),
        None => sent_path(&submission.local_id),
    };
    let badge = {
        let (id, state) = (id.clone(), submission.state.clone());
        move || {
            match &state {
            State::Waiting { .. } => view! { <strong class="badge badge--pending">{i18n.tr("my-requests-waiting")}</strong> }.into_any(),
            State::Sending => view! { <strong class="badge badge--pending">{i18n.tr("sent-sending-title")}</strong> }.into_any(),
            State::Unconfirmed => view! { <strong class="badge badge--warning">{i18n.tr("my-requests-unconfirmed")}</strong> }.into_any(),
            State::Refused { .. } => view! { <strong class="badge badge--warning">{i18n.tr("my-requests-refused")}</strong> }.into_any(),
            State::Sent { .. } => {
                let status = id.as_deref().and_then(|id| tracker.latest(id)).and_then(|r| r.status);
                let updated = id.as_deref().is_some_and(|id| tracker.followed(id).is_updated());
                view! {
                    {status.map(|status| view! { <StatusBadge status/> })}
                    {updated.then(|| view! { <strong class="badge badge--updated">{i18n.tr("my-requests-updated")}</strong> })}
                }
                .into_any()
            }
        }
        }
    };
    let reference = {
        let (id, local_id) = (id.clone(), submission.local_id.clone());
        move || {
            match &id {
            Some(id) => view! { <p class="request-card__reference"><bdi class="reference" data-external="">{id.clone()}</bdi></p> }.into_any(),
            None if matches!(submission.state, State::Sent { token: Some(_), .. }) => {
                let late = tracker.is_late(&local_id);
                view! {
                    <p>{i18n.tr(if late { "track-token-late" } else { "my-requests-reference-pending" })}</p>
                }
                .into_any()
            }
            None => ().into_any(),
        }
        }
    };
    let sent_on =
        {
            let zone = zone.clone();
            let id = match submission.origin {
                Origin::SentHere => "my-requests-sent-on",
                Origin::Followed => "my-requests-following-since",
            };
            move || {
                i18n.tr_with(
                    id,
                    &[(
                        "date",
                        FluentValue::from(i18n.format_datetime(
                            (submission.created_ms / 1000.0) as i64,
                            zone.as_deref(),
                        )),
                    )],
                )
            }
        };
    let last_update = {
        let id = id.clone();
        move || {
            let updated = id
                .as_deref()
                .and_then(|id| tracker.latest(id))
                .and_then(|r| r.updated_datetime)?;
            Some(i18n.tr_with(
                "my-requests-last-update",
                &[(
                    "date",
                    FluentValue::from(i18n.format_datetime(updated.unix_seconds, zone.as_deref())),
                )],
            ))
        }
    };
    let forget = {
        let (local_id, id) = (submission.local_id.clone(), id.clone());
        move |_| {
            if let Some(id) = &id {
                tracker.forget(id);
            }
            outbox.forget(&local_id);
            announcer.say(i18n.tr("my-requests-forgotten"));
            request_animation_frame(|| a11y::focus_by_id(crate::components::layout::MAIN_ID));
        }
    };
    let description = summary(&submission.description, 120);
    view! {
        <li class="request-card">
            <h2 class="request-card__title">
                <Link href=href><span data-external="">{submission.service_name.clone()}</span></Link>
            </h2>
            <p class="request-card__badges">{badge}</p>
            {reference}
            {(!description.is_empty()).then(|| view! { <p class="request-card__description" dir="auto" data-external="">{description}</p> })}
            <p class="request-card__dates">{sent_on} {move || last_update().map(|u| view! { <br/> {u} })}</p>
            {id.clone().map(|id| crate::pieces::notify_slot(move || NotifyView::Card(id.clone())))}
            <button type="button" class="link-button" on:click=forget>{move || i18n.tr("my-requests-forget")}</button>
        </li>
    }
}

/// Find a request by its reference number.
#[component]
fn Lookup() -> impl IntoView {
    let i18n = I18n::expect();
    let router = Router::expect();
    let value = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reference = value.get_untracked().trim().to_owned();
        if reference.is_empty() {
            problem.set(Some(i18n.tr("lookup-empty")));
            a11y::focus_by_id("lookup");
            return;
        }
        problem.set(None);
        router.go(&track_path(&reference));
    };
    let message = Signal::derive(move || problem.get());
    view! {
        <form class="lookup" role="search" novalidate on:submit=on_submit aria-labelledby="lookup-heading">
            <h2 id="lookup-heading">{move || i18n.tr("lookup-heading")}</h2>
            <FormGroup
                id="lookup"
                label=move || i18n.tr("lookup-label")
                hint=Hint::app(move || i18n.tr("lookup-hint"))
                error=message
                control=move |d| view! {
                    <div class="search__row">
                        <input
                            id="lookup"
                            class="search__input"
                            type="text"
                            inputmode="text"
                            autocomplete="off"
                            spellcheck="false"
                            aria-describedby=move || d.by()
                            aria-invalid=move || d.invalid()
                            prop:value=move || value.get()
                            on:input=move |ev| value.set(event_target_value(&ev))
                        />
                        <button type="submit" class="button">{move || i18n.tr("lookup-button")}</button>
                    </div>
                }
            />
        </form>
    }
}
