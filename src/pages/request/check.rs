//! Check your answers: the summary `frontdesk_core::form::check` composes, each row with a
//! "Change" link that names what it changes, then Send.

use fluent_bundle::FluentValue;
use frontdesk_core::form::check::{self, Part, RowLabel, RowValue};
use leptos::prelude::*;

use super::Ctx;
use super::messages::located;
use super::send::Send;
use crate::i18n::{I18n, Names};
use crate::router::Link;
use crate::routes::step_path;

/// One row of the check page: what, the answer, and "Change" naming what it changes.
#[component]
fn Row(
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] lang: Option<Signal<Option<String>>>,
    children: Children,
    href: String,
) -> impl IntoView {
    let i18n = I18n::expect();
    let lang = lang.unwrap_or_else(|| Signal::stored(None));
    view! {
        <div class="summary__row">
            <dt class="summary__key" lang=move || lang.get() dir="auto" data-external=move || lang.get().map(|_| "")>
                {move || label.get()}
            </dt>
            <dd class="summary__value">{children()}</dd>
            <dd class="summary__action">
                <Link href=href>
                    {move || i18n.tr("request-check-change")}
                    <span class="visually-hidden" lang=move || lang.get() data-external=move || lang.get().map(|_| "")>
                        " "
                        {move || label.get()}
                    </span>
                </Link>
            </dd>
        </div>
    }
}

/// What a row says, in the resident's language.
fn value_view(i18n: I18n, names: Names, value: RowValue) -> AnyView {
    match value {
        RowValue::NotGiven => {
            view! { <span class="summary__empty">{i18n.tr("request-check-not-given")}</span> }
                .into_any()
        }
        RowValue::Place { address, position } => view! {
            {address.map(|a| view! { <p data-external="">{a}</p> })}
            {position.map(|p| view! { <p>{located(i18n, p)}</p> })}
        }
        .into_any(),
        RowValue::Text(text) => {
            view! { <p class="summary__text" data-external="">{text}</p> }.into_any()
        }
        RowValue::Answer(parts) => {
            let shown: Vec<String> = parts
                .into_iter()
                .map(|part| match part {
                    Part::Typed(text) => text,
                    Part::Choice { id, name } => names.backend(&id, &name).text,
                    Part::Ticked => i18n.tr("request-check-yes"),
                })
                .collect();
            view! { <p data-external="">{shown.join(", ")}</p> }.into_any()
        }
        RowValue::Photos(count) => view! {
            <p>{i18n.tr_with("request-check-photo-count", &[("count", FluentValue::from(count))])}</p>
        }
        .into_any(),
        RowValue::Lines(lines) => lines
            .into_iter()
            .map(|l| view! { <p data-external="">{l}</p> })
            .collect_view()
            .into_any(),
    }
}

/// Check your answers, then send.
#[component]
pub(super) fn CheckStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let code = ctx.code();
    let rows = move || {
        let definition = ctx.definition.get();
        let draft = ctx.draft.get();
        let rows = ctx
            .journey
            .with_value(|j| check::rows(j, &code, definition.get(), &draft));
        rows.into_iter()
            .map(|row| {
                let mut href = format!("{}?change=1", step_path(&code, row.step));
                if let Some(field) = &row.field {
                    href = format!("{href}#{field}");
                }
                let (label, lang) = match row.label {
                    RowLabel::Message(id) => (Signal::derive(move || i18n.tr(id)), None),
                    RowLabel::Question { id, text } => {
                        let said = names.backend(&id, &text);
                        (Signal::stored(said.text), said.lang)
                    }
                };
                let value = value_view(i18n, names, row.value);
                view! { <Row label href lang=Signal::stored(lang)>{value}</Row> }
            })
            .collect_view()
    };
    view! {
        <Send ctx>
            <dl class="summary">{rows}</dl>
        </Send>
    }
}
