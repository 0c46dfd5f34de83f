//! Where: an address, the device's location, a pin on the map (when the city has one), or
//! any of them together. Always possible without the map, whose code is fetched only here.

use frontdesk_core::form::{Step, fields};
use leptos::prelude::*;

use super::messages::located;
use super::text_field::TextField;
use super::{Ctx, continue_from};
use crate::config::Config;
use crate::device::{self, LocationError};
use crate::i18n::I18n;
use crate::map::PlaceProps;

/// The location step.
#[component]
pub(super) fn LocationStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let has_map = Config::expect().with(|c| c.map.is_some());
    let locating = RwSignal::new(false);
    let failure = RwSignal::new(None::<LocationError>);
    let locate = move |_| {
        locating.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            match device::current_location().await {
                Ok(position) => ctx.draft.update(|d| d.position = Some(position)),
                Err(error) => failure.set(Some(error)),
            }
            locating.set(false);
        });
    };
    let status = move || {
        if locating.get() {
            return Some(i18n.tr("request-locating"));
        }
        if let Some(error) = failure.get() {
            return Some(i18n.tr(match error {
                LocationError::Denied => "request-geo-denied",
                LocationError::Unavailable => "request-geo-unavailable",
                LocationError::TimedOut => "request-geo-timeout",
                LocationError::Unsupported => "request-geo-unsupported",
            }));
        }
        ctx.draft.with(|d| d.position).map(|p| located(i18n, p))
    };
    view! {
        <form class="request-step" novalidate on:submit=continue_from(ctx, Step::Location)>
            <p>{move || i18n.tr(if has_map { "request-location-lead-map" } else { "request-location-lead" })}</p>
            <TextField
                ctx
                id=fields::ADDRESS
                label="request-address-label"
                hint="request-address-hint"
                get=|d| &d.address
                set=|d, v| d.address = v
            />
            <div class="locate">
                <button type="button" class="button button--secondary" on:click=locate disabled=move || locating.get()>
                    {move || i18n.tr("request-use-location")}
                </button>
                // Polite: the outcome of the button, said when it arrives.
                <p class="locate__status" role="status">{status}</p>
                {move || ctx.draft.with(|d| d.position).map(|p| view! {
                    <button type="button" class="link-button" on:click=move |_| ctx.draft.update(|d| d.position = None)>
                        {i18n.tr(if p.accuracy.is_some() { "request-location-remove" } else { "request-pin-remove" })}
                    </button>
                })}
            </div>
            {has_map.then(|| view! { <MapSlot ctx/> })}
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}

/// The map, once its piece has come: "Loading the map…" until then; if it cannot be had, the
/// step says so and works on without it. The status line is always in the page, so what it
/// says is read out when it changes.
#[component]
fn MapSlot(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let attempt = RwSignal::new(0u32);
    let loaded = LocalResource::new(move || {
        attempt.track();
        crate::pieces::load_map()
    });
    let props = PlaceProps {
        draft: ctx.draft,
        service: ctx.service,
    };
    let status = move || match loaded.get() {
        None => Some(i18n.tr("map-loading")),
        Some(Some(_)) => None,
        Some(None) => Some(i18n.tr("map-piece-failed")),
    };
    view! {
        <div class="map-slot">
            <p class="map-slot__status" role="status">{status}</p>
            {move || match loaded.get() {
                Some(Some(make)) => make(props),
                Some(None) => view! {
                    <button type="button" class="button button--secondary" on:click=move |_| attempt.update(|n| *n += 1)>
                        {move || i18n.tr("catalogue-retry")}
                    </button>
                }
                .into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}
