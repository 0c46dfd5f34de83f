//! Text from the city's files and server, shown as text (never HTML), with its language when it
//! is not the page's, so screen readers pronounce it right.

use fluent_bundle::FluentValue;
use frontdesk_core::text::paragraphs;
use leptos::prelude::*;

use crate::i18n::{BackendText, I18n};

/// Back-end text as it is now (for views that re-render as a whole): a `span` with its `lang`
/// when it is not the page's, `dir="auto"`, marked as data.
pub fn said(text: BackendText) -> impl IntoView {
    view! { <span lang=text.lang dir="auto" data-external="">{text.text}</span> }
}

/// One run of back-end text in a `span`, carrying `lang` when it differs from the page's, and
/// `dir="auto"` so English inside an Arabic page keeps its punctuation where it belongs.
#[component]
pub fn Said(
    /// The text (reactive: it follows the language).
    #[prop(into)]
    text: Signal<BackendText>,
) -> impl IntoView {
    move || said(text.get())
}

/// Back-end text that may hold several paragraphs and line breaks (`<br>`, CR LF...): each
/// paragraph a `p`, each break a `br`; everything else stays literal text.
#[component]
pub fn Paragraphs(#[prop(into)] text: Signal<BackendText>) -> impl IntoView {
    move || {
        let BackendText { text, lang } = text.get();
        paragraphs(&text)
            .into_iter()
            .map(|lines| {
                let count = lines.len();
                let lines = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| view! { {line} {(i + 1 < count).then(|| view! { <br/> })} })
                    .collect_view();
                view! { <p lang=lang.clone() dir="auto" data-external="">{lines}</p> }
            })
            .collect_view()
    }
}

/// A UI message around one such text (`help-hours` = "Open { $hours }."): the message in the
/// page's language, the text in a `span` of its own carrying its `lang` when it differs.
/// Reactive.
pub fn said_within(
    id: &'static str,
    name: &'static str,
    text: impl Fn() -> BackendText + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = I18n::expect();
    move || {
        // A private-use character no message holds marks where the text goes.
        const MARK: &str = "\u{E000}";
        let message = i18n.tr_with(id, &[(name, FluentValue::from(MARK))]);
        let (before, after) = message.split_once(MARK).unwrap_or((&message, ""));
        let (before, after) = (before.to_owned(), after.to_owned());
        view! { {before} {said(text())} {after} }
    }
}
