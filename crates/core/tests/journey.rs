//! The form journey natively: the steps of every kind of form, Continue, Back and where a
//! reload resumes; the check-your-answers rows; the record composed for sending.

use frontdesk_core::form::check::{Part, Row, RowLabel, RowValue, contact_lines, rows};
use frontdesk_core::form::{Back, Contact, Draft, Journey, Position, Step, set_answer};
use frontdesk_core::submission::{State, Submission};
use open311::{Service, ServiceDefinition, ServiceType};

fn definition() -> ServiceDefinition {
    open311::decode::service_definition(
        r#"{"service_code":"RD","attributes":[
            {"code":"SIZE","order":1,"description":"How big?","datatype":"singlevaluelist","required":true,
             "values":[{"key":"S","name":"Small"},{"key":"L","name":"Large"}]},
            {"code":"SIDES","order":2,"description":"Which sides?","datatype":"multivaluelist",
             "values":[{"key":"N","name":"North"},{"key":"E","name":"East"},{"key":"W","name":"West"}]},
            {"code":"NOTE","order":3,"description":"Read this","datatype":"string","variable":false},
            {"code":"DANGER","order":4,"description":"Is it dangerous?","datatype":"boolean (checkbox)"},
            {"code":"WHEN","order":5,"description":"When?","datatype":"datetime"},
            {"code":"DEEP","order":6,"description":"How deep?","datatype":"number",
             "dependencies":{"clause":"all","conditions":[{"attribute":"SIZE","op":"eq","value":"L"}]}},
            {"code":"POLE","order":7,"description":"Pole number","datatype":"string"}
        ]}"#,
    )
    .expect("a definition")
}

#[test]
fn the_steps_of_every_kind_of_form() {
    use Step::*;
    let with = Journey::new(true);
    let without = Journey::new(false);
    assert_eq!(with.steps(), [Location, Questions, Photos, AboutYou, Check]);
    assert_eq!(without.steps(), [Location, Questions, AboutYou, Check]);
    // Continue: (journey, from, changing) -> to.
    let next = [
        (&with, Location, false, Questions),
        (&with, Questions, false, Photos),
        (&with, Photos, false, AboutYou),
        (&with, AboutYou, false, Check),
        (&with, Check, false, Check),
        (&without, Questions, false, AboutYou),
        (&without, AboutYou, false, Check),
        // From "Change" on the check page, Continue goes back there.
        (&with, Location, true, Check),
        (&without, Questions, true, Check),
    ];
    for (journey, from, changing, to) in next {
        assert_eq!(
            journey.next(from, changing),
            to,
            "{from:?} changing={changing}"
        );
    }
    let back = [
        (&with, Some(Location), false, Back::ServicePage),
        (&with, None, false, Back::ServicePage),
        (&with, Some(Questions), false, Back::Step(Location)),
        (&with, Some(AboutYou), false, Back::Step(Photos)),
        (&without, Some(AboutYou), false, Back::Step(Questions)),
        (&with, Some(Check), false, Back::Step(AboutYou)),
        (&without, Some(Check), false, Back::Step(AboutYou)),
        (&with, Some(Location), true, Back::Step(Check)),
    ];
    for (journey, from, changing, to) in back {
        assert_eq!(
            journey.back(from, changing),
            to,
            "{from:?} changing={changing}"
        );
    }
    assert_eq!(with.count(Some(Photos)), (3, 5));
    assert_eq!(without.count(Some(Check)), (4, 4));
    assert_eq!(without.count(None), (1, 4));
}

#[test]
fn a_reload_resumes_where_the_resident_was() {
    let with = Journey::new(true);
    let without = Journey::new(false);
    assert_eq!(with.resume("about-you"), Step::AboutYou);
    assert_eq!(with.resume("photos"), Step::Photos);
    // The city stopped taking photos since: the first step, not a step that is not there.
    assert_eq!(without.resume("photos"), Step::Location);
    assert_eq!(with.resume(""), Step::Location);
    assert_eq!(with.resume("nonsense"), Step::Location);
    assert_eq!(without.step("photos"), None);
    assert_eq!(with.step("check"), Some(Step::Check));
    assert_eq!(Step::Questions.title_id(), "request-details-title");
}

fn labels(rows: &[Row]) -> Vec<String> {
    rows.iter()
        .map(|r| match &r.label {
            RowLabel::Message(id) => (*id).to_owned(),
            RowLabel::Question { text, .. } => text.clone(),
        })
        .collect()
}

#[test]
fn an_untouched_form_reads_not_given_everywhere() {
    let draft = Draft::new("RD");
    // No questions (no definition), no photos.
    let plain = rows(&Journey::new(false), "RD", None, &draft);
    assert_eq!(
        labels(&plain),
        [
            "request-check-location",
            "request-check-description",
            "request-check-contact"
        ]
    );
    assert!(plain.iter().all(|r| r.value == RowValue::NotGiven));
    // Photos on: a photos row. With questions: one row per question that can be answered and
    // is shown (guidance never; a hidden follow-up not until its condition holds).
    let full = rows(&Journey::new(true), "RD", Some(&definition()), &draft);
    assert_eq!(
        labels(&full),
        [
            "request-check-location",
            "request-check-description",
            "How big?",
            "Which sides?",
            "Is it dangerous?",
            "When?",
            "Pole number",
            "request-check-photos",
            "request-check-contact"
        ]
    );
    assert!(full.iter().all(|r| r.value == RowValue::NotGiven));
}

#[test]
fn answers_read_as_the_resident_gave_them() {
    let mut draft = Draft::new("RD");
    draft.address = "  12 Main St ".into();
    draft.position = Some(Position {
        lat: 43.5,
        long: -79.6,
        accuracy: Some(12.0),
    });
    draft.description = "  A deep hole\n".into();
    set_answer(&mut draft.answers, "SIZE", vec!["L".into()]);
    set_answer(
        &mut draft.answers,
        "SIDES",
        vec!["W".into(), "N".into(), "GONE".into()],
    );
    set_answer(&mut draft.answers, "DANGER", vec!["true".into()]);
    set_answer(&mut draft.answers, "DEEP", vec!["30".into()]);
    set_answer(&mut draft.answers, "NOTE", vec!["ignored".into()]);
    draft.photos = vec!["p1".into(), "p2".into()];
    draft.contact = Contact {
        first_name: " Ada ".into(),
        last_name: String::new(),
        email: "ada@city.example".into(),
        phone: " ".into(),
    };
    let all = rows(&Journey::new(true), "RD", Some(&definition()), &draft);
    let value = |label: &str| {
        all.iter()
            .find(|r| labels(std::slice::from_ref(r))[0] == label)
            .unwrap_or_else(|| panic!("no row {label}"))
            .clone()
    };
    assert_eq!(
        value("request-check-location").value,
        RowValue::Place {
            address: Some("12 Main St".into()),
            position: draft.position
        }
    );
    assert_eq!(
        value("request-check-description").value,
        RowValue::Text("A deep hole".into())
    );
    // Options by name (with their translation id), in the order given; a key the city no
    // longer offers as it was kept.
    let size = value("How big?");
    assert_eq!(
        size.value,
        RowValue::Answer(vec![Part::Choice {
            id: "svc-RD-q-SIZE-L".into(),
            name: "Large".into()
        }])
    );
    assert_eq!(
        size.label,
        RowLabel::Question {
            id: "svc-RD-q-SIZE".into(),
            text: "How big?".into()
        }
    );
    assert_eq!(
        (size.step, size.field.as_deref()),
        (Step::Questions, Some("q-SIZE"))
    );
    assert_eq!(
        value("Which sides?").value,
        RowValue::Answer(vec![
            Part::Choice {
                id: "svc-RD-q-SIDES-W".into(),
                name: "West".into()
            },
            Part::Choice {
                id: "svc-RD-q-SIDES-N".into(),
                name: "North".into()
            },
            Part::Typed("GONE".into()),
        ])
    );
    assert_eq!(
        value("Is it dangerous?").value,
        RowValue::Answer(vec![Part::Ticked])
    );
    // The follow-up shows once its condition holds.
    assert_eq!(
        value("How deep?").value,
        RowValue::Answer(vec![Part::Typed("30".into())])
    );
    assert_eq!(value("When?").value, RowValue::NotGiven);
    assert_eq!(value("request-check-photos").value, RowValue::Photos(2));
    assert_eq!(
        value("request-check-contact").value,
        RowValue::Lines(vec!["Ada".into(), "ada@city.example".into()])
    );
    // Change links: the step, and the field when it is not the step's first.
    let change: Vec<(Step, Option<&str>)> =
        all.iter().map(|r| (r.step, r.field.as_deref())).collect();
    assert_eq!(change[0], (Step::Location, None));
    assert_eq!(change[1], (Step::Questions, Some("description")));
    assert_eq!(change[change.len() - 2], (Step::Photos, None));
    assert_eq!(change[change.len() - 1], (Step::AboutYou, None));
}

#[test]
fn contact_lines_join_the_name_and_skip_what_is_not_given() {
    let lines = |first: &str, last: &str, email: &str, phone: &str| {
        contact_lines(&Contact {
            first_name: first.into(),
            last_name: last.into(),
            email: email.into(),
            phone: phone.into(),
        })
    };
    assert_eq!(lines("", "", "", ""), Vec::<String>::new());
    assert_eq!(lines(" Ada", "Lovelace ", "", ""), ["Ada Lovelace"]);
    assert_eq!(
        lines("", "Lovelace", "", "905 615 4311"),
        ["Lovelace", "905 615 4311"]
    );
    assert_eq!(lines("", "", " a@b.example ", ""), ["a@b.example"]);
}

#[test]
fn the_record_composed_for_sending() {
    let service = Service {
        service_code: "RD".into(),
        service_name: "Pothole".into(),
        description: None,
        metadata: true,
        service_type: ServiceType::Batch,
        keywords: Vec::new(),
        groups: Vec::new(),
        service_notice: None,
    };
    let mut draft = Draft::new("RD");
    draft.address = " 1 Main ".into();
    draft.description = " Hole ".into();
    set_answer(&mut draft.answers, "SIZE", vec!["S".into()]);
    set_answer(&mut draft.answers, "WHEN", vec!["2026-12-01T09:30".into()]);
    set_answer(&mut draft.answers, "DEEP", vec!["9".into()]);
    draft.photos = vec!["p1".into()];
    let record = Submission::compose(
        &service,
        Some(&definition()),
        &draft,
        Some("city.example"),
        "-05:00",
        "local-1".into(),
        1_000.0,
    );
    assert_eq!(record.local_id, "local-1");
    assert_eq!(record.service_name, "Pothole");
    assert_eq!(record.service_type, "batch");
    assert_eq!(
        (record.description.as_str(), record.address.as_str()),
        ("Hole", "1 Main")
    );
    assert_eq!(record.photos, ["p1"]);
    assert_eq!((record.created_ms, record.attempt_ms), (1_000.0, None));
    assert_eq!(record.state, State::Sending);
    let body = &record.body;
    assert!(body.contains("jurisdiction_id=city.example"), "{body}");
    assert!(body.contains("attribute%5BSIZE%5D=S"), "{body}");
    assert!(body.contains("2026-12-01T09%3A30%3A00-05%3A00"), "{body}");
    // The answer to a hidden follow-up is not sent.
    assert!(!body.contains("DEEP"), "{body}");
    // No definition: only the description and the place.
    let bare = Submission::compose(&service, None, &draft, None, "+00:00", "l".into(), 0.0);
    assert!(!bare.body.contains("attribute"), "{}", bare.body);
    assert!(!bare.body.contains("jurisdiction_id"), "{}", bare.body);
}
