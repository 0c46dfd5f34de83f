//! The error summary at the top of a form page (GOV.UK pattern): takes focus when shown, and
//! links to each field with a problem.

use leptos::prelude::*;

use crate::a11y;
use crate::i18n::I18n;

/// The id of the summary, which takes focus when the resident's answers have problems.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// One problem: the message, and where the field is (`#id` on this page, or another step's
/// address).
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub message: String,
    pub href: String,
}

/// The summary; renders nothing when there are no problems.
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Listed>>) -> impl IntoView {
    let i18n = I18n::expect();
    move || {
        let problems = problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <div class="error-summary" id=ERROR_SUMMARY_ID tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">{i18n.tr("error-summary-title")}</h2>
                    <ul class="error-summary__list">
                        {problems
                            .into_iter()
                            .map(|problem| {
                                let on_page = problem.href.strip_prefix('#').map(str::to_owned);
                                view! {
                                    <li>
                                        <a
                                            href=problem.href.clone()
                                            on:click=move |ev| {
                                                // A field on this page: focus it (the router
                                                // would take the fragment for a navigation).
                                                if let Some(id) = &on_page {
                                                    ev.prevent_default();
                                                    a11y::focus_by_id(id);
                                                }
                                            }
                                        >
                                            {problem.message}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// Moves focus to the summary once it has rendered.
pub fn focus_summary() {
    request_animation_frame(|| a11y::focus_by_id(ERROR_SUMMARY_ID));
}
