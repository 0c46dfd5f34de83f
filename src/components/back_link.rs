//! "Back" at the top of a page: a link with an arrow that points the reading direction's way.

use crate::router::Link;
use leptos::prelude::*;

/// A back link to `href`, labelled with the Fluent message `label`.
#[component]
pub fn BackLink(href: String, label: Signal<String>) -> impl IntoView {
    view! {
        <Link href=href class="back-link">
            <span class="icon--directional" aria-hidden="true">"←"</span>
            {move || label.get()}
        </Link>
    }
}
