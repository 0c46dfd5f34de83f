//! The language picker in the header: a button that shows the language in use (with the
//! globe, recognisable in any language) and opens the list of every offered language, each
//! named in itself with its own `lang`, the current one marked. Links, not a select: each works
//! opened in a new tab, and nothing switches until the resident chooses. The list opens in the
//! page's flow (never over it), so it fits a 320 px phone with eighteen languages. Switches
//! without a reload; Escape closes the list and returns to the button.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The id of the list the button opens.
const LIST_ID: &str = "language_list";
/// The id of the button.
const TOGGLE_ID: &str = "language_toggle";

/// The picker; nothing when only one language is offered.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = I18n::expect();
    let offered = i18n.offered();
    (offered.len() > 1).then(|| {
        let open = RwSignal::new(false);
        let close = move || {
            open.set(false);
            crate::a11y::focus_by_id(TOGGLE_ID);
        };
        let in_use = {
            let offered = offered.clone();
            move || {
                let code = i18n.language();
                offered.iter().find(|l| l.code == code).cloned()
            }
        };
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
                                close();
                            }
                        >
                            {language.name}
                        </a>
                    </li>
                }
            })
            .collect_view();
        let on_key = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" && open.get_untracked() {
                ev.prevent_default();
                close();
            }
        };
        view! {
            // Whether the list shows follows the button's aria-expanded, in the styles alone.
            <nav
                class="language-picker"
                aria-label=move || i18n.tr("language-nav-label")
                on:keydown=on_key
            >
                <button
                    type="button"
                    id=TOGGLE_ID
                    class="language-picker__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=LIST_ID
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <svg class="language-picker__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <circle cx="12" cy="12" r="9"/>
                        <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z"/>
                    </svg>
                    // "Language: English" to a screen reader; the name as shown, in its language.
                    <span class="visually-hidden">{move || i18n.tr("language-nav-label")} ": "</span>
                    {move || in_use().map(|l| view! {
                        <span lang=l.code.clone() dir=l.dir.as_str() data-external="">{l.name}</span>
                    })}
                </button>
                // Each name is in its own language: data, not a translation of this page.
                <ul id=LIST_ID class="language-picker__list" data-external="">
                    {items}
                </ul>
            </nav>
        }
    })
}
