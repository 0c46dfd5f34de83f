//! A Nominatim-compatible geocoder (`config.json` `map.geocoder`): the two questions the map
//! asks (`/search` for a typed address, `/reverse` for a placed pin), reading its answers, and
//! the pace public Nominatim servers require: only on an explicit action, at most once a second.

use open311::LatLong;
// A query value escaped as a path segment is: every byte but RFC 3986's unreserved ones.
use open311::encode::segment as encode;
use serde_json::Value;

/// The least time between two questions to the geocoder (milliseconds).
pub const MIN_INTERVAL_MS: f64 = 1_000.0;
/// The longest address kept from a geocoder (characters).
const MAX_NAME_CHARS: usize = 300;

/// `base/search` for `address`, in `language` (Nominatim's `accept-language`), at most five
/// places, inside the city's box when given as `(min_long, min_lat, max_long, max_lat)`.
pub fn search_url(
    base: &str,
    address: &str,
    language: &str,
    city_box: Option<(f64, f64, f64, f64)>,
) -> String {
    let mut url = format!(
        "{base}/search?format=jsonv2&limit=5&accept-language={}&q={}",
        encode(language),
        encode(address.trim())
    );
    if let Some((w, s, e, n)) = city_box {
        // viewbox is x1,y1,x2,y2; bounded=1 keeps answers inside it.
        url.push_str(&format!("&viewbox={w},{n},{e},{s}&bounded=1"));
    }
    url
}

/// `base/reverse` for `at`, in `language`.
pub fn reverse_url(base: &str, at: LatLong, language: &str) -> String {
    format!(
        "{base}/reverse?format=jsonv2&accept-language={}&lat={:.6}&lon={:.6}",
        encode(language),
        at.lat,
        at.long
    )
}

/// A place the geocoder named.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub at: LatLong,
    /// Nominatim's `display_name`, as text.
    pub name: String,
}

/// One place of an answer: `lat`/`lon` as strings (as Nominatim sends) or numbers, and a
/// non-empty `display_name`. Anything else is no place.
fn place(value: &Value) -> Option<Place> {
    let number = |key: &str| match value.get(key)? {
        Value::String(s) => s.trim().parse::<f64>().ok(),
        Value::Number(n) => n.as_f64(),
        _ => None,
    };
    let (lat, long) = (number("lat")?, number("lon")?);
    if !(lat.is_finite() && long.is_finite() && lat.abs() <= 90.0 && long.abs() <= 180.0) {
        return None;
    }
    let name: String = value
        .get("display_name")?
        .as_str()?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    (!name.is_empty()).then_some(Place {
        at: LatLong { lat, long },
        name,
    })
}

/// The places of a `/search` answer (an array), in the geocoder's order; unusable entries are
/// left out.
pub fn search_answer(value: &Value) -> Vec<Place> {
    value
        .as_array()
        .map(|items| items.iter().filter_map(place).collect())
        .unwrap_or_default()
}

/// The place of a `/reverse` answer; `None` for `{"error": ...}` (nothing there) or anything
/// unusable.
pub fn reverse_answer(value: &Value) -> Option<Place> {
    if value.get("error").is_some() {
        return None;
    }
    place(value)
}

/// How long to wait before asking the geocoder, when it was last asked at `last_ms` (`None`:
/// never) and it is now `now_ms`: 0 to ask at once.
pub fn wait_ms(last_ms: Option<f64>, now_ms: f64) -> f64 {
    last_ms.map_or(0.0, |last| {
        (last + MIN_INTERVAL_MS - now_ms).clamp(0.0, MIN_INTERVAL_MS)
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn questions_are_encoded_and_bounded_to_the_city() {
        assert_eq!(
            search_url(
                "/geocode",
                " 300 City Centre Dr & Burnhamthorpe ",
                "fr",
                None
            ),
            "/geocode/search?format=jsonv2&limit=5&accept-language=fr&q=300%20City%20Centre%20Dr%20%26%20Burnhamthorpe"
        );
        let bounded = search_url(
            "https://n.example",
            "Église",
            "zh-Hans",
            Some((-79.81, 43.47, -79.52, 43.74)),
        );
        assert!(
            bounded.contains(
                "accept-language=zh-Hans&q=%C3%89glise&viewbox=-79.81,43.74,-79.52,43.47&bounded=1"
            ),
            "{bounded}"
        );
        assert_eq!(
            reverse_url(
                "/geocode",
                LatLong {
                    lat: 43.589,
                    long: -79.644
                },
                "ar"
            ),
            "/geocode/reverse?format=jsonv2&accept-language=ar&lat=43.589000&lon=-79.644000"
        );
    }

    #[test]
    fn answers_are_read_as_text_and_bad_entries_dropped() {
        let answer = json!([
            {"lat": "43.5890000", "lon": "-79.6441000", "display_name": "300 City Centre Drive,\n Mississauga"},
            {"lat": 43.6, "lon": -79.6, "display_name": "<b>Square One</b>"},
            {"lat": "north", "lon": "-79.6", "display_name": "Nowhere"},
            {"lat": "95", "lon": "-79.6", "display_name": "Off the globe"},
            {"lat": "43.6", "lon": "-79.6", "display_name": ""},
            {"lat": "43.6", "lon": "-79.6"},
            "text"
        ]);
        let places = search_answer(&answer);
        assert_eq!(places.len(), 2);
        assert_eq!(places[0].name, "300 City Centre Drive, Mississauga");
        assert_eq!(
            places[0].at,
            LatLong {
                lat: 43.589,
                long: -79.6441
            }
        );
        // Text, never markup: shown as typed.
        assert_eq!(places[1].name, "<b>Square One</b>");
        assert!(search_answer(&json!({"error": "x"})).is_empty());
        let long_name = "a ".repeat(400);
        let one = search_answer(&json!([{"lat": "1", "lon": "1", "display_name": long_name}]));
        assert_eq!(one[0].name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn reverse_says_nothing_for_an_error() {
        assert_eq!(reverse_answer(&json!({"error": "Unable to geocode"})), None);
        let place = reverse_answer(&json!({"lat": "43.5", "lon": "-79.6", "display_name": "Here"}));
        assert_eq!(place.map(|p| p.name), Some("Here".to_owned()));
    }

    #[test]
    fn at_most_one_question_a_second() {
        assert_eq!(wait_ms(None, 5_000.0), 0.0);
        assert_eq!(wait_ms(Some(5_000.0), 5_200.0), 800.0);
        assert_eq!(wait_ms(Some(5_000.0), 6_000.0), 0.0);
        assert_eq!(wait_ms(Some(5_000.0), 9_000.0), 0.0);
        // A clock that went back waits at most a second.
        assert_eq!(wait_ms(Some(9_000.0), 5_000.0), MIN_INTERVAL_MS);
    }
}
