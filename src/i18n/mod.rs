//! Translations: Fluent bundles for the active language with message-by-message fallback to the
//! default (English, embedded so the first paint never waits), the language picker's state,
//! `lang` and `dir` on `<html>`, numbers and dates through the browser's `Intl`, and (in
//! [`names`]) the back end's text in the resident's language.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use frontdesk_core::catalogue::CityTexts;
use frontdesk_core::city_text::CityText;
use frontdesk_core::locale::{self, Direction, Language};
use leptos::prelude::*;
use unic_langid::LanguageIdentifier;

use crate::{api, store};

mod names;
pub use names::Names;

/// The default locale's UI messages, compiled in so that the first paint never waits.
const EN_MAIN: &str = include_str!("../../locales/en/main.ftl");
/// The default language.
pub const DEFAULT: &str = "en";

/// A language ready to show: its code, direction and messages (`None`: English alone).
#[derive(Debug, Clone)]
pub struct LoadedLocale {
    pub code: String,
    pub dir: Direction,
    /// The UI messages (`main.ftl`).
    pub messages: Option<String>,
    /// Translations of the back end's text (`services.ftl`), if the language has any.
    pub services: Option<String>,
}

impl LoadedLocale {
    /// English.
    pub fn default_locale() -> LoadedLocale {
        LoadedLocale {
            code: DEFAULT.into(),
            dir: Direction::LeftToRight,
            messages: None,
            services: None,
        }
    }
}

/// Back-end text as shown: translated, or as the back end sent it with its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackendText {
    pub text: String,
    /// The `lang` attribute to put on it, when it differs from the page's language.
    pub lang: Option<String>,
}

/// Fetches what `code` needs; falls back to English when its messages cannot be had.
pub async fn load(code: &str, languages: &[Language]) -> LoadedLocale {
    if code == DEFAULT {
        return LoadedLocale::default_locale();
    }
    if Language::is_pseudo(code) {
        let dir = if code == locale::PSEUDO_RTL {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        };
        return LoadedLocale {
            code: code.into(),
            dir,
            messages: None,
            services: None,
        };
    }
    let dir = languages
        .iter()
        .find(|l| l.code == code)
        .map_or(Direction::LeftToRight, |l| l.dir);
    let (messages, services) =
        futures::future::join(api::load_messages(code), api::load_service_messages(code)).await;
    match messages {
        Ok(messages) => LoadedLocale {
            code: code.into(),
            dir,
            messages: Some(messages),
            services,
        },
        Err(_) => LoadedLocale::default_locale(),
    }
}

/// Formats messages: the active language first, then English, then the id itself (so a
/// missing message is visible, never a blank).
struct Localizer {
    active: Option<FluentBundle<FluentResource>>,
    fallback: FluentBundle<FluentResource>,
    /// The active language's translations of back-end text; never falls back to English.
    services: Option<FluentBundle<FluentResource>>,
}

fn bundle(lang: &str, source: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    add(&mut bundle, source);
    bundle
}

fn add(bundle: &mut FluentBundle<FluentResource>, source: &str) {
    // A resource with syntax errors still yields every message that parsed; `make l10n`
    // reports the broken ones to translators. Duplicate ids: the first one wins.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
}

fn accented(text: &str) -> std::borrow::Cow<'_, str> {
    locale::pseudo_accented(text).into()
}

fn mirrored(text: &str) -> std::borrow::Cow<'_, str> {
    locale::pseudo_mirrored(text).into()
}

impl Localizer {
    fn new(locale: &LoadedLocale) -> Localizer {
        let active = match (&locale.messages, locale.code.as_str()) {
            (Some(messages), code) => Some(bundle(code, messages)),
            (None, locale::PSEUDO_LTR) => {
                let mut b = bundle("en", EN_MAIN);
                b.set_transform(Some(accented));
                Some(b)
            }
            (None, locale::PSEUDO_RTL) => {
                let mut b = bundle("en", EN_MAIN);
                b.set_transform(Some(mirrored));
                Some(b)
            }
            _ => None,
        };
        let services = locale
            .services
            .as_deref()
            .map(|source| bundle(&locale.code, source));
        Localizer {
            active,
            fallback: bundle(DEFAULT, EN_MAIN),
            services,
        }
    }

    fn backend(&self, id: &str) -> Option<String> {
        let bundle = self.services.as_ref()?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

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
    offered: StoredValue<Vec<Language>>,
    /// The translations the city wrote into catalogue.json, by services.ftl id: used where the
    /// language's services.ftl has none (translators' files win).
    /// Set once, when the inventory has loaded and before any name is shown from it.
    city_texts: StoredValue<CityTexts>,
}

impl I18n {
    /// Provides the translations for `locale`, with `offered` languages for the picker.
    pub fn provide(locale: LoadedLocale, offered: Vec<Language>) -> I18n {
        let i18n = I18n {
            localizer: StoredValue::new_local(Localizer::new(&locale)),
            language: RwSignal::new(locale.code.clone()),
            direction: RwSignal::new(locale.dir),
            offered: StoredValue::new(offered),
            city_texts: StoredValue::new(CityTexts::default()),
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

    /// The languages the picker offers.
    pub fn offered(&self) -> Vec<Language> {
        self.offered.get_value()
    }

    /// Switches to `code` without a reload and remembers the choice on this device. The text
    /// changes once the language's messages have arrived.
    pub fn switch(&self, code: String) {
        let this = *self;
        store::save_language(&code);
        leptos::task::spawn_local(async move {
            let languages = this.offered.get_value();
            let locale = load(&code, &languages).await;
            this.localizer.set_value(Localizer::new(&locale));
            this.direction.set(locale.dir);
            this.language.set(locale.code);
            this.sync_document();
        });
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

    /// Text from the back end (a service name, a question...): its translation from the
    /// language's services.ftl under `id` (see `frontdesk_core::l10n_ids`), or the back end's
    /// own `text`, marked with `backend_language` when that is not the page's language.
    pub fn backend_text(&self, id: &str, text: &str, backend_language: &str) -> BackendText {
        let page = self.language.get();
        match self.backend_translation(id) {
            Some(translated) => BackendText {
                text: translated,
                lang: None,
            },
            None => BackendText {
                text: text.to_owned(),
                lang: (page != backend_language).then(|| backend_language.to_owned()),
            },
        }
    }

    /// The active language's translation of back-end text under `id`, if it has one: the
    /// language's services.ftl, else the city's own in catalogue.json (for the search index,
    /// which matches translated names too). Reactive.
    pub fn backend_translation(&self, id: &str) -> Option<String> {
        let page = self.language.get();
        self.localizer.with_value(|l| l.backend(id)).or_else(|| {
            self.city_texts.with_value(|texts| {
                texts
                    .get(id)
                    .and_then(|text| text.translation(&page))
                    .map(str::to_owned)
            })
        })
    }

    /// Keeps the city's translations from catalogue.json (see [`I18n::backend_translation`]).
    pub fn set_city_texts(&self, texts: CityTexts) {
        self.city_texts.set_value(texts);
    }

    /// A text from config.json in the active language: the city's translation, or its own text
    /// marked with `city_language`. Reactive.
    pub fn city_text(&self, text: &CityText, city_language: &str) -> BackendText {
        let shown = text.show(&self.language.get(), city_language);
        BackendText {
            text: shown.text.to_owned(),
            lang: shown.lang.map(str::to_owned),
        }
    }

    /// Compares text as the active language sorts it (the browser's `Intl.Collator`; code
    /// point order if the browser has none). Reactive.
    pub fn collator(&self) -> impl Fn(&str, &str) -> std::cmp::Ordering + use<> {
        let collator = js_sys::Intl::Collator::new(
            &js_sys::Array::of1(&self.language().into()),
            &js_sys::Object::new(),
        );
        let compare = collator.compare();
        move |a: &str, b: &str| {
            compare
                .call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
                .ok()
                .and_then(|v| v.as_f64())
                .map_or_else(
                    || a.cmp(b),
                    |n| n.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal),
                )
        }
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

/// The language requested in the address (`?lang=fr`), if any.
pub fn requested_in_address() -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("lang")
        .filter(|l| !l.is_empty())
}

/// The browser's languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// The locale whose numeric dates read year-month-day with a 24-hour time, for languages the
/// browser cannot write dates in.
const NUMERIC_DATES: &str = "en-CA";
const NUMERIC_DATE_OPTIONS: [(&str, &str); 6] = [
    ("year", "numeric"),
    ("month", "2-digit"),
    ("day", "2-digit"),
    ("hour", "2-digit"),
    ("minute", "2-digit"),
    ("hourCycle", "h23"),
];

/// Whether the browser's `Intl.{constructor}` has data for `locale` (or its language).
fn intl_knows(constructor: &str, locale: &str) -> bool {
    use wasm_bindgen::JsCast;
    let supported = || -> Option<bool> {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let class = js_sys::Reflect::get(&intl, &constructor.into()).ok()?;
        let check: js_sys::Function = js_sys::Reflect::get(&class, &"supportedLocalesOf".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let found = check.call1(&class, &locale.into()).ok()?;
        Some(js_sys::Array::from(&found).length() > 0)
    };
    supported().unwrap_or(true)
}

/// Formats `value` with the browser's `Intl.{constructor}` for `locale`; `None` when the
/// browser refuses (an unknown time zone, say), so callers fall back rather than crash.
fn intl_format(
    constructor: &str,
    locale: &str,
    options: &[(&str, &str)],
    value: &wasm_bindgen::JsValue,
) -> Option<String> {
    use wasm_bindgen::JsCast;
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let class: js_sys::Function = js_sys::Reflect::get(&intl, &constructor.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let settings = js_sys::Object::new();
    for (key, setting) in options {
        js_sys::Reflect::set(&settings, &(*key).into(), &(*setting).into()).ok()?;
    }
    let formatter =
        js_sys::Reflect::construct(&class, &js_sys::Array::of2(&locale.into(), &settings)).ok()?;
    let format: js_sys::Function = js_sys::Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    format.call1(&formatter, value).ok()?.as_string()
}

impl I18n {
    /// A number as the active language writes it (`1 234,5` in French). Reactive.
    pub fn format_number(&self, value: f64) -> String {
        intl_format("NumberFormat", &self.language(), &[], &value.into())
            .unwrap_or_else(|| value.to_string())
    }

    /// A date and time in the active language, in `time_zone` (the city's, from the settings)
    /// or the device's. Falls back to ISO 8601 in UTC. Reactive.
    pub fn format_datetime(&self, unix_seconds: i64, time_zone: Option<&str>) -> String {
        let date = js_sys::Date::new(&((unix_seconds as f64) * 1000.0).into());
        let language = self.language();
        // A language the browser's Intl does not know (Hmong) gets the numeric form,
        // 2026-12-02, 14:30, rather than English month names.
        let (locale, mut options) = if intl_knows("DateTimeFormat", &language) {
            (
                language.as_str(),
                vec![("dateStyle", "medium"), ("timeStyle", "short")],
            )
        } else {
            (NUMERIC_DATES, NUMERIC_DATE_OPTIONS.to_vec())
        };
        if let Some(zone) = time_zone {
            options.push(("timeZone", zone));
        }
        intl_format("DateTimeFormat", locale, &options, &date.into())
            .unwrap_or_else(|| iso_utc(unix_seconds))
    }
}

impl I18n {
    /// A calendar day (year, month, day) in the active language, long form ("2 December
    /// 2026"); the numeric form, 2026-12-02, where the browser's Intl does not know the
    /// language. Reactive.
    pub fn format_date(&self, (year, month, day): (u16, u8, u8)) -> String {
        let numeric = format!("{year:04}-{month:02}-{day:02}");
        let language = self.language();
        if !intl_knows("DateTimeFormat", &language) {
            return numeric;
        }
        let utc = js_sys::Date::utc(f64::from(year), f64::from(month) - 1.0);
        let date = js_sys::Date::new(&(utc + (f64::from(day) - 1.0) * 86_400_000.0).into());
        intl_format(
            "DateTimeFormat",
            &language,
            &[("dateStyle", "long"), ("timeZone", "UTC")],
            &date.into(),
        )
        .unwrap_or(numeric)
    }

    /// Items as the active language lists them ("a, b and c"; Arabic's comma), or joined by
    /// commas where the browser cannot. Reactive.
    pub fn format_list(&self, items: &[String]) -> String {
        let language = self.language();
        // A language Intl does not know would get the browser's own "and" (English words in a
        // Hmong sentence): commas only.
        if !intl_knows("ListFormat", &language) {
            return items.join(", ");
        }
        let list: js_sys::Array = items
            .iter()
            .map(|i| wasm_bindgen::JsValue::from(i.as_str()))
            .collect();
        intl_format(
            "ListFormat",
            &language,
            &[("type", "conjunction")],
            &list.into(),
        )
        .unwrap_or_else(|| items.join(", "))
    }
}

fn iso_utc(unix_seconds: i64) -> String {
    let date = js_sys::Date::new(&((unix_seconds as f64) * 1000.0).into());
    date.to_iso_string().as_string().unwrap_or_default()
}
