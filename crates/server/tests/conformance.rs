//! GeoReport v2 conformance of the reference server, over HTTP: every method in both formats,
//! every error case, policies, batch and blackbox services, filters, history, faults.

mod support;

use frontdesk_server::faults::Faults;
use frontdesk_server::georeport::{Jurisdiction, Policy};
use open311::{Receipt, ServiceType, Status};
use support::*;

const V2: &str = "/open311/v2";

fn p(path: &str) -> String {
    format!("{V2}{path}")
}

#[tokio::test]
async fn discovery_in_both_formats() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    let json = get(addr, &p("/discovery.json")).await;
    assert_eq!(json.status, 200);
    let d = open311::decode::discovery(&json.body).unwrap();
    assert_eq!(d.endpoints[0].formats, ["application/json", "text/xml"]);
    let xml = get(addr, &p("/discovery.xml")).await;
    assert_eq!(xml.header("content-type"), Some("text/xml; charset=utf-8"));
    assert_eq!(open311::xml::discovery(&xml.body).unwrap(), d);
}

#[tokio::test]
async fn service_list_and_definitions_in_both_formats() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    let json = get(addr, &p("/services.json")).await;
    assert_eq!(
        json.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let services = open311::decode::services(&json.body).unwrap();
    assert_eq!(services.len(), 15);
    assert_eq!(
        open311::xml::services(&get(addr, &p("/services.xml")).await.body).unwrap(),
        services
    );
    for kind in [
        ServiceType::Realtime,
        ServiceType::Batch,
        ServiceType::Blackbox,
    ] {
        assert!(
            services.iter().any(|s| s.service_type == kind),
            "{kind:?} in the seed"
        );
    }
    assert!(services.iter().all(|s| !s.groups.is_empty()));

    // Every datatype, display-only text and a conditional question are in the seed.
    let mut datatypes = std::collections::BTreeSet::new();
    let (mut display_only, mut conditional) = (0, 0);
    for s in &services {
        let json = get(addr, &p(&format!("/services/{}.json", s.service_code))).await;
        let xml = get(addr, &p(&format!("/services/{}.xml", s.service_code))).await;
        let d = open311::decode::service_definition(&json.body).unwrap();
        assert_eq!(
            open311::xml::service_definition(&xml.body).unwrap(),
            d,
            "{}",
            s.service_code
        );
        assert_eq!(d.service_code, s.service_code);
        assert_eq!(s.metadata, !d.attributes.is_empty());
        for a in &d.attributes {
            datatypes.insert(a.datatype.as_str().to_owned());
            display_only += usize::from(!a.variable);
            conditional += usize::from(a.dependencies.is_some());
        }
    }
    for t in [
        "string",
        "number",
        "datetime",
        "text",
        "singlevaluelist",
        "multivaluelist",
        "informational",
        "boolean",
        "date",
    ] {
        assert!(datatypes.contains(t), "seed lacks {t}: {datatypes:?}");
    }
    assert!(display_only >= 2 && conditional >= 2);
}

#[tokio::test]
async fn unknown_service_resource_and_format_are_404_with_an_errors_array() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    for (path, xml) in [
        ("/services/NOPE.json", false),
        ("/services/NOPE.xml", true),
        ("/requests/999.json", false),
        ("/tokens/abc.xml", true),
        ("/services.txt", false),
        ("/nothing.json", false),
    ] {
        let r = get(addr, &p(path)).await;
        assert_eq!(r.status, 404, "{path}");
        let e = open311::Open311Error::decode(r.status, &r.body);
        assert_eq!(e.kind, open311::ErrorKind::NotFound);
        assert!(!e.errors.is_empty(), "{path}: {}", r.body);
        assert_eq!(r.body.starts_with("<?xml"), xml);
    }
}

#[tokio::test]
async fn post_realtime_then_read_it_back_in_both_formats() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    let reply = post(addr, &p("/requests.json"), POTHOLE).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let submitted = open311::decode::submitted(&reply.body).unwrap();
    let Receipt::Id(id) = submitted.receipt else {
        panic!("realtime gives an id: {}", reply.body)
    };
    assert!(submitted.service_notice.is_some());

    let json = open311::decode::request(&get(addr, &p(&format!("/requests/{id}.json"))).await.body)
        .unwrap();
    let xml =
        open311::xml::requests(&get(addr, &p(&format!("/requests/{id}.xml"))).await.body).unwrap();
    assert_eq!(xml.len(), 1);
    assert_eq!(xml[0], json);
    assert_eq!(json.service_request_id.as_deref(), Some(id.as_str()));
    assert_eq!(json.status, Some(Status::Open));
    assert_eq!(json.service_name.as_deref(), Some("Pothole"));
    assert_eq!(json.description.as_deref(), Some("Deep hole"));
    let at = json.location.unwrap();
    assert!((at.lat - 43.589045).abs() < 1e-9 && (at.long + 79.64412).abs() < 1e-9);
    assert!(json.expected_datetime > json.requested_datetime);

    // The XML reply to a POST.
    let reply = post(addr, &p("/requests.xml"), POTHOLE).await;
    assert!(matches!(
        open311::xml::submitted(&reply.body).unwrap().receipt,
        Receipt::Id(_)
    ));
}

#[tokio::test]
async fn text_is_stored_and_returned_verbatim_never_interpreted() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    let text = "<script>alert('x')</script> & <br> café ١٢٣ 🚧\r\nline two";
    let body = format!(
        "service_code=LG-LITTER&address_string={}&attribute%5BITEMS%5D%5B%5D=BAGS&attribute%5BITEMS%5D%5B%5D=TIRES&description={}",
        open311::encode::form_escape("1 \"Main\" St"),
        open311::encode::form_escape(text)
    );
    let reply = post(addr, &p("/requests.json"), &body).await;
    let Receipt::Id(id) = open311::decode::submitted(&reply.body).unwrap().receipt else {
        panic!()
    };
    let json = open311::decode::request(
        &get(addr, &p(&format!("/requests/{id}.json?extensions=true")))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(json.description.as_deref(), Some(text));
    assert_eq!(json.address.as_deref(), Some("1 \"Main\" St"));
    assert_eq!(
        json.attributes[0].values,
        ["BAGS", "TIRES"],
        "multivaluelist kept in order"
    );
    let xml = get(addr, &p(&format!("/requests/{id}.xml"))).await.body;
    assert!(xml.contains("&lt;script&gt;"));
    assert_eq!(
        open311::xml::requests(&xml).unwrap()[0]
            .description
            .as_deref(),
        Some(text)
    );
}

#[tokio::test]
async fn post_validation_errors() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let cases: &[(&str, u16, &str)] = &[
        ("lat=1&long=1", 400, "service_code was not provided"),
        (
            "service_code=&lat=1&long=1",
            400,
            "service_code was not provided",
        ),
        ("service_code=NOPE&lat=1&long=1", 404, "NOPE was not found"),
        ("service_code=CS-DEAD-ANIMAL", 400, "A location is required"),
        (
            "service_code=CS-DEAD-ANIMAL&lat=1",
            400,
            "lat and long must be sent together",
        ),
        (
            "service_code=CS-DEAD-ANIMAL&lat=91&long=1",
            400,
            "lat is not a valid coordinate",
        ),
        (
            "service_code=RD-POTHOLE&lat=1&long=1&attribute%5BHAZARD%5D=NO",
            400,
            "Where is the pothole? is required",
        ),
        (
            "service_code=RD-POTHOLE&lat=1&long=1&attribute%5BWHERE%5D=SKY&attribute%5BHAZARD%5D=NO",
            400,
            "SKY is not a choice of WHERE",
        ),
        (
            "service_code=RD-POTHOLE&lat=1&long=1&attribute%5BWHERE%5D=ROAD&attribute%5BHAZARD%5D=NO&attribute%5BSIZE%5D=big",
            400,
            "SIZE must be a number",
        ),
    ];
    for (body, status, message) in cases {
        let r = post(addr, &p("/requests.json"), body).await;
        assert_eq!(r.status, *status, "{body}: {}", r.body);
        let e = open311::Open311Error::decode(r.status, &r.body);
        assert!(
            e.server_text().unwrap_or_default().contains(message),
            "{body}: {}",
            r.body
        );
    }
    // The 4,000-character limit counts characters, not bytes.
    let exactly = "é".repeat(4000);
    let r = post(
        addr,
        &p("/requests.json"),
        &format!(
            "service_code=CS-DEAD-ANIMAL&address_id=A1&description={}",
            open311::encode::form_escape(&exactly)
        ),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let r = post(
        addr,
        &p("/requests.json"),
        &format!(
            "service_code=CS-DEAD-ANIMAL&address_id=A1&description={}é",
            open311::encode::form_escape(&exactly)
        ),
    )
    .await;
    assert_eq!(r.status, 400);
    // A hidden conditional question is not required; the repeated (Boston) list style is accepted.
    let r = post(addr, &p("/requests.json"), "service_code=LG-GRAFFITI&lat=1&long=1&attribute%5BSURFACE%5D=SIGN&attribute%5BOFFENSIVE%5D=NO").await;
    assert_eq!(r.status, 201, "{}", r.body);
    let r = post(addr, &p("/requests.json"), "service_code=RD-SIDEWALK&lat=1&long=1&attribute%5BPROBLEM%5D=HEAVE&attribute%5BPROBLEM%5D=CURB").await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(
        store.request_count().unwrap(),
        3,
        "only the valid posts were stored"
    );
}

#[tokio::test]
async fn api_key_is_checked_on_post_only() {
    let policy = Policy {
        api_key: Some("s3cret".into()),
        ..Policy::default()
    };
    let (addr, _) = start(policy, Faults::default()).await;
    assert_eq!(post(addr, &p("/requests.json"), POTHOLE).await.status, 403);
    assert_eq!(
        post(
            addr,
            &p("/requests.json"),
            &format!("{POTHOLE}&api_key=wrong")
        )
        .await
        .status,
        403
    );
    let r = post(
        addr,
        &p("/requests.xml"),
        &format!("{POTHOLE}&api_key=s3cret"),
    )
    .await;
    assert_eq!(r.status, 201);
    assert_eq!(
        get(addr, &p("/services.json")).await.status,
        200,
        "GETs need no key"
    );
}

#[tokio::test]
async fn jurisdiction_required_missing_is_400_wrong_is_404_empty_is_missing() {
    let policy = Policy {
        jurisdiction: Jurisdiction::Require("mississauga.ca".into()),
        ..Policy::default()
    };
    let (addr, _) = start(policy, Faults::default()).await;
    assert_eq!(get(addr, &p("/services.json")).await.status, 400);
    assert_eq!(
        get(addr, &p("/services.json?jurisdiction_id="))
            .await
            .status,
        400
    );
    assert_eq!(
        get(addr, &p("/services.json?jurisdiction_id=toronto.ca"))
            .await
            .status,
        404
    );
    assert_eq!(
        get(addr, &p("/services.json?jurisdiction_id=mississauga.ca"))
            .await
            .status,
        200
    );
    assert_eq!(post(addr, &p("/requests.json"), POTHOLE).await.status, 400);
    assert_eq!(
        post(
            addr,
            &p("/requests.json"),
            &format!("{POTHOLE}&jurisdiction_id=mississauga.ca")
        )
        .await
        .status,
        201
    );
}

#[tokio::test]
async fn batch_tokens_resolve_and_blackbox_gives_nothing_to_track() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    let r = post(
        addr,
        &p("/requests.json"),
        "service_code=TR-TREE&lat=1&long=1&attribute%5BWHAT%5D=DEAD",
    )
    .await;
    let Receipt::Token(token) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!("batch: {}", r.body)
    };
    let t = get(addr, &p(&format!("/tokens/{token}.json"))).await;
    assert_eq!(t.status, 200, "{}", t.body);
    let replies = open311::decode::token_replies(&t.body).unwrap();
    let id = replies[0].service_request_id.clone().unwrap();
    assert_eq!(
        open311::xml::token_replies(&get(addr, &p(&format!("/tokens/{token}.xml"))).await.body)
            .unwrap(),
        replies
    );
    assert_eq!(
        get(addr, &p(&format!("/requests/{id}.json"))).await.status,
        200
    );

    let r = post(addr, &p("/requests.json"), "service_code=NS-NOISE&address_string=Here&attribute%5BSOURCE%5D=BUSINESS&attribute%5BDATE%5D=2026-11-20").await;
    assert_eq!(r.status, 201, "{}", r.body);
    let s = open311::decode::submitted(&r.body).unwrap();
    assert_eq!(s.receipt, Receipt::Untracked);
    assert!(s.service_notice.unwrap().contains("can't be tracked"));
}

#[tokio::test]
async fn tokens_that_never_resolve_stay_404_and_hide_the_id() {
    let policy = Policy {
        tokens_never_resolve: true,
        ..Policy::default()
    };
    let (addr, _) = start(policy, Faults::default()).await;
    let r = post(
        addr,
        &p("/requests.json"),
        "service_code=TR-TREE&lat=1&long=1&attribute%5BWHAT%5D=DEAD",
    )
    .await;
    let Receipt::Token(token) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!()
    };
    let t = get(addr, &p(&format!("/tokens/{token}.json"))).await;
    assert_eq!(t.status, 404);
    assert!(t.body.contains("no service request yet"));
    let list = open311::decode::requests(&get(addr, &p("/requests.json")).await.body).unwrap();
    assert_eq!(list[0].token.as_deref(), Some(token.as_str()));
    assert_eq!(list[0].service_request_id, None);
    assert_eq!(get(addr, &p("/requests/1000001.json")).await.status, 404);
}

#[tokio::test]
async fn request_filters_paging_and_order() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let mut ids = Vec::new();
    for body in [
        POTHOLE,
        "service_code=CS-DEAD-ANIMAL&lat=1&long=1",
        POTHOLE,
        "service_code=CS-DEAD-ANIMAL&lat=2&long=2",
    ] {
        let r = post(addr, &p("/requests.json"), body).await;
        let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
            panic!()
        };
        ids.push(id);
    }
    store
        .set_status(
            &ids[1],
            &Status::Closed,
            Some("Removed"),
            frontdesk_server::store::now(),
        )
        .unwrap();
    let list = |q: &str| {
        let path = p(&format!("/requests.json{q}"));
        async move {
            let r = get(addr, &path).await;
            assert_eq!(r.status, 200, "{path}: {}", r.body);
            open311::decode::requests(&r.body)
                .unwrap()
                .into_iter()
                .map(|x| x.service_request_id.unwrap())
                .collect::<Vec<_>>()
        }
    };
    let newest_first: Vec<_> = ids.iter().rev().cloned().collect();
    assert_eq!(list("").await, newest_first);
    assert_eq!(
        list("?service_code=CS-DEAD-ANIMAL").await,
        [ids[3].clone(), ids[1].clone()]
    );
    assert_eq!(list("?status=closed").await, [ids[1].clone()]);
    assert_eq!(list("?status=open,closed").await.len(), 4);
    assert_eq!(list("?page_size=3&page=2").await, [ids[0].clone()]);
    assert_eq!(list("?page_size=3&page=0").await.len(), 3);
    // service_request_id overrides every other filter.
    assert_eq!(
        list(&format!(
            "?service_request_id={},{}&status=open",
            ids[0], ids[1]
        ))
        .await,
        [ids[1].clone(), ids[0].clone()]
    );
    assert!(
        list("?start_date=2001-01-01T00:00:00Z&end_date=2001-02-01T00:00:00Z")
            .await
            .is_empty()
    );
    for bad in [
        "?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
        "?start_date=yesterday",
        "?status=pending",
        "?page_size=ten",
    ] {
        let r = get(addr, &p(&format!("/requests.json{bad}"))).await;
        assert_eq!(r.status, 400, "{bad}");
    }
}

#[tokio::test]
async fn extensions_add_the_status_history() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let r = post(addr, &p("/requests.json"), POTHOLE).await;
    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!()
    };
    store
        .set_status(
            &id,
            &Status::parse("ACTION_SCHEDULED"),
            Some("Crew booked"),
            frontdesk_server::store::now(),
        )
        .unwrap();
    let plain =
        open311::decode::request(&get(addr, &p(&format!("/requests/{id}.json"))).await.body)
            .unwrap();
    assert_eq!(
        plain.status,
        Some(Status::Open),
        "without extensions the spec's two words"
    );
    assert!(plain.notes.is_empty());
    assert_eq!(plain.status_notes.as_deref(), Some("Crew booked"));
    let extended = open311::decode::request(
        &get(addr, &p(&format!("/requests/{id}.json?extensions=true")))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(extended.status, Some(Status::ActionScheduled));
    let kinds: Vec<_> = extended
        .notes
        .iter()
        .map(|n| n.note_type.clone().unwrap())
        .collect();
    assert_eq!(kinds, ["submitted", "activity"]);
    assert_eq!(
        extended.notes[1].description.as_deref(),
        Some("Crew booked")
    );
    let xml = open311::xml::requests(
        &get(addr, &p(&format!("/requests/{id}.xml?extensions=true")))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(xml[0].notes, extended.notes);
}

#[tokio::test]
async fn faults_errors_html_malformed_json_and_cors() {
    let (addr, _) = start(
        Policy::default(),
        Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
    )
    .await;
    let r = get(addr, &p("/services.json")).await;
    assert_eq!(r.status, 500);
    assert!(
        open311::Open311Error::decode(500, &r.body)
            .server_text()
            .is_some()
    );
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    // A busy server's wait is readable from another origin.
    assert!(
        r.header("access-control-expose-headers")
            .is_some_and(|h| h.to_ascii_lowercase().contains("retry-after")),
        "{:?}",
        r.header("access-control-expose-headers")
    );
    // A preflight is answered at once, faults or not.
    let preflight = http_raw(
        addr,
        &format!(
            "OPTIONS {} HTTP/1.1\r\nOrigin: https://app.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n",
            p("/requests.json")
        ),
        b"",
    )
    .await;
    assert!(preflight.status < 300, "{}", preflight.status);
    assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
    assert!(
        preflight
            .header("access-control-allow-methods")
            .is_some_and(|m| m.contains("POST"))
    );

    let (addr, _) = start(
        Policy::default(),
        Faults {
            html_errors: true,
            no_cors: true,
            ..Faults::default()
        },
    )
    .await;
    let r = get(addr, &p("/services/NOPE.json")).await;
    assert_eq!(r.status, 404);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert_eq!(r.header("access-control-allow-origin"), None);

    let (addr, _) = start(
        Policy::default(),
        Faults {
            malformed_json: true,
            ..Faults::default()
        },
    )
    .await;
    let r = get(addr, &p("/services.json")).await;
    assert_eq!(r.status, 200);
    assert!(open311::decode::services(&r.body).is_err());

    let (addr, _) = start(
        Policy::default(),
        Faults {
            error_rate: 0.5,
            ..Faults::default()
        },
    )
    .await;
    let mut failures = 0;
    for _ in 0..40 {
        failures += usize::from(get(addr, &p("/services.json")).await.status == 500);
    }
    assert!(
        (8..=32).contains(&failures),
        "about half of 40 failed: {failures}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_concurrent_posts_from_twenty_clients_are_stored_exactly_once() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let clients: Vec<_> = (0..20)
        .map(|client| {
            tokio::spawn(async move {
                let mut ids = Vec::new();
                for n in 0..10 {
                    let r = post(
                        addr,
                        &p("/requests.json"),
                        &format!("{POTHOLE}+{client}-{n}"),
                    )
                    .await;
                    assert_eq!(r.status, 201, "{}", r.body);
                    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt
                    else {
                        panic!()
                    };
                    ids.push(id);
                }
                ids
            })
        })
        .collect();
    let mut all = Vec::new();
    for c in clients {
        all.extend(c.await.unwrap());
    }
    assert_eq!(store.request_count().unwrap(), 200);
    let unique: std::collections::HashSet<_> = all.iter().collect();
    assert_eq!(unique.len(), 200);
    let listed = open311::decode::requests(&get(addr, &p("/requests.json")).await.body).unwrap();
    let descriptions: std::collections::HashSet<_> = listed
        .iter()
        .filter_map(|r| r.description.clone())
        .collect();
    assert_eq!(
        descriptions.len(),
        200,
        "each post stored once with its own text"
    );
}

fn multipart(fields: &[(&str, &str)], photos: &[&[u8]]) -> (String, Vec<u8>) {
    let boundary = "----frontdesk-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for bytes in photos {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"media\"; filename=\"p.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").as_bytes());
        body.extend(*bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").as_bytes());
    (
        format!(
            "POST {V2}/requests.json HTTP/1.1\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
        ),
        body,
    )
}

#[tokio::test]
async fn multipart_media_upload_is_stored_and_served_back() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let jpeg: Vec<u8> = [&[0xFF, 0xD8, 0xFF, 0xE0][..], &[7u8; 5000][..]].concat();
    let fields = [
        ("service_code", "LG-GRAFFITI"),
        ("lat", "43.6"),
        ("long", "-79.6"),
        ("attribute[SURFACE]", "SIGN"),
        ("attribute[OFFENSIVE]", "NO"),
        ("description", "Tag on a sign"),
    ];
    let (head, body) = multipart(&fields, &[&jpeg]);
    let r = http_raw(addr, &head, &body).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!()
    };
    let request =
        open311::decode::request(&get(addr, &p(&format!("/requests/{id}.json"))).await.body)
            .unwrap();
    assert_eq!(request.description.as_deref(), Some("Tag on a sign"));
    let url = request.media_urls[0].clone();
    // A path on this server, whatever the Host header or the scheme in front of it.
    assert!(url.starts_with("/media/") && url.ends_with(".jpg"), "{url}");
    assert!(
        frontdesk_core::media::shown_photo(&url, "https://311.city.example", None, &[]).is_some()
    );
    let served = get(addr, &url).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.header("content-length"), Some("5004"));
    // Its real type, never sniffed, never able to run anything, shown inline.
    assert_eq!(served.header("content-type"), Some("image/jpeg"));
    assert_eq!(served.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(
        served.header("content-security-policy"),
        Some("default-src 'none'; sandbox")
    );
    assert_eq!(
        served.header("content-disposition"),
        Some("inline; filename=\"photo.jpg\"")
    );
    // Only names the server gave: no way out of the folder, no part file, no other type.
    let name = url.trim_start_matches("/media/");
    for (path, status) in [
        ("/media/..%2Ffrontdesk.sqlite".to_owned(), 400),
        ("/media/%2e%2e/%2e%2e/etc/passwd".to_owned(), 400),
        (format!("/media/{name}%00.html"), 400),
        (format!("/media/{}", "a".repeat(9000)), 414),
        (format!("/media/.{name}.part"), 404),
        (format!("/media/{}", name.replace(".jpg", ".html")), 404),
        ("/media/".to_owned(), 404),
    ] {
        assert_eq!(get(addr, &path).await.status, status, "{path}");
    }

    // Not an image: refused, and nothing stored.
    let (head, body) = multipart(&fields, &[b"<svg onload=alert(1)>"]);
    let r = http_raw(addr, &head, &body).await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("JPEG, PNG or WebP"));
    // Too large: refused.
    let big = [&[0xFF, 0xD8, 0xFF][..], &vec![0u8; 11 * 1024 * 1024][..]].concat();
    let (head, body) = multipart(&fields, &[&big]);
    let r = http_raw(addr, &head, &body).await;
    assert!(matches!(r.status, 400 | 413), "{}: {}", r.status, r.body);
    assert_eq!(
        store.request_count().unwrap(),
        1,
        "refused uploads store no request"
    );
    // Multipart without a photo works like a form.
    let (head, body) = multipart(&fields, &[]);
    assert_eq!(http_raw(addr, &head, &body).await.status, 201);
}

#[tokio::test]
async fn several_photos_are_kept_the_first_as_media_url() {
    let (addr, _store) = start(Policy::default(), Faults::default()).await;
    let one: Vec<u8> = [&[0xFF, 0xD8, 0xFF, 0xE0][..], &[1u8; 100][..]].concat();
    let two: Vec<u8> = [&[0xFF, 0xD8, 0xFF, 0xE0][..], &[2u8; 200][..]].concat();
    let fields = [
        ("service_code", "CS-DEAD-ANIMAL"),
        ("address_string", "1 Main St"),
    ];
    let (head, body) = multipart(&fields, &[&one, &two]);
    let r = http_raw(addr, &head, &body).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!()
    };
    let plain = get(addr, &p(&format!("/requests/{id}.json"))).await.body;
    assert!(
        !plain.contains("media_urls"),
        "an extension only on request: {plain}"
    );
    let extended = open311::decode::request(
        &get(addr, &p(&format!("/requests/{id}.json?extensions=true")))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(extended.media_urls.len(), 2);
    let second = get(addr, &extended.media_urls[1]).await;
    assert_eq!(second.header("content-length"), Some("204"));
}

#[tokio::test]
async fn open311_replies_are_compressed_when_asked() {
    let (addr, _store) = start(Policy::default(), Faults::default()).await;
    let plain = get(addr, &p("/services.json")).await;
    assert_eq!(
        plain.header("content-encoding"),
        None,
        "not asked: not compressed"
    );
    let asked = http_raw(
        addr,
        &format!("GET {V2}/services.json HTTP/1.1\r\nAccept-Encoding: gzip\r\n"),
        b"",
    )
    .await;
    assert_eq!(asked.status, 200);
    assert_eq!(asked.header("content-encoding"), Some("gzip"));
}
