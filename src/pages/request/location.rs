//! Where: an address, the device's location, or both. Completed without any map.

use frontdesk_core::form::{Step, fields};
use leptos::prelude::*;

use super::messages::located;
use super::text_field::TextField;
use super::{Ctx, continue_from};
use crate::device::{self, LocationError};
use crate::i18n::I18n;

/// The location step.
#[component]
pub(super) fn LocationStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
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
            <p>{move || i18n.tr("request-location-lead")}</p>
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
                {move || ctx.draft.with(|d| d.position.is_some()).then(|| view! {
                    <button type="button" class="link-button" on:click=move |_| ctx.draft.update(|d| d.position = None)>
                        {i18n.tr("request-location-remove")}
                    </button>
                })}
            </div>
            // The place for a map (config.json `map`), which comes later; the form never needs it.
            <div class="map-slot" hidden></div>
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}
