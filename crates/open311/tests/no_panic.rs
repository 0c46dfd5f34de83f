//! No input makes a decoder panic: arbitrary text, and arbitrary JSON and XML trees built from
//! the spec's own field names (so the property reaches deep into the decoders, not just the parser).
#![cfg(not(target_arch = "wasm32"))]

use open311::{DateTime, Open311Error, decode};
use proptest::prelude::*;
use serde_json::Value;

const FIELDS: &[&str] = &[
    "service_code",
    "service_name",
    "description",
    "metadata",
    "type",
    "keywords",
    "group",
    "groups",
    "attributes",
    "code",
    "variable",
    "datatype",
    "required",
    "order",
    "values",
    "key",
    "name",
    "dependencies",
    "clause",
    "conditions",
    "attribute",
    "op",
    "value",
    "service_request_id",
    "token",
    "status",
    "status_notes",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "lat",
    "long",
    "media_url",
    "url",
    "notes",
    "datetime",
    "zipcode",
    "address",
    "errors",
    "message",
    "service_requests",
    "data",
    "endpoints",
    "formats",
    "changeset",
    "answer_value",
];

fn json_tree() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map(Value::Number).unwrap_or(Value::Null)),
        ".{0,12}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

fn decode_everything(text: &str) {
    let _ = decode::services(text);
    let _ = decode::service_definition(text);
    let _ = decode::requests(text);
    let _ = decode::request(text);
    let _ = decode::submitted(text);
    let _ = decode::token_replies(text);
    let _ = decode::discovery(text);
    let _ = Open311Error::decode(400, text);
    let _ = DateTime::parse(text);
    #[cfg(feature = "xml")]
    {
        let _ = open311::xml::services(text);
        let _ = open311::xml::service_definition(text);
        let _ = open311::xml::requests(text);
        let _ = open311::xml::submitted(text);
        let _ = open311::xml::discovery(text);
    }
}

#[cfg(feature = "xml")]
fn to_xml(name: &str, value: &Value, out: &mut String) {
    out.push_str(&format!("<{name}>"));
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| to_xml(k, v, out)),
        Value::Array(items) => items.iter().for_each(|v| to_xml("item", v, out)),
        Value::String(s) => out.push_str(&s.replace('&', "&amp;").replace('<', "&lt;")),
        other => out.push_str(&other.to_string()),
    }
    out.push_str(&format!("</{name}>"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        decode_everything(&text);
    }

    #[test]
    fn arbitrary_json_trees_never_panic(tree in json_tree()) {
        decode_everything(&tree.to_string());
        decode_everything(&Value::Array(vec![tree]).to_string());
    }

    #[cfg(feature = "xml")]
    #[test]
    fn arbitrary_xml_trees_never_panic(tree in json_tree(), root in prop::sample::select(&["services", "service_requests", "service_definition", "errors", "discovery"][..])) {
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        to_xml(root, &tree, &mut xml);
        decode_everything(&xml);
    }

    #[test]
    fn dates_round_trip(secs in -2_000_000_000i64..4_000_000_000i64) {
        let d = DateTime::from_unix(secs);
        prop_assert_eq!(DateTime::parse(&d.to_w3c_utc()).map(|p| p.unix_seconds), Some(secs));
    }
}
