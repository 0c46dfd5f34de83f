//! The page for an address the app does not know: says so, and offers the way on.

use crate::router::Link;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::I18n;
use crate::routes::AppRoute;

/// "Page not found", with a link home and the phone number.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = I18n::expect();
    let phone = Config::expect().with(|c| c.help.phone.clone());
    view! {
        <PageHeading text=Signal::derive(move || i18n.tr(AppRoute::NotFound.title_id()))/>
        <p>{move || i18n.tr("not-found-typed")}</p>
        <p>{move || i18n.tr("not-found-link")}</p>
        <p>
            <Link href=AppRoute::Catalogue.path()>{move || i18n.tr("not-found-home")}</Link>
        </p>
        <p>{move || i18n.tr_with("not-found-call", &[("phone", FluentValue::from(phone.clone()))])}</p>
    }
}
