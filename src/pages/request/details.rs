//! The problem: the description and the service's own questions.

use fluent_bundle::FluentValue;
use frontdesk_core::form::{self, Step, fields};
use leptos::prelude::*;

use super::{Ctx, Definition, continue_from};
use crate::components::field::Question;
use crate::components::form_group::{FormGroup, Hint};
use crate::i18n::I18n;

/// The details step.
#[component]
pub(super) fn DetailsStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let code = ctx.code();
    let description_error = ctx.error_for(fields::DESCRIPTION);
    let count = move || ctx.draft.with(|d| d.description.chars().count());
    let count_text = move || {
        let count = count();
        if count > form::DESCRIPTION_LIMIT {
            i18n.tr_with(
                "request-description-over",
                &[("count", FluentValue::from(count - form::DESCRIPTION_LIMIT))],
            )
        } else {
            i18n.tr_with(
                "request-description-left",
                &[("count", FluentValue::from(form::DESCRIPTION_LIMIT - count))],
            )
        }
    };
    // Questions appear and disappear with the answers; those already shown keep their state.
    let shown = Memo::new(move |_| {
        ctx.definition.with(|d| {
            d.get()
                .map(|d| {
                    let shown = ctx.draft.with(|draft| form::shown(d, &draft.answers));
                    form::in_order(d)
                        .into_iter()
                        .filter(|a| shown.contains(&a.code))
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <form class="request-step" novalidate on:submit=continue_from(ctx, Step::Questions)>
            {move || (ctx.definition.get() == Definition::Failed).then(|| view! {
                <div class="notice notice--warning" role="status"><p>{i18n.tr("request-definition-error")}</p></div>
            })}
            <FormGroup
                id=fields::DESCRIPTION
                label=move || i18n.tr("request-description-label")
                hint=Hint::app(move || i18n.tr("request-description-hint"))
                also="description-count"
                error=description_error
                control=move |d| view! {
                    <textarea
                        id=fields::DESCRIPTION
                        rows="6"
                        aria-describedby=move || d.by()
                        aria-invalid=move || d.invalid()
                        prop:value=move || ctx.draft.with(|d| d.description.clone())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            ctx.draft.update(|d| d.description = value);
                        }
                    ></textarea>
                    // Counts, never blocks: typing past the limit is allowed and said.
                    <p
                        id="description-count"
                        class=move || { if count() > form::DESCRIPTION_LIMIT { "count count--over" } else { "count" } }
                    >
                        {count_text}
                    </p>
                }
            />
            {move || (ctx.definition.get() == Definition::Loading).then(|| view! {
                <p class="loading" role="status">{i18n.tr("service-questions-loading")}</p>
            })}
            <For
                each=move || shown.get()
                key=|attribute| attribute.code.clone()
                children=move |attribute| {
                    let error = ctx.error_for(form::field_id(&attribute.code));
                    view! { <Question service_code=code.clone() attribute draft=ctx.draft error/> }
                }
            />
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}
