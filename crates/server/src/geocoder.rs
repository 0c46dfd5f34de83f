//! The demo geocoder (issue 15): the part of Nominatim's API the app's map uses, over the few
//! public places in `seed/addresses.json`, so the demo and the tests find addresses without a
//! geocoding service or anyone's usage policy.
//!
//! - `GET /geocode/search?q=..&format=jsonv2[&limit=n][&addressdetails=1]`: the places whose
//!   text holds every word of `q` (case and accents ignored; each word may be the start of a
//!   word, so "city cent" finds "300 City Centre Drive"), in the file's order, at most `limit`
//!   (default 10, at most 40): a JSON array, `[]` when nothing matches.
//! - `GET /geocode/reverse?lat=..&lon=..&format=jsonv2`: the nearest place within
//!   [`REVERSE_WITHIN_M`], with its `address`; none that near is `200 {"error": "Unable to
//!   geocode"}`, as Nominatim answers.
//!
//! Places are Nominatim's `jsonv2` objects (`format=json` names `category` `class`, as
//! Nominatim does); `format` may be left out. Coordinates are strings, as Nominatim sends them.
//! A missing or malformed parameter is a 400 `{"error": ".."}` naming it. Nominatim's other
//! parameters (`countrycodes`, `viewbox`, `accept-language`, ...) are ignored. Any origin may
//! read the answers (`cors.rs`); they are not cached.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};

use frontdesk_core::text::words;

use crate::nearby::{Point, distance_m};

/// How far `reverse` looks for a place, in metres.
pub const REVERSE_WITHIN_M: f64 = 300.0;
/// `search`'s default number of results, and its largest (Nominatim's own limits).
pub const DEFAULT_LIMIT: usize = 10;
pub const MAX_LIMIT: usize = 40;
/// Where every place is: the demo covers one city.
const STATE: &str = "Ontario";
const COUNTRY: &str = "Canada";
/// Half the side of a place's `boundingbox`, in degrees (about 50 m): enough for a map to
/// show the street around it.
const BOX_HALF_DEGREES: f64 = 0.0005;

/// One demo place, as `seed/addresses.json` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct Place {
    pub name: String,
    pub house_number: String,
    pub road: String,
    pub suburb: String,
    pub city: String,
    pub postcode: Option<String>,
    pub lat: f64,
    pub lon: f64,
}

/// The places, each with its text folded once for searching.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<(Place, Vec<String>)>,
}

#[derive(Deserialize)]
struct AddressFile {
    addresses: Vec<Place>,
}

impl Gazetteer {
    /// Reads an addresses file (`{"note": .., "addresses": [..]}`); every place must have
    /// coordinates on Earth.
    pub fn parse(text: &str) -> Result<Gazetteer, String> {
        let file: AddressFile =
            serde_json::from_str(text).map_err(|e| format!("addresses: {e}"))?;
        let mut places = Vec::with_capacity(file.addresses.len());
        for place in file.addresses {
            if !(-90.0..=90.0).contains(&place.lat) || !(-180.0..=180.0).contains(&place.lon) {
                return Err(format!("addresses: {} is not on Earth", place.name));
            }
            let text = [
                place.name.as_str(),
                &place.house_number,
                &place.road,
                &place.suburb,
                &place.city,
                place.postcode.as_deref().unwrap_or_default(),
                STATE,
                COUNTRY,
            ]
            .join(" ");
            places.push((place, words(&text)));
        }
        Ok(Gazetteer { places })
    }

    /// The places matching every word of `query`, with their ids, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<(usize, &Place)> {
        let wanted = words(query);
        self.places
            .iter()
            .enumerate()
            .filter(|(_, (_, text))| {
                wanted
                    .iter()
                    .all(|w| text.iter().any(|word| word.starts_with(w.as_str())))
            })
            .map(|(index, (place, _))| (id(index), place))
            .take(limit)
            .collect()
    }

    /// The nearest place within `within_m` metres of `p`, with its id.
    pub fn nearest(&self, p: Point, within_m: f64) -> Option<(usize, &Place)> {
        self.places
            .iter()
            .enumerate()
            .map(|(index, (place, _))| {
                let at = Point {
                    lat: place.lat,
                    long: place.lon,
                };
                (distance_m(p, at), index, place)
            })
            .filter(|(d, _, _)| *d <= within_m)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, index, place)| (id(index), place))
    }
}

/// A place's `place_id`: its position in the file, from 1.
fn id(index: usize) -> usize {
    index + 1
}

/// The routes; every other `/geocode/` path is a JSON 404, never the app's page.
pub fn router(gazetteer: Gazetteer) -> Router {
    let geocoder = Router::new()
        .route("/search", get(search))
        .route("/reverse", get(reverse))
        .fallback(not_here)
        .with_state(Arc::new(gazetteer));
    // `/geocode/` itself is outside the nested router's reach.
    let router = Router::new()
        .nest("/geocode", geocoder)
        .route("/geocode/", get(not_here));
    crate::cors::allow_any_origin_to_read(router)
}

type Args = Query<HashMap<String, String>>;

/// Nominatim's two JSON shapes; they differ in one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    JsonV2,
    Json,
}

fn answer(status: StatusCode, value: &Value) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        value.to_string(),
    )
        .into_response()
}

fn refusal(message: &str) -> Response {
    answer(StatusCode::BAD_REQUEST, &json!({ "error": message }))
}

/// A parameter as sent, trimmed; `None` when absent or empty.
fn arg<'a>(args: &'a HashMap<String, String>, name: &str) -> Option<&'a str> {
    args.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn style(args: &HashMap<String, String>) -> Result<Style, &'static str> {
    match arg(args, "format") {
        None | Some("jsonv2") => Ok(Style::JsonV2),
        Some("json") => Ok(Style::Json),
        Some(_) => Err("format must be jsonv2 or json: this demo geocoder answers JSON only"),
    }
}

async fn search(State(gazetteer): State<Arc<Gazetteer>>, Query(args): Args) -> Response {
    let style = match style(&args) {
        Ok(style) => style,
        Err(message) => return refusal(message),
    };
    let Some(query) = arg(&args, "q").filter(|q| !words(q).is_empty()) else {
        return refusal("q must name a place or an address");
    };
    let limit = match arg(&args, "limit").map(str::parse::<usize>) {
        None => DEFAULT_LIMIT,
        Some(Ok(n)) => n.clamp(1, MAX_LIMIT),
        Some(Err(_)) => return refusal("limit must be a whole number from 1 to 40"),
    };
    let details = arg(&args, "addressdetails") == Some("1");
    let found: Vec<Value> = gazetteer
        .search(query, limit)
        .into_iter()
        .map(|(id, place)| place_json(id, place, style, details))
        .collect();
    answer(StatusCode::OK, &Value::Array(found))
}

async fn reverse(State(gazetteer): State<Arc<Gazetteer>>, Query(args): Args) -> Response {
    let style = match style(&args) {
        Ok(style) => style,
        Err(message) => return refusal(message),
    };
    let coordinate = |name: &str, range: f64| {
        arg(&args, name)
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|v| v.is_finite() && v.abs() <= range)
    };
    let Some(lat) = coordinate("lat", 90.0) else {
        return refusal("lat must be a latitude from -90 to 90 (degrees)");
    };
    let Some(long) = coordinate("lon", 180.0) else {
        return refusal("lon must be a longitude from -180 to 180 (degrees)");
    };
    match gazetteer.nearest(Point { lat, long }, REVERSE_WITHIN_M) {
        Some((id, place)) => answer(StatusCode::OK, &place_json(id, place, style, true)),
        // Nominatim's answer for a place with nothing near, with a 200.
        None => answer(StatusCode::OK, &json!({ "error": "Unable to geocode" })),
    }
}

async fn not_here() -> Response {
    answer(
        StatusCode::NOT_FOUND,
        &json!({ "error": "No such geocoder resource: use /geocode/search or /geocode/reverse" }),
    )
}

/// A place as Nominatim writes it; `address` is Nominatim's `addressdetails`.
fn place_json(id: usize, place: &Place, style: Style, address: bool) -> Value {
    let degrees = |v: f64| format!("{v:.7}");
    let mut value = json!({
        "place_id": id,
        "licence": "Demo addresses for Frontdesk: approximate, not for dispatch or navigation",
        "lat": degrees(place.lat),
        "lon": degrees(place.lon),
        "display_name": format!(
            "{} {}, {}, {}, {STATE}, {COUNTRY}",
            place.house_number, place.road, place.suburb, place.city
        ),
        "name": place.name,
        "type": "house",
        "place_rank": 30,
        "importance": 0.5,
        "addresstype": "place",
        "boundingbox": [
            degrees(place.lat - BOX_HALF_DEGREES),
            degrees(place.lat + BOX_HALF_DEGREES),
            degrees(place.lon - BOX_HALF_DEGREES),
            degrees(place.lon + BOX_HALF_DEGREES),
        ],
    });
    let category = match style {
        Style::JsonV2 => "category",
        Style::Json => "class",
    };
    value[category] = json!("place");
    if address {
        let mut parts = json!({
            "house_number": place.house_number,
            "road": place.road,
            "suburb": place.suburb,
            "city": place.city,
            "state": STATE,
            "country": COUNTRY,
            "country_code": "ca",
        });
        if let Some(postcode) = &place.postcode {
            parts["postcode"] = json!(postcode);
        }
        value["address"] = parts;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Gazetteer {
        Gazetteer::parse(crate::DEMO_ADDRESSES).unwrap()
    }

    fn names(found: Vec<(usize, &Place)>) -> Vec<&str> {
        found.into_iter().map(|(_, p)| p.name.as_str()).collect()
    }

    #[test]
    fn the_shipped_addresses_are_mississauga_places() {
        let g = demo();
        assert!((15..=25).contains(&g.places.len()), "{}", g.places.len());
        for (p, _) in &g.places {
            assert_eq!(p.city, "Mississauga");
            // Mississauga lies within this box.
            assert!((43.47..43.75).contains(&p.lat), "{}", p.name);
            assert!((-79.82..-79.52).contains(&p.lon), "{}", p.name);
        }
        let note: Value = serde_json::from_str(crate::DEMO_ADDRESSES).unwrap();
        assert!(note["note"].as_str().unwrap().contains("approximate"));
    }

    #[test]
    fn every_word_must_match_the_start_of_a_word() {
        let g = demo();
        let civic = names(g.search("300 city centre", 10));
        assert_eq!(
            civic,
            ["Mississauga Civic Centre", "Mississauga Celebration Square"]
        );
        assert_eq!(
            names(g.search("CÉLÉBRATION squ", 10)),
            ["Mississauga Celebration Square"]
        );
        assert_eq!(
            names(g.search("square one", 10)),
            ["Square One Shopping Centre"]
        );
        assert_eq!(
            names(g.search("l5b 3y3", 10)),
            ["Mississauga Central Library"]
        );
        assert!(g.search("go station", 10).len() >= 4);
        assert_eq!(g.search("go station", 2).len(), 2);
        assert!(g.search("city centre ottawa", 10).is_empty());
        assert!(g.search("entre", 10).is_empty(), "not the middle of a word");
        // Ids are stable positions from 1.
        assert_eq!(g.search("civic", 1)[0].0, 1);
    }

    #[test]
    fn reverse_takes_the_nearest_within_300_m() {
        let g = demo();
        let civic = Point {
            lat: 43.5890,
            long: -79.6441,
        };
        let (id, place) = g.nearest(civic, REVERSE_WITHIN_M).unwrap();
        assert_eq!((id, place.name.as_str()), (1, "Mississauga Civic Centre"));
        // In Lake Ontario, far from every place.
        assert!(
            g.nearest(
                Point {
                    lat: 43.45,
                    long: -79.55
                },
                REVERSE_WITHIN_M
            )
            .is_none()
        );
    }

    #[test]
    fn places_in_nominatims_shapes() {
        let g = demo();
        let (id, place) = g.search("civic", 1)[0];
        let v = place_json(id, place, Style::JsonV2, false);
        assert_eq!(v["lat"], "43.5890000");
        assert_eq!(v["lon"], "-79.6441000");
        assert_eq!(
            v["display_name"],
            "300 City Centre Drive, City Centre, Mississauga, Ontario, Canada"
        );
        assert_eq!(v["category"], "place");
        assert!(v.get("class").is_none() && v.get("address").is_none());
        assert_eq!(v["boundingbox"][0], "43.5885000");
        let v = place_json(id, place, Style::Json, true);
        assert_eq!(v["class"], "place");
        assert!(v.get("category").is_none());
        assert_eq!(v["address"]["postcode"], "L5B 3C1");
        assert_eq!(v["address"]["state"], "Ontario");
    }

    #[test]
    fn a_place_off_the_earth_is_refused() {
        let text = r#"{"addresses": [{"name": "x", "house_number": "1", "road": "r",
            "suburb": "s", "city": "c", "lat": 91, "lon": 0}]}"#;
        assert!(Gazetteer::parse(text).is_err());
        assert!(Gazetteer::parse("[]").is_err());
    }
}
