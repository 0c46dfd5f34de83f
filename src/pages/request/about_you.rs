//! Optional contact details, each saying why it is asked.

use frontdesk_core::form::{Step, fields};
use leptos::prelude::*;

use super::text_field::TextField;
use super::{Ctx, continue_from};
use crate::i18n::I18n;
use crate::store;

/// The about-you step.
#[component]
pub(super) fn AboutYouStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let submit = continue_from(ctx, Step::AboutYou);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        // Remembered only when asked; unticking forgets.
        ctx.draft.with_untracked(|d| {
            store::remember_contact(d.remember_contact.then_some(&d.contact));
        });
        submit(ev);
    };
    view! {
        <form class="request-step" novalidate on:submit=on_submit>
            <p>{move || i18n.tr("request-about-lead")}</p>
            <TextField ctx id=fields::FIRST_NAME label="request-first-name" hint="request-name-why"
                autocomplete="given-name" get=|d| &d.contact.first_name set=|d, v| d.contact.first_name = v/>
            <TextField ctx id=fields::LAST_NAME label="request-last-name"
                autocomplete="family-name" get=|d| &d.contact.last_name set=|d, v| d.contact.last_name = v/>
            <TextField ctx id=fields::EMAIL label="request-email" hint="request-email-why" kind="email"
                autocomplete="email" get=|d| &d.contact.email set=|d, v| d.contact.email = v/>
            <TextField ctx id=fields::PHONE label="request-phone" hint="request-phone-why" kind="tel"
                autocomplete="tel" get=|d| &d.contact.phone set=|d, v| d.contact.phone = v/>
            // A choice, not a question: its hint follows it, as GOV.UK's checkbox items do.
            <div class="field">
                <div class="choice">
                    <input
                        class="choice__input"
                        type="checkbox"
                        id="remember"
                        aria-describedby="remember-hint"
                        prop:checked=move || ctx.draft.with(|d| d.remember_contact)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.draft.update(|d| d.remember_contact = on);
                        }
                    />
                    <label class="choice__label" for="remember">{move || i18n.tr("request-remember")}</label>
                </div>
                <p class="hint" id="remember-hint">{move || i18n.tr("request-remember-hint")}</p>
            </div>
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}
