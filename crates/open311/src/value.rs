//! Lenient readers over `serde_json::Value`: the one place that knows how servers bend types.

use serde_json::{Map, Value};

/// Text from a string, number or boolean; `null`, `""`, white space only, objects and missing
/// keys are all "absent". A one-element array stands for its element (Zürich sent values as
/// `[..]`). Text is kept verbatim otherwise.
pub(crate) fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) if items.len() == 1 => text(items.first()),
        _ => None,
    }
}

/// An identifier (code, id, key, zip code): text with surrounding white space removed.
pub(crate) fn id(value: Option<&Value>) -> Option<String> {
    text(value)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// `true`/`false` as a boolean, a string in any case, or 1/0.
pub(crate) fn boolean(value: Option<&Value>) -> Option<bool> {
    match value? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => n.as_f64().map(|n| n != 0.0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Some(true),
            "false" | "0" | "no" => Some(false),
            _ => None,
        },
        Value::Array(items) if items.len() == 1 => boolean(items.first()),
        _ => None,
    }
}

/// A number from a JSON number or a numeric string.
pub(crate) fn number(value: Option<&Value>) -> Option<f64> {
    match value? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok().filter(|n| n.is_finite()),
        Value::Array(items) if items.len() == 1 => number(items.first()),
        _ => None,
    }
}

/// The items of a list however it arrives: a bare array (spec), an object wrapping one array
/// (`{"service_requests": [..]}`, `{"services": [..]}`, Mark-a-Spot's `{"meta":.., "data": [..]}`),
/// a single object standing for a list of one, or nothing.
pub(crate) fn list<'a>(value: Option<&'a Value>, wrappers: &[&str]) -> Vec<&'a Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Object(map)) => {
            for key in wrappers.iter().chain(["data", "items"].iter()) {
                if let Some(inner @ (Value::Array(_) | Value::Object(_))) = map.get(*key) {
                    return list(Some(inner), &[]);
                }
            }
            vec![value.unwrap_or(&Value::Null)]
        }
        _ => Vec::new(),
    }
}

/// Text items of a list that may also be one comma-separated string.
pub(crate) fn text_list(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(|v| text(Some(v))).collect(),
        Some(Value::Object(map)) => map.values().flat_map(|v| text_list(Some(v))).collect(),
        other => text(other)
            .map(|s| {
                s.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The object inside `value`, or an empty one.
pub(crate) fn object(value: &Value) -> &Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    value
        .as_object()
        .unwrap_or_else(|| EMPTY.get_or_init(Map::new))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_treats_null_empty_and_missing_alike() {
        assert_eq!(text(None), None);
        assert_eq!(text(Some(&json!(null))), None);
        assert_eq!(text(Some(&json!(""))), None);
        assert_eq!(text(Some(&json!("  "))), None);
        assert_eq!(text(Some(&json!(" a "))), Some(" a ".into()));
        assert_eq!(text(Some(&json!(12))), Some("12".into()));
        assert_eq!(text(Some(&json!(["x"]))), Some("x".into()));
        assert_eq!(id(Some(&json!(" 009 "))), Some("009".into()));
    }

    #[test]
    fn lists_in_every_wrapping() {
        assert_eq!(list(Some(&json!([1, 2])), &[]).len(), 2);
        assert_eq!(
            list(
                Some(&json!({"service_requests": [1, 2, 3]})),
                &["service_requests"]
            )
            .len(),
            3
        );
        assert_eq!(list(Some(&json!({"meta": {}, "data": [1]})), &[]).len(), 1);
        assert_eq!(
            list(
                Some(&json!({"service_request_id": "1"})),
                &["service_requests"]
            )
            .len(),
            1
        );
        assert!(list(Some(&json!(null)), &[]).is_empty());
        assert_eq!(text_list(Some(&json!("a, b,,c"))), ["a", "b", "c"]);
        assert_eq!(text_list(Some(&json!(["a", 2]))), ["a", "2"]);
    }
}
