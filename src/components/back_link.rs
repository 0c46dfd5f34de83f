//! "Back" at the top of a page: a link with an arrow that points the reading direction's way.

use leptos::prelude::*;
use leptos_router::components::A;

/// A back link to `href`, labelled with the Fluent message `label`.
#[component]
pub fn BackLink(href: String, label: Signal<String>) -> impl IntoView {
    view! {
        <A href=href attr:class="back-link">
            <span class="icon--directional" aria-hidden="true">"←"</span>
            {move || label.get()}
        </A>
    }
}
