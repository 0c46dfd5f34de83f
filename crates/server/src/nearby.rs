//! Requests near a place, for the app's map (issue 15): two extensions of GET Service Requests
//! that real servers offer, checked here, and the geometry behind them.
//!
//! - Helsinki's `lat`, `long` and `radius`: requests within `radius` metres (at most
//!   [`MAX_RADIUS_M`]) of the point, by great-circle distance.
//! - Mark-a-Spot's `bbox=minLng,minLat,maxLng,maxLat`: requests inside the box.
//!
//! Both may be sent together: a request must then satisfy both. Results come nearest first,
//! from the radius's point when one is given, otherwise from the box's centre. Requests without
//! a location never match. The database narrows by a latitude/longitude box ([`Nearby::boxes`]);
//! the exact test and the order are here ([`nearest_first`]), in Rust, because SQLite has no
//! trigonometry by default.

use open311::ServiceRequest;

/// The app's own geometry (`frontdesk_core::map`): one Earth, one haversine.
pub use frontdesk_core::map::{EARTH_RADIUS_M, distance_m};
/// A point in WGS84 degrees.
pub use open311::LatLong as Point;
/// The largest `radius`: a neighbourhood. A wider circle would ask the database for most of a
/// city at once; the map asks again as the resident pans.
pub const MAX_RADIUS_M: f64 = 5000.0;

/// A latitude/longitude box in degrees, `min` at most `max` on both axes (never across the
/// antimeridian).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub min_lat: f64,
    pub min_long: f64,
    pub max_lat: f64,
    pub max_long: f64,
}

/// A checked nearby filter: a circle, a box, or both (a request must be in both).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nearby {
    /// The centre and the radius in metres.
    pub circle: Option<(Point, f64)>,
    pub bbox: Option<BBox>,
}

impl BBox {
    /// The smallest box holding every point within `radius_m` of `centre`. Near a pole, or where
    /// the circle crosses the antimeridian, it spans every longitude: the box only narrows the
    /// search, the distance decides.
    pub fn around(centre: Point, radius_m: f64) -> BBox {
        let d_lat = (radius_m / EARTH_RADIUS_M).to_degrees();
        let (min_lat, max_lat) = (centre.lat - d_lat, centre.lat + d_lat);
        let every_longitude = BBox {
            min_lat: min_lat.max(-90.0),
            min_long: -180.0,
            max_lat: max_lat.min(90.0),
            max_long: 180.0,
        };
        if min_lat <= -90.0 || max_lat >= 90.0 {
            return every_longitude;
        }
        // The widest point of the circle in longitude: asin(sin r / cos lat) (on the sphere).
        let ratio = (radius_m / EARTH_RADIUS_M).sin() / centre.lat.to_radians().cos();
        if ratio >= 1.0 {
            return every_longitude;
        }
        let d_long = ratio.asin().to_degrees();
        let (min_long, max_long) = (centre.long - d_long, centre.long + d_long);
        if min_long < -180.0 || max_long > 180.0 {
            return every_longitude;
        }
        BBox {
            min_lat,
            min_long,
            max_lat,
            max_long,
        }
    }

    /// Whether `p` is inside (edges included).
    pub fn contains(&self, p: Point) -> bool {
        (self.min_lat..=self.max_lat).contains(&p.lat)
            && (self.min_long..=self.max_long).contains(&p.long)
    }

    /// The middle of the box.
    pub fn centre(&self) -> Point {
        Point {
            lat: (self.min_lat + self.max_lat) / 2.0,
            long: (self.min_long + self.max_long) / 2.0,
        }
    }
}

impl Nearby {
    /// Reads the extensions from a query, `arg` giving a parameter's value (`None` when absent
    /// or empty). `Ok(None)` when neither is sent; the error names the parameter, for a 400.
    pub fn from_args<'a>(arg: impl Fn(&str) -> Option<&'a str>) -> Result<Option<Nearby>, String> {
        let circle = match (arg("lat"), arg("long"), arg("radius")) {
            (None, None, None) => None,
            (Some(lat), Some(long), Some(radius)) => {
                let centre = Point {
                    lat: coordinate(lat, 90.0)
                        .ok_or("lat must be a latitude from -90 to 90 (degrees)")?,
                    long: coordinate(long, 180.0)
                        .ok_or("long must be a longitude from -180 to 180 (degrees)")?,
                };
                let radius = radius
                    .parse::<f64>()
                    .ok()
                    .filter(|r| *r > 0.0 && *r <= MAX_RADIUS_M)
                    .ok_or("radius must be a number of metres, more than 0 and at most 5000")?;
                Some((centre, radius))
            }
            _ => return Err("lat, long and radius must be sent together".into()),
        };
        let bbox = match arg("bbox") {
            None => None,
            Some(text) => Some(parse_bbox(text).ok_or(
                "bbox must be minLng,minLat,maxLng,maxLat: longitudes from -180 to 180, \
                 latitudes from -90 to 90, each minimum at most its maximum",
            )?),
        };
        Ok((circle.is_some() || bbox.is_some()).then_some(Nearby { circle, bbox }))
    }

    /// The boxes a request's location must be in (all of them): the database's prefilter.
    pub fn boxes(&self) -> Vec<BBox> {
        self.circle
            .map(|(centre, radius)| BBox::around(centre, radius))
            .into_iter()
            .chain(self.bbox)
            .collect()
    }

    /// `Some(distance from the point results are ordered from)` when `p` matches, in metres.
    pub fn distance_if_inside(&self, p: Point) -> Option<f64> {
        if self.bbox.is_some_and(|b| !b.contains(p)) {
            return None;
        }
        match (self.circle, self.bbox) {
            (Some((centre, radius)), _) => Some(distance_m(centre, p)).filter(|d| *d <= radius),
            (None, Some(bbox)) => Some(distance_m(bbox.centre(), p)),
            (None, None) => None,
        }
    }
}

/// A finite number of degrees within ±`range`.
fn coordinate(text: &str, range: f64) -> Option<f64> {
    text.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= range)
}

fn parse_bbox(text: &str) -> Option<BBox> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let [min_long, min_lat, max_long, max_lat] = parts.as_slice() else {
        return None;
    };
    let bbox = BBox {
        min_lat: coordinate(min_lat, 90.0)?,
        min_long: coordinate(min_long, 180.0)?,
        max_lat: coordinate(max_lat, 90.0)?,
        max_long: coordinate(max_long, 180.0)?,
    };
    (bbox.min_lat <= bbox.max_lat && bbox.min_long <= bbox.max_long).then_some(bbox)
}

/// The requests (with their database row ids) that match `nearby`, nearest first (equal
/// distances keep the order given, newest first), then the page `offset..offset + limit`.
pub fn nearest_first<R>(
    rows: Vec<(R, ServiceRequest)>,
    nearby: &Nearby,
    limit: u32,
    offset: u32,
) -> Vec<(R, ServiceRequest)> {
    let mut found: Vec<(f64, (R, ServiceRequest))> = rows
        .into_iter()
        .filter_map(|row| {
            let at = row.1.location?;
            let p = Point {
                lat: at.lat,
                long: at.long,
            };
            nearby.distance_if_inside(p).map(|d| (d, row))
        })
        .collect();
    // Stable: equal distances stay newest first.
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    found
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|(_, row)| row)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CIVIC_CENTRE: Point = Point {
        lat: 43.5890,
        long: -79.6441,
    };

    fn args<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<&'a str> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    #[test]
    fn haversine_distances() {
        assert_eq!(distance_m(CIVIC_CENTRE, CIVIC_CENTRE), 0.0);
        // One degree of latitude is R·π/180.
        let north = Point {
            lat: CIVIC_CENTRE.lat + 1.0,
            ..CIVIC_CENTRE
        };
        let degree = EARTH_RADIUS_M * std::f64::consts::PI / 180.0;
        assert!((distance_m(CIVIC_CENTRE, north) - degree).abs() < 1e-6);
        // Civic Centre to Port Credit GO: 5,919 m (as other haversine code gives with this
        // radius), the same both ways.
        let port_credit = Point {
            lat: 43.5555,
            long: -79.5870,
        };
        let d = distance_m(CIVIC_CENTRE, port_credit);
        assert!((d - 5_919.16).abs() < 0.01, "{d}");
        assert_eq!(d, distance_m(port_credit, CIVIC_CENTRE));
        // Antipodes: half the circumference, not NaN.
        let half = distance_m(
            Point {
                lat: 0.0,
                long: 0.0,
            },
            Point {
                lat: 0.0,
                long: 180.0,
            },
        );
        assert!((half - EARTH_RADIUS_M * std::f64::consts::PI).abs() < 1e-3);
        // Across the antimeridian, the short way round.
        let across = distance_m(
            Point {
                lat: 0.0,
                long: 179.9999,
            },
            Point {
                lat: 0.0,
                long: -179.9999,
            },
        );
        assert!(across < 25.0, "{across}");
    }

    #[test]
    fn the_box_around_a_circle_holds_the_circle() {
        let b = BBox::around(CIVIC_CENTRE, 1000.0);
        assert!(b.contains(CIVIC_CENTRE));
        // Points 999 m away in eight directions are inside; the box is not much larger.
        for bearing in (0..360).step_by(45) {
            let p = destination(CIVIC_CENTRE, f64::from(bearing), 999.0);
            assert!((distance_m(CIVIC_CENTRE, p) - 999.0).abs() < 0.01);
            assert!(b.contains(p), "{bearing}° {p:?} {b:?}");
        }
        assert!(!b.contains(destination(CIVIC_CENTRE, 0.0, 1001.0)));
        assert!(!b.contains(destination(CIVIC_CENTRE, 90.0, 1001.0)));
        // Near a pole or across the antimeridian: every longitude.
        let pole = BBox::around(
            Point {
                lat: 89.99,
                long: 10.0,
            },
            5000.0,
        );
        assert_eq!(
            (pole.min_long, pole.max_long, pole.max_lat),
            (-180.0, 180.0, 90.0)
        );
        let edge = BBox::around(
            Point {
                lat: 0.0,
                long: 179.99,
            },
            5000.0,
        );
        assert_eq!((edge.min_long, edge.max_long), (-180.0, 180.0));
    }

    /// The point `distance` metres from `from` on `bearing` degrees (spherical).
    fn destination(from: Point, bearing: f64, distance: f64) -> Point {
        let (lat1, long1, theta) = (
            from.lat.to_radians(),
            from.long.to_radians(),
            bearing.to_radians(),
        );
        let delta = distance / EARTH_RADIUS_M;
        let lat2 = (lat1.sin() * delta.cos() + lat1.cos() * delta.sin() * theta.cos()).asin();
        let long2 = long1
            + (theta.sin() * delta.sin() * lat1.cos()).atan2(delta.cos() - lat1.sin() * lat2.sin());
        Point {
            lat: lat2.to_degrees(),
            long: long2.to_degrees(),
        }
    }

    #[test]
    fn parameters_are_checked_and_named() {
        assert_eq!(Nearby::from_args(args(&[])), Ok(None));
        let n = Nearby::from_args(args(&[
            ("lat", "43.589"),
            ("long", "-79.644"),
            ("radius", "250"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(
            n.circle,
            Some((
                Point {
                    lat: 43.589,
                    long: -79.644
                },
                250.0
            ))
        );
        let n = Nearby::from_args(args(&[("bbox", "-79.7, 43.5,-79.6,43.6")]))
            .unwrap()
            .unwrap();
        assert_eq!(
            n.bbox,
            Some(BBox {
                min_lat: 43.5,
                min_long: -79.7,
                max_lat: 43.6,
                max_long: -79.6
            })
        );
        assert_eq!(n.boxes().len(), 1);
        let error = |pairs: &[(&str, &str)]| Nearby::from_args(args(pairs)).unwrap_err();
        for (pairs, named) in [
            (
                &[("lat", "43"), ("long", "-79")][..],
                "lat, long and radius",
            ),
            (&[("radius", "100")][..], "lat, long and radius"),
            (&[("lat", "91"), ("long", "0"), ("radius", "1")][..], "lat"),
            (&[("lat", "NaN"), ("long", "0"), ("radius", "1")][..], "lat"),
            (
                &[("lat", "0"), ("long", "-180.5"), ("radius", "1")][..],
                "long",
            ),
            (
                &[("lat", "0"), ("long", "inf"), ("radius", "1")][..],
                "long",
            ),
            (
                &[("lat", "0"), ("long", "0"), ("radius", "0")][..],
                "radius",
            ),
            (
                &[("lat", "0"), ("long", "0"), ("radius", "5000.1")][..],
                "radius",
            ),
            (
                &[("lat", "0"), ("long", "0"), ("radius", "-5")][..],
                "radius",
            ),
            (
                &[("lat", "0"), ("long", "0"), ("radius", "1km")][..],
                "radius",
            ),
            (&[("bbox", "1,2,3")][..], "bbox"),
            (&[("bbox", "1,2,3,4,5")][..], "bbox"),
            (&[("bbox", "-79.6,43.5,-79.7,43.6")][..], "bbox"),
            (&[("bbox", "-79.7,43.6,-79.6,43.5")][..], "bbox"),
            (&[("bbox", "-181,0,0,1")][..], "bbox"),
            (&[("bbox", "0,-91,1,1")][..], "bbox"),
            (&[("bbox", "a,b,c,d")][..], "bbox"),
        ] {
            assert!(error(pairs).starts_with(named), "{pairs:?}");
        }
        assert_eq!(
            error(&[("lat", "0"), ("long", "0"), ("radius", "9000")]),
            "radius must be a number of metres, more than 0 and at most 5000"
        );
    }

    #[test]
    fn both_filters_must_hold_and_order_is_by_distance() {
        let both = Nearby {
            circle: Some((CIVIC_CENTRE, 1000.0)),
            bbox: Some(BBox {
                min_lat: 43.0,
                min_long: -79.6441,
                max_lat: 44.0,
                max_long: -79.0,
            }),
        };
        let east = destination(CIVIC_CENTRE, 90.0, 500.0);
        let west = destination(CIVIC_CENTRE, 270.0, 500.0);
        assert!(both.distance_if_inside(east).is_some());
        assert!(both.distance_if_inside(west).is_none(), "outside the box");
        assert!(
            both.distance_if_inside(destination(CIVIC_CENTRE, 90.0, 1500.0))
                .is_none(),
            "outside the circle"
        );
        assert_eq!(both.boxes().len(), 2);
        let bbox_only = Nearby {
            circle: None,
            ..both
        };
        let d = bbox_only.distance_if_inside(east).unwrap();
        assert!((d - distance_m(bbox_only.bbox.unwrap().centre(), east)).abs() < 1e-9);
    }

    #[test]
    fn nearest_first_then_paged() {
        let at = |id: &str, p: Option<Point>| ServiceRequest {
            service_request_id: Some(id.to_owned()),
            location: p.map(|p| open311::LatLong {
                lat: p.lat,
                long: p.long,
            }),
            ..ServiceRequest::default()
        };
        let rows = vec![
            (1, at("far", Some(destination(CIVIC_CENTRE, 0.0, 900.0)))),
            (2, at("none", None)),
            (3, at("near", Some(destination(CIVIC_CENTRE, 180.0, 100.0)))),
            (4, at("out", Some(destination(CIVIC_CENTRE, 0.0, 1200.0)))),
            (5, at("mid", Some(destination(CIVIC_CENTRE, 90.0, 400.0)))),
        ];
        let nearby = Nearby {
            circle: Some((CIVIC_CENTRE, 1000.0)),
            bbox: None,
        };
        let ids = |rows: Vec<(i32, ServiceRequest)>| -> Vec<String> {
            rows.into_iter()
                .filter_map(|(_, r)| r.service_request_id)
                .collect()
        };
        assert_eq!(
            ids(nearest_first(rows.clone(), &nearby, 10, 0)),
            ["near", "mid", "far"]
        );
        assert_eq!(ids(nearest_first(rows.clone(), &nearby, 1, 1)), ["mid"]);
        assert!(nearest_first(rows, &nearby, 10, 3).is_empty());
    }
}
