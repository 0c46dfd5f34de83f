//! One form field's frame, written once (GOV.UK's form group): the label, the hint, the inline
//! error, and the `aria-describedby` and `aria-invalid` that tie them to the control. Every
//! field that can have an error is built with it (the "remember me" tick, a choice with its
//! hint after it, is not a field).

use leptos::prelude::*;

use crate::i18n::I18n;

/// Where a field's label sits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Labelled {
    /// A `<label for>` above the control.
    #[default]
    Above,
    /// A group of choices: a `<fieldset>` (which carries the description) and its `<legend>`.
    Legend,
    /// The control brings its own label (a single tick box, labelled beside it).
    ByControl,
}

/// A hint under the label.
#[derive(Clone)]
pub struct Hint {
    pub text: Signal<String>,
    /// The city's text rather than the app's: marked as such (`data-external`, `dir="auto"`),
    /// with the back end's language when it is not the page's.
    pub city: Option<Option<String>>,
}

impl Hint {
    /// A hint in the app's words.
    pub fn app(text: impl Fn() -> String + Send + Sync + 'static) -> Hint {
        Hint {
            text: Signal::derive(text),
            city: None,
        }
    }

    /// A hint in the city's words, in `lang` when that is not the page's language.
    pub fn city(text: String, lang: Option<String>) -> Hint {
        Hint {
            text: Signal::stored(text),
            city: Some(lang),
        }
    }
}

/// What the control needs from its frame: its description and whether it is invalid.
#[derive(Clone, Copy)]
pub struct Described {
    id: StoredValue<String>,
    hint: bool,
    also: Option<&'static str>,
    error: Signal<Option<String>>,
}

impl Described {
    /// The ids of the hint and the error, when present. Reactive.
    pub fn by(&self) -> Option<String> {
        described_by(
            &self.id.get_value(),
            self.hint,
            self.also,
            self.error.with(Option::is_some),
        )
    }

    /// `aria-invalid` while the field has an error. Reactive.
    pub fn invalid(&self) -> Option<&'static str> {
        self.error.with(Option::is_some).then_some("true")
    }
}

/// The ids that describe a control: its hint, another description (`also`), and its error,
/// when present.
fn described_by(id: &str, hint: bool, also: Option<&str>, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    ids.extend(also.map(str::to_owned));
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The inline error under a label: "Error:" for screen readers, then the message.
#[component]
pub fn InlineError(id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    let i18n = I18n::expect();
    move || {
        message.get().map(|message| {
            view! {
                <p class="field__error" id=format!("{id}-error")>
                    <span class="visually-hidden">{i18n.tr("field-error-prefix")} " "</span>
                    {message}
                </p>
            }
        })
    }
}

/// A field: label, hint and error around the control that `control` makes.
#[component]
pub fn FormGroup<C, V>(
    /// The control's HTML id; the hint and error ids are made from it.
    #[prop(into)]
    id: String,
    /// What the label says (nothing for [`Labelled::ByControl`]).
    #[prop(optional, into)]
    label: Option<ViewFn>,
    /// Where the label sits.
    #[prop(optional)]
    labelled: Labelled,
    #[prop(default = None, into)] hint: Option<Hint>,
    /// The id of another element that describes the control (a counter), read after the hint.
    #[prop(optional)]
    also: Option<&'static str>,
    /// The message for the field's problem, when the resident has been told of one.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The control, given its description.
    control: C,
) -> impl IntoView
where
    C: FnOnce(Described) -> V + 'static,
    V: IntoView + 'static,
{
    let described = Described {
        id: StoredValue::new(id.clone()),
        hint: hint.is_some(),
        also,
        error,
    };
    let control = control(described).into_any();
    frame(id, label, labelled, hint, described, control)
}

/// [`FormGroup`]'s markup, not generic, so each field adds only its control to the download.
fn frame(
    id: String,
    label: Option<ViewFn>,
    labelled: Labelled,
    hint: Option<Hint>,
    described: Described,
    control: AnyView,
) -> AnyView {
    let error = described.error;
    let class = move || {
        if error.with(Option::is_some) {
            "field field--error"
        } else {
            "field"
        }
    };
    let hint = hint.map(|Hint { text, city }| {
        let external = city.is_some().then_some("");
        let dir = city.is_some().then_some("auto");
        let lang = city.flatten();
        view! { <p class="hint" id=format!("{id}-hint") lang=lang dir=dir data-external=external>{move || text.get()}</p> }
    });
    // Follows the language: the label is made again when it changes.
    let label = move || label.as_ref().map(ViewFn::run);
    let error_view = view! { <InlineError id=id.clone() message=error/> };
    match labelled {
        Labelled::Legend => view! {
            <div class=class>
                <fieldset class="fieldset" aria-describedby=move || described.by() aria-invalid=move || described.invalid()>
                    <legend class="fieldset__legend">{label}</legend>
                    {hint}
                    {error_view}
                    {control}
                </fieldset>
            </div>
        }
        .into_any(),
        Labelled::Above => view! {
            <div class=class>
                <label class="field__label" for=id.clone()>{label}</label>
                {hint}
                {error_view}
                {control}
            </div>
        }
        .into_any(),
        Labelled::ByControl => view! {
            <div class=class>
                {hint}
                {error_view}
                {control}
            </div>
        }
        .into_any(),
    }
}
