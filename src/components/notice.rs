//! Notices about the city's server: what went wrong, in words, with the server's own text
//! (always as text) and a way to try again.

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use open311::ErrorKind;

use crate::api::ApiError;
use crate::config::Config;
use crate::i18n::I18n;

/// The resident-facing sentence for `error`. Reactive.
pub fn error_message(i18n: I18n, error: &ApiError) -> String {
    let phone = Config::expect().with(|c| c.help.phone.clone());
    match error {
        ApiError::Offline => i18n.tr("error-offline"),
        ApiError::Unreachable => i18n.tr("error-unreachable"),
        ApiError::TimedOut => i18n.tr("error-timeout"),
        ApiError::Refused { error: e, .. } => {
            let status = FluentValue::from(e.status.to_string());
            match e.kind {
                ErrorKind::NotFound => i18n.tr("error-not-found"),
                ErrorKind::Timeout => i18n.tr("error-timeout"),
                ErrorKind::ServerError => i18n.tr_with("error-server", &[("status", status)]),
                _ => i18n.tr_with("error-refused", &[("status", status)]),
            }
        }
        ApiError::Malformed(_) => {
            i18n.tr_with("error-malformed", &[("phone", FluentValue::from(phone))])
        }
    }
}

/// An error from the city's server as a notice: an optional heading, the message, the
/// server's words if it gave any, and "Try again" when `retry` is given.
#[component]
pub fn ErrorNotice(
    error: ApiError,
    /// The notice's heading (a Fluent id), for errors that stop a whole part of the page.
    #[prop(optional)]
    heading: Option<&'static str>,
    /// Fluent id of a sentence after the message (what still works, say).
    #[prop(optional)]
    after: Option<&'static str>,
    /// What "Try again" does; no button without it.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let server_text = match &error {
        ApiError::Refused { error, .. } => error.server_text(),
        _ => None,
    };
    let message = {
        let error = error.clone();
        move || error_message(i18n, &error)
    };
    view! {
        <div class="notice notice--error" role="alert">
            {heading.map(|id| view! { <h2 class="notice__heading">{move || i18n.tr(id)}</h2> })}
            <p>{message}</p>
            {server_text.map(|text| view! {
                <p>{move || i18n.tr("error-server-said")}</p>
                // The server's words, as text, in whatever language it wrote them.
                <blockquote class="notice__quote" dir="auto" data-external="">{text}</blockquote>
            })}
            {after.map(|id| view! { <p>{move || i18n.tr(id)}</p> })}
            {retry.map(|retry| view! {
                <button type="button" class="button button--secondary" on:click=move |_| retry.run(())>
                    {move || i18n.tr("catalogue-retry")}
                </button>
            })}
        </div>
    }
}
