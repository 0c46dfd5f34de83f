//! Every real server reply in shared/fixtures/open311 decodes, with checks on real values.
#![cfg(feature = "xml")]

use std::path::PathBuf;

use open311::{
    Datatype, DateTime, ErrorKind, Open311Error, Receipt, ServiceType, Status, decode, xml,
};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/open311")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (shared/ must sit beside the repo)", path.display()))
}

#[test]
fn every_fixture_is_covered_by_a_test() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/open311");
    let this = include_str!("fixtures.rs");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let decodable = name.ends_with(".json") || name.ends_with(".xml");
        if decodable && name != "r311-endpoints-catalog.json" {
            assert!(
                this.contains(&format!("\"{name}\"")),
                "no test reads {name}"
            );
        }
    }
}

#[test]
fn bloomington_2012_services_mongo_ids() {
    let s = decode::services(&fixture("bloomington-2012-services.json")).unwrap();
    assert!(s.len() > 10);
    assert!(
        s.iter().all(|x| x.service_code.len() == 24),
        "ObjectId codes kept as text"
    );
    assert!(
        s.iter()
            .all(|x| x.keywords.is_empty() || !x.keywords.contains(&String::new()))
    );
}

#[test]
fn bloomington_2018_services_numeric_codes() {
    let s = decode::services(&fixture("bloomington-2018-services.derived.json")).unwrap();
    assert_eq!(s[0].service_code, "2");
    assert_eq!(s[0].service_name, "Excessive Growth");
    assert_eq!(s[0].groups, ["Cleanup & Sanitation"]);
    assert!(s[0].keywords.is_empty(), "keywords \"\" is none");
    assert_eq!(s[1].service_code, "37");
    assert!(s[1].metadata);
}

#[test]
fn bloomington_2012_requests_nulls_zeros_and_empty_strings() {
    let r = decode::requests(&fixture("bloomington-2012-requests.json")).unwrap();
    assert_eq!(r.len(), 21);
    assert_eq!(
        r.iter().filter(|x| x.status == Some(Status::Open)).count(),
        18
    );
    assert_eq!(
        r.iter()
            .filter(|x| x.status == Some(Status::Closed))
            .count(),
        3
    );
    // 6 at 0,0 and 2 with null: unknown location, not Null Island.
    assert!(r.iter().filter(|x| x.location.is_none()).count() >= 8);
    assert_eq!(
        r.iter()
            .filter(|x| x.zipcode.as_deref() == Some("47401"))
            .count(),
        5
    );
    assert!(
        r.iter()
            .all(|x| x.media_urls.is_empty() || x.media_urls.iter().all(|u| !u.is_empty()))
    );
    assert!(
        r[0].description
            .as_deref()
            .unwrap()
            .contains("\r\n\r\nThanks."),
        "line breaks kept verbatim"
    );
}

#[test]
fn boston_2018_services() {
    let s = decode::services(&fixture("boston-2018-services.json")).unwrap();
    assert_eq!(s.len(), 118);
    assert_eq!(s.iter().filter(|x| x.metadata).count(), 107);
    assert!(
        s.iter()
            .any(|x| x.groups.iter().any(|g| g == "Streets-Sidewalks"))
            || s.iter().any(|x| !x.groups.is_empty())
    );
}

#[test]
fn boston_2018_definitions_every_attribute_shape() {
    let text = fixture("boston-2018-service-definitions.derived.json");
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    let defs: Vec<_> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|d| decode::service_definition_from_value(d).unwrap())
        .collect();
    assert_eq!(defs.len(), 4);
    let attrs: Vec<_> = defs.iter().flat_map(|d| &d.attributes).collect();
    assert_eq!(attrs.len(), 23);
    let count = |t: Datatype| attrs.iter().filter(|a| a.datatype == t).count();
    assert_eq!(count(Datatype::SingleValueList), 14);
    assert_eq!(count(Datatype::Informational), 4);
    assert_eq!(count(Datatype::String), 3);
    assert_eq!(count(Datatype::Text), 1);
    assert_eq!(count(Datatype::MultiValueList), 1);
    assert!(
        attrs
            .iter()
            .filter(|a| a.datatype == Datatype::Informational)
            .all(|a| !a.variable)
    );
    assert_eq!(
        attrs.iter().filter(|a| a.dependencies.is_some()).count(),
        16
    );
    let bird = defs
        .iter()
        .find(|d| d.service_code == "BIRDINFEST")
        .unwrap();
    let other = bird
        .attributes
        .iter()
        .find(|a| a.dependencies.is_some())
        .unwrap();
    let dep = other.dependencies.as_ref().unwrap();
    assert_eq!(dep.conditions[0].attribute, "SR-BIRDINFEST2");
    assert_eq!(dep.conditions[0].values, ["Other"]);
    // Sorted by order.
    for d in &defs {
        let orders: Vec<_> = d.attributes.iter().filter_map(|a| a.order).collect();
        assert!(
            orders.windows(2).all(|w| w[0] <= w[1]),
            "{}: {orders:?}",
            d.service_code
        );
    }
}

#[test]
fn boston_2018_detailed_request_object_media_objects_leading_zero_zip() {
    let r = decode::request(&fixture("boston-2018-request-detailed.derived.json")).unwrap();
    assert_eq!(r.service_request_id.as_deref(), Some("200012223"));
    assert_eq!(r.zipcode.as_deref(), Some("02111"));
    assert_eq!(r.media_urls.len(), 1);
    assert!(r.media_urls[0].starts_with("https://") && r.media_urls[0].ends_with(".png"));
    assert_eq!(
        r.requested_datetime,
        DateTime::parse("2018-09-06T19:51:48Z")
    );
    assert_eq!(
        r.expected_datetime.unwrap().to_w3c_utc(),
        "2018-09-07T19:51:48Z"
    );
    assert!(r.location.is_some());
    assert!(!r.attributes.is_empty(), "Boston's answer objects are read");
}

#[test]
fn boston_2012_discovery_token_and_duplicate_error() {
    let d = decode::discovery(&fixture("boston-2012-discovery.json")).unwrap();
    assert_eq!(d.changeset.as_deref(), Some("2011-09-1 17:35"));
    assert_eq!(d.endpoints.len(), 2);
    assert_eq!(d.endpoints[1].endpoint_type.as_deref(), Some("test"));
    assert_eq!(d.endpoints[0].formats, ["text/xml", "application/json"]);

    let s = xml::submitted(&fixture("boston-2012-post-request-token.xml")).unwrap();
    assert_eq!(s.receipt, Receipt::Token("503fc045901932078800163c".into()));
    let t = xml::token_replies(&fixture("boston-2012-post-request-token.xml")).unwrap();
    assert_eq!(t[0].service_request_id, None);

    let e = Open311Error::decode(400, &fixture("boston-2012-error-duplicate.xml"));
    assert_eq!(e.kind, ErrorKind::BadRequest);
    assert_eq!(
        e.server_text().as_deref(),
        Some("Invalid service request: base is a duplicate.")
    );
}

#[test]
fn chicago_2014_and_2015_extended() {
    let r = decode::requests(&fixture("chicago-2014-requests.json")).unwrap();
    assert!(!r.is_empty());
    assert!(
        r.iter()
            .any(|x| x.status_notes.as_deref() == Some("Locked"))
    );
    assert!(r.iter().all(|x| x.description.is_none()));

    let r = decode::requests(&fixture("chicago-2015-requests-extended.derived.json")).unwrap();
    assert_eq!(r.len(), 50);
    assert_eq!(
        r.iter()
            .filter(|x| x.status == Some(Status::Closed))
            .count(),
        49
    );
    assert_eq!(r.iter().map(|x| x.notes.len()).sum::<usize>(), 276);
    assert_eq!(r[0].attributes[0].code, "WHEREIST");
    assert_eq!(r[0].attributes[0].values, ["TRAFFIC"]);
    assert_eq!(
        r.iter().filter(|x| x.attributes.is_empty()).count(),
        3,
        "missing on 3 items"
    );
    let types: std::collections::BTreeSet<_> = r
        .iter()
        .flat_map(|x| &x.notes)
        .filter_map(|n| n.note_type.clone())
        .collect();
    assert!(types.contains("follow_on_created") && types.contains("opened"));
    assert_eq!(r[0].requested_datetime.unwrap().offset_minutes, Some(-300));
}

#[test]
fn cologne_markaspot_non_ascii_and_string_codes() {
    let r = decode::requests(&fixture("cologne-2023-markaspot-requests.json")).unwrap();
    assert_eq!(r.len(), 50);
    assert_eq!(r[0].service_request_id.as_deref(), Some("A-173480"));
    assert_eq!(
        r[0].service_code.as_deref(),
        Some("009"),
        "zero-padded code kept"
    );
    assert_eq!(
        r[0].service_name.as_deref(),
        Some("Schrottfahrzeuge/-fahrräder")
    );
    assert_eq!(r.iter().filter(|x| !x.media_urls.is_empty()).count(), 37);
    assert!(r.iter().any(|x| {
        x.status_notes
            .as_deref()
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    }));
}

#[test]
fn seeclickfix_numeric_ids_and_string_coordinates() {
    let r = decode::requests(&fixture("seeclickfix-newhaven-2023-requests.derived.json")).unwrap();
    assert_eq!(r.len(), 3);
    assert_eq!(r[0].service_request_id.as_deref(), Some("14282821"));
    let at = r[0].location.unwrap();
    assert!((at.lat - 41.3071110182325).abs() < 1e-9 && (at.long + 72.9235610239783).abs() < 1e-9);
    assert_eq!(r[0].zipcode.as_deref(), Some("06510"));
}

#[test]
fn washington_dc_xml_services_definition_and_discovery() {
    let s = xml::services(&fixture("washingtondc-2012-services.xml")).unwrap();
    assert_eq!(s.len(), 86);
    assert!(
        s.iter()
            .all(|x| x.metadata && x.service_type == ServiceType::Realtime)
    );
    assert!(
        s.iter()
            .any(|x| x.description.as_deref().is_some_and(|d| d.contains("<br"))),
        "HTML stays text"
    );

    let d = xml::service_definition(&fixture("washingtondc-2012-service-definition-S0301.xml"))
        .unwrap();
    assert_eq!(d.service_code, "S0301");
    let orders: Vec<_> = d.attributes.iter().map(|a| a.order.unwrap()).collect();
    assert_eq!(orders, [1, 2, 3, 4, 8, 9], "document order was 9,3,1,8,4,2");
    assert_eq!(d.attributes[0].code, "WHISPOLO");
    assert!(d.attributes[0].required);
    assert_eq!(d.attributes[0].values.len(), 2);
    assert_eq!(d.attributes[0].values[1].key, "STREE001");
    assert_eq!(d.attributes.iter().filter(|a| !a.variable).count(), 2);
    let display = d.attributes.iter().find(|a| a.code == "DSITR001").unwrap();
    assert!(display.values.is_empty(), "<values /> is an empty list");

    let disc = xml::discovery(&fixture("washingtondc-2012-discovery.xml")).unwrap();
    assert!(disc.endpoints.len() >= 2);
    assert!(disc.endpoints.iter().any(|e| {
        e.specification
            .as_deref()
            .is_some_and(|s| s.contains("GeoReport_v2"))
    }));
    assert!(disc.endpoints.iter().all(|e| e.formats == ["text/xml"]));
}

#[test]
fn san_francisco_xml_soap_namespaces_capitalised_statuses_local_dates() {
    let s = xml::services(&fixture("sanfrancisco-2012-services.xml")).unwrap();
    assert_eq!(s.len(), 38);
    assert!(s.iter().all(|x| !x.metadata));
    assert!(s.iter().any(|x| x.service_name.contains('_')));

    let r = xml::requests(&fixture("sanfrancisco-2012-requests.xml")).unwrap();
    assert_eq!(r.len(), 56);
    assert!(
        r.iter()
            .all(|x| matches!(x.status, Some(Status::Open | Status::Closed)))
    );
    assert!(r.iter().all(|x| {
        x.requested_datetime
            .is_some_and(|d| d.offset_minutes.is_none())
    }));
    assert_eq!(
        r.iter().filter(|x| x.updated_datetime.is_none()).count(),
        52,
        "xsi:nil"
    );
    assert!(r.iter().all(|x| x.media_urls.is_empty()));
    // 9 zip codes are "0" (unknown) and become none; the rest are kept as text.
    assert_eq!(
        r.iter()
            .filter(|x| x.zipcode.as_deref() == Some("94110"))
            .count(),
        3
    );
    assert!(r.iter().all(|x| x.zipcode.as_deref() != Some("0")));
    assert!(r.iter().filter(|x| x.location.is_none()).count() >= 9);
}

#[test]
fn toronto_xml_status_notes_empty_elements_long_before_lat() {
    let r = xml::requests(&fixture("toronto-2018-requests.xml")).unwrap();
    assert!(!r.is_empty());
    assert_eq!(r[0].service_request_id.as_deref(), Some("101005420892"));
    assert_eq!(
        r[0].status_notes.as_deref(),
        Some("In progress - The request has been scheduled.")
    );
    assert_eq!(r[0].updated_datetime, None);
    assert_eq!(r[0].description, None);
    let at = r[0].location.unwrap();
    assert!((at.lat - 43.691104288).abs() < 1e-9 && (at.long + 79.272306875).abs() < 1e-9);
    assert_eq!(
        r[0].expected_datetime.unwrap().to_w3c_utc(),
        "2018-08-03T04:01:00Z"
    );
}

#[test]
fn giessen_xml_foreign_attributes_and_umlauts() {
    let s = xml::services(&fixture("giessen-2018-services.xml")).unwrap();
    assert!(!s.is_empty());
    assert!(s.iter().all(|x| x.groups.is_empty()));
    assert!(s.iter().any(|x| x.service_name.contains("Verkehrsschild")));
}

#[test]
fn toronto_style_wrapped_json_and_single_object() {
    let wrapped = r#"{"service_requests":[{"service_request_id":101005420892,"status":"OPEN"}]}"#;
    let r = decode::requests(wrapped).unwrap();
    assert_eq!(r[0].service_request_id.as_deref(), Some("101005420892"));
    assert_eq!(r[0].status, Some(Status::Open));
    let single = decode::request(r#"{"service_request_id":"x","status":"IN_PROGRESS"}"#).unwrap();
    assert_eq!(single.status, Some(Status::InProgress));
}
