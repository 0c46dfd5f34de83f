//! What a POST's answer and a lookup do to a record, for every state and every kind of answer.

use frontdesk_core::failure::ApiError;
use frontdesk_core::submission::{
    AfterPost, Lookup, Origin, SendStep, State, Submission, after_lookup, after_post, claim,
    may_replace, on_send, to_migrate,
};
use open311::{Open311Error, Receipt, Submitted};

const NOW: f64 = 1_800_000_000_000.0;

fn sent(id: Option<&str>, token: Option<&str>) -> State {
    State::Sent {
        service_request_id: id.map(str::to_owned),
        token: token.map(str::to_owned),
        service_notice: None,
    }
}

fn states() -> Vec<State> {
    vec![
        State::Waiting { retry_at_ms: None },
        State::Waiting {
            retry_at_ms: Some(NOW + 1.0),
        },
        State::Sending,
        State::Unconfirmed,
        sent(Some("101"), None),
        sent(None, Some("tok")),
        State::Refused {
            status: 400,
            message: Some("No".into()),
        },
    ]
}

fn record(state: State, attempt_ms: Option<f64>) -> Submission {
    Submission {
        local_id: "local".into(),
        service_code: "RD".into(),
        service_name: "Roads".into(),
        description: String::new(),
        address: String::new(),
        position: None,
        service_type: "realtime".into(),
        body: "service_code=RD".into(),
        photos: Vec::new(),
        created_ms: NOW - 10_000.0,
        attempt_ms,
        state,
        origin: Origin::SentHere,
    }
}

fn taken(receipt: Receipt, notice: Option<&str>) -> Submitted {
    Submitted {
        receipt,
        service_notice: notice.map(str::to_owned),
        account_id: None,
    }
}

fn refused(status: u16, body: &str, retry_after: Option<u64>) -> ApiError {
    ApiError::Refused {
        error: Open311Error::decode(status, body),
        retry_after,
    }
}

#[test]
fn what_sending_starts_with_for_every_state() {
    for state in states() {
        for attempt in [None, Some(NOW - 5_000.0)] {
            let expected = match (&state, attempt) {
                (State::Sent { .. } | State::Refused { .. }, _) => SendStep::Nothing,
                // A POST began in a tab that closed: look for it, never send it again by itself.
                (State::Sending, Some(_)) => SendStep::LookUp,
                // A busy server's wait is honoured by every tab.
                (
                    State::Waiting {
                        retry_at_ms: Some(at),
                    },
                    _,
                ) if *at > NOW => SendStep::NotYet,
                _ => SendStep::Post,
            };
            assert_eq!(
                on_send(&record(state.clone(), attempt), NOW),
                expected,
                "{state:?} {attempt:?}"
            );
        }
    }
}

#[test]
fn what_a_posts_answer_does() {
    let table: Vec<(Result<Submitted, ApiError>, AfterPost)> = vec![
        (
            Ok(taken(Receipt::Id("101".into()), Some("Within 5 days"))),
            AfterPost::Now(State::Sent {
                service_request_id: Some("101".into()),
                token: None,
                service_notice: Some("Within 5 days".into()),
            }),
        ),
        (
            Ok(taken(Receipt::Token("tok-1".into()), None)),
            AfterPost::Now(sent(None, Some("tok-1"))),
        ),
        (
            Ok(taken(Receipt::Untracked, None)),
            AfterPost::Now(sent(None, None)),
        ),
        (
            Err(refused(
                400,
                r#"[{"code":400,"description":"Bad address"}]"#,
                None,
            )),
            AfterPost::Now(State::Refused {
                status: 400,
                message: Some("Bad address".into()),
            }),
        ),
        (
            Err(refused(403, "", None)),
            AfterPost::Now(State::Refused {
                status: 403,
                message: None,
            }),
        ),
        // "Not now": waiting again, until the server's Retry-After.
        (
            Err(refused(429, "", Some(120))),
            AfterPost::Now(State::Waiting {
                retry_at_ms: Some(NOW + 120_000.0),
            }),
        ),
        (
            Err(refused(503, "", None)),
            AfterPost::Now(State::Waiting {
                retry_at_ms: Some(NOW + 60_000.0),
            }),
        ),
        // Lost: it may have arrived, so it is looked for.
        (Err(refused(500, "", None)), AfterPost::LookUp),
        (Err(refused(502, "", Some(30))), AfterPost::LookUp),
        (Err(refused(408, "", None)), AfterPost::LookUp),
        (Err(ApiError::Offline), AfterPost::LookUp),
        (Err(ApiError::Unreachable), AfterPost::LookUp),
        (Err(ApiError::TimedOut), AfterPost::LookUp),
        (
            Err(ApiError::Malformed(open311::DecodeError::Shape("a reply"))),
            AfterPost::LookUp,
        ),
    ];
    for (result, expected) in table {
        assert_eq!(after_post(result.as_ref(), NOW), expected, "{result:?}");
    }
}

#[test]
fn what_a_lookup_does_to_every_state() {
    let lookups = [
        Lookup::Found("202".into()),
        Lookup::NotThere,
        Lookup::NotAsked,
    ];
    for state in states() {
        for lookup in &lookups {
            let expected = match (&state, lookup) {
                (State::Sending | State::Unconfirmed, Lookup::Found(id)) => sent(Some(id), None),
                (State::Sending | State::Unconfirmed, _) => State::Unconfirmed,
                // Settled meanwhile (by another tab): kept.
                (other, _) => other.clone(),
            };
            assert_eq!(
                after_lookup(&state, lookup),
                expected,
                "{state:?} {lookup:?}"
            );
        }
    }
}

#[test]
fn the_outbox_sends_by_itself_only_what_waits_and_is_due() {
    for state in states() {
        let due = record(state.clone(), None).is_due(NOW);
        let expected = matches!(state, State::Waiting { retry_at_ms: None });
        assert_eq!(due, expected, "{state:?}");
    }
    let later = record(
        State::Waiting {
            retry_at_ms: Some(NOW + 1.0),
        },
        None,
    );
    assert!(later.is_due(NOW + 1.0));
}

#[test]
fn records_kept_before_this_change_still_read() {
    let old = r#"{"local_id":"a","service_code":"RD","service_name":"Roads","body":"x",
        "created_ms":1.0,"state":{"state":"waiting"}}"#;
    let submission: Submission = serde_json::from_str(old).expect("an old record");
    assert_eq!(submission.state, State::Waiting { retry_at_ms: None });
    // And a plain wait is written as before.
    let written = serde_json::to_string(&submission.state).unwrap();
    assert_eq!(written, r#"{"state":"waiting"}"#);
}

#[test]
fn only_one_claim_posts_and_the_second_is_told_to_look_up() {
    for state in states() {
        let stored = record(state.clone(), None);
        let (step, written) = claim(&stored, NOW);
        assert_eq!(step, on_send(&stored, NOW), "{state:?}");
        match step {
            SendStep::Post => {
                let written = written.expect("a POST writes its claim first");
                assert_eq!(written.state, State::Sending);
                assert_eq!(written.attempt_ms, Some(NOW));
                // A second tab reading the claim after its commit never posts.
                let (second, again) = claim(&written, NOW + 1.0);
                assert_eq!(second, SendStep::LookUp, "{state:?}");
                assert!(again.is_none());
            }
            _ => assert!(written.is_none(), "{state:?} writes nothing"),
        }
    }
}

#[test]
fn a_result_is_written_only_over_the_state_it_was_worked_from() {
    let sending = State::Sending;
    assert!(may_replace(&sending, &State::Sending));
    // Another tab settled it meanwhile: a late "not found" must not take it back.
    for settled in [
        sent(Some("101"), None),
        State::Refused {
            status: 400,
            message: None,
        },
    ] {
        assert!(!may_replace(&sending, &settled));
    }
    // A second tab looked while this tab's POST was on its way and wrote "unconfirmed": the
    // POST's answer replaces that guess.
    assert!(may_replace(&sending, &State::Unconfirmed));
    assert!(!may_replace(&State::Unconfirmed, &State::Sending));
    assert!(!may_replace(
        &State::Waiting { retry_at_ms: None },
        &State::Sending
    ));
}

#[test]
fn the_old_list_moves_once_oldest_first_never_over_a_kept_copy() {
    let mut a = record(State::Waiting { retry_at_ms: None }, None);
    a.local_id = "a".into();
    a.created_ms = 3.0;
    let mut b = record(sent(Some("7"), None), None);
    b.local_id = "b".into();
    b.created_ms = 1.0;
    let mut c = record(State::Unconfirmed, Some(2.0));
    c.local_id = "c".into();
    c.created_ms = 2.0;
    let moving = to_migrate(
        vec![a.clone(), b.clone(), c.clone(), a.clone()],
        &["c".to_owned()],
    );
    let ids: Vec<&str> = moving.iter().map(|s| s.local_id.as_str()).collect();
    assert_eq!(ids, ["b", "a"]);
    assert_eq!(moving[1], a, "moved whole");
    assert!(to_migrate(Vec::new(), &[]).is_empty());
}

#[test]
fn a_followed_request_is_known_by_its_reference_and_never_sent() {
    let service: open311::Service = open311::decode::services_from_value(&serde_json::json!([{
        "service_code": "RD", "service_name": "Roads", "type": "realtime",
        "metadata": false, "keywords": "", "group": "Roads", "description": ""
    }]))
    .unwrap()
    .remove(0);
    let theirs = open311::ServiceRequest {
        service_request_id: Some("R-7".into()),
        description: Some("Deep pothole".into()),
        location: Some(open311::LatLong {
            lat: 43.5,
            long: -79.6,
        }),
        ..Default::default()
    };
    let followed = Submission::follow(&service, &theirs, "local".into(), NOW).unwrap();
    assert_eq!(followed.origin, Origin::Followed);
    assert_eq!(followed.service_request_id(), Some("R-7"));
    assert_eq!(on_send(&followed, NOW), SendStep::Nothing);
    assert!(followed.body.is_empty() && followed.photos.is_empty());
    assert_eq!(followed.position.map(|p| p.lat), Some(43.5));
    // Kept and read back as followed; a record from before the field reads as sent here.
    let text = serde_json::to_string(&followed).unwrap();
    let back: Submission = serde_json::from_str(&text).unwrap();
    assert_eq!(back, followed);
    let mine = record(State::Sending, None);
    let text = serde_json::to_string(&mine).unwrap();
    assert!(!text.contains("origin"), "{text}");
    assert_eq!(
        serde_json::from_str::<Submission>(&text).unwrap().origin,
        Origin::SentHere
    );
    let without_id = open311::ServiceRequest {
        service_request_id: None,
        ..theirs
    };
    assert_eq!(
        Submission::follow(&service, &without_id, "l".into(), NOW),
        None
    );
}

#[test]
fn the_email_given_with_a_request_is_read_back_for_the_updates_offer() {
    let mut sent = record(State::Sending, None);
    assert_eq!(sent.email(), None);
    sent.body = "service_code=RD&email=ana%2Bcity%40example.org&first_name=Ana".into();
    assert_eq!(sent.email().as_deref(), Some("ana+city@example.org"));
    sent.body = "service_code=RD&email=&description=email%3Dx".into();
    assert_eq!(sent.email(), None);
}

#[test]
fn a_request_looked_up_and_subscribed_to_is_kept_as_followed() {
    let request = open311::ServiceRequest {
        service_request_id: Some("1000042".into()),
        service_code: Some("RD-POTHOLE".into()),
        service_name: Some("Pothole".into()),
        description: Some("Deep".into()),
        ..open311::ServiceRequest::default()
    };
    let record = Submission::looked_up(&request, "local-9".into(), NOW).unwrap();
    assert_eq!(record.service_request_id(), Some("1000042"));
    assert_eq!(
        (record.service_code.as_str(), record.service_name.as_str()),
        ("RD-POTHOLE", "Pothole")
    );
    assert_eq!(record.origin, Origin::Followed);
    assert!(record.body.is_empty(), "nothing to send");
    let no_id = open311::ServiceRequest::default();
    assert!(Submission::looked_up(&no_id, "local-10".into(), NOW).is_none());
}
