//! A request's status as a badge: words a resident understands, and a colour for its stage
//! that is never the only cue (the words say it all).

use frontdesk_core::l10n_ids;
use frontdesk_core::tracking::{self, Stage};
use leptos::prelude::*;
use open311::Status;

use crate::i18n::I18n;
use crate::i18n::Names;

/// The status in words: a known status from the UI messages, any other as the city wrote it
/// (or as services.ftl translates `status-{status}`). Reactive.
pub fn status_words(status: &Status) -> (String, Option<String>) {
    let i18n = I18n::expect();
    match tracking::message_id(status) {
        Some(id) => (i18n.tr(&id), None),
        None => {
            let raw = status.as_str();
            let text = Names::new().backend(&l10n_ids::status(raw), &raw.replace('_', " "));
            (text.text, text.lang)
        }
    }
}

/// The badge.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let class = match tracking::stage(&status) {
        Stage::Received => "badge badge--received",
        Stage::Working => "badge badge--working",
        Stage::Done => "badge badge--done",
    };
    let words = Signal::derive(move || status_words(&status));
    view! {
        <strong class=class lang=move || words.get().1 data-external=move || words.get().1.map(|_| "")>
            {move || words.get().0}
        </strong>
    }
}
