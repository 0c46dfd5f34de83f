//! The accessibility statement: the standard, how it is tested, known gaps, how to report.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::backend_text::said_within;
use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::I18n;
use crate::routes::AppRoute;

/// The accessibility statement.
#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let i18n = I18n::expect();
    let (city, city_language, phone) = Config::expect().with(|c| {
        (
            c.city.name.clone(),
            c.default_language.clone(),
            c.help.phone.clone(),
        )
    });
    let section = move |heading: &'static str, paragraphs: &'static [&'static str]| {
        view! {
            <h2>{move || i18n.tr(heading)}</h2>
            {paragraphs
                .iter()
                .map(|id| view! { <p>{move || i18n.tr(id)}</p> })
                .collect_view()}
        }
    };
    view! {
        <PageHeading text=Signal::derive(move || i18n.tr(AppRoute::Accessibility.title_id()))/>
        <p class="page__lead">
            {said_within("a11y-intro", "city", move || i18n.city_text(&city, &city_language))}
        </p>
        {section("a11y-standard-heading", &["a11y-standard"])}
        {section("a11y-testing-heading", &["a11y-testing-automated", "a11y-testing-keyboard", "a11y-testing-languages"])}
        {section("a11y-gaps-heading", &["a11y-gaps-intro"])}
        <ul>
            <li>{move || i18n.tr("a11y-gap-screen-readers")}</li>
            <li>{move || i18n.tr("a11y-gap-server-text")}</li>
        </ul>
        <h2>{move || i18n.tr("a11y-report-heading")}</h2>
        <p>{move || i18n.tr_with("a11y-report", &[("phone", FluentValue::from(phone.clone()))])}</p>
    }
}
