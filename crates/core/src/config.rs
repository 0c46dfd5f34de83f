//! The runtime configuration (`/config.json`): what one deployment of Frontdesk serves, read at
//! start-up so that one build serves any city.
//!
//! The key names are fixed (deployment tools write them) and documented in the README. Parsing is
//! strict about what the app cannot work without and says exactly which key is wrong, because
//! the person who reads the error is whoever wrote the file.

use serde::Deserialize;
use serde_json::Value;

use crate::city_text::{CityText, Fault, is_language_tag, key_below};
use crate::json;
use crate::map::MapConfig;
use crate::nearby::NearbyStyle;
use crate::notify::NotifyConfig;

/// A validated `config.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfig {
    /// The city this deployment serves.
    pub city: City,
    /// Where and how to reach the city's Open311 GeoReport v2 endpoint.
    pub open311: Open311Endpoint,
    /// Language codes offered to residents, in the order the picker lists them.
    pub languages: Vec<String>,
    /// The language used when nothing else decides; always one of `languages`.
    pub default_language: String,
    /// How a resident reaches a person: shown on every page.
    pub help: HelpContacts,
    /// The map in the location step, or `None` for none (`map: null`: address and the
    /// device's location only).
    pub map: Option<MapConfig>,
    /// How residents may be told when a request moves, or `None` for not at all.
    pub notify: Option<NotifyConfig>,
}

/// The city's identity.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// The city's name as residents know it ("City of Mississauga"), in the city's language and
    /// any others the city gave (`city_text.rs`).
    pub name: CityText,
    /// IANA time zone the city's dates are shown in ("America/Toronto"), if given.
    pub time_zone: Option<String>,
}

/// The Open311 endpoint settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Open311Endpoint {
    /// Base URL of the GeoReport v2 endpoint: absolute (`https://city.example/open311/v2`) or
    /// relative to the app's origin (`/open311/v2`). Never ends with a slash.
    pub base_url: String,
    /// Sent as `jurisdiction_id` when set; never sent empty.
    pub jurisdiction_id: Option<String>,
    /// How photos reach the city.
    pub media: MediaUpload,
    /// How many photos a request may carry (0 to 10). GeoReport v2 defines one `media` file;
    /// the reference server keeps several. 0 when `media` is `none`.
    pub max_photos: u8,
    /// The language the endpoint's own text (service names, questions) is written in; text
    /// with no translation is marked with it so screen readers pronounce it right.
    pub language: String,
    /// Other origins (`https://photos.city.example`) the city's photos are served from, beyond
    /// the endpoint's own: the app shows photos from these and no others, and the Content
    /// Security Policy lets images come from them. Empty unless `open311.media_origins` says.
    pub media_origins: Vec<String>,
    /// The extension the endpoint takes for requests near a point (`open311.nearby`), for the
    /// map's "already reported nearby"; `None`: not asked.
    pub nearby: Option<NearbyStyle>,
}

/// How a request's photos are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaUpload {
    /// As a multipart/form-data file part named `media` (uReport, Infor, the reference server).
    Multipart,
    /// Not at all: the form asks for no photos.
    None,
}

/// How a resident reaches a person.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpContacts {
    /// The short number to dial ("311").
    pub phone: String,
    /// The full number for callers from outside the city ("905-615-4311"), if any.
    pub phone_full: Option<String>,
    /// When the phone line answers, in the city's words.
    pub hours: Option<CityText>,
    /// Where the service counter is, if there is one.
    pub counter: Option<CityText>,
}

/// What is wrong with a configuration file. Each variant maps to one translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// The text is not JSON at all.
    Syntax {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
    },
    /// A required key is absent, null or empty. Holds the dotted key name (`open311.base_url`).
    Missing(String),
    /// A key is present but its value cannot be used. Holds the dotted key name.
    Invalid(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Syntax { line, column } => {
                write!(
                    f,
                    "config.json is not valid JSON (line {line}, column {column})"
                )
            }
            ConfigError::Missing(key) => write!(f, "config.json has no value for \"{key}\""),
            ConfigError::Invalid(key) => {
                write!(f, "config.json has an unusable value for \"{key}\"")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// The shape on the wire: every field optional, so that a missing key becomes
/// [`ConfigError::Missing`] with its name rather than a serde message.
#[derive(Deserialize)]
struct RawConfig {
    city: Option<RawCity>,
    open311: Option<RawOpen311>,
    languages: Option<Vec<String>>,
    default_language: Option<String>,
    help: Option<RawHelp>,
    map: Option<Value>,
    notify: Option<Value>,
}

#[derive(Deserialize)]
struct RawCity {
    name: Option<Value>,
    time_zone: Option<String>,
}

#[derive(Deserialize)]
struct RawOpen311 {
    base_url: Option<String>,
    jurisdiction_id: Option<String>,
    media: Option<String>,
    max_photos: Option<serde_json::Value>,
    language: Option<String>,
    media_origins: Option<Value>,
    nearby: Option<Value>,
}

#[derive(Deserialize)]
struct RawHelp {
    phone: Option<String>,
    phone_full: Option<String>,
    hours: Option<Value>,
    counter: Option<Value>,
}

/// Trims and drops empty text: an optional value given as `""` behaves as if absent.
fn present(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn required(value: Option<String>, key: &str) -> Result<String, ConfigError> {
    present(value).ok_or_else(|| ConfigError::Missing(key.to_owned()))
}

/// A city text (`city_text.rs`) under `key`, its errors naming the key (`city.name.en`).
fn city_text(
    value: Option<Value>,
    key: &str,
    city_language: &str,
) -> Result<Option<CityText>, ConfigError> {
    CityText::from_value(&value.unwrap_or(Value::Null), city_language).map_err(
        |fault| match fault {
            Fault::Missing(sub) => ConfigError::Missing(key_below(key, &sub)),
            Fault::Invalid(sub) => ConfigError::Invalid(key_below(key, &sub)),
        },
    )
}

impl AppConfig {
    /// Parses and validates the text of `config.json`.
    ///
    /// ```
    /// use frontdesk_core::config::AppConfig;
    /// let config = AppConfig::parse(r#"{
    ///   "city": {"name": "City of Mississauga"},
    ///   "open311": {"base_url": "/open311/v2/"},
    ///   "languages": ["en", "fr"], "default_language": "en",
    ///   "help": {"phone": "311"}
    /// }"#).unwrap();
    /// assert_eq!(config.open311.base_url, "/open311/v2");
    /// ```
    pub fn parse(text: &str) -> Result<AppConfig, ConfigError> {
        AppConfig::parse_with(text, &json::serde_parse)
    }

    /// [`AppConfig::parse`] with another JSON parser (the browser's, in the app); a syntax
    /// error is placed by [`json::syntax_error_at`].
    pub fn parse_with(text: &str, parse: json::Parse) -> Result<AppConfig, ConfigError> {
        let value = parse(text).ok_or_else(|| {
            let (line, column) = json::syntax_error_at(text).unwrap_or((1, 1));
            ConfigError::Syntax { line, column }
        })?;
        if !value.is_object() {
            return Err(ConfigError::Invalid("(top level)".to_owned()));
        }
        // Checks each section's type on its own, so the error names the section that is wrong.
        let section = |key: &str| -> Result<(), ConfigError> {
            match value.get(key) {
                None | Some(Value::Null) | Some(Value::Object(_)) => Ok(()),
                Some(_) => Err(ConfigError::Invalid(key.to_owned())),
            }
        };
        section("city")?;
        section("open311")?;
        section("help")?;
        let raw: RawConfig = serde_json::from_value(value).map_err(|e| {
            ConfigError::Invalid(first_word_in_backticks(&e.to_string()).unwrap_or_default())
        })?;

        let raw_city = raw
            .city
            .ok_or_else(|| ConfigError::Missing("city".into()))?;
        // Named first, as it always was; read once the city's language is known.
        let blank = match &raw_city.name {
            None | Some(Value::Null) => true,
            Some(Value::String(name)) => name.trim().is_empty(),
            Some(_) => false,
        };
        if blank {
            return Err(ConfigError::Missing("city.name".into()));
        }
        let languages: Vec<String> = raw
            .languages
            .unwrap_or_default()
            .into_iter()
            .filter_map(|code| present(Some(code)))
            .collect();
        if languages.is_empty() {
            return Err(ConfigError::Missing("languages".into()));
        }
        if languages.iter().any(|code| !is_language_tag(code)) {
            return Err(ConfigError::Invalid("languages".into()));
        }
        let default_language = required(raw.default_language, "default_language")?;
        if !languages.contains(&default_language) {
            return Err(ConfigError::Invalid("default_language".into()));
        }

        let city = City {
            name: city_text(raw_city.name, "city.name", &default_language)?
                .ok_or_else(|| ConfigError::Missing("city.name".into()))?,
            time_zone: present(raw_city.time_zone),
        };

        let raw_open311 = raw
            .open311
            .ok_or_else(|| ConfigError::Missing("open311".into()))?;
        let base_url = required(raw_open311.base_url, "open311.base_url")?;
        if !crate::media::is_path_or_plain_origin(&base_url) {
            return Err(ConfigError::Invalid("open311.base_url".into()));
        }
        let media = match present(raw_open311.media).as_deref() {
            None | Some("multipart") => MediaUpload::Multipart,
            Some("none") => MediaUpload::None,
            Some(_) => return Err(ConfigError::Invalid("open311.media".into())),
        };
        let max_photos = match raw_open311.max_photos {
            None | Some(Value::Null) => 1,
            Some(value) => match value.as_u64() {
                Some(n) if n <= 10 => n as u8,
                _ => return Err(ConfigError::Invalid("open311.max_photos".into())),
            },
        };
        let max_photos = if media == MediaUpload::None {
            0
        } else {
            max_photos
        };
        let backend_language = present(raw_open311.language);
        if backend_language
            .as_deref()
            .is_some_and(|code| !is_language_tag(code))
        {
            return Err(ConfigError::Invalid("open311.language".into()));
        }

        let raw_help = raw
            .help
            .ok_or_else(|| ConfigError::Missing("help".into()))?;
        let help = HelpContacts {
            phone: required(raw_help.phone, "help.phone")?,
            phone_full: present(raw_help.phone_full),
            hours: city_text(raw_help.hours, "help.hours", &default_language)?,
            counter: city_text(raw_help.counter, "help.counter", &default_language)?,
        };

        let media_origins = match raw_open311.media_origins {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| item.as_str().filter(|o| crate::media::is_origin(o)))
                .map(|origin| origin.map(str::to_owned))
                .collect::<Option<Vec<String>>>()
                .ok_or_else(|| ConfigError::Invalid("open311.media_origins".into()))?,
            Some(_) => return Err(ConfigError::Invalid("open311.media_origins".into())),
        };

        let nearby = match raw_open311.nearby {
            None | Some(Value::Null) => None,
            Some(Value::String(name)) => Some(
                NearbyStyle::from_name(name.trim())
                    .ok_or_else(|| ConfigError::Invalid("open311.nearby".into()))?,
            ),
            Some(_) => return Err(ConfigError::Invalid("open311.nearby".into())),
        };
        let map = match raw.map {
            None => None,
            Some(value) => MapConfig::from_value(&value)?,
        };
        let notify = match raw.notify {
            None => None,
            Some(value) => NotifyConfig::from_value(&value)?,
        };

        let open311 = Open311Endpoint {
            base_url: base_url.trim_end_matches('/').to_owned(),
            jurisdiction_id: present(raw_open311.jurisdiction_id),
            media,
            max_photos,
            language: backend_language.unwrap_or_else(|| default_language.clone()),
            media_origins,
            nearby,
        };
        Ok(AppConfig {
            city,
            open311,
            languages,
            default_language,
            help,
            map,
            notify,
        })
    }
}

/// The `tel:` link (the app's help and the server's page shell) for a phone number: only the characters a dialler takes.
pub fn tel_href(number: &str) -> String {
    let dialable: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{dialable}")
}

/// serde names the offending field in backticks ("invalid type: ..., expected a string at
/// line 1 column 20" carries none, "unknown variant `x`" carries one); keeps the message
/// free of serde's wording.
fn first_word_in_backticks(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../public/config.json");

    fn parse_with(edit: impl FnOnce(&mut Value)) -> Result<AppConfig, ConfigError> {
        let mut value: Value = serde_json::from_str(SHIPPED).unwrap();
        edit(&mut value);
        AppConfig::parse(&value.to_string())
    }

    #[test]
    fn the_shipped_config_is_valid() {
        let config = AppConfig::parse(SHIPPED).unwrap();
        assert_eq!(config.city.name.city(), "City of Mississauga");
        assert_eq!(config.open311.base_url, "/open311/v2");
        assert_eq!(config.open311.media, MediaUpload::Multipart);
        assert_eq!(config.default_language, "en");
        assert!(config.languages.contains(&"en".to_owned()));
        assert_eq!(config.help.phone, "311");
        // The demo map and geocoder of the reference server, so a newcomer sees the map.
        let map = config.map.expect("the shipped config has a map");
        assert_eq!(map.tiles, "/tiles/{z}/{x}/{y}.svg");
        assert_eq!(map.geocoder.as_deref(), Some("/geocode"));
        assert_eq!(config.open311.nearby, Some(NearbyStyle::Radius));
    }

    #[test]
    fn no_map_and_no_nearby_keep_the_step_as_it_was() {
        let config = parse_with(|v| {
            v["map"] = Value::Null;
            v["open311"]["nearby"] = Value::Null;
        })
        .unwrap();
        assert_eq!((config.map, config.open311.nearby), (None, None));
        let config = parse_with(|v| {
            v.as_object_mut().unwrap().remove("map");
            v["open311"].as_object_mut().unwrap().remove("nearby");
        })
        .unwrap();
        assert_eq!((config.map, config.open311.nearby), (None, None));
    }

    #[test]
    fn map_and_nearby_errors_name_their_keys() {
        let bbox = parse_with(|v| v["open311"]["nearby"] = Value::from("bbox")).unwrap();
        assert_eq!(bbox.open311.nearby, Some(NearbyStyle::Bbox));
        for bad in [Value::from("circle"), Value::from(150)] {
            assert_eq!(
                parse_with(|v| v["open311"]["nearby"] = bad.clone()),
                Err(ConfigError::Invalid("open311.nearby".into()))
            );
        }
        assert_eq!(
            parse_with(|v| v["map"]["zoom"] = Value::from(25)),
            Err(ConfigError::Invalid("map.zoom".into()))
        );
        assert_eq!(
            parse_with(|v| v["map"] = Value::from(true)),
            Err(ConfigError::Invalid("map".into()))
        );
    }

    #[test]
    fn not_json_reports_line_and_column() {
        let err = AppConfig::parse("{\n  \"city\": ,\n}").unwrap_err();
        assert_eq!(
            err,
            ConfigError::Syntax {
                line: 2,
                column: 11
            }
        );
    }

    #[test]
    fn an_empty_file_is_a_syntax_error() {
        assert!(matches!(
            AppConfig::parse(""),
            Err(ConfigError::Syntax { .. })
        ));
    }

    #[test]
    fn a_json_array_is_invalid() {
        assert_eq!(
            AppConfig::parse("[]"),
            Err(ConfigError::Invalid("(top level)".into()))
        );
    }

    #[test]
    fn missing_keys_are_named() {
        let err = parse_with(|v| {
            v["open311"].as_object_mut().unwrap().remove("base_url");
        });
        assert_eq!(err, Err(ConfigError::Missing("open311.base_url".into())));
        let err = parse_with(|v| v["city"]["name"] = Value::from("  "));
        assert_eq!(err, Err(ConfigError::Missing("city.name".into())));
        let err = parse_with(|v| v["help"] = Value::Null);
        assert_eq!(err, Err(ConfigError::Missing("help".into())));
        let err = parse_with(|v| v["languages"] = serde_json::json!([]));
        assert_eq!(err, Err(ConfigError::Missing("languages".into())));
    }

    #[test]
    fn wrongly_typed_sections_are_named() {
        let err = parse_with(|v| v["open311"] = Value::from("/open311/v2"));
        assert_eq!(err, Err(ConfigError::Invalid("open311".into())));
        let err = parse_with(|v| v["city"]["name"] = Value::from(7));
        assert!(matches!(err, Err(ConfigError::Invalid(_))), "{err:?}");
    }

    #[test]
    fn media_origins_are_plain_origins() {
        assert!(
            AppConfig::parse(SHIPPED)
                .unwrap()
                .open311
                .media_origins
                .is_empty()
        );
        let ok = parse_with(|v| {
            v["open311"]["media_origins"] = serde_json::json!(["https://photos.city.example"])
        })
        .unwrap();
        assert_eq!(
            ok.open311.media_origins,
            vec!["https://photos.city.example"]
        );
        for bad in [
            serde_json::json!(["https://photos.city.example/"]),
            serde_json::json!(["https://a.example; script-src *"]),
            serde_json::json!(["*"]),
            serde_json::json!("https://photos.city.example"),
        ] {
            let err = parse_with(|v| v["open311"]["media_origins"] = bad.clone());
            assert_eq!(
                err,
                Err(ConfigError::Invalid("open311.media_origins".into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_base_url_cannot_carry_policy_text() {
        for bad in [
            "https://a.example; script-src *",
            "https://a.example 'unsafe-inline'/v2",
            "//a.example/v2",
            "https://*.example/v2",
        ] {
            let err = parse_with(|v| v["open311"]["base_url"] = Value::from(bad));
            assert_eq!(
                err,
                Err(ConfigError::Invalid("open311.base_url".into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn base_url_must_be_absolute_or_rooted() {
        let err = parse_with(|v| v["open311"]["base_url"] = Value::from("open311/v2"));
        assert_eq!(err, Err(ConfigError::Invalid("open311.base_url".into())));
        let ok = parse_with(|v| {
            v["open311"]["base_url"] = Value::from("https://city.example/open311/v2/")
        })
        .unwrap();
        assert_eq!(ok.open311.base_url, "https://city.example/open311/v2");
    }

    #[test]
    fn empty_jurisdiction_is_absent() {
        let config = parse_with(|v| v["open311"]["jurisdiction_id"] = Value::from("")).unwrap();
        assert_eq!(config.open311.jurisdiction_id, None);
        let config =
            parse_with(|v| v["open311"]["jurisdiction_id"] = Value::from("mississauga.ca"))
                .unwrap();
        assert_eq!(
            config.open311.jurisdiction_id.as_deref(),
            Some("mississauga.ca")
        );
    }

    #[test]
    fn media_mode_is_checked() {
        let config = parse_with(|v| v["open311"]["media"] = Value::from("none")).unwrap();
        assert_eq!(config.open311.media, MediaUpload::None);
        assert_eq!(config.open311.max_photos, 0, "no photos without uploads");
        let err = parse_with(|v| v["open311"]["media"] = Value::from("base64"));
        assert_eq!(err, Err(ConfigError::Invalid("open311.media".into())));
        let three = parse_with(|v| v["open311"]["max_photos"] = Value::from(3)).unwrap();
        assert_eq!(three.open311.max_photos, 3);
        let err = parse_with(|v| v["open311"]["max_photos"] = Value::from(11));
        assert_eq!(err, Err(ConfigError::Invalid("open311.max_photos".into())));
        let default = parse_with(|v| {
            v["open311"].as_object_mut().unwrap().remove("max_photos");
        })
        .unwrap();
        assert_eq!(
            default.open311.max_photos, 1,
            "GeoReport v2 defines one media file"
        );
    }

    #[test]
    fn default_language_must_be_offered() {
        let err = parse_with(|v| v["default_language"] = Value::from("de"));
        assert_eq!(err, Err(ConfigError::Invalid("default_language".into())));
        let err = parse_with(|v| v["languages"] = serde_json::json!(["en", "<script>"]));
        assert_eq!(err, Err(ConfigError::Invalid("languages".into())));
    }

    #[test]
    fn the_back_end_language_defaults_to_the_default_language() {
        assert_eq!(AppConfig::parse(SHIPPED).unwrap().open311.language, "en");
        let config = parse_with(|v| v["open311"]["language"] = Value::from("fr")).unwrap();
        assert_eq!(config.open311.language, "fr");
        let err = parse_with(|v| v["open311"]["language"] = Value::from("f r"));
        assert_eq!(err, Err(ConfigError::Invalid("open311.language".into())));
    }

    #[test]
    fn city_texts_may_be_translated_and_their_errors_name_the_key() {
        let config = parse_with(|v| {
            v["city"]["name"] =
                serde_json::json!({"en": "City of Mississauga", "fr": "Ville de Mississauga"});
            v["help"]["hours"] = serde_json::json!({"en": "Always", "ar": "دائمًا"});
        })
        .unwrap();
        assert_eq!(
            config.city.name.show("fr", "en").text,
            "Ville de Mississauga"
        );
        let hours = config.help.hours.unwrap();
        assert_eq!(hours.show("ar", "en").text, "دائمًا");
        assert_eq!(hours.show("fr", "en").lang, Some("en"));
        assert_eq!(
            parse_with(|v| v["city"]["name"] = serde_json::json!({"fr": "Ville"})),
            Err(ConfigError::Missing("city.name.en".into()))
        );
        assert_eq!(
            parse_with(|v| v["help"]["counter"] = serde_json::json!({"en": "Here", "fr": ["Ici"]})),
            Err(ConfigError::Invalid("help.counter.fr".into()))
        );
        assert_eq!(
            parse_with(|v| v["help"]["hours"] = Value::from(24)),
            Err(ConfigError::Invalid("help.hours".into()))
        );
    }

    #[test]
    fn unknown_keys_are_allowed() {
        let config = parse_with(|v| v["theme"] = Value::from("dark")).unwrap();
        assert_eq!(config.city.name.city(), "City of Mississauga");
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            ConfigError::Missing("help.phone".into()).to_string(),
            "config.json has no value for \"help.phone\""
        );
    }
}
