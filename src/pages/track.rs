//! A request's page (`/requests/{id}`): its status in words, the city's note, who handles it,
//! the dates in the resident's language and the city's time zone, "overdue", the photo, the
//! place, and a timeline (the city's notes, or what this device has seen).

use fluent_bundle::FluentValue;
use frontdesk_core::tracking;
use leptos::prelude::*;
use open311::ServiceRequest;

use crate::components::back_link::BackLink;
use crate::components::backend_text::{Paragraphs, said};
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::components::status_badge::{StatusBadge, status_words};
use crate::config::Config;
use crate::i18n::I18n;
use crate::i18n::Names;
use crate::notify::{NotifyView, OfferFor};
use crate::router::Router;
use crate::routes::AppRoute;
use crate::tracker::Tracker;
use frontdesk_core::submission::Submission;

/// The page of one request, by reference.
#[component]
pub fn TrackPage() -> impl IntoView {
    let i18n = I18n::expect();
    let tracker = Tracker::expect();
    let router = Router::expect();
    let id = router.param(|p| p.id);
    let id = Memo::new(move |_| id.get().unwrap_or_default());
    let fetched = LocalResource::new(move || {
        let id = id.get();
        async move { tracker.fetch(id.trim()).await }
    });
    let title = Signal::derive(move || match fetched.get() {
        Some(Ok(None)) => i18n.tr("track-not-found-title"),
        Some(Ok(Some(_))) | Some(Err(_)) => {
            i18n.tr_with("track-title", &[("id", FluentValue::from(id.get()))])
        }
        None => i18n.tr(AppRoute::Track.title_id()),
    });
    // Looking at it is seeing it.
    Effect::new(move |_| {
        if let Some(Ok(Some(_))) = fetched.get() {
            tracker.acknowledge(&id.get_untracked());
        }
    });
    let phone = Config::expect().with(|c| c.help.phone.clone());
    let body = move || {
        match fetched.get() {
        None => view! { <p class="loading" role="status">{i18n.tr("track-loading")}</p> }.into_any(),
        Some(Err(error)) => view! { <ErrorNotice error retry=move |()| fetched.refetch()/> }.into_any(),
        Some(Ok(None)) => {
            let phone = phone.clone();
            view! {
                <p>{i18n.tr_with("track-not-found", &[("id", FluentValue::from(id.get_untracked()))])}</p>
                <p>{i18n.tr_with("track-not-found-call", &[("phone", FluentValue::from(phone))])}</p>
            }
            .into_any()
        }
        Some(Ok(Some(request))) => view! {
            <Details request/>
            <p>
                <button type="button" class="button button--secondary" on:click=move |_| fetched.refetch()>
                    {i18n.tr("track-refresh")}
                </button>
            </p>
        }
        .into_any(),
    }
    };
    view! {
        <BackLink href=AppRoute::MyRequests.path() label=Signal::derive(move || i18n.tr("my-requests-title"))/>
        <PageHeading text=title/>
        {body}
    }
}

/// The photo address `url` when it may be shown here (see [`frontdesk_core::media`]); a path
/// is the Open311 server's, wherever that is.
fn image_url(url: &str) -> Option<String> {
    use frontdesk_core::media;
    let origin = window().location().origin().unwrap_or_default();
    crate::config::Config::expect().with(|c| {
        let api = media::origin_of(&c.open311.base_url);
        media::shown_photo(url, &origin, api.as_deref(), &c.open311.media_origins)
    })
}

#[component]
fn Details(request: ServiceRequest) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let tracker = Tracker::expect();
    let zone = StoredValue::new(Config::expect().with(|c| c.city.time_zone.clone()));
    let id = request.service_request_id.clone().unwrap_or_default();
    let date = move |at: open311::DateTime| {
        zone.with_value(|zone| i18n.format_datetime(at.unix_seconds, zone.as_deref()))
    };
    let now = (js_sys::Date::now() / 1000.0) as i64;
    let overdue = tracking::is_overdue(&request, now);
    let status = request.status.clone();
    let service = request.service_name.clone().map(|name| {
        let code = request.service_code.clone().unwrap_or_default();
        names.backend(&frontdesk_core::l10n_ids::service(&code), &name)
    });
    let row = |label: &'static str, value: AnyView| {
        view! {
            <div class="facts__row">
                <dt>{move || i18n.tr(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let backend = |text: String| {
        let text = Signal::derive(move || names.backend("", &text));
        view! { <Paragraphs text/> }
    };
    let place = match (&request.address, request.location) {
        (Some(address), _) if !address.trim().is_empty() => Some(address.trim().to_owned()),
        (_, Some(point)) => Some(format!("{:.5}, {:.5}", point.lat, point.long)),
        _ => None,
    };
    let photo = request.media_urls.iter().find_map(|u| image_url(u));
    let offer = {
        let outbox = crate::outbox::Outbox::expect();
        let kept = outbox
            .all()
            .into_iter()
            .find(|s| s.service_request_id() == Some(id.as_str()));
        let email = kept.as_ref().and_then(Submission::email);
        // Not in My requests yet: kept there once the resident asks for updates.
        let follow = match kept {
            Some(_) => None,
            None => {
                Submission::looked_up(&request, crate::device::new_local_id(), js_sys::Date::now())
            }
        };
        let props = OfferFor {
            request_id: Some(id.clone()),
            email,
            closed: status.as_ref().is_some_and(open311::Status::is_closed),
            follow,
        };
        crate::pieces::notify_slot(move || NotifyView::Offer(Box::new(props.clone())))
    };
    let seen = move || tracker.followed(&id).seen;
    let events = {
        let request = request.clone();
        move || tracking::timeline(&request, &seen())
    };

    view! {
        <dl class="facts">
            {status.clone().map(|status| row("track-status", view! { <StatusBadge status/> }.into_any()))}
            {service.map(|s| row("track-service", said(s).into_any()))}
            {request.requested_datetime.map(|at| row("track-requested", view! { <span>{date(at)}</span> }.into_any()))}
            {request.updated_datetime.map(|at| row("track-updated", view! { <span>{date(at)}</span> }.into_any()))}
            {request.expected_datetime.map(|at| row("track-expected", view! { <span>{date(at)}</span> }.into_any()))}
            {request.agency_responsible.clone().map(|a| row("track-agency", view! { <span dir="auto" data-external="">{a}</span> }.into_any()))}
            {place.map(|p| row("track-location", view! { <span dir="auto" data-external="">{p}</span> }.into_any()))}
        </dl>
        {overdue.then(|| {
            let at = request.expected_datetime.map(date).unwrap_or_default();
            view! { <div class="notice notice--warning"><p>{i18n.tr_with("track-overdue", &[("date", FluentValue::from(at))])}</p></div> }
        })}
        {request.status_notes.clone().filter(|n| !n.trim().is_empty()).map(|notes| view! {
            <div class="notice notice--info">
                <h2 class="notice__heading">{i18n.tr("track-notes")}</h2>
                {backend(notes)}
            </div>
        })}
        {request.description.clone().filter(|d| !d.trim().is_empty()).map(|d| view! {
            <h2>{i18n.tr("track-description")}</h2>
            <p class="summary__text" dir="auto" data-external="">{d}</p>
        })}
        {photo.map(|url| view! {
            <img class="track__photo" src=url alt=i18n.tr("track-photo") loading="lazy"/>
        })}
        {offer}
        <h2>{i18n.tr("track-timeline")}</h2>
        <ol class="timeline">
            {move || {
                events()
                    .into_iter()
                    .map(|event| {
                        let when = event.at.map(date);
                        let words = event.status.as_ref().map(status_words);
                        view! {
                            <li class="timeline__event">
                                {when.map(|w| view! { <p class="timeline__date">{w}</p> })}
                                {words.map(|(text, lang)| view! { <p class="timeline__status" lang=lang.clone() data-external=lang.map(|_| "")><strong>{text}</strong></p> })}
                                {event.text.map(|t| view! { <p class="timeline__text" dir="auto" data-external="">{t}</p> })}
                                {event.seen_on_device.then(|| view! { <p class="timeline__source">{i18n.tr("track-seen-on")}</p> })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}
