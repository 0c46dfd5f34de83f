//! Writes GeoReport v2 documents in JSON (Spark convention: bare arrays) and XML. All text is
//! written as given: JSON-escaped or XML-escaped, never interpreted.

use open311::{Attribute, Clause, ConditionOp, ServiceDefinition, ServiceRequest};
use serde_json::{Value, json};

use crate::store::StoredService;

/// The format chosen by the path's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// Splits `name.json` / `name.xml` into the name and the format.
    pub fn split(file: &str) -> Option<(&str, Format)> {
        let (name, ext) = file.rsplit_once('.')?;
        match ext {
            "json" => Some((name, Format::Json)),
            "xml" => Some((name, Format::Xml)),
            _ => None,
        }
    }

    /// The Content-Type the spec names.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json; charset=utf-8",
            Format::Xml => "text/xml; charset=utf-8",
        }
    }
}

/// A document as a JSON value; [`to_xml`] writes the same value as XML under a root element.
pub fn services(services: &[StoredService]) -> Value {
    Value::Array(
        services
            .iter()
            .map(|s| {
                let notice = &s.service_notice;
                let s = &s.service;
                json!({
                    "service_code": s.service_code,
                    "service_name": s.service_name,
                    "description": s.description,
                    "metadata": s.metadata,
                    "type": s.service_type.as_str(),
                    "keywords": s.keywords.join(", "),
                    "group": s.groups.first(),
                    // An extension: the spec sends it only after a POST; residents are
                    // better told before they start.
                    "service_notice": notice,
                })
            })
            .collect(),
    )
}

pub fn definition(definition: &ServiceDefinition) -> Value {
    json!({
        "service_code": definition.service_code,
        "attributes": definition.attributes.iter().map(attribute).collect::<Vec<_>>(),
    })
}

fn attribute(a: &Attribute) -> Value {
    let mut value = json!({
        "variable": a.variable,
        "code": a.code,
        "datatype": a.datatype.as_str(),
        "required": a.required,
        "datatype_description": a.datatype_description,
        "order": a.order,
        "description": a.description,
        "values": a.values.iter().map(|v| json!({"key": v.key, "name": v.name})).collect::<Vec<_>>(),
    });
    if let Some(deps) = &a.dependencies {
        value["dependencies"] = json!({
            "clause": match deps.clause { Clause::All => "AND", Clause::Any => "OR" },
            "conditions": deps.conditions.iter().map(|c| json!({
                "attribute": c.attribute,
                "op": match &c.op {
                    ConditionOp::Eq => "eq", ConditionOp::Neq => "neq", ConditionOp::In => "in",
                    ConditionOp::Gt => "gt", ConditionOp::Gte => "gte", ConditionOp::Lt => "lt",
                    ConditionOp::Lte => "lte", ConditionOp::Other(op) => op.as_str(),
                },
                "value": if c.values.len() == 1 { json!(c.values[0]) } else { json!(c.values) },
            })).collect::<Vec<_>>(),
        });
    }
    value
}

/// Requests; `service_name` comes from the catalogue; `notes` only with `extensions=true`.
pub fn requests(
    requests: &[ServiceRequest],
    name_of: impl Fn(&str) -> Option<String>,
    extensions: bool,
) -> Value {
    Value::Array(
        requests
            .iter()
            .map(|r| {
                let date = |d: Option<open311::DateTime>| d.map(|d| d.to_w3c_utc());
                let code = r.service_code.clone().unwrap_or_default();
                let mut value = json!({
                    "service_request_id": r.service_request_id,
                    "status": r.status.as_ref().map(|s| if extensions { s.as_str() } else { s.spec_word() }),
                    "status_notes": r.status_notes,
                    "service_name": name_of(&code),
                    "service_code": code,
                    "description": r.description,
                    "agency_responsible": r.agency_responsible,
                    "service_notice": r.service_notice,
                    "requested_datetime": date(r.requested_datetime),
                    "updated_datetime": date(r.updated_datetime),
                    "expected_datetime": date(r.expected_datetime),
                    "address": r.address,
                    "address_id": r.address_id,
                    "zipcode": r.zipcode,
                    "lat": r.location.map(|l| l.lat),
                    "long": r.location.map(|l| l.long),
                    "media_url": r.media_urls.first(),
                });
                if r.service_request_id.is_none() {
                    value["token"] = json!(r.token);
                }
                if extensions {
                    // Every photo (the spec's media_url holds only the first).
                    value["media_urls"] = json!(r.media_urls);
                    value["notes"] = Value::Array(
                        r.notes
                            .iter()
                            .map(|n| json!({
                                "datetime": date(n.datetime),
                                "type": n.note_type,
                                "status": n.status.as_ref().map(|s| s.as_str()),
                                "summary": n.summary,
                                "description": n.description,
                            }))
                            .collect(),
                    );
                    // As a list of {code, values}, since codes need not be valid XML names.
                    value["attributes"] = Value::Array(
                        r.attributes.iter().map(|a| json!({"code": a.code, "values": a.values})).collect(),
                    );
                }
                value
            })
            .collect(),
    )
}

/// The errors array.
pub fn errors(status: u16, descriptions: &[String]) -> Value {
    Value::Array(
        descriptions
            .iter()
            .map(|d| json!({"code": status, "description": d}))
            .collect(),
    )
}

/// Writes `value` as the spec's XML under `root`; arrays become repeated `item` elements.
pub fn to_xml(root: &str, item: &str, value: &Value) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    element(root, item, value, &mut out);
    out
}

fn element(name: &str, item: &str, value: &Value, out: &mut String) {
    match value {
        Value::Null => {
            out.push('<');
            out.push_str(name);
            out.push_str("/>");
        }
        Value::Array(items) => {
            out.push_str(&format!("<{name}>"));
            let child = child_name(name, item);
            for v in items {
                element(child, child_item(child), v, out);
            }
            out.push_str(&format!("</{name}>"));
        }
        Value::Object(map) => {
            out.push_str(&format!("<{name}>"));
            for (k, v) in map {
                element(k, child_item(k), v, out);
            }
            out.push_str(&format!("</{name}>"));
        }
        Value::String(s) => out.push_str(&format!("<{name}>{}</{name}>", escape(s))),
        other => out.push_str(&format!("<{name}>{other}</{name}>")),
    }
}

/// The element name of a container's children, per the spec's XML.
fn child_name<'a>(container: &str, item: &'a str) -> &'a str {
    match container {
        "services" => "service",
        "attributes" => "attribute",
        "values" => "value",
        "service_requests" => "request",
        "errors" => "error",
        "notes" => "note",
        "endpoints" => "endpoint",
        "formats" => "format",
        "conditions" => "condition",
        "value" => "item",
        _ => item,
    }
}

fn child_item(_name: &str) -> &'static str {
    "item"
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML parsers turn a raw CR LF into LF; a character reference keeps text verbatim.
            '\r' => out.push_str("&#13;"),
            // Characters XML 1.0 cannot carry are dropped rather than producing a broken document.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_round_trips_through_the_open311_decoder() {
        let value = json!([{"service_code": "A<1>", "service_name": "Pot & hole", "metadata": true,
            "type": "batch", "keywords": "a, b", "group": null, "description": "x\u{1}y"}]);
        let xml = to_xml("services", "service", &value);
        assert!(xml.contains("<group/>"));
        let decoded = open311::xml::services(&xml).unwrap();
        assert_eq!(decoded[0].service_code, "A<1>");
        assert_eq!(decoded[0].service_name, "Pot & hole");
        assert_eq!(decoded[0].description.as_deref(), Some("xy"));
        assert_eq!(decoded[0].service_type, open311::ServiceType::Batch);
    }
}
