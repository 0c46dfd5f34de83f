//! What became of a request from this device (`/sent/{local id}`): the confirmation with the
//! reference number, "waiting to send" while offline, or "could not confirm" with the
//! resident's choices. Follows the record as the outbox updates it.

use crate::router::{Link, Router};
use fluent_bundle::FluentValue;
use frontdesk_core::submission::{State, Submission};
use leptos::prelude::*;

use crate::components::backend_text::Paragraphs;
use crate::components::page_heading::PageHeading;
use crate::i18n::I18n;
use crate::i18n::Names;
use crate::notify::{NotifyView, OfferFor};
use crate::outbox::Outbox;
use crate::routes::{AppRoute, track_path};
use crate::tracker::Tracker;

/// The page of one request from this device.
#[component]
pub fn SentPage() -> impl IntoView {
    let i18n = I18n::expect();
    let outbox = Outbox::expect();
    let router = Router::expect();
    let id = router.param(|p| p.id);
    let id = Memo::new(move |_| id.get().unwrap_or_default());
    let record = Memo::new(move |_| id.with(|id| outbox.get(id)));
    let title = Signal::derive(move || {
        i18n.tr(match record.get().map(|r| r.state) {
            // The records are read from the device as the app starts.
            None if !outbox.is_loaded() => "piece-loading",
            None => "sent-not-found-title",
            Some(State::Sent { .. }) => "sent-title",
            Some(State::Waiting { .. }) => "sent-waiting-title",
            Some(State::Sending) => "sent-sending-title",
            Some(State::Unconfirmed) => "sent-unconfirmed-title",
            Some(State::Refused { .. }) => "sent-refused-title",
        })
    });
    let body = move || match record.get() {
        None if !outbox.is_loaded() => ().into_any(),
        None => view! {
            <p>{i18n.tr("sent-not-found")}</p>
            <p><Link href=AppRoute::Catalogue.path()>{i18n.tr("not-found-home")}</Link></p>
        }
        .into_any(),
        Some(record) => view! { <Details record/> }.into_any(),
    };
    view! {
        <PageHeading text=title/>
        {body}
    }
}

#[component]
fn Details(record: Submission) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let outbox = Outbox::expect();
    let tracker = Tracker::expect();
    let busy = RwSignal::new(false);
    let local_id = record.local_id.clone();
    let storage_warning = move || {
        (!outbox.is_stored()).then(|| {
            view! { <div class="notice notice--warning" role="alert"><p>{i18n.tr("sent-storage-warning")}</p></div> }
        })
    };
    let email = record.email();
    let state = match record.state.clone() {
        State::Sent {
            service_request_id,
            token,
            service_notice,
        } => {
            let (tracked_id, has_token) = (service_request_id.clone(), token.is_some());
            let reference = match (service_request_id, token) {
                (Some(id), _) => view! {
                    <div class="panel panel--success">
                        <p class="panel__label">{i18n.tr("sent-reference")}</p>
                        // Copyable, isolated, read as it is written in any language.
                        <p class="panel__reference"><bdi class="reference" data-external="">{id.clone()}</bdi></p>
                    </div>
                    <p><Link href=track_path(&id)>{i18n.tr("track-follow")}</Link></p>
                }
                .into_any(),
                (None, Some(_)) => {
                    let local_id = local_id.clone();
                    view! {
                        <div class="panel panel--success" role="status">
                            <p class="panel__label">{i18n.tr("sent-reference-pending")}</p>
                            <p>
                                {move || if tracker.is_late(&local_id) {
                                    i18n.tr("track-token-late")
                                } else {
                                    i18n.tr("sent-reference-pending-detail")
                                }}
                            </p>
                        </div>
                    }
                    .into_any()
                }
                (None, None) => view! {
                    <div class="panel panel--success"><p>{i18n.tr("sent-untracked")}</p></div>
                }
                .into_any(),
            };
            let notice = service_notice.filter(|n| !n.trim().is_empty()).map(|text| {
                let text = Signal::derive(move || names.backend("", &text));
                view! {
                    <div class="notice notice--info">
                        <h2 class="notice__heading">{i18n.tr("service-notice-heading")}</h2>
                        <Paragraphs text/>
                    </div>
                }
            });
            // Updates are offered for a request the city can be asked about (an id, or a token
            // that will become one).
            let offer = (tracked_id.is_some() || has_token).then(|| {
                let email = email.clone();
                crate::pieces::notify_slot(move || {
                    NotifyView::Offer(Box::new(OfferFor {
                        request_id: tracked_id.clone(),
                        email: email.clone(),
                        closed: false,
                        follow: None,
                    }))
                })
            });
            view! {
                {reference}
                {storage_warning}
                {notice}
                {offer}
                <h2>{i18n.tr("sent-next-heading")}</h2>
                <p>{i18n.tr("sent-next")}</p>
                <p><Link href=AppRoute::Catalogue.path()>{i18n.tr("sent-another")}</Link></p>
            }
            .into_any()
        }
        State::Waiting { retry_at_ms } => {
            // Offline, or a busy server (429, 503) said when to come back.
            let said = match retry_at_ms {
                None => i18n.tr("sent-waiting"),
                Some(at) => {
                    let time = i18n.format_datetime((at / 1000.0).ceil() as i64, None);
                    i18n.tr_with("sent-busy", &[("time", FluentValue::from(time))])
                }
            };
            view! {
                <div class="notice notice--info" role="status"><p>{said}</p></div>
                {storage_warning}
            }
            .into_any()
        }
        State::Sending => {
            let id = local_id.clone();
            let share = move || outbox.upload_progress(&id);
            view! {
                <p class="loading" role="status">{i18n.tr("request-sending")}</p>
                {move || share().map(|share| view! {
                    <label class="field__label" for="upload-progress">{i18n.tr("sent-uploading")}</label>
                    // Real progress, from the upload itself.
                    <progress id="upload-progress" max="100" value=(share * 100.0).round()></progress>
                })}
            }
            .into_any()
        }
        State::Unconfirmed => {
            let (again_id, check_id) = (local_id.clone(), local_id.clone());
            let check_again = move |_| {
                let id = check_id.clone();
                busy.set(true);
                leptos::task::spawn_local(async move {
                    outbox.recheck(id).await;
                    busy.set(false);
                    crate::a11y::focus_and_say_heading();
                });
            };
            let send_again = move |_| {
                let id = again_id.clone();
                busy.set(true);
                leptos::task::spawn_local(async move {
                    outbox.send_again(id).await;
                    busy.set(false);
                    crate::a11y::focus_and_say_heading();
                });
            };
            view! {
                <div class="notice notice--warning"><p>{i18n.tr("sent-unconfirmed")}</p></div>
                <div class="button-row">
                    <button type="button" class="button" on:click=check_again disabled=move || busy.get()>
                        {i18n.tr("sent-check-again")}
                    </button>
                    <button type="button" class="button button--secondary" on:click=send_again disabled=move || busy.get()>
                        {i18n.tr("sent-send-again")}
                    </button>
                </div>
            }
            .into_any()
        }
        State::Refused { status, message } => view! {
            <div class="notice notice--error" role="alert">
                <p>{i18n.tr_with("error-refused", &[("status", FluentValue::from(status.to_string()))])}</p>
                {message.map(|m| view! {
                    <p>{i18n.tr("error-server-said")}</p>
                    <blockquote class="notice__quote" dir="auto" data-external="">{m}</blockquote>
                })}
            </div>
        }
        .into_any(),
    };
    view! {
        <p class="caption" data-external="">{record.service_name.clone()}</p>
        {state}
    }
}
