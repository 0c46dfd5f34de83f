//! How to reach a person, in the same place on every page (WCAG 3.2.6 consistent help).

use leptos::prelude::*;

pub use frontdesk_core::config::tel_href;

use crate::components::backend_text::said_within;
use crate::config::Config;
use crate::i18n::I18n;

/// The city's phone line, its hours and counter, from `config.json`'s `help`.
#[component]
pub fn HelpContactsBox() -> impl IntoView {
    let i18n = I18n::expect();
    let (help, city_language) =
        Config::expect().with(|c| (c.help.clone(), c.default_language.clone()));
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
    // The city's words, in the page's language when the city gave it (city_text.rs).
    let within = move |id: &'static str, name: &'static str, text: Option<_>| {
        let city_language = city_language.clone();
        text.map(|text| {
            view! { <p>{said_within(id, name, move || i18n.city_text(&text, &city_language))}</p> }
        })
    };
    let hours = within("help-hours", "hours", help.hours.clone());
    let counter = within("help-counter", "address", help.counter.clone());
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
