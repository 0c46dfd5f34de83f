//! XML replies (the spec's required format), read into the same tree the JSON decoders take,
//! following the spec's Spark convention: children of a container element are always a list,
//! even when there is one; attributes, namespaces and `xsi:nil` values are dropped.
//!
//! ```
//! let xml = "<services><service><service_code>001</service_code>\
//!            <service_name>Pothole</service_name><metadata>false</metadata></service></services>";
//! let services = open311::xml::services(xml).unwrap();
//! assert_eq!(services[0].service_code, "001");
//! ```

use serde_json::{Map, Value};

use crate::DecodeError;
use crate::decode;
use crate::model::*;

/// Elements whose children form a list (the spec's wrappers, and FixMyStreet's `groups`).
const CONTAINERS: &[&str] = &[
    "services",
    "attributes",
    "values",
    "service_requests",
    "errors",
    "notes",
    "endpoints",
    "formats",
    "groups",
    "keywords_list",
];

/// Parses an XML reply into the JSON-shaped tree.
pub fn to_value(text: &str) -> Result<Value, DecodeError> {
    // Characters XML 1.0 forbids appear in real feeds; dropping them beats failing the list.
    let cleaned: String = text
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| {
            matches!(c, '\t' | '\n' | '\r') || (*c >= ' ' && *c != '\u{fffe}' && *c != '\u{ffff}')
        })
        .collect();
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let document = roxmltree::Document::parse_with_options(&cleaned, options)
        .map_err(|e| DecodeError::Syntax(e.to_string()))?;
    Ok(convert(document.root_element()))
}

fn convert(node: roxmltree::Node<'_, '_>) -> Value {
    let name = node.tag_name().name();
    let children: Vec<_> = node.children().filter(|c| c.is_element()).collect();
    if CONTAINERS.contains(&name) {
        return Value::Array(children.into_iter().map(convert).collect());
    }
    if children.is_empty() {
        let nil = node
            .attributes()
            .any(|a| a.name() == "nil" && a.value() == "true");
        let text: String = node.children().filter_map(|c| c.text()).collect();
        return if nil || text.trim().is_empty() {
            Value::Null
        } else {
            Value::String(text)
        };
    }
    let mut map = Map::new();
    for child in children {
        let key = child.tag_name().name().to_owned();
        let value = convert(child);
        match map.get_mut(&key) {
            Some(Value::Array(items)) if !CONTAINERS.contains(&key.as_str()) => items.push(value),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, value]);
            }
            None => {
                map.insert(key, value);
            }
        }
    }
    Value::Object(map)
}

/// GET Service List (`<services>`).
pub fn services(text: &str) -> Result<Vec<Service>, DecodeError> {
    decode::services_from_value(&to_value(text)?)
}

/// GET Service Definition (`<service_definition>`).
pub fn service_definition(text: &str) -> Result<ServiceDefinition, DecodeError> {
    decode::service_definition_from_value(&to_value(text)?)
}

/// GET Service Requests (`<service_requests>`).
pub fn requests(text: &str) -> Result<Vec<ServiceRequest>, DecodeError> {
    decode::requests_from_value(&to_value(text)?)
}

/// POST Service Request reply (`<service_requests><request>`).
pub fn submitted(text: &str) -> Result<Submitted, DecodeError> {
    decode::submitted_from_value(&to_value(text)?)
}

/// GET Token (`<service_requests><request>`).
pub fn token_replies(text: &str) -> Result<Vec<TokenReply>, DecodeError> {
    decode::token_replies_from_value(&to_value(text)?)
}

/// Service Discovery (`<discovery>`).
pub fn discovery(text: &str) -> Result<Discovery, DecodeError> {
    decode::discovery_from_value(&to_value(text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spark_convention_one_child_is_still_a_list() {
        let v = to_value("<services><service><service_code>1</service_code></service></services>")
            .unwrap();
        assert_eq!(v, serde_json::json!([{"service_code": "1"}]));
    }

    #[test]
    fn nil_and_empty_are_null_and_namespaces_are_ignored() {
        let v = to_value(r#"<soap:request xmlns:soap="urn:x" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><a xsi:nil="true"/><b/><c>x</c></soap:request>"#).unwrap();
        assert_eq!(v, serde_json::json!({"a": null, "b": null, "c": "x"}));
    }

    #[test]
    fn invalid_characters_are_dropped_and_dtds_refused() {
        assert!(to_value("<a>\u{1}ok</a>").is_ok());
        assert!(to_value("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>").is_err());
        assert!(matches!(to_value("<a>"), Err(DecodeError::Syntax(_))));
    }
}
