//! The one h1 of a page, which also sets the document title.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::config::Config;
use crate::i18n::I18n;

/// The page's h1 (focus target after navigation) and, from the same text, the document title
/// "{page} – {city}". Every page renders exactly one, at once, even while its data loads.
#[component]
pub fn PageHeading(
    /// The heading text; reactive, so it follows the language.
    #[prop(into)]
    text: Signal<String>,
    /// The heading's language when it is back-end text in another language than the page's.
    #[prop(optional, into)]
    lang: MaybeProp<String>,
    /// Whether the page shows errors: the title then starts with "Error: " (WCAG 3.3.1).
    #[prop(optional, into)]
    error: Signal<bool>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let (city, city_language) =
        Config::expect().with(|c| (c.city.name.clone(), c.default_language.clone()));
    Effect::new(move || {
        let id = if error.get() {
            "document-title-error"
        } else {
            "document-title"
        };
        let title = i18n.tr_with(
            id,
            &[
                ("page", FluentValue::from(text.get())),
                (
                    "city",
                    FluentValue::from(i18n.city_text(&city, &city_language).text),
                ),
            ],
        );
        document().set_title(&title);
    });
    view! { <h1
        class="page__title"
        tabindex="-1"
        lang=move || lang.get()
        // Back-end text in another language: its own direction, and marked as data.
        dir=move || lang.get().map(|_| "auto")
        data-external=move || lang.get().map(|_| "")
    >{move || text.get()}</h1> }
}
