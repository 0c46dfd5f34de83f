//! One question of a request form, asked the way its datatype calls for (see
//! `frontdesk_core::form::control`), bound to the draft so every keystroke is kept.

use frontdesk_core::form::{self, Control, Draft};
use frontdesk_core::l10n_ids;
use frontdesk_core::text::paragraphs;
use leptos::prelude::*;
use open311::Attribute;

use crate::components::backend_text::said;
use crate::components::form_group::{FormGroup, Hint, Labelled};
use crate::i18n::{I18n, Names};

/// One question from the service definition.
#[component]
pub fn Question(
    service_code: String,
    attribute: Attribute,
    draft: RwSignal<Draft>,
    /// The message for this question's problem, if the resident has been told of one.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let control = form::control(&attribute);
    let id = form::field_id(&attribute.code);
    let code = attribute.code.clone();
    let label = {
        let (id, text) = (
            l10n_ids::question(&service_code, &attribute.code),
            attribute.description.clone(),
        );
        move || names.backend(&id, &text)
    };
    if control == Control::Guidance {
        let label = label();
        return view! {
            <div class="guidance" lang=label.lang dir="auto" data-external="">
                {paragraphs(&label.text)
                    .into_iter()
                    .map(|lines| view! { <p>{lines.join(" ")}</p> })
                    .collect_view()}
            </div>
        }
        .into_any();
    }
    // The city's own words, marked with the back end's language.
    let hint =
        form::useful_hint(&attribute).map(|hint| Hint::city(hint.to_owned(), names.backend_lang()));
    let required = attribute.required;
    let label_text = {
        let label = label.clone();
        move || {
            view! {
                {said(label())}
                {required.then(|| view! { " " <span class="required">{i18n.tr("service-required")}</span> })}
            }
        }
    };
    let values = {
        let code = code.clone();
        move || draft.with(|d| d.answers.get(&code).cloned().unwrap_or_default())
    };
    let set = {
        let code = code.clone();
        move |values: Vec<String>| draft.update(|d| form::set_answer(&mut d.answers, &code, values))
    };

    match control {
        Control::Radios | Control::Checkboxes => {
            let kind = if control == Control::Radios {
                "radio"
            } else {
                "checkbox"
            };
            let options = attribute
                .values
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    // The first choice carries the field's id, so the error summary reaches it.
                    let option_id = if i == 0 {
                        id.clone()
                    } else {
                        format!("{id}-{i}")
                    };
                    let key = option.key.clone();
                    let name_id = l10n_ids::option(&service_code, &attribute.code, &option.key);
                    let name = option.name.clone();
                    let checked = {
                        let (values, key) = (values.clone(), key.clone());
                        move || values().contains(&key)
                    };
                    let on_change = {
                        let (values, set, key) = (values.clone(), set.clone(), key.clone());
                        move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            let mut now = values();
                            if kind == "radio" {
                                now = vec![key.clone()];
                            } else if on {
                                if !now.contains(&key) {
                                    now.push(key.clone());
                                }
                            } else {
                                now.retain(|v| *v != key);
                            }
                            set(now);
                        }
                    };
                    view! {
                        <div class="choice">
                            <input
                                class="choice__input"
                                type=kind
                                id=option_id.clone()
                                name=id.clone()
                                value=key
                                prop:checked=checked
                                on:change=on_change
                            />
                            <label class="choice__label" for=option_id>
                                {move || said(names.backend(&name_id, &name))}
                            </label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <FormGroup id labelled=Labelled::Legend label=label_text hint error
                    control=move |_| view! { <div class="choices">{options}</div> }/>
            }
            .into_any()
        }
        Control::Select => {
            let options = attribute
                .values
                .iter()
                .map(|option| {
                    let key = option.key.clone();
                    let name_id = l10n_ids::option(&service_code, &attribute.code, &option.key);
                    let name = option.name.clone();
                    let selected = {
                        let (values, key) = (values.clone(), key.clone());
                        move || values().contains(&key)
                    };
                    let text = Signal::derive(move || names.backend(&name_id, &name));
                    view! {
                        <option
                            value=key
                            prop:selected=selected
                            lang=move || text.with(|t| t.lang.clone())
                            data-external=""
                        >
                            {move || text.with(|t| t.text.clone())}
                        </option>
                    }
                })
                .collect_view();
            let on_change = move |ev: leptos::ev::Event| set(vec![event_target_value(&ev)]);
            let nothing = {
                let values = values.clone();
                move || values().is_empty()
            };
            view! {
                <FormGroup id=id.clone() label=label_text hint error control=move |d| view! {
                    <select id=id aria-describedby=move || d.by() aria-invalid=move || d.invalid() on:change=on_change>
                        <option value="" prop:selected=nothing>{i18n.tr("request-choose")}</option>
                        {options}
                    </select>
                }/>
            }
            .into_any()
        }
        Control::Tick => {
            let checked = {
                let values = values.clone();
                move || values().iter().any(|v| v == "true")
            };
            let on_change = move |ev: leptos::ev::Event| {
                set(if event_target_checked(&ev) {
                    vec!["true".into()]
                } else {
                    Vec::new()
                })
            };
            view! {
                <FormGroup id=id.clone() labelled=Labelled::ByControl hint error control=move |d| view! {
                    <div class="choice">
                        <input
                            class="choice__input"
                            type="checkbox"
                            id=id.clone()
                            value="true"
                            aria-describedby=move || d.by()
                            aria-invalid=move || d.invalid()
                            prop:checked=checked
                            on:change=on_change
                        />
                        <label class="choice__label" for=id>{label_text}</label>
                    </div>
                }/>
            }
            .into_any()
        }
        Control::Paragraph => {
            let value = move || values().into_iter().next().unwrap_or_default();
            let on_input = move |ev: leptos::ev::Event| set(vec![event_target_value(&ev)]);
            view! {
                <FormGroup id=id.clone() label=label_text hint error control=move |d| view! {
                    <textarea id=id rows="4" aria-describedby=move || d.by() aria-invalid=move || d.invalid() prop:value=value on:input=on_input></textarea>
                }/>
            }
            .into_any()
        }
        _ => {
            let (kind, mode) = match control {
                Control::Number => ("text", Some("decimal")),
                Control::DateTime => ("datetime-local", None),
                Control::Date => ("date", None),
                _ => ("text", None),
            };
            let value = move || values().into_iter().next().unwrap_or_default();
            let on_input = move |ev: leptos::ev::Event| set(vec![event_target_value(&ev)]);
            view! {
                <FormGroup id=id.clone() label=label_text hint error control=move |d| view! {
                    <input
                        id=id
                        class=if control == Control::Number { "input--short" } else { "" }
                        type=kind
                        inputmode=mode
                        autocomplete="off"
                        aria-describedby=move || d.by()
                        aria-invalid=move || d.invalid()
                        prop:value=value
                        on:input=on_input
                    />
                }/>
            }
            .into_any()
        }
    }
}
