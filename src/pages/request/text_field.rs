//! A one-line text field bound to part of the draft (the address, the contact details).

use leptos::prelude::*;

use frontdesk_core::form::Draft;

use super::Ctx;
use crate::components::form_group::{FormGroup, Hint};
use crate::i18n::I18n;

/// A text field bound to part of the draft.
#[component]
pub(super) fn TextField(
    ctx: Ctx,
    /// The input's HTML id (one of `frontdesk_core::form::fields`).
    id: &'static str,
    /// Fluent id of the label.
    label: &'static str,
    /// Fluent id of the hint.
    #[prop(optional)]
    hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// The input's `type` (`text` when not given).
    #[prop(optional)]
    kind: Option<&'static str>,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let i18n = I18n::expect();
    let error = ctx.error_for(id);
    view! {
        <FormGroup
            id
            label=move || i18n.tr(label)
            hint=hint.map(|hint| Hint::app(move || i18n.tr(hint)))
            error
            control=move |d| view! {
                <input
                    id=id
                    type=kind.unwrap_or("text")
                    autocomplete=autocomplete.unwrap_or("off")
                    spellcheck="false"
                    aria-describedby=move || d.by()
                    aria-invalid=move || d.invalid()
                    prop:value=move || ctx.draft.with(|d| get(d).clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        ctx.draft.update(|d| set(d, value));
                    }
                />
            }
        />
    }
}
