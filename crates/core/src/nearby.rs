//! Problems already reported nearby (FixMyStreet's way of avoiding duplicates): once a place is
//! chosen, the open requests of the same service close to it, asked for with the extension the
//! city's server takes (`config.json` `open311.nearby`), nearest first.

use open311::encode::RequestsQuery;
use open311::{LatLong, ServiceRequest};

use crate::map::{EARTH_RADIUS_M, distance_m};
use crate::tracking::{Stage, stage};

/// How far from the chosen place requests are looked for (metres).
pub const RADIUS_M: f64 = 150.0;
/// The most requests shown.
pub const SHOWN: usize = 10;
/// The longest excerpt of a description in the list (characters).
pub const EXCERPT_CHARS: usize = 120;

/// The extension a city's server takes for "requests near a point".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NearbyStyle {
    /// `lat`, `long` and `radius` in metres (Helsinki's server).
    Radius,
    /// `bbox=minLng,minLat,maxLng,maxLat` (Mark-a-Spot).
    Bbox,
}

impl NearbyStyle {
    /// The style `open311.nearby` names (`"radius"`, `"bbox"`); `None` for anything else.
    pub fn from_name(name: &str) -> Option<NearbyStyle> {
        match name {
            "radius" => Some(NearbyStyle::Radius),
            "bbox" => Some(NearbyStyle::Bbox),
            _ => None,
        }
    }
}

/// The box of latitude and longitude `RADIUS_M` around `at`: `(min_long, min_lat, max_long,
/// max_lat)`.
pub fn bbox_around(at: LatLong, radius_m: f64) -> (f64, f64, f64, f64) {
    let dlat = (radius_m / EARTH_RADIUS_M).to_degrees();
    let dlong = dlat / at.lat.to_radians().cos().max(1e-6);
    (
        (at.long - dlong).max(-180.0),
        (at.lat - dlat).max(-90.0),
        (at.long + dlong).min(180.0),
        (at.lat + dlat).min(90.0),
    )
}

/// The `requests.json` query string for the open requests of `service_code` near `at`.
pub fn query(
    style: NearbyStyle,
    at: LatLong,
    service_code: &str,
    jurisdiction_id: Option<&str>,
) -> String {
    let base = RequestsQuery {
        service_codes: vec![service_code.to_owned()],
        statuses: vec!["open".to_owned()],
        ..RequestsQuery::default()
    }
    .to_query(jurisdiction_id);
    let near = match style {
        NearbyStyle::Radius => format!(
            "lat={:.6}&long={:.6}&radius={}",
            at.lat, at.long, RADIUS_M as u32
        ),
        NearbyStyle::Bbox => {
            let (w, s, e, n) = bbox_around(at, RADIUS_M);
            // Commas stay as they are: Mark-a-Spot splits on them.
            format!("bbox={w:.6},{s:.6},{e:.6},{n:.6}")
        }
    };
    if base.is_empty() {
        near
    } else {
        format!("{base}&{near}")
    }
}

/// A request near the chosen place.
#[derive(Debug, Clone, PartialEq)]
pub struct Nearby {
    pub request: ServiceRequest,
    /// From the chosen place, rounded to the metre.
    pub metres: f64,
}

/// What a server answered, as the list shows it: requests with an id and a point within
/// [`RADIUS_M`] of `at`, of `service_code` (when the server says), not finished, nearest first,
/// at most [`SHOWN`]. A server that ignores the extension or the filters is filtered here.
pub fn nearest(requests: Vec<ServiceRequest>, at: LatLong, service_code: &str) -> Vec<Nearby> {
    let mut near: Vec<Nearby> = requests
        .into_iter()
        .filter(|r| {
            r.service_request_id
                .as_deref()
                .is_some_and(|id| !id.trim().is_empty())
        })
        .filter(|r| r.service_code.as_deref().is_none_or(|c| c == service_code))
        .filter(|r| r.status.as_ref().is_none_or(|s| stage(s) != Stage::Done))
        .filter_map(|request| {
            let metres = distance_m(at, request.location?).round();
            (metres <= RADIUS_M).then_some(Nearby { request, metres })
        })
        .collect();
    near.sort_by(|a, b| a.metres.total_cmp(&b.metres));
    // A server may list a request twice (paging that shifted): the nearest copy stays.
    let mut seen = std::collections::HashSet::new();
    near.retain(|n| seen.insert(n.request.service_request_id.clone()));
    near.truncate(SHOWN);
    near
}

/// Whole days between `requested` and `now` (Unix seconds); never negative (clocks differ).
pub fn age_days(requested_unix: i64, now_unix: i64) -> i64 {
    ((now_unix - requested_unix) / 86_400).max(0)
}

#[cfg(test)]
mod tests {
    use open311::Status;

    use super::*;

    const AT: LatLong = LatLong {
        lat: 43.589,
        long: -79.644,
    };

    fn request(id: &str, code: &str, status: Status, lat: f64, long: f64) -> ServiceRequest {
        ServiceRequest {
            service_request_id: Some(id.to_owned()),
            service_code: Some(code.to_owned()),
            status: Some(status),
            location: Some(LatLong { lat, long }),
            ..ServiceRequest::default()
        }
    }

    #[test]
    fn the_query_asks_for_open_requests_of_the_service_near_the_place() {
        let radius = query(NearbyStyle::Radius, AT, "pothole", None);
        assert_eq!(
            radius,
            "service_code=pothole&status=open&lat=43.589000&long=-79.644000&radius=150"
        );
        let bbox = query(NearbyStyle::Bbox, AT, "pothole", Some("city.example"));
        assert!(
            bbox.starts_with("jurisdiction_id=city.example&service_code=pothole&status=open&bbox="),
            "{bbox}"
        );
        let numbers: Vec<f64> = bbox
            .rsplit("bbox=")
            .next()
            .unwrap()
            .split(',')
            .map(|n| n.parse().unwrap())
            .collect();
        let (w, s, e, n) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        assert!(w < AT.long && AT.long < e && s < AT.lat && AT.lat < n);
        // The box reaches 150 m from the point in each direction, and not much more.
        for edge in [
            LatLong {
                lat: n,
                long: AT.long,
            },
            LatLong {
                lat: s,
                long: AT.long,
            },
            LatLong {
                lat: AT.lat,
                long: e,
            },
            LatLong {
                lat: AT.lat,
                long: w,
            },
        ] {
            let d = distance_m(AT, edge);
            assert!((149.0..151.0).contains(&d), "{edge:?}: {d}");
        }
        assert_eq!(NearbyStyle::from_name("bbox"), Some(NearbyStyle::Bbox));
        assert_eq!(NearbyStyle::from_name("radius"), Some(NearbyStyle::Radius));
        assert_eq!(NearbyStyle::from_name("circle"), None);
    }

    #[test]
    fn only_open_requests_of_the_service_within_the_radius_nearest_first() {
        let d = 0.0009; // about 100 m of latitude
        let mut answer = vec![
            request("far", "pothole", Status::Open, AT.lat + 3.0 * d, AT.long),
            request(
                "closed",
                "pothole",
                Status::Closed,
                AT.lat + 0.1 * d,
                AT.long,
            ),
            request("other", "graffiti", Status::Open, AT.lat, AT.long),
            request("second", "pothole", Status::InProgress, AT.lat + d, AT.long),
            request("first", "pothole", Status::Open, AT.lat + 0.2 * d, AT.long),
            ServiceRequest {
                location: None,
                ..request("nowhere", "pothole", Status::Open, 0.0, 0.0)
            },
            ServiceRequest {
                service_request_id: None,
                ..request("", "pothole", Status::Open, AT.lat, AT.long)
            },
        ];
        answer.push(answer[4].clone());
        // The same request again, with another between them at the same distance.
        answer.push(request(
            "second-twin",
            "pothole",
            Status::Open,
            AT.lat + 0.2 * d,
            AT.long,
        ));
        answer.push(answer[4].clone());
        let near = nearest(answer, AT, "pothole");
        let ids: Vec<_> = near
            .iter()
            .map(|n| n.request.service_request_id.clone().unwrap())
            .collect();
        assert_eq!(ids, ["first", "second-twin", "second"]);
        assert_eq!(near[0].metres, 20.0);
        assert_eq!(near[2].metres, 100.0);
    }

    #[test]
    fn at_most_ten_are_shown() {
        let many = (0..25)
            .map(|i| {
                let id = format!("r{i:02}");
                request(
                    &id,
                    "pothole",
                    Status::Open,
                    AT.lat + f64::from(i) * 0.00003,
                    AT.long,
                )
            })
            .rev()
            .collect();
        let near = nearest(many, AT, "pothole");
        assert_eq!(near.len(), SHOWN);
        assert_eq!(near[0].request.service_request_id.as_deref(), Some("r00"));
    }

    #[test]
    fn ages_are_whole_days_and_never_negative() {
        assert_eq!(age_days(0, 86_399), 0);
        assert_eq!(age_days(0, 86_400 * 3 + 5), 3);
        assert_eq!(age_days(1_000, 0), 0);
    }
}
