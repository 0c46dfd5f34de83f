//! Problems already reported near the pin (`frontdesk_core::nearby`): the open requests of the
//! same service within 150 m, nearest first, each with an excerpt of its description (as text),
//! distance, status and age, numbered as on the map. "Follow this one instead" asks first, then
//! adds it to My requests, removes the draft and its photos and ends the form without sending.

use std::time::Duration;

use fluent_bundle::FluentValue;
use frontdesk_core::form::Draft;
use frontdesk_core::nearby::{self, Nearby};
use frontdesk_core::submission::Submission;
use frontdesk_core::text::summary;
use leptos::prelude::*;
use open311::{LatLong, Service, ServiceRequest};

use super::Marker;
use crate::a11y::{self, Announcer};
use crate::api::Api;
use crate::components::status_badge::StatusBadge;
use crate::config::Config;
use crate::i18n::I18n;
use crate::outbox::Outbox;
use crate::router::Router;
use crate::routes::track_path;

/// How long the pin must rest before the city is asked what is near it (a resident moving it
/// step by step asks once, not at every step).
const SETTLE: Duration = Duration::from_millis(700);

/// The list under the map, and its markers on the map.
#[component]
pub(super) fn NearbyList(
    draft: RwSignal<Draft>,
    service: StoredValue<Service>,
    markers: RwSignal<Vec<Marker>>,
) -> impl IntoView {
    let Some(style) = Config::expect().with(|c| c.open311.nearby) else {
        return ().into_any();
    };
    let api = Api::expect();
    let i18n = I18n::expect();
    let announcer = Announcer::expect();
    let at = Memo::new(move |_| {
        draft.with(|d| {
            d.position.map(|p| LatLong {
                lat: p.lat,
                long: p.long,
            })
        })
    });
    let found = RwSignal::new(Vec::<Nearby>::new());
    let failed = RwSignal::new(false);
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        let here = at.get();
        latest.update_value(|n| *n += 1);
        let mine = latest.get_value();
        // What was near the old place is not offered for the new one.
        found.set(Vec::new());
        markers.set(Vec::new());
        let Some(here) = here else { return };
        leptos::task::spawn_local(async move {
            crate::answer::sleep(SETTLE).await;
            if latest.try_get_value() != Some(mine) {
                return;
            }
            let code = service.with_value(|s| s.service_code.clone());
            let query = nearby::query(style, here, &code, api.jurisdiction_id().as_deref());
            let answer = api.requests_near(&query).await;
            if latest.try_get_value() != Some(mine) {
                return;
            }
            let list = match answer {
                Ok(requests) => {
                    failed.set(false);
                    nearby::nearest(requests, here, &code)
                }
                Err(_) => {
                    failed.set(true);
                    Vec::new()
                }
            };
            if !list.is_empty() {
                announcer.say(i18n.tr_with(
                    "nearby-announced",
                    &[("count", FluentValue::from(list.len()))],
                ));
            }
            markers.set(
                list.iter()
                    .enumerate()
                    .filter_map(|(i, n)| n.request.location.map(|at| Marker { number: i + 1, at }))
                    .collect(),
            );
            found.set(list);
        });
    });

    view! {
        <div class="nearby">
            // Always in the page, so the words are said when they come.
            <p class="hint nearby__failed" role="status">{move || failed.get().then(|| i18n.tr("nearby-failed"))}</p>
            {move || {
                let list = found.get();
                (!list.is_empty()).then(|| {
                    let count = list.len();
                    view! {
                        <section class="nearby__section" aria-labelledby="nearby-heading">
                            <h2 id="nearby-heading">{move || i18n.tr("nearby-heading")}</h2>
                            <p>{move || i18n.tr_with("nearby-lead", &[("count", FluentValue::from(count))])}</p>
                            <ol class="nearby__list">
                                {list.into_iter().enumerate().map(|(i, n)| view! { <NearbyItem number=i + 1 nearby=n draft service/> }).collect_view()}
                            </ol>
                            <button type="submit" class="button button--secondary">{move || i18n.tr("nearby-different")}</button>
                        </section>
                    }
                })
            }}
        </div>
    }
    .into_any()
}

/// One request near the pin.
#[component]
fn NearbyItem(
    number: usize,
    nearby: Nearby,
    draft: RwSignal<Draft>,
    service: StoredValue<Service>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let request = nearby.request;
    let id = request.service_request_id.clone().unwrap_or_default();
    let excerpt = summary(
        request.description.as_deref().unwrap_or_default(),
        nearby::EXCERPT_CHARS,
    );
    let age = request.requested_datetime.map(|d| {
        let now = (js_sys::Date::now() / 1000.0) as i64;
        nearby::age_days(d.unix_seconds, now)
    });
    let asking = RwSignal::new(false);
    let question_id = format!("nearby-question-{number}");
    let button_id = format!("nearby-follow-{number}");
    let metres = nearby.metres;
    let status = request.status.clone();
    // Once: the question goes before the work starts, so a second tap finds no button.
    let follow = {
        let request = request.clone();
        move |_| {
            asking.set(false);
            follow(&request, draft, service);
        }
    };
    let keep = {
        let button_id = button_id.clone();
        move |_| {
            asking.set(false);
            let button_id = button_id.clone();
            a11y::after_paint(Box::new(move || a11y::focus_by_id(&button_id)));
        }
    };
    view! {
        <li class="nearby__item">
            <span class="nearby__number" aria-hidden="true">{number}</span>
            <div class="nearby__body">
                {(!excerpt.is_empty()).then(|| view! { <p class="nearby__excerpt" dir="auto" data-external="">{excerpt}</p> })}
                <p class="nearby__facts">
                    {move || i18n.tr_with("nearby-distance", &[("metres", FluentValue::from(metres))])}
                    {age.map(|days| view! { " · " {move || i18n.tr_with("nearby-age", &[("days", FluentValue::from(days))])} })}
                    " · "<bdi class="reference" data-external="">{id.clone()}</bdi>
                </p>
                {status.map(|status| view! { <p><StatusBadge status/></p> })}
                {
                    let question_id = question_id.clone();
                    let id = id.clone();
                    move || if asking.get() {
                        let (labelled_by, question_id, id) = (question_id.clone(), question_id.clone(), id.clone());
                        view! {
                            <div class="notice notice--warning" role="group" aria-labelledby=labelled_by>
                                <p id=question_id tabindex="-1">{i18n.tr_with("nearby-follow-confirm", &[("id", FluentValue::from(id))])}</p>
                                <div class="button-row">
                                    <button type="button" class="button button--warning" on:click=follow.clone()>{i18n.tr("nearby-follow-yes")}</button>
                                    <button type="button" class="button button--secondary" on:click=keep.clone()>{i18n.tr("nearby-follow-no")}</button>
                                </div>
                            </div>
                        }.into_any()
                    } else {
                        let question_id = question_id.clone();
                        view! {
                            <button type="button" id=button_id.clone() class="button button--secondary" on:click=move |_| {
                                asking.set(true);
                                let question_id = question_id.clone();
                                a11y::after_paint(Box::new(move || a11y::focus_by_id(&question_id)));
                            }>
                                {i18n.tr("nearby-follow")}
                            </button>
                        }.into_any()
                    }
                }
            </div>
        </li>
    }
}

/// Follows `request` instead of sending the draft: a record in My requests, the draft and its
/// photos gone, and the request's page shown. Nothing is sent to the city.
fn follow(request: &ServiceRequest, draft: RwSignal<Draft>, service: StoredValue<Service>) {
    let outbox = Outbox::expect();
    let router = Router::expect();
    let announcer = Announcer::expect();
    let i18n = I18n::expect();
    let Some(record) = service.with_value(|s| {
        Submission::follow(
            s,
            request,
            crate::device::new_local_id(),
            js_sys::Date::now(),
        )
    }) else {
        return;
    };
    let id = record.service_request_id().unwrap_or_default().to_owned();
    leptos::task::spawn_local(async move {
        outbox.follow(record).await;
        crate::pages::request::forget_draft(draft);
        announcer.say(i18n.tr_with("nearby-followed", &[("id", FluentValue::from(id.clone()))]));
        router.go(&track_path(&id));
    });
}
