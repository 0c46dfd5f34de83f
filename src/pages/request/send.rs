//! Send: every step checked once more, the record composed by
//! `frontdesk_core::submission::Submission::compose` and handed to the outbox, then the
//! confirmation page; or the server's refusal, with the answers kept.

use fluent_bundle::FluentValue;
use frontdesk_core::form::{self, Draft};
use frontdesk_core::submission::Submission;
use leptos::prelude::*;

use super::Ctx;
use super::Definition;
use crate::a11y::Announcer;
use crate::api::{Api, ApiError};
use crate::components::error_summary::{ErrorSummary, Listed, focus_summary};
use crate::components::notice::ErrorNotice;
use crate::config::Config;
use crate::device;
use crate::i18n::I18n;
use crate::outbox::{Outbox, Outcome};
use crate::router::Router;
use crate::routes::{sent_path, step_path};
use crate::store;

/// The problems found on other steps and the server's refusal above `children` (the summary),
/// and the Send button below it.
#[component]
pub(super) fn Send(ctx: Ctx, children: Children) -> impl IntoView {
    let i18n = I18n::expect();
    let outbox = Outbox::expect();
    let api = Api::expect();
    let announcer = Announcer::expect();
    let router = Router::expect();
    let sending = RwSignal::new(false);
    let refused = RwSignal::new(None::<ApiError>);
    // Problems found on other steps, listed with links to them.
    let elsewhere = RwSignal::new(Vec::<Listed>::new());

    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        refused.set(None);
        let draft = ctx.draft.get_untracked();
        let definition = ctx.definition.get_untracked();
        let problems = ctx
            .journey
            .with_value(|j| form::validate_all(j.steps(), definition.get(), &draft));
        if !problems.is_empty() {
            let code = ctx.code();
            elsewhere.set(
                problems
                    .iter()
                    .map(|(step, e)| Listed {
                        message: ctx.message(e),
                        href: format!("{}?change=1&errors=1", step_path(&code, *step)),
                    })
                    .collect(),
            );
            focus_summary();
            return;
        }
        elsewhere.set(Vec::new());
        let submission = ctx.service.with_value(|service| {
            Submission::compose(
                service,
                definition.get(),
                &draft,
                api.jurisdiction_id().as_deref(),
                &device::utc_offset(),
                device::new_local_id(),
                js_sys::Date::now(),
            )
        });
        let local_id = submission.local_id.clone();
        sending.set(true);
        announcer.say(i18n.tr("request-sending"));
        leptos::task::spawn_local(async move {
            let outcome = outbox.submit(submission).await;
            sending.set(false);
            match outcome {
                // The record holds everything now (answers and photos): the draft has done its
                // work. Keeping it would let the same request be sent twice from here; an
                // unconfirmed one is sent again from its record, if the resident chooses.
                Outcome::Sent | Outcome::Waiting | Outcome::Unconfirmed => {
                    store::discard_draft(&draft.service_code);
                    ctx.draft.set(Draft::new(&draft.service_code));
                    router.go(&sent_path(&local_id));
                }
                Outcome::Refused(error) => {
                    outbox.withdraw(&local_id);
                    refused.set(Some(error));
                    focus_summary();
                }
            }
        });
    };
    let phone = Config::expect().with(|c| c.help.phone.clone());

    view! {
        <ErrorSummary problems=elsewhere/>
        {move || refused.get().map(|error| {
            let phone = phone.clone();
            view! {
                <div id="error-summary" tabindex="-1">
                    <ErrorNotice error heading="sent-refused-title"/>
                </div>
                <p>{i18n.tr_with("request-refused-next", &[("phone", FluentValue::from(phone))])}</p>
            }
        })}
        {children()}
        <form novalidate on:submit=send>
            // Not while the questions are still loading: their answers would be left out.
            <button
                type="submit"
                class="button button--start"
                disabled=move || sending.get() || ctx.definition.get() == Definition::Loading
            >
                {move || if sending.get() { i18n.tr("request-sending") } else { i18n.tr("request-send") }}
            </button>
        </form>
    }
}
