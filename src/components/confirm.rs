//! An action that asks first ("Discard this draft?", "Forget every request?"): a link-styled
//! button that turns into the question with Yes and No, focus moving to the question.

use leptos::prelude::*;

use crate::a11y;

/// The button, then the question. Every text is a Fluent id.
#[component]
pub fn ConfirmAction(
    /// The id of the question (unique on the page), which takes focus when asked.
    id: &'static str,
    button: &'static str,
    question: &'static str,
    yes: &'static str,
    no: &'static str,
    /// Done on "Yes".
    #[prop(into)]
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = crate::i18n::I18n::expect();
    let asking = RwSignal::new(false);
    move || {
        if asking.get() {
            view! {
                <div class="notice notice--warning" role="group" aria-labelledby=id>
                    <p id=id tabindex="-1">{i18n.tr(question)}</p>
                    <div class="button-row">
                        <button type="button" class="button button--warning" on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }>
                            {i18n.tr(yes)}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                            {i18n.tr(no)}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="link-button" on:click=move |_| {
                    asking.set(true);
                    request_animation_frame(move || a11y::focus_by_id(id));
                }>
                    {i18n.tr(button)}
                </button>
            }
            .into_any()
        }
    }
}
