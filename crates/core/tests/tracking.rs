//! Status tracking on real request lists: every status in every fixture, Chicago's notes as a
//! timeline, and the device-built history when a server keeps none.

use std::path::PathBuf;

use frontdesk_core::tracking::*;
use open311::{DateTime, ServiceRequest, Status};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/open311")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn all_fixture_requests() -> Vec<(String, ServiceRequest)> {
    let mut out = Vec::new();
    for name in [
        "bloomington-2012-requests.json",
        "chicago-2014-requests.json",
        "chicago-2015-requests-extended.derived.json",
        "cologne-2023-markaspot-requests.json",
        "seeclickfix-newhaven-2023-requests.derived.json",
    ] {
        for r in open311::decode::requests(&fixture(name)).unwrap() {
            out.push((name.to_owned(), r));
        }
    }
    for name in [
        "sanfrancisco-2012-requests.xml",
        "toronto-2018-requests.xml",
    ] {
        for r in open311::xml::requests(&fixture(name)).unwrap() {
            out.push((name.to_owned(), r));
        }
    }
    out
}

#[test]
fn every_status_in_every_fixture_is_understood() {
    let requests = all_fixture_requests();
    assert!(requests.len() > 150, "{}", requests.len());
    for (file, request) in &requests {
        let status = request.status.clone().unwrap_or(Status::Open);
        assert!(
            !matches!(status, Status::Other(_)),
            "{file}: {status:?} should be a known status"
        );
        assert!(message_id(&status).is_some());
        let expected = if status.is_closed() {
            Stage::Done
        } else {
            Stage::Received
        };
        assert_eq!(stage(&status), expected, "{file}");
    }
}

#[test]
fn chicagos_notes_make_the_timeline_newest_first() {
    let requests =
        open311::decode::requests(&fixture("chicago-2015-requests-extended.derived.json")).unwrap();
    let request = &requests[0];
    let events = timeline(request, &[]);
    assert_eq!(events.len(), request.notes.len());
    assert!(events.iter().all(|e| !e.seen_on_device));
    let times: Vec<i64> = events
        .iter()
        .filter_map(|e| e.at)
        .map(|t| t.unix_seconds)
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert_eq!(
        events.last().unwrap().text.as_deref(),
        Some("Request opened")
    );
    // A note with a description keeps both, as text.
    assert!(events.iter().any(|e| {
        e.text
            .as_deref()
            .is_some_and(|t| t.contains("Final Outcome\nCDOT"))
    }));
}

#[test]
fn without_notes_the_device_history_is_the_timeline() {
    let mut request = ServiceRequest {
        service_request_id: Some("1".into()),
        status: Some(Status::InProgress),
        requested_datetime: DateTime::parse("2026-11-01T10:00:00Z"),
        ..ServiceRequest::default()
    };
    let mut followed = Followed::default();
    followed.observe(&Status::Open, 1_793_000_000_000.0); // 2026-10-26, before it was sent?
    followed.observe(&Status::InProgress, 1_794_000_000_000.0);
    let events = timeline(&request, &followed.seen);
    assert!(events[0].seen_on_device);
    assert_eq!(events[0].status, Some(Status::InProgress));
    // The server's own submission date counts once.
    assert_eq!(
        events
            .iter()
            .filter(|e| e.status == Some(Status::Open))
            .count(),
        1
    );
    request.status = Some(Status::Closed);
    assert!(!is_overdue(&request, i64::MAX));
}

#[test]
fn overdue_only_when_the_expected_date_passed_and_still_open() {
    let request = ServiceRequest {
        status: Some(Status::Open),
        expected_datetime: DateTime::parse("2026-11-10T00:00:00Z"),
        ..ServiceRequest::default()
    };
    let before = DateTime::parse("2026-11-09T00:00:00Z")
        .unwrap()
        .unix_seconds;
    let after = DateTime::parse("2026-11-11T00:00:00Z")
        .unwrap()
        .unix_seconds;
    assert!(!is_overdue(&request, before));
    assert!(is_overdue(&request, after));
    let none = ServiceRequest {
        status: Some(Status::Open),
        ..ServiceRequest::default()
    };
    assert!(!is_overdue(&none, after), "no expected date: never overdue");
}
