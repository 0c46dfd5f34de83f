//! The home page: the city's services.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::I18n;
use crate::routes::AppRoute;

/// The service catalogue (for now its introduction; the services arrive with the catalogue).
#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = I18n::expect();
    view! {
        <PageHeading text=Signal::derive(move || i18n.tr(AppRoute::Catalogue.title_id()))/>
        <p class="page__lead">{move || i18n.tr("catalogue-lead")}</p>
    }
}
