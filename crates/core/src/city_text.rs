//! Text a city writes in its own files (`config.json`'s `city.name`, `help.hours` and
//! `help.counter`; `catalogue.json`'s names, descriptions, hours and addresses): either a string,
//! in the city's language (`default_language`), or an object of language code to text:
//!
//! ```json
//! "hours": {"en": "24 hours a day", "fr": "24 heures sur 24", "ar": "على مدار الساعة"}
//! ```
//!
//! An object must hold the city's language, which is what a resident reading any other
//! language sees, marked with its `lang` so a screen reader pronounces it right. For the
//! catalogue's texts a translator's `services.ftl` wins over the city's object (translators'
//! files are the source of truth); `make l10n` says where both translate the same text.

use serde_json::Value;

/// A city's text in its own language, with any translations the city gave.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CityText {
    /// The text in the city's language.
    city: String,
    /// Other languages, by code as written in the file (`fr`, `zh-Hant`). A list, not a map:
    /// a few entries, and every generic map costs the app's first download.
    translations: Vec<(String, String)>,
}

/// What is wrong with a city text in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// No text: absent, null or blank; or an object without the city's language. Holds the key
    /// below the text's own that is missing (`""` for the text itself, `"en"` for the city's
    /// language in an object).
    Missing(String),
    /// Not a string or an object of language code to text. Holds the key below the text's
    /// own that is wrong (`""`, or the language code whose value or code is unusable).
    Invalid(String),
}

/// `key` with the key below it that `Missing` or `Invalid` names (`city.name` and `en` make
/// `city.name.en`).
pub fn key_below(key: &str, sub: &str) -> String {
    if sub.is_empty() {
        key.to_owned()
    } else {
        format!("{key}.{sub}")
    }
}

/// The text to show for a language: `lang` is set when it is in another language than the
/// one asked for (the city's, as a fallback).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: Option<&'a str>,
}

impl CityText {
    /// A text in the city's language only.
    pub fn plain(text: impl Into<String>) -> CityText {
        CityText {
            city: text.into(),
            translations: Vec::new(),
        }
    }

    /// Reads a text written in the city's language `city_language`: `Ok(None)` when absent,
    /// null or blank (blank translations are dropped as if not given).
    pub fn from_value(value: &Value, city_language: &str) -> Result<Option<CityText>, Fault> {
        match value {
            Value::Null => Ok(None),
            Value::String(text) => Ok(Some(text.trim())
                .filter(|t| !t.is_empty())
                .map(CityText::plain)),
            Value::Object(items) => {
                let mut translations = Vec::new();
                let mut city = None;
                for (code, text) in items {
                    if !is_language_tag(code) {
                        return Err(Fault::Invalid(code.clone()));
                    }
                    let Value::String(text) = text else {
                        return Err(Fault::Invalid(code.clone()));
                    };
                    let text = text.trim();
                    if text.is_empty() {
                        continue;
                    }
                    if code == city_language {
                        city = Some(text.to_owned());
                    } else {
                        translations.push((code.clone(), text.to_owned()));
                    }
                }
                let city = city.ok_or_else(|| Fault::Missing(city_language.to_owned()))?;
                Ok(Some(CityText { city, translations }))
            }
            _ => Err(Fault::Invalid(String::new())),
        }
    }

    /// The text in the city's language.
    pub fn city(&self) -> &str {
        &self.city
    }

    /// The city's own translation into `language`, if it gave one (codes compared without
    /// regard to case).
    pub fn translation(&self, language: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|(code, _)| code.eq_ignore_ascii_case(language))
            .map(|(_, text)| text.as_str())
    }

    /// The languages the city translated this text into, besides its own.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.translations.iter().map(|(code, _)| code.as_str())
    }

    /// The text for a page in `language`: the city's translation, or the city's own text marked
    /// with `city_language` (unmarked when that is the page's language).
    pub fn show<'a>(&'a self, language: &str, city_language: &'a str) -> Shown<'a> {
        if language.eq_ignore_ascii_case(city_language) {
            return Shown {
                text: &self.city,
                lang: None,
            };
        }
        match self.translation(language) {
            Some(text) => Shown { text, lang: None },
            None => Shown {
                text: &self.city,
                lang: Some(city_language),
            },
        }
    }
}

/// A BCP 47-looking tag: letters, digits and hyphens, starting with a letter (`en`, `zh-Hans`).
pub fn is_language_tag(code: &str) -> bool {
    code.len() <= 35
        && code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_string_is_the_city_language() {
        let text = CityText::from_value(&json!(" City of Mississauga "), "en")
            .unwrap()
            .unwrap();
        assert_eq!(text.city(), "City of Mississauga");
        assert_eq!(
            text.show("en", "en"),
            Shown {
                text: "City of Mississauga",
                lang: None
            }
        );
        assert_eq!(
            text.show("ar", "en"),
            Shown {
                text: "City of Mississauga",
                lang: Some("en")
            }
        );
    }

    #[test]
    fn an_object_gives_each_language_its_text_and_falls_back_marked() {
        let text = CityText::from_value(
            &json!({"en": "24 hours a day", "fr": "24 heures sur 24", "zh-Hant": "全日 24 小時", "es": "  "}),
            "en",
        )
        .unwrap()
        .unwrap();
        assert_eq!(text.show("fr", "en").text, "24 heures sur 24");
        assert_eq!(text.show("fr", "en").lang, None);
        assert_eq!(text.show("zh-hant", "en").text, "全日 24 小時");
        // A blank translation is as if not given.
        assert_eq!(
            text.show("es", "en"),
            Shown {
                text: "24 hours a day",
                lang: Some("en")
            }
        );
        assert_eq!(text.languages().collect::<Vec<_>>(), ["fr", "zh-Hant"]);
    }

    #[test]
    fn faults_name_what_is_wrong() {
        assert_eq!(CityText::from_value(&json!(null), "en"), Ok(None));
        assert_eq!(CityText::from_value(&json!("  "), "en"), Ok(None));
        assert_eq!(
            CityText::from_value(&json!({"fr": "Ville"}), "en"),
            Err(Fault::Missing("en".into()))
        );
        assert_eq!(
            CityText::from_value(&json!({"en": "City", "fr": 7}), "en"),
            Err(Fault::Invalid("fr".into()))
        );
        assert_eq!(
            CityText::from_value(&json!({"en": "City", "not a code": "x"}), "en"),
            Err(Fault::Invalid("not a code".into()))
        );
        assert_eq!(
            CityText::from_value(&json!(["City"]), "en"),
            Err(Fault::Invalid(String::new()))
        );
    }
}
