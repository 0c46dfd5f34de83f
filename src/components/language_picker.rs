//! The language picker in the header: every offered language named in itself, each name with
//! its own `lang`, all in the page (not hidden in a menu). Switches without a reload.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The list of languages; nothing when only one is offered.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = I18n::expect();
    let offered = i18n.offered();
    (offered.len() > 1).then(|| {
        let items = offered
            .into_iter()
            .map(|language| {
                let code = language.code.clone();
                let current = {
                    let code = code.clone();
                    move || i18n.language() == code
                };
                let switch_to = code.clone();
                view! {
                    <li>
                        <a
                            class="language-picker__link"
                            href=format!("?lang={code}")
                            lang=code.clone()
                            hreflang=code.clone()
                            dir=language.dir.as_str()
                            aria-current=move || current().then_some("true")
                            on:click=move |ev: leptos::ev::MouseEvent| {
                                // A link, so it also works opened in a new tab; here no reload.
                                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                                    return;
                                }
                                ev.prevent_default();
                                i18n.switch(switch_to.clone());
                            }
                        >
                            {language.name}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="language-picker" aria-label=move || i18n.tr("language-nav-label")>
                // Each name is in its own language: data, not a translation of this page.
                <ul class="language-picker__list" data-external="">{items}</ul>
            </nav>
        }
    })
}
