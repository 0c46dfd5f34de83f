//! Lenient decoding of GeoReport v2 JSON replies into the [model](crate::model).
//!
//! Each `fn x(text)` parses JSON; each `fn x_from_value(value)` takes an already parsed tree,
//! which is also what the XML decoder produces, so both formats share one set of rules.

use serde_json::Value;

use crate::model::*;
use crate::value::{boolean, id, list, number, object, text, text_list};
use crate::{DateTime, DecodeError};

fn parse(text: &str) -> Result<Value, DecodeError> {
    // A byte-order mark is not JSON, but some servers send one.
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| DecodeError::Syntax(e.to_string()))
}

/// GET Service List. Entries without a code are skipped (nothing could be requested with them).
pub fn services(text: &str) -> Result<Vec<Service>, DecodeError> {
    services_from_value(&parse(text)?)
}

/// GET Service List from a parsed tree.
pub fn services_from_value(value: &Value) -> Result<Vec<Service>, DecodeError> {
    if !(value.is_array() || value.is_object()) {
        return Err(DecodeError::Shape("a list of services"));
    }
    Ok(list(Some(value), &["services", "service"])
        .into_iter()
        .filter_map(service)
        .collect())
}

fn service(value: &Value) -> Option<Service> {
    let o = object(value);
    let service_code = id(o.get("service_code"))?;
    let mut groups: Vec<String> = text(o.get("group"))
        .map(|g| g.trim().to_owned())
        .into_iter()
        .collect();
    for g in text_list(o.get("groups")) {
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    Some(Service {
        service_name: text(o.get("service_name"))
            .map(|s| s.trim().to_owned())
            .unwrap_or_else(|| service_code.clone()),
        service_code,
        description: text(o.get("description")),
        metadata: boolean(o.get("metadata")).unwrap_or(false),
        service_type: text(o.get("type"))
            .map(|t| ServiceType::parse(&t))
            .unwrap_or(ServiceType::Realtime),
        keywords: text_list(o.get("keywords")),
        groups,
        service_notice: text(o.get("service_notice")).filter(|n| !n.trim().is_empty()),
    })
}

/// GET Service Definition: an object, or an array of one.
pub fn service_definition(text: &str) -> Result<ServiceDefinition, DecodeError> {
    service_definition_from_value(&parse(text)?)
}

/// GET Service Definition from a parsed tree.
pub fn service_definition_from_value(value: &Value) -> Result<ServiceDefinition, DecodeError> {
    let value = match value {
        Value::Array(items) => items
            .first()
            .ok_or(DecodeError::Shape("a service definition"))?,
        Value::Object(map) => map
            .get("service_definition")
            .filter(|v| v.is_object())
            .unwrap_or(value),
        _ => return Err(DecodeError::Shape("a service definition")),
    };
    let o = object(value);
    let mut attributes: Vec<(usize, Attribute)> = list(o.get("attributes"), &["attribute"])
        .into_iter()
        .filter_map(attribute)
        .enumerate()
        .collect();
    // Stable: equal or missing orders keep document order; missing ones go last.
    attributes.sort_by_key(|(index, a)| (a.order.unwrap_or(i64::MAX), *index));
    Ok(ServiceDefinition {
        service_code: id(o.get("service_code")).unwrap_or_default(),
        attributes: attributes.into_iter().map(|(_, a)| a).collect(),
    })
}

fn attribute(value: &Value) -> Option<Attribute> {
    let o = object(value);
    let code = id(o.get("code"))?;
    let datatype = text(o.get("datatype"))
        .map(|d| Datatype::parse(&d))
        .unwrap_or(Datatype::String);
    let values = list(o.get("values"), &["value"])
        .into_iter()
        .filter_map(|v| {
            let v = object(v);
            let key = id(v.get("key")).or_else(|| id(v.get("name")))?;
            let name = text(v.get("name"))
                .map(|n| n.trim().to_owned())
                .unwrap_or_else(|| key.clone());
            Some(AttributeValue { key, name })
        })
        .collect();
    Some(Attribute {
        variable: boolean(o.get("variable")).unwrap_or(true) && datatype != Datatype::Informational,
        required: boolean(o.get("required")).unwrap_or(false),
        datatype_description: text(o.get("datatype_description")),
        order: number(o.get("order")).map(|n| n as i64),
        description: text(o.get("description")).unwrap_or_else(|| code.clone()),
        dependencies: o.get("dependencies").and_then(dependencies),
        datatype,
        values,
        code,
    })
}

fn dependencies(value: &Value) -> Option<Dependencies> {
    let o = value.as_object()?;
    let clause = match text(o.get("clause"))
        .map(|c| c.trim().to_ascii_uppercase())
        .as_deref()
    {
        Some("AND") => Clause::All,
        _ => Clause::Any,
    };
    let conditions: Vec<Condition> = list(o.get("conditions"), &["condition"])
        .into_iter()
        .filter_map(|c| {
            let c = object(c);
            Some(Condition {
                attribute: id(c.get("attribute"))?,
                op: ConditionOp::parse(&text(c.get("op")).unwrap_or_else(|| "eq".into())),
                values: match c.get("value") {
                    Some(Value::Array(items)) => {
                        items.iter().filter_map(|v| text(Some(v))).collect()
                    }
                    other => text(other).into_iter().collect(),
                },
            })
        })
        .collect();
    (!conditions.is_empty()).then_some(Dependencies { clause, conditions })
}

/// GET Service Requests. Records with neither an id nor a token are skipped, as Chicago's
/// documentation asks of clients.
pub fn requests(text: &str) -> Result<Vec<ServiceRequest>, DecodeError> {
    requests_from_value(&parse(text)?)
}

/// GET Service Requests from a parsed tree.
pub fn requests_from_value(value: &Value) -> Result<Vec<ServiceRequest>, DecodeError> {
    if !(value.is_array() || value.is_object()) {
        return Err(DecodeError::Shape("a list of service requests"));
    }
    Ok(
        list(Some(value), &["service_requests", "requests", "request"])
            .into_iter()
            .map(request_from_value)
            .filter(|r| r.service_request_id.is_some() || r.token.is_some())
            .collect(),
    )
}

/// GET Service Request: an array of one (spec), or an object.
pub fn request(text: &str) -> Result<ServiceRequest, DecodeError> {
    single_request_from_value(&parse(text)?)
}

/// GET Service Request from a parsed tree.
pub fn single_request_from_value(value: &Value) -> Result<ServiceRequest, DecodeError> {
    requests_from_value(value)?
        .into_iter()
        .next()
        .ok_or(DecodeError::Shape("a service request"))
}

/// One request record from a parsed tree.
pub fn request_from_value(value: &Value) -> ServiceRequest {
    let o = object(value);
    let date = |key: &str| text(o.get(key)).and_then(|t| DateTime::parse(&t));
    ServiceRequest {
        service_request_id: id(o.get("service_request_id")),
        token: id(o.get("token")),
        status: text(o.get("status")).map(|s| Status::parse(&s)),
        status_notes: text(o.get("status_notes")),
        service_name: text(o.get("service_name")),
        service_code: id(o.get("service_code")),
        description: text(o.get("description")),
        agency_responsible: text(o.get("agency_responsible")),
        service_notice: text(o.get("service_notice")),
        requested_datetime: date("requested_datetime"),
        updated_datetime: date("updated_datetime"),
        expected_datetime: date("expected_datetime"),
        address: text(o.get("address"))
            .or_else(|| text(o.get("address_string")))
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty()),
        address_id: id(o.get("address_id")),
        zipcode: id(o.get("zipcode")).filter(|z| z != "0"),
        location: location(
            number(o.get("lat")),
            number(o.get("long")).or_else(|| number(o.get("lon"))),
        ),
        media_urls: {
            // The spec's one media_url, then any others of the `media_urls` extension.
            let mut urls = media_urls(o.get("media_url"));
            for url in media_urls(o.get("media_urls")) {
                if !urls.contains(&url) {
                    urls.push(url);
                }
            }
            urls
        },
        notes: list(o.get("notes"), &["note"])
            .into_iter()
            .map(note)
            .collect(),
        attributes: request_attributes(o.get("attributes")),
    }
}

fn location(lat: Option<f64>, long: Option<f64>) -> Option<LatLong> {
    let (lat, long) = (lat?, long?);
    let valid = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long);
    (valid && !(lat == 0.0 && long == 0.0)).then_some(LatLong { lat, long })
}

/// `media_url` as a string, a comma-separated list, an array of strings, or an array of
/// `{url}` / `{media_url}` objects (Boston, San Francisco).
fn media_urls(value: Option<&Value>) -> Vec<String> {
    let mut urls = Vec::new();
    match value {
        Some(Value::Array(items)) => {
            for item in items {
                match item {
                    Value::Object(o) => {
                        urls.extend(text(o.get("url")).or_else(|| text(o.get("media_url"))))
                    }
                    other => urls.extend(media_urls(Some(other))),
                }
            }
        }
        Some(Value::Object(o)) => {
            urls.extend(text(o.get("url")).or_else(|| text(o.get("media_url"))))
        }
        other => {
            if let Some(t) = text(other) {
                // A comma list, unless the commas belong to a single URL's query string.
                let parts: Vec<&str> = t.split(',').map(str::trim).collect();
                if parts.len() > 1
                    && parts
                        .iter()
                        .all(|p| p.starts_with("http://") || p.starts_with("https://"))
                {
                    urls.extend(parts.into_iter().map(str::to_owned));
                } else {
                    urls.push(t.trim().to_owned());
                }
            }
        }
    }
    urls.retain(|u| !u.is_empty());
    urls
}

fn note(value: &Value) -> Note {
    let o = object(value);
    Note {
        datetime: text(o.get("datetime"))
            .or_else(|| text(o.get("updated_datetime")))
            .and_then(|t| DateTime::parse(&t)),
        summary: text(o.get("summary")),
        description: text(o.get("description")),
        note_type: text(o.get("type")),
        status: text(o.get("status")).map(|s| Status::parse(&s)),
    }
}

/// The three shapes of submitted answers: Chicago's map `{code: value}`, San Francisco's
/// `[{code, name|label, value}]`, Boston's `[{code, description, values: [{answer, answer_value}]}]`.
fn request_attributes(value: Option<&Value>) -> Vec<RequestAttribute> {
    match value {
        Some(Value::Object(map)) => map
            .iter()
            .filter_map(|(code, v)| {
                let values = text_list_keep_commas(v);
                (!values.is_empty()).then(|| RequestAttribute {
                    code: code.clone(),
                    label: None,
                    values,
                })
            })
            .collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| {
                let o = item.as_object()?;
                let code = id(o.get("code")).or_else(|| id(o.get("name")))?;
                let label = text(o.get("label")).or_else(|| text(o.get("description")));
                let values = if let Some(Value::Array(answers)) = o.get("values") {
                    answers
                        .iter()
                        .filter_map(|a| match a {
                            Value::Object(a) => text(a.get("answer_value"))
                                .or_else(|| text(a.get("answer")))
                                .or_else(|| text(a.get("key"))),
                            other => text(Some(other)),
                        })
                        .collect()
                } else {
                    o.get("value")
                        .map(text_list_keep_commas)
                        .unwrap_or_default()
                };
                Some(RequestAttribute {
                    code,
                    label,
                    values,
                })
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Answers are free text that may contain commas: only arrays split them.
fn text_list_keep_commas(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(|v| text(Some(v))).collect(),
        other => text(Some(other)).into_iter().collect(),
    }
}

/// POST Service Request: an array of one (spec) or an object.
pub fn submitted(text: &str) -> Result<Submitted, DecodeError> {
    submitted_from_value(&parse(text)?)
}

/// POST Service Request from a parsed tree.
pub fn submitted_from_value(value: &Value) -> Result<Submitted, DecodeError> {
    let item = list(Some(value), &["service_requests", "request"])
        .into_iter()
        .next()
        .filter(|v| v.is_object())
        .ok_or(DecodeError::Shape("a submission reply"))?;
    let o = object(item);
    let receipt = match (id(o.get("service_request_id")), id(o.get("token"))) {
        (Some(request_id), _) => Receipt::Id(request_id),
        (None, Some(token)) => Receipt::Token(token),
        (None, None) => Receipt::Untracked,
    };
    Ok(Submitted {
        receipt,
        service_notice: text(o.get("service_notice")),
        account_id: id(o.get("account_id")),
    })
}

/// GET Token.
pub fn token_replies(text: &str) -> Result<Vec<TokenReply>, DecodeError> {
    token_replies_from_value(&parse(text)?)
}

/// GET Token from a parsed tree.
pub fn token_replies_from_value(value: &Value) -> Result<Vec<TokenReply>, DecodeError> {
    if !(value.is_array() || value.is_object()) {
        return Err(DecodeError::Shape("a token reply"));
    }
    Ok(list(Some(value), &["service_requests", "request"])
        .into_iter()
        .map(|v| {
            let o = object(v);
            TokenReply {
                token: id(o.get("token")),
                service_request_id: id(o.get("service_request_id")),
            }
        })
        .collect())
}

/// Service Discovery.
pub fn discovery(text: &str) -> Result<Discovery, DecodeError> {
    discovery_from_value(&parse(text)?)
}

/// Service Discovery from a parsed tree.
pub fn discovery_from_value(value: &Value) -> Result<Discovery, DecodeError> {
    let o = value
        .as_object()
        .ok_or(DecodeError::Shape("a discovery document"))?;
    let o = o.get("discovery").and_then(Value::as_object).unwrap_or(o);
    Ok(Discovery {
        changeset: text(o.get("changeset")),
        contact: text(o.get("contact")),
        key_service: text(o.get("key_service")),
        endpoints: list(o.get("endpoints"), &["endpoint"])
            .into_iter()
            .map(|e| {
                let e = object(e);
                DiscoveryEndpoint {
                    specification: text(e.get("specification")),
                    url: text(e.get("url")),
                    changeset: text(e.get("changeset")),
                    endpoint_type: text(e.get("type")),
                    formats: text_list(e.get("formats")),
                }
            })
            .collect(),
    })
}
