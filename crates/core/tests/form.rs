//! The form model on real definitions: Boston's (conditional questions, informational text,
//! multivaluelist) and Washington DC's S0301 (XML, `variable=false` guidance).

use std::path::PathBuf;

use frontdesk_core::form::*;
use frontdesk_core::submission::{Origin, State, Submission};
use open311::ServiceDefinition;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/open311")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn boston(code: &str) -> ServiceDefinition {
    let all: serde_json::Value =
        serde_json::from_str(&fixture("boston-2018-service-definitions.derived.json")).unwrap();
    let one = all
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["service_code"] == code)
        .unwrap();
    open311::decode::service_definition_from_value(one).unwrap()
}

fn answered(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new();
    for (code, value) in pairs {
        set_answer(&mut answers, code, vec![(*value).to_owned()]);
    }
    answers
}

#[test]
fn every_boston_and_dc_question_has_a_control() {
    let all: serde_json::Value =
        serde_json::from_str(&fixture("boston-2018-service-definitions.derived.json")).unwrap();
    let mut seen = std::collections::HashSet::new();
    for one in all.as_array().unwrap() {
        let definition = open311::decode::service_definition_from_value(one).unwrap();
        for attribute in &definition.attributes {
            seen.insert(format!("{:?}", control(attribute)));
        }
    }
    let dc = open311::xml::service_definition(&fixture(
        "washingtondc-2012-service-definition-S0301.xml",
    ))
    .unwrap();
    for attribute in &dc.attributes {
        seen.insert(format!("{:?}", control(attribute)));
    }
    for expected in [
        "Guidance",
        "Radios",
        "Select",
        "Checkboxes",
        "Line",
        "Paragraph",
    ] {
        assert!(seen.contains(expected), "{expected} in {seen:?}");
    }
    // DC's first attribute is variable=false text: guidance to read, not a question.
    let guidance = dc.attributes.iter().find(|a| a.code == "DSITR001").unwrap();
    assert_eq!(control(guidance), Control::Guidance);
    // Seven options: a select; two: radios.
    let cemetery = boston("CEMTRYMAIN");
    assert_eq!(control(&cemetery.attributes[0]), Control::Select);
    assert_eq!(
        control(&boston("BIRDINFEST").attributes[0]),
        Control::Radios
    );
}

#[test]
fn boston_conditions_show_and_hide_questions_in_chains() {
    let d = boston("MTRECYDBI");
    let base = shown(&d, &Answers::new());
    assert_eq!(base, ["PWD-CURBORALLEY", "TRSHHHITMS", "SR-MTRECYDBI1"]);

    let trash = shown(&d, &answered(&[("SR-MTRECYDBI1", "Trash")]));
    assert!(trash.contains(&"CNSTRCT_MTRL".to_owned()));
    assert!(trash.contains(&"REC-TRSCOL".to_owned()));
    assert!(!trash.contains(&"WSTEPLCE".to_owned()));

    // A chain: Trash -> Barrel -> barrel size.
    let barrel = answered(&[("SR-MTRECYDBI1", "Trash"), ("REC-TRSCOL", "Barrel")]);
    assert!(shown(&d, &barrel).contains(&"REC-BARLSIZE".to_owned()));
    // Changing the first answer hides the whole chain, even with its answers still kept.
    let changed = answered(&[("SR-MTRECYDBI1", "Recycling"), ("REC-TRSCOL", "Barrel")]);
    let now = shown(&d, &changed);
    assert!(!now.contains(&"REC-TRSCOL".to_owned()));
    assert!(!now.contains(&"REC-BARLSIZE".to_owned()), "{now:?}");
    assert!(now.contains(&"RCYCLCLCT".to_owned()));
}

#[test]
fn hidden_answers_are_not_sent_and_guidance_never_is() {
    let d = boston("MTRECYDBI");
    let mut draft = Draft::new("MTRECYDBI");
    draft.answers = answered(&[
        ("SR-MTRECYDBI1", "Recycling"),
        ("REC-TRSCOL", "Barrel"),
        ("RCYCLCLCT", "Cart"),
    ]);
    draft.address = "  1 City Hall Square ".into();
    let request = to_request(Some(&d), &draft, "-05:00");
    let codes: Vec<&str> = request.attributes.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(codes, ["SR-MTRECYDBI1", "RCYCLCLCT"]);
    assert_eq!(
        request.address_string.as_deref(),
        Some("1 City Hall Square")
    );
    assert_eq!(request.email, None);
    // Multiple choices go as a list.
    set_answer(
        &mut draft.answers,
        "SR-MTRECYDBI1",
        vec!["Bulk Item".into()],
    );
    set_answer(
        &mut draft.answers,
        "ITMPCKUP",
        vec!["TV".into(), "Dehumidifier".into()],
    );
    let request = to_request(Some(&d), &draft, "-05:00");
    let items = request
        .attributes
        .iter()
        .find(|a| a.code == "ITMPCKUP")
        .unwrap();
    assert!(items.multiple);
    assert_eq!(items.values, ["TV", "Dehumidifier"]);
    let body = request.to_form(None, None, open311::encode::ListStyle::Brackets);
    assert!(body.contains("attribute%5BITMPCKUP%5D%5B%5D=TV"), "{body}");
}

#[test]
fn required_questions_block_only_while_shown() {
    let d = boston("CEMTRYMAIN");
    let draft = Draft::new("CEMTRYMAIN");
    let errors = validate(Step::Questions, Some(&d), &draft);
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].field, field_id("SR-CEMTRYMAIN1"));
    assert_eq!(errors[0].problem, Problem::Required);
    // Boston's conditional question is optional, and hidden questions are never required.
    let m = boston("MTRECYDBI");
    let errors = validate(Step::Questions, Some(&m), &Draft::new("MTRECYDBI"));
    assert_eq!(
        errors
            .iter()
            .map(|e| e.code.clone().unwrap())
            .collect::<Vec<_>>(),
        ["SR-MTRECYDBI1"]
    );
}

#[test]
fn answers_are_checked_by_datatype() {
    let d = open311::decode::service_definition(
        r#"{"service_code":"X","attributes":[
            {"code":"n","variable":true,"datatype":"number","required":false,"order":1,"description":"How many?"},
            {"code":"when","variable":true,"datatype":"datetime","required":false,"order":2,"description":"When?"},
            {"code":"day","variable":true,"datatype":"date","required":false,"order":3,"description":"Day?"},
            {"code":"pick","variable":true,"datatype":"singlevaluelist","required":false,"order":4,"description":"Pick","values":[{"key":"a","name":"A"}]},
            {"code":"odd","variable":true,"datatype":"polygon","required":true,"order":5,"description":"Odd"}
        ]}"#,
    )
    .unwrap();
    assert_eq!(
        control(&d.attributes[4]),
        Control::Line,
        "unknown datatypes are text"
    );
    let mut draft = Draft::new("X");
    draft.answers = answered(&[
        ("n", "three"),
        ("when", "yesterday"),
        ("day", "2026-02-30x"),
        ("pick", "gone"),
        ("odd", "anything"),
    ]);
    let problems: Vec<Problem> = validate(Step::Questions, Some(&d), &draft)
        .into_iter()
        .map(|e| e.problem)
        .collect();
    assert_eq!(
        problems,
        [
            Problem::NotANumber,
            Problem::NotADateTime,
            Problem::NotADate,
            Problem::UnknownChoice
        ]
    );
    draft.answers = answered(&[("n", "3,5"), ("when", "2026-11-23T09:30"), ("odd", "x")]);
    assert!(validate(Step::Questions, Some(&d), &draft).is_empty());
    let request = to_request(Some(&d), &draft, "+01:00");
    assert_eq!(request.attributes[0].values, ["3.5"]);
    assert_eq!(request.attributes[1].values, ["2026-11-23T09:30:00+01:00"]);
}

#[test]
fn location_description_and_contact_rules() {
    let mut draft = Draft::new("X");
    let errors = validate(Step::Location, None, &draft);
    assert_eq!(errors[0].problem, Problem::NoLocation);
    draft.position = Some(Position {
        lat: 43.589,
        long: -79.644,
        accuracy: Some(12.0),
    });
    assert!(validate(Step::Location, None, &draft).is_empty());
    draft.description = "é".repeat(DESCRIPTION_LIMIT);
    assert!(
        validate(Step::Questions, None, &draft).is_empty(),
        "characters, not bytes"
    );
    draft.description.push('x');
    assert_eq!(
        validate(Step::Questions, None, &draft)[0].problem,
        Problem::TooLong {
            limit: DESCRIPTION_LIMIT
        }
    );
    draft.contact.email = "me at home".into();
    draft.contact.phone = "12".into();
    let problems: Vec<Problem> = validate(Step::AboutYou, None, &draft)
        .into_iter()
        .map(|e| e.problem)
        .collect();
    assert_eq!(problems, [Problem::BadEmail, Problem::BadPhone]);
    let request = to_request(None, &draft, "Z");
    assert_eq!(request.lat_long, Some((43.589, -79.644)));
}

#[test]
fn steps_skip_photos_when_the_city_takes_none_and_have_stable_slugs() {
    assert_eq!(
        steps(false),
        [Step::Location, Step::Questions, Step::AboutYou, Step::Check]
    );
    for step in steps(true) {
        assert_eq!(Step::from_slug(step.slug()), Some(step));
    }
}

#[test]
fn drafts_survive_a_round_trip_and_older_formats() {
    let mut draft = Draft::new("RD-POTHOLE");
    draft.description = "Deep <b>hole</b>".into();
    draft.answers = answered(&[("WHERE", "ROAD")]);
    let text = serde_json::to_string(&draft).unwrap();
    assert_eq!(serde_json::from_str::<Draft>(&text).unwrap(), draft);
    let old: Draft = serde_json::from_str(r#"{"service_code":"A"}"#).unwrap();
    assert!(old.is_blank());
}

fn submission(description: &str, position: Option<(f64, f64)>, address: &str) -> Submission {
    Submission {
        local_id: "l1".into(),
        service_code: "RD-POTHOLE".into(),
        service_name: "Pothole".into(),
        description: description.into(),
        address: address.into(),
        position: position.map(|(lat, long)| Position {
            lat,
            long,
            accuracy: None,
        }),
        service_type: "realtime".into(),
        body: String::new(),
        photos: Vec::new(),
        created_ms: 1_790_000_000_000.0,
        attempt_ms: Some(1_790_000_060_000.0),
        state: State::Sending,
        origin: Origin::SentHere,
    }
}

#[test]
fn a_request_whose_answer_was_lost_is_found_on_the_server_and_not_confused_with_others() {
    let requests = open311::decode::requests(
        r#"[
        {"service_request_id":"1","service_code":"RD-POTHOLE","description":"Deep hole","lat":43.6,"long":-79.6,"requested_datetime":"2026-09-21T14:01:00Z"},
        {"service_request_id":"2","service_code":"RD-POTHOLE","description":"Deep  HOLE by the school","lat":43.58901,"long":-79.64399,"requested_datetime":"2026-09-21T14:01:30Z"},
        {"service_request_id":"3","service_code":"RD-POTHOLE","description":"Deep hole by the school","lat":43.58901,"long":-79.64399,"requested_datetime":"2020-01-01T00:00:00Z"}
    ]"#,
    )
    .unwrap();
    let ours = submission("Deep hole by the school", Some((43.589, -79.644)), "");
    assert_eq!(
        ours.find_on_server(&requests, &[])
            .and_then(|r| r.service_request_id.as_deref()),
        Some("2")
    );
    let elsewhere = submission("Deep hole by the school", Some((43.7, -79.7)), "");
    assert!(elsewhere.find_on_server(&requests, &[]).is_none());
    let other_text = submission("A different hole", Some((43.589, -79.644)), "");
    assert!(other_text.find_on_server(&requests, &[]).is_none());
    // An id another record on this device holds is not this one.
    assert!(ours.find_on_server(&requests, &["2"]).is_none());
    // A server that echoes neither description nor place cannot confirm anything.
    let silent = open311::decode::requests(
        r#"[{"service_request_id":"9","service_code":"RD-POTHOLE","requested_datetime":"2026-09-21T14:01:30Z"}]"#,
    )
    .unwrap();
    assert!(ours.find_on_server(&silent, &[]).is_none());
    let query = ours.lookup_query();
    assert_eq!(query.service_codes, ["RD-POTHOLE"]);
    assert_eq!(
        query.start_date.unwrap().unix_seconds,
        1_790_000_060 - frontdesk_core::submission::CLOCK_SLACK_SECONDS
    );
}

#[test]
fn submission_records_keep_their_state_across_versions() {
    let mut s = submission("x", None, "1 Main St");
    s.state = State::Sent {
        service_request_id: Some("1000001".into()),
        token: None,
        service_notice: None,
    };
    let text = serde_json::to_string(&s).unwrap();
    assert!(text.contains(r#""state":"sent""#), "{text}");
    let back: Submission = serde_json::from_str(&text).unwrap();
    assert_eq!(back.service_request_id(), Some("1000001"));
}
