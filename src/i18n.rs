//! Translations: Fluent bundles for the active language with message-by-message fallback to the
//! default (English, embedded so the first paint never waits), `lang` and `dir` on `<html>`.
//! The only module that touches `fluent`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use unic_langid::LanguageIdentifier;

/// The default locale's UI messages, compiled in so that the first paint never waits.
const EN_MAIN: &str = include_str!("../locales/en/main.ftl");

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// Formats messages: the active language first, then the default, then the id itself (so a
/// missing message is visible, never a blank).
struct Localizer {
    active: Option<FluentBundle<FluentResource>>,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(lang: &str, sources: &[&str]) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in sources {
        // A resource with syntax errors still yields every message that parsed; `make l10n`
        // reports the broken ones to translators.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        // Errors here are duplicate ids, which `make l10n` reports; the first one wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Localizer {
    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        for bundle in self.active.iter().chain(std::iter::once(&self.fallback)) {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        match attribute {
            Some(name) => format!("{id}.{name}"),
            None => id.to_owned(),
        }
    }
}

/// The app's translations, as a `Copy` context: `I18n::expect().tr("skip-link")`.
#[derive(Clone, Copy)]
pub struct I18n {
    localizer: StoredValue<Localizer, LocalStorage>,
    language: RwSignal<String>,
    direction: RwSignal<Direction>,
}

impl I18n {
    /// Creates the translations with the embedded default language and provides them as context.
    pub fn provide() -> I18n {
        let i18n = I18n {
            localizer: StoredValue::new_local(Localizer {
                active: None,
                fallback: bundle("en", &[EN_MAIN]),
            }),
            language: RwSignal::new("en".to_owned()),
            direction: RwSignal::new(Direction::LeftToRight),
        };
        provide_context(i18n);
        i18n.sync_document();
        i18n
    }

    /// The translations provided by [`I18n::provide`].
    pub fn expect() -> I18n {
        expect_context::<I18n>()
    }

    /// The active language code (`en`, `ar`, ...). Reactive.
    pub fn language(&self) -> String {
        self.language.get()
    }

    /// The active writing direction. Reactive.
    pub fn direction(&self) -> Direction {
        self.direction.get()
    }

    /// The message `id` in the active language. Reactive: re-runs when the language changes.
    pub fn tr(&self, id: &str) -> String {
        self.language.track();
        self.localizer.with_value(|l| l.format(id, None, None))
    }

    /// The message `id` with variables, e.g. `tr_with("call-us", &[("phone", "311".into())])`.
    pub fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.language.track();
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.localizer
            .with_value(|l| l.format(id, None, Some(&fluent_args)))
    }

    /// An attribute of a message (`id.attribute` in Fluent), e.g. an `aria-label`.
    pub fn tr_attr(&self, id: &str, attribute: &str) -> String {
        self.language.track();
        self.localizer
            .with_value(|l| l.format(id, Some(attribute), None))
    }

    /// Puts the active language and direction on `<html>`, for assistive technology, fonts,
    /// hyphenation and the CSS logical properties.
    fn sync_document(&self) {
        let language = self.language.get_untracked();
        let direction = self.direction.get_untracked();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", &language);
            let _ = html.set_attribute("dir", direction.as_str());
        }
    }
}
