//! Requests near a point or in a box (issue 15's map), over HTTP: Helsinki's
//! `lat`/`long`/`radius` and Mark-a-Spot's `bbox` on GET Service Requests, nearest first, with
//! the other filters, paging and the default 90 days, and a 400 naming a malformed one.

mod support;

use std::net::SocketAddr;

use frontdesk_server::faults::Faults;
use frontdesk_server::georeport::Policy;
use frontdesk_server::store::{self, NewRecord};
use open311::{Receipt, Status};
use support::*;

const V2: &str = "/open311/v2";

/// Demo places: the Civic Centre (where `POTHOLE` is), Square One (482 m north-east of it),
/// Cooksville GO (1.64 km east) and Port Credit GO (5.92 km south-east).
const CIVIC: (f64, f64) = (43.589045, -79.644120);
const SQUARE_ONE: (f64, f64) = (43.5932, -79.6424);
const COOKSVILLE: (f64, f64) = (43.5838, -79.6251);
const PORT_CREDIT: (f64, f64) = (43.5555, -79.5870);

async fn report(addr: SocketAddr, body: &str) -> String {
    let r = post(addr, &format!("{V2}/requests.json"), body).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let Receipt::Id(id) = open311::decode::submitted(&r.body).unwrap().receipt else {
        panic!("{}", r.body)
    };
    id
}

fn at(code: &str, (lat, long): (f64, f64)) -> String {
    format!("service_code={code}&lat={lat}&long={long}")
}

/// The ids listed at `/requests.json{query}`, which must answer 200.
async fn ids(addr: SocketAddr, query: &str) -> Vec<String> {
    let r = get(addr, &format!("{V2}/requests.json{query}")).await;
    assert_eq!(r.status, 200, "{query}: {}", r.body);
    open311::decode::requests(&r.body)
        .unwrap()
        .into_iter()
        .map(|x| x.service_request_id.unwrap())
        .collect()
}

fn near(point: (f64, f64), radius: &str) -> String {
    format!("?lat={}&long={}&radius={radius}", point.0, point.1)
}

#[tokio::test]
async fn requests_within_a_radius_come_nearest_first_with_the_other_filters() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let civic = report(addr, POTHOLE).await;
    let square_one = report(addr, &at("CS-DEAD-ANIMAL", SQUARE_ONE)).await;
    let cooksville = report(addr, &at("CS-DEAD-ANIMAL", COOKSVILLE)).await;
    let port_credit = report(addr, &at("CS-DEAD-ANIMAL", PORT_CREDIT)).await;
    // No location but an address: never near anything.
    let nowhere = report(
        addr,
        "service_code=CS-DEAD-ANIMAL&address_string=300+City+Centre+Drive",
    )
    .await;
    assert_eq!(ids(addr, "").await.len(), 5);

    assert_eq!(
        ids(addr, &near(CIVIC, "1000")).await,
        [civic.as_str(), square_one.as_str()]
    );
    assert_eq!(
        ids(addr, &near(CIVIC, "2000")).await,
        [civic.as_str(), square_one.as_str(), cooksville.as_str()]
    );
    // Nearest first, whatever the age: from Cooksville, the Civic Centre (1.64 km), Square One
    // (1.74 km), Port Credit (4.39 km).
    assert_eq!(
        ids(addr, &near(COOKSVILLE, "5000")).await,
        [
            cooksville.as_str(),
            civic.as_str(),
            square_one.as_str(),
            port_credit.as_str()
        ]
    );
    assert_eq!(
        ids(addr, &near(PORT_CREDIT, "10.5")).await,
        [port_credit.as_str()]
    );
    assert!(!ids(addr, &near(CIVIC, "5000")).await.contains(&nowhere));

    // With service_code, status and paging.
    let within = near(CIVIC, "2000");
    assert_eq!(
        ids(addr, &format!("{within}&service_code=CS-DEAD-ANIMAL")).await,
        [square_one.as_str(), cooksville.as_str()]
    );
    store
        .set_status(&square_one, &Status::Closed, None, store::now())
        .unwrap();
    assert_eq!(
        ids(addr, &format!("{within}&status=open")).await,
        [civic.as_str(), cooksville.as_str()]
    );
    assert_eq!(
        ids(addr, &format!("{within}&status=closed")).await,
        [square_one.as_str()]
    );
    assert_eq!(
        ids(addr, &format!("{within}&page_size=1&page=2")).await,
        [square_one.as_str()]
    );
    assert_eq!(
        ids(addr, &format!("{within}&page_size=2&page=2")).await,
        [cooksville.as_str()]
    );
    assert!(
        ids(addr, &format!("{within}&page_size=2&page=3"))
            .await
            .is_empty()
    );
    // service_request_id overrides every other filter, nearby ones too.
    assert_eq!(
        ids(addr, &format!("{within}&service_request_id={port_credit}")).await,
        [port_credit.as_str()]
    );

    // XML too.
    let xml = get(addr, &format!("{V2}/requests.xml{}", near(CIVIC, "1000"))).await;
    assert_eq!(xml.status, 200);
    let listed: Vec<_> = open311::xml::requests(&xml.body)
        .unwrap()
        .into_iter()
        .map(|r| r.service_request_id.unwrap())
        .collect();
    assert_eq!(listed, [civic, square_one]);
}

#[tokio::test]
async fn a_box_orders_from_its_centre_and_both_filters_must_hold() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    let civic = report(addr, POTHOLE).await;
    let square_one = report(addr, &at("CS-DEAD-ANIMAL", SQUARE_ONE)).await;
    let cooksville = report(addr, &at("CS-DEAD-ANIMAL", COOKSVILLE)).await;
    let port_credit = report(addr, &at("CS-DEAD-ANIMAL", PORT_CREDIT)).await;
    // Centre 43.59, -79.63: Cooksville about 0.8 km, Square One 1.06 km, the Civic Centre 1.14 km.
    assert_eq!(
        ids(addr, "?bbox=-79.66,43.575,-79.60,43.605").await,
        [cooksville.as_str(), square_one.as_str(), civic.as_str()]
    );
    assert_eq!(
        ids(addr, "?bbox=-79.6,43.5,-79.5,43.6").await,
        [port_credit.as_str()]
    );
    // Edges count: a box that is a single point.
    assert_eq!(
        ids(addr, "?bbox=-79.5870,43.5555,-79.5870,43.5555").await,
        [port_credit]
    );
    assert!(ids(addr, "?bbox=0,0,1,1").await.is_empty());
    // Both: in the circle and in the box (which leaves out the Civic Centre, just west of it),
    // ordered from the circle's point.
    assert_eq!(
        ids(
            addr,
            &format!("{}&bbox=-79.643,43.58,-79.60,43.60", near(CIVIC, "2000"))
        )
        .await,
        [square_one, cooksville]
    );
}

#[tokio::test]
async fn the_default_90_days_still_apply_near_a_point() {
    let (addr, store) = start(Policy::default(), Faults::default()).await;
    let recent = report(addr, POTHOLE).await;
    let old_day = store::now() - 100 * 86_400;
    let old = store
        .insert_request(
            &NewRecord {
                service_code: "CS-DEAD-ANIMAL".into(),
                lat_long: Some(CIVIC),
                id_ready_at: Some(old_day),
                ..NewRecord::default()
            },
            old_day,
        )
        .unwrap()
        .service_request_id;
    assert_eq!(ids(addr, &near(CIVIC, "100")).await, [recent]);
    let start = open311::DateTime::from_unix(old_day - 86_400).to_w3c_utc();
    let end = open311::DateTime::from_unix(old_day + 86_400).to_w3c_utc();
    assert_eq!(
        ids(
            addr,
            &format!(
                "{}&start_date={}&end_date={}",
                near(CIVIC, "100"),
                start.replace('+', "%2B"),
                end.replace('+', "%2B")
            )
        )
        .await,
        [old]
    );
}

#[tokio::test]
async fn malformed_or_partial_nearby_filters_are_400s_naming_them() {
    let (addr, _) = start(Policy::default(), Faults::default()).await;
    for (query, named) in [
        (
            "lat=43.5&long=-79.6",
            "lat, long and radius must be sent together",
        ),
        ("radius=100", "lat, long and radius must be sent together"),
        (
            "lat=43.5&radius=100",
            "lat, long and radius must be sent together",
        ),
        ("lat=91&long=-79.6&radius=100", "lat must be a latitude"),
        ("lat=north&long=-79.6&radius=100", "lat must be a latitude"),
        (
            "lat=43.5&long=-180.01&radius=100",
            "long must be a longitude",
        ),
        ("lat=43.5&long=NaN&radius=100", "long must be a longitude"),
        (
            "lat=43.5&long=-79.6&radius=5001",
            "radius must be a number of metres",
        ),
        (
            "lat=43.5&long=-79.6&radius=0",
            "radius must be a number of metres",
        ),
        (
            "lat=43.5&long=-79.6&radius=1km",
            "radius must be a number of metres",
        ),
        (
            "bbox=-79.7,43.5,-79.6",
            "bbox must be minLng,minLat,maxLng,maxLat",
        ),
        (
            "bbox=-79.6,43.5,-79.7,43.6",
            "bbox must be minLng,minLat,maxLng,maxLat",
        ),
        (
            "bbox=-79.7,43.6,-79.6,43.5",
            "bbox must be minLng,minLat,maxLng,maxLat",
        ),
        (
            "bbox=-79.7,95,-79.6,96",
            "bbox must be minLng,minLat,maxLng,maxLat",
        ),
        ("bbox=a,b,c,d", "bbox must be minLng,minLat,maxLng,maxLat"),
    ] {
        let r = get(addr, &format!("{V2}/requests.json?{query}")).await;
        assert_eq!(r.status, 400, "{query}");
        let description = r.json()[0]["description"].as_str().unwrap().to_owned();
        assert!(description.starts_with(named), "{query}: {description}");
        assert_eq!(r.json()[0]["code"], 400);
    }
    let xml = get(addr, &format!("{V2}/requests.xml?radius=5")).await;
    assert_eq!(xml.status, 400);
    assert!(
        xml.body
            .contains("lat, long and radius must be sent together")
    );
    // Sent empty, as the spec says, is as if not sent.
    assert_eq!(
        get(
            addr,
            &format!("{V2}/requests.json?lat=&long=&radius=&bbox=")
        )
        .await
        .status,
        200
    );
}
