//! The frame of every page: skip link, header, the one `main`, consistent help, footer, and the
//! live region.

use crate::router::Link;
use leptos::prelude::*;

use crate::a11y::{self, LiveRegion};
use crate::components::backend_text::said;
use crate::components::help::HelpContactsBox;
use crate::components::language_picker::LanguagePicker;
use crate::config::Config;
use crate::i18n::I18n;
use crate::routes::AppRoute;

/// The id of the `main` element, which the skip link targets.
pub const MAIN_ID: &str = "main";

/// The page frame around a route's content. Must be inside the router.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    a11y::focus_on_navigation();
    let i18n = I18n::expect();
    let (city, city_language) =
        Config::expect().with(|c| (c.city.name.clone(), c.default_language.clone()));
    let city = move || said(i18n.city_text(&city, &city_language));
    view! {
        <SkipLink/>
        <header class="site-header">
            <div class="site-header__inner">
                // data-external: text from the deployment's settings, not from a translation.
                <Link href=AppRoute::Catalogue.path() class="site-header__home">
                    {city}
                </Link>
                <div class="site-header__tools">
                    <Link href=AppRoute::MyRequests.path() class="site-header__link">
                        {move || i18n.tr("nav-my-requests")}
                    </Link>
                    <LanguagePicker/>
                </div>
            </div>
        </header>
        <main id=MAIN_ID class="page" tabindex="-1">
            {children()}
        </main>
        <HelpContactsBox/>
        <footer class="site-footer">
            <nav class="site-footer__inner" aria-label=move || i18n.tr("footer-nav-label")>
                <Link href=AppRoute::Accessibility.path()>{move || i18n.tr("footer-accessibility")}</Link>
            </nav>
        </footer>
        <LiveRegion/>
    }
}

/// "Skip to main content": the first thing a keyboard user reaches on every page.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = I18n::expect();
    view! {
        <a
            class="skip-link"
            href=format!("#{MAIN_ID}")
            on:click=|ev| {
                // Focusing main is the point (a fragment alone would only scroll in some browsers).
                ev.prevent_default();
                a11y::focus_by_id(MAIN_ID);
            }
        >
            {move || i18n.tr("skip-link")}
        </a>
    }
}
