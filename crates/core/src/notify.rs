//! Telling residents when their request moves (issue 16): which ways the city offers
//! (`config.json` `notify`), and where its notifier is.

use serde_json::Value;

use crate::config::ConfigError;

/// The notification settings (`config.json` `notify`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyConfig {
    /// Browser notifications (Web Push) are offered.
    pub push: bool,
    /// Email is offered.
    pub email: bool,
    /// Where the notifier is (`https://notify.city.example`), when not on the app's own origin
    /// (`frontdesk-server --notify` serves it there). Never ends with a slash.
    pub base_url: Option<String>,
}

impl NotifyConfig {
    /// Reads `config.json`'s `notify` value: `None` for null, or when it offers no way at all;
    /// an error naming the key for anything unusable.
    pub fn from_value(value: &Value) -> Result<Option<NotifyConfig>, ConfigError> {
        let notify = match value {
            Value::Null => return Ok(None),
            Value::Object(notify) => notify,
            _ => return Err(ConfigError::Invalid("notify".into())),
        };
        let way = |key: &str| match notify.get(key) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(on)) => Ok(*on),
            Some(_) => Err(ConfigError::Invalid(format!("notify.{key}"))),
        };
        let (push, email) = (way("push")?, way("email")?);
        let base_url = match notify.get("base_url") {
            None | Some(Value::Null) => None,
            Some(Value::String(url)) if url.trim().is_empty() => None,
            Some(Value::String(url)) if crate::media::is_path_or_plain_origin(url.trim()) => {
                Some(url.trim().trim_end_matches('/').to_owned())
            }
            Some(_) => return Err(ConfigError::Invalid("notify.base_url".into())),
        };
        Ok((push || email).then_some(NotifyConfig {
            push,
            email,
            base_url,
        }))
    }

    /// The notifier's origin, when it is not the app's (for the Content Security Policy's
    /// `connect-src`).
    pub fn origin(&self) -> Option<String> {
        self.base_url
            .as_deref()
            .and_then(crate::media::other_origin)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_ways_offered_and_where_the_notifier_is() {
        let both =
            NotifyConfig::from_value(&json!({"push": true, "email": true, "base_url": null}));
        assert_eq!(
            both,
            Ok(Some(NotifyConfig {
                push: true,
                email: true,
                base_url: None
            }))
        );
        let elsewhere = NotifyConfig::from_value(
            &json!({"email": true, "base_url": "https://notify.city.example/"}),
        )
        .unwrap()
        .unwrap();
        assert!(!elsewhere.push);
        assert_eq!(
            elsewhere.base_url.as_deref(),
            Some("https://notify.city.example")
        );
        assert_eq!(
            elsewhere.origin().as_deref(),
            Some("https://notify.city.example")
        );
        let here = NotifyConfig::from_value(&json!({"push": true, "base_url": "/"}))
            .unwrap()
            .unwrap();
        assert_eq!(here.origin(), None);
        // Offering nothing is the same as no notifications.
        assert_eq!(
            NotifyConfig::from_value(&json!({"push": false, "email": false})),
            Ok(None)
        );
        assert_eq!(NotifyConfig::from_value(&Value::Null), Ok(None));
    }

    #[test]
    fn every_error_names_its_key() {
        let invalid = |key: &str| Err(ConfigError::Invalid(key.to_owned()));
        assert_eq!(NotifyConfig::from_value(&json!(true)), invalid("notify"));
        assert_eq!(
            NotifyConfig::from_value(&json!({"push": "yes"})),
            invalid("notify.push")
        );
        assert_eq!(
            NotifyConfig::from_value(&json!({"email": 1})),
            invalid("notify.email")
        );
        for bad in [
            json!("//evil.example"),
            json!("https://a.example; script-src *"),
            json!(3),
        ] {
            assert_eq!(
                NotifyConfig::from_value(&json!({"push": true, "base_url": bad})),
                invalid("notify.base_url"),
                "{bad}"
            );
        }
    }
}
