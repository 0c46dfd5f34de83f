//! The accessibility statement: the standard, how it is tested, what does not yet conform, how
//! to report a problem and how to get the information another way. Its facts (standard, last
//! audit, gaps) come from `/accessibility.json` (`public/accessibility.json`, which
//! `make audit` checks against the conformance report), read by `frontdesk_core::statement`.

use fluent_bundle::FluentValue;
use frontdesk_core::statement::{Conformance, Statement};
use leptos::prelude::*;

use crate::api;
use crate::components::backend_text::said_within;
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::I18n;
use crate::routes::AppRoute;

/// The accessibility statement.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let i18n = I18n::expect();
    let (city, city_language, phone, counter) = Config::expect().with(|c| {
        (
            c.city.name.clone(),
            c.default_language.clone(),
            c.help.phone.clone(),
            c.help.counter.clone(),
        )
    });
    let statement = LocalResource::new(api::load_statement);
    let section = move |heading: &'static str, paragraphs: &'static [&'static str]| {
        view! {
            <h2>{move || i18n.tr(heading)}</h2>
            {paragraphs
                .iter()
                .map(|id| view! { <p>{move || i18n.tr(id)}</p> })
                .collect_view()}
        }
    };
    let facts = move || {
        statement.get().map(|loaded| match loaded {
            Ok(statement) => view! { <Facts statement/> }.into_any(),
            Err(error) => view! {
                <h2>{move || i18n.tr("a11y-standard-heading")}</h2>
                <ErrorNotice error after="a11y-facts-unavailable" retry=Callback::new(move |()| statement.refetch())/>
            }
            .into_any(),
        })
    };
    let counter_line = counter.map(|counter| {
        let city_language = city_language.clone();
        view! {
            <p>{said_within("a11y-other-format-counter", "counter", move || i18n.city_text(&counter, &city_language))}</p>
        }
    });
    let report_phone = phone.clone();
    view! {
        <PageHeading text=Signal::derive(move || i18n.tr(AppRoute::Accessibility.title_id()))/>
        <p class="page__lead">
            {said_within("a11y-intro", "city", move || i18n.city_text(&city, &city_language))}
        </p>
        <Transition fallback=|| ()>{facts}</Transition>
        {section("a11y-testing-heading", &["a11y-testing-automated", "a11y-testing-keyboard", "a11y-testing-languages"])}
        <h2>{move || i18n.tr("a11y-report-heading")}</h2>
        <p>{move || i18n.tr_with("a11y-report", &[("phone", FluentValue::from(report_phone.clone()))])}</p>
        <h2>{move || i18n.tr("a11y-other-format-heading")}</h2>
        <p>{move || i18n.tr_with("a11y-other-format", &[("phone", FluentValue::from(phone.clone()))])}</p>
        {counter_line}
    }
}

/// The standard, how far the service meets it, the last audit and what is not yet right.
#[component]
fn Facts(statement: Statement) -> impl IntoView {
    let i18n = I18n::expect();
    let Statement {
        version,
        level,
        last_audit,
        not_conforming,
        awaiting_review,
        other_gaps,
    } = statement.clone();
    let status = match statement.conformance() {
        Conformance::Full => "a11y-status-full",
        Conformance::Partial => "a11y-status-partial",
    };
    let audit = move || {
        i18n.tr_with(
            "a11y-last-audit",
            &[
                ("date", FluentValue::from(i18n.format_date(last_audit.date))),
                ("languages", FluentValue::from(last_audit.languages)),
                ("scans", FluentValue::from(last_audit.scans)),
                ("failed", FluentValue::from(last_audit.failed)),
            ],
        )
    };
    let failing = (!not_conforming.is_empty()).then(|| {
        view! {
            <p>{move || i18n.tr("a11y-not-conforming-intro")}</p>
            <ul class="statement__gaps">
                {not_conforming
                    .into_iter()
                    .map(|gap| {
                        view! {
                            <li>
                                {move || i18n.tr_with("a11y-not-conforming-item", &[
                                    ("criterion", FluentValue::from(gap.criterion.clone())),
                                    ("problem", FluentValue::from(i18n.tr(&gap.message))),
                                ])}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    let waiting = (!awaiting_review.is_empty()).then(|| {
        view! {
            <p>
                {move || i18n.tr_with("a11y-awaiting-review", &[
                    ("count", FluentValue::from(awaiting_review.len())),
                    ("criteria", FluentValue::from(i18n.format_list(&awaiting_review))),
                ])}
            </p>
        }
    });
    let others = (!other_gaps.is_empty()).then(|| {
        view! {
            <p>{move || i18n.tr("a11y-gaps-intro")}</p>
            <ul>
                {other_gaps.into_iter().map(|id| view! { <li>{move || i18n.tr(&id)}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <h2>{move || i18n.tr("a11y-standard-heading")}</h2>
        <p>
            {move || i18n.tr_with("a11y-standard", &[
                ("version", FluentValue::from(version.clone())),
                ("level", FluentValue::from(level.clone())),
            ])}
            " "
            {move || i18n.tr(status)}
        </p>
        <p>{audit}</p>
        <h2>{move || i18n.tr("a11y-gaps-heading")}</h2>
        {failing}
        {waiting}
        {others}
    }
}
