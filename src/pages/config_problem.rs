//! Shown instead of the app when `/config.json` cannot be loaded or used: a clear page that says
//! what is wrong, never a blank screen.

use fluent_bundle::FluentValue;
use frontdesk_core::config::ConfigError;
use leptos::prelude::*;

use crate::api::{ConfigLoadError, FetchError};
use crate::components::layout::{MAIN_ID, SkipLink};
use crate::i18n::{I18n, LoadedLocale};

/// The resident learns the service is unavailable and how else to reach the city; whoever
/// deployed it reads exactly what is wrong with the settings.
#[component]
pub fn ConfigProblem(
    /// What went wrong while loading the configuration.
    error: ConfigLoadError,
    /// The browser's language (of all there are), with its messages.
    locale: LoadedLocale,
) -> impl IntoView {
    let i18n = I18n::provide(locale, Vec::new());
    let detail = move || match &error {
        ConfigLoadError::Fetch(FetchError::Unreachable) => i18n.tr("config-error-unreachable"),
        ConfigLoadError::Fetch(FetchError::TimedOut) => i18n.tr("config-error-timeout"),
        ConfigLoadError::Fetch(FetchError::Status(status)) => i18n.tr_with(
            "config-error-status",
            &[("status", FluentValue::from(status.to_string()))],
        ),
        ConfigLoadError::Invalid(ConfigError::Syntax { line, column }) => i18n.tr_with(
            "config-error-syntax",
            &[
                ("line", FluentValue::from(*line)),
                ("column", FluentValue::from(*column)),
            ],
        ),
        ConfigLoadError::Invalid(ConfigError::Missing(key)) => i18n.tr_with(
            "config-error-missing",
            &[("key", FluentValue::from(key.clone()))],
        ),
        ConfigLoadError::Invalid(ConfigError::Invalid(key)) => i18n.tr_with(
            "config-error-invalid",
            &[("key", FluentValue::from(key.clone()))],
        ),
    };
    Effect::new(move || document().set_title(&i18n.tr("config-problem-title")));
    view! {
        <SkipLink/>
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-header__home">{move || i18n.tr("shell-name")}</p>
            </div>
        </header>
        <main id=MAIN_ID class="page" tabindex="-1">
            <h1 class="page__title">{move || i18n.tr("config-problem-title")}</h1>
            <p class="page__lead">{move || i18n.tr("config-problem-resident")}</p>
            <p>
                <button class="button" type="button" on:click=|_| {
                    let _ = window().location().reload();
                }>{move || i18n.tr("config-problem-retry")}</button>
            </p>
            <h2>{move || i18n.tr("config-problem-detail-heading")}</h2>
            <p class="config-problem__detail">{detail}</p>
        </main>
    }
}
