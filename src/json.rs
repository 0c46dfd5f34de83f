//! JSON text to a tree with the browser's own `JSON.parse`, so serde_json's text parser is not
//! in the resident's download (issue 13: measured in README, "What the first visit costs").
//! The tree is serde_json's `Value`, which the pure crates decode (`from_value`, `parse_with`),
//! exactly as they do natively.

use frontdesk_core::json::MAX_DEPTH;
use js_sys::{Array, JSON, Object};
use serde::de::DeserializeOwned;
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// The tree of `text`, or `None` when it is not JSON or nests deeper than serde_json allows.
pub fn parse(text: &str) -> Option<Value> {
    let value = JSON::parse(text).ok()?;
    tree(&value, 0)
}

/// `text` decoded as a `T`, or `None` when it is not JSON of that shape.
pub fn decode<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(parse(text)?).ok()
}

fn tree(value: &JsValue, depth: usize) -> Option<Value> {
    if let Some(text) = value.as_string() {
        return Some(Value::String(text));
    }
    if let Some(number) = value.as_f64() {
        return Some(Value::Number(
            whole(number).or_else(|| Number::from_f64(number))?,
        ));
    }
    if let Some(flag) = value.as_bool() {
        return Some(Value::Bool(flag));
    }
    if value.is_null() {
        return Some(Value::Null);
    }
    if depth >= MAX_DEPTH {
        return None;
    }
    if let Some(array) = value.dyn_ref::<Array>() {
        return array.iter().map(|item| tree(&item, depth + 1)).collect();
    }
    let object = value.dyn_ref::<Object>()?;
    let mut map = Map::new();
    for entry in Object::entries(object).iter() {
        let entry: Array = entry.unchecked_into();
        map.insert(entry.get(0).as_string()?, tree(&entry.get(1), depth + 1)?);
    }
    Some(Value::Object(map))
}

/// A whole number as an integer, as serde_json reads `42` (so it decodes as `u64` or `i64`).
fn whole(number: f64) -> Option<Number> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: beyond it, JSON.parse already rounded.
    if number.fract() != 0.0 || number.abs() > EXACT {
        return None;
    }
    Some(if number < 0.0 {
        Number::from(number as i64)
    } else {
        Number::from(number as u64)
    })
}
