//! How to reach a person, in the same place on every page (WCAG 3.2.6 consistent help).

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::config::Config;
use crate::i18n::I18n;

/// The city's phone line, its hours and counter, from `config.json`'s `help`.
#[component]
pub fn HelpContactsBox() -> impl IntoView {
    let i18n = I18n::expect();
    let help = Config::expect().with(|c| c.help.clone());
    let phone = help.phone.clone();
    let tel = tel_href(&help.phone);
    let full = help.phone_full.clone().map(|full| {
        let tel = tel_href(&full);
        view! {
            <p>
                {move || i18n.tr("help-from-outside")} " "
                <a href=tel class="help__phone" dir="ltr">{full.clone()}</a>
            </p>
        }
    });
    let hours = help.hours.clone().map(|hours| {
        view! { <p>{move || i18n.tr_with("help-hours", &[("hours", FluentValue::from(hours.clone()))])}</p> }
    });
    let counter = help.counter.clone().map(|counter| {
        view! { <p>{move || i18n.tr_with("help-counter", &[("address", FluentValue::from(counter.clone()))])}</p> }
    });
    view! {
        <aside class="help" aria-labelledby="help-heading">
            <div class="help__inner">
                <h2 id="help-heading" class="help__heading">{move || i18n.tr("help-heading")}</h2>
                <p>
                    {move || i18n.tr("help-call")} " "
                    <a href=tel class="help__phone" dir="ltr">{phone}</a>
                </p>
                {full}
                {hours}
                {counter}
            </div>
        </aside>
    }
}

/// The `tel:` link for a phone number: only the characters a dialler takes.
pub fn tel_href(number: &str) -> String {
    let dialable: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{dialable}")
}
