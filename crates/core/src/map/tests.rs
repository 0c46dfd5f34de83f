use serde_json::json;

use super::*;

fn shipped() -> Value {
    json!({
        "tiles": "/tiles/{z}/{x}/{y}.svg",
        "attribution": "Demo tiles",
        "center": [43.589, -79.644],
        "zoom": 14, "min_zoom": 10, "max_zoom": 19,
        "bounds": [[43.47, -79.81], [43.74, -79.52]],
        "geocoder": "/geocode/"
    })
}

fn with(
    edit: impl FnOnce(&mut serde_json::Map<String, Value>),
) -> Result<Option<MapConfig>, ConfigError> {
    let mut value = shipped();
    edit(value.as_object_mut().unwrap());
    MapConfig::from_value(&value)
}

/// A change to the shipped map settings.
type Edit = Box<dyn Fn(&mut serde_json::Map<String, Value>)>;
/// What reading the edited settings gives.
type Read = Result<Option<MapConfig>, ConfigError>;

const MISSISSAUGA: LatLong = LatLong {
    lat: 43.589,
    long: -79.644,
};

#[test]
fn a_whole_map_setting_is_read() {
    let map = MapConfig::from_value(&shipped()).unwrap().unwrap();
    assert_eq!(map.center, MISSISSAUGA);
    assert_eq!((map.zoom, map.min_zoom, map.max_zoom), (14, 10, 19));
    assert_eq!(map.geocoder.as_deref(), Some("/geocode"));
    assert_eq!(map.tile_url(14, 4567, 5983), "/tiles/14/4567/5983.svg");
    assert_eq!(map.tiles_origin(), None);
    assert!(map.bounds.contains(MISSISSAUGA));
    assert!(
        !map.bounds.contains(LatLong {
            lat: 43.65,
            long: -79.38
        }),
        "Toronto"
    );
    assert_eq!(MapConfig::from_value(&Value::Null), Ok(None));
}

#[test]
fn zooms_default_and_absolute_servers_give_their_origins() {
    let map = with(|m| {
        m.remove("min_zoom");
        m.remove("max_zoom");
        m.insert("geocoder".into(), Value::Null);
        m.insert(
            "tiles".into(),
            json!("https://tile.example.org/{z}/{x}/{y}.png"),
        );
    })
    .unwrap()
    .unwrap();
    assert_eq!((map.min_zoom, map.max_zoom), (0, 19));
    assert_eq!(map.geocoder, None);
    assert_eq!(
        map.tiles_origin().as_deref(),
        Some("https://tile.example.org")
    );
    let map = with(|m| {
        m.insert("geocoder".into(), json!("https://nominatim.example.org/"));
    })
    .unwrap()
    .unwrap();
    assert_eq!(
        map.geocoder.as_deref(),
        Some("https://nominatim.example.org")
    );
    assert_eq!(
        map.geocoder_origin().as_deref(),
        Some("https://nominatim.example.org")
    );
}

#[test]
fn every_error_names_its_key() {
    let missing = |key: &str| Err(ConfigError::Missing(key.to_owned()));
    let invalid = |key: &str| Err(ConfigError::Invalid(key.to_owned()));
    let table: Vec<(&str, Edit, Read)> = vec![
        (
            "no tiles",
            Box::new(|m| {
                m.remove("tiles");
            }),
            missing("map.tiles"),
        ),
        (
            "tiles without {y}",
            Box::new(|m| {
                m.insert("tiles".into(), json!("/tiles/{z}/{x}.png"));
            }),
            invalid("map.tiles"),
        ),
        (
            "tiles from //",
            Box::new(|m| {
                m.insert("tiles".into(), json!("//evil.example/{z}/{x}/{y}"));
            }),
            invalid("map.tiles"),
        ),
        (
            "tiles ending a directive",
            Box::new(|m| {
                m.insert(
                    "tiles".into(),
                    json!("https://a.example;script-src/{z}/{x}/{y}"),
                );
            }),
            invalid("map.tiles"),
        ),
        (
            "tiles a number",
            Box::new(|m| {
                m.insert("tiles".into(), json!(3));
            }),
            invalid("map.tiles"),
        ),
        (
            "no attribution",
            Box::new(|m| {
                m.insert("attribution".into(), json!("  "));
            }),
            missing("map.attribution"),
        ),
        (
            "no zoom",
            Box::new(|m| {
                m.remove("zoom");
            }),
            missing("map.zoom"),
        ),
        (
            "zoom beyond max",
            Box::new(|m| {
                m.insert("zoom".into(), json!(20));
            }),
            invalid("map.zoom"),
        ),
        (
            "zoom negative",
            Box::new(|m| {
                m.insert("zoom".into(), json!(-1));
            }),
            invalid("map.zoom"),
        ),
        (
            "zoom a fraction",
            Box::new(|m| {
                m.insert("zoom".into(), json!(14.5));
            }),
            invalid("map.zoom"),
        ),
        (
            "max zoom 23",
            Box::new(|m| {
                m.insert("max_zoom".into(), json!(23));
            }),
            invalid("map.max_zoom"),
        ),
        (
            "min above max",
            Box::new(|m| {
                m.insert("min_zoom".into(), json!(18));
                m.insert("max_zoom".into(), json!(12));
            }),
            invalid("map.min_zoom"),
        ),
        (
            "no bounds",
            Box::new(|m| {
                m.remove("bounds");
            }),
            missing("map.bounds"),
        ),
        (
            "bounds upside down",
            Box::new(|m| {
                m.insert("bounds".into(), json!([[43.74, -79.52], [43.47, -79.81]]));
            }),
            invalid("map.bounds"),
        ),
        (
            "bounds of one corner",
            Box::new(|m| {
                m.insert("bounds".into(), json!([[43.47, -79.81]]));
            }),
            invalid("map.bounds"),
        ),
        (
            "bounds off the globe",
            Box::new(|m| {
                m.insert("bounds".into(), json!([[-91, -79.81], [43.74, -79.52]]));
            }),
            invalid("map.bounds"),
        ),
        (
            "no center",
            Box::new(|m| {
                m.remove("center");
            }),
            missing("map.center"),
        ),
        (
            "center outside the city",
            Box::new(|m| {
                m.insert("center".into(), json!([43.65, -79.38]));
            }),
            invalid("map.center"),
        ),
        (
            "center as text",
            Box::new(|m| {
                m.insert("center".into(), json!(["43.589", "-79.644"]));
            }),
            invalid("map.center"),
        ),
        (
            "geocoder a number",
            Box::new(|m| {
                m.insert("geocoder".into(), json!(1));
            }),
            invalid("map.geocoder"),
        ),
        (
            "geocoder with a space",
            Box::new(|m| {
                m.insert("geocoder".into(), json!("https://a.example/x y"));
            }),
            invalid("map.geocoder"),
        ),
    ];
    for (why, edit, expected) in table {
        assert_eq!(with(edit), expected, "{why}");
    }
    assert_eq!(MapConfig::from_value(&json!("yes")), invalid("map"));
}

#[test]
fn tiles_and_pixels_round_trip_at_every_zoom() {
    let points = [
        MISSISSAUGA,
        LatLong {
            lat: 43.047,
            long: -87.906,
        },
        LatLong {
            lat: -33.87,
            long: 151.21,
        },
        LatLong {
            lat: 0.0,
            long: 0.0,
        },
        LatLong {
            lat: 60.17,
            long: 24.94,
        },
    ];
    for zoom in [0, 1, 5, 10, 14, 17, 19, 22] {
        for p in points {
            let back = to_point(to_pixel(p, zoom), zoom);
            assert!(
                (back.lat - p.lat).abs() < 1e-9 && (back.long - p.long).abs() < 1e-9,
                "{p:?} at {zoom}: {back:?}"
            );
        }
    }
    // The standard slippy-map tile of a point: floor(pixel / 256).
    let p = to_pixel(MISSISSAUGA, 14);
    assert_eq!(
        ((p.x / TILE_SIZE) as u64, (p.y / TILE_SIZE) as u64),
        (4567, 5983)
    );
    let corner = to_point(WorldPixel { x: 0.0, y: 0.0 }, 0);
    assert!((corner.lat - MAX_LATITUDE).abs() < 1e-9 && corner.long == -180.0);
    assert_eq!(world_size(0), 256.0);
    assert_eq!(world_size(14), 256.0 * 16384.0);
}

#[test]
fn a_view_needs_the_tiles_under_it_and_a_tap_lands_where_it_was() {
    let view = View {
        center: MISSISSAUGA,
        zoom: 14,
        width: 390.0,
        height: 300.0,
    };
    let tiles = view.tiles();
    // 390 px wide spans 2 or 3 columns; 300 px spans 2 or 3 rows.
    assert!((4..=9).contains(&tiles.len()), "{}", tiles.len());
    for t in &tiles {
        assert!(
            t.left < 390.0 && t.left + TILE_SIZE > 0.0 && t.top < 300.0 && t.top + TILE_SIZE > 0.0,
            "{t:?}"
        );
    }
    assert!(tiles.iter().any(|t| (t.x, t.y) == (4567, 5983)));
    let (x, y) = view.screen_of(MISSISSAUGA);
    assert!((x - 195.0).abs() < 1e-6 && (y - 150.0).abs() < 1e-6);
    let tapped = view.point_at(10.0, 20.0);
    let (tx, ty) = view.screen_of(tapped);
    assert!((tx - 10.0).abs() < 1e-6 && (ty - 20.0).abs() < 1e-6);
    // At zoom 0 the one tile of the world, never a tile beyond its edges.
    let world = View {
        center: LatLong {
            lat: 0.0,
            long: 0.0,
        },
        zoom: 0,
        width: 1000.0,
        height: 1000.0,
    };
    assert_eq!(world.tiles().len(), 1);
}

#[test]
fn the_map_follows_the_pin_only_near_the_edge() {
    let view = View {
        center: MISSISSAUGA,
        zoom: 16,
        width: 300.0,
        height: 300.0,
    };
    assert_eq!(view.following(MISSISSAUGA), view);
    let mut pin = MISSISSAUGA;
    for _ in 0..20 {
        pin = moved(pin, 16, Move::East, false);
    }
    let followed = view.following(pin);
    let (x, _) = followed.screen_of(pin);
    assert!((x - (300.0 - FOLLOW_MARGIN_PX)).abs() < 1e-6, "{x}");
    let panned = view.panned(100.0, 0.0);
    assert!(panned.center.long > view.center.long);
    let bounds = Bounds {
        south_west: LatLong {
            lat: 43.47,
            long: -79.81,
        },
        north_east: LatLong {
            lat: 43.74,
            long: -79.52,
        },
    };
    let away = View {
        center: LatLong {
            lat: 44.0,
            long: -79.0,
        },
        ..view
    };
    assert_eq!(
        away.within(&bounds).center,
        LatLong {
            lat: 43.74,
            long: -79.52
        }
    );
    assert_eq!(view.within(&bounds), view);
}

#[test]
fn keys_move_the_pin_a_step_and_never_mirror() {
    let zoom = 17;
    let north = moved(MISSISSAUGA, zoom, Move::North, false);
    assert!(north.lat > MISSISSAUGA.lat && north.long == MISSISSAUGA.long);
    let metres = distance_m(MISSISSAUGA, north);
    // 16 px at zoom 17 near 43.6° N: about 1.19 m/px × cos(lat) × 16 ≈ 13.8 m.
    assert!((13.0..15.0).contains(&metres), "{metres}");
    let far = moved(MISSISSAUGA, zoom, Move::West, true);
    assert!((distance_m(MISSISSAUGA, far) / metres - 4.0).abs() < 0.01);
    assert_eq!(Move::from_key("ArrowLeft"), Some(Move::West));
    assert_eq!(Move::from_key("ArrowRight"), Some(Move::East));
    assert_eq!(Move::from_key("ArrowUp"), Some(Move::North));
    assert_eq!(Move::from_key("ArrowDown"), Some(Move::South));
    assert_eq!(Move::from_key("a"), None);
}

#[test]
fn distances_and_directions_are_what_a_person_would_say() {
    // Mississauga Civic Centre to Toronto City Hall: about 22 km, bearing about 71° (east).
    let toronto = LatLong {
        lat: 43.6534,
        long: -79.3839,
    };
    let d = distance_m(MISSISSAUGA, toronto);
    assert!((21_000.0..23_000.0).contains(&d), "{d}");
    assert_eq!(direction(MISSISSAUGA, toronto), Direction::East);
    let table = [
        (0.001, 0.0, Direction::North),
        (-0.001, 0.0, Direction::South),
        (0.0, 0.001, Direction::East),
        (0.0, -0.001, Direction::West),
        (0.001, 0.0014, Direction::NorthEast),
        (-0.001, -0.0014, Direction::SouthWest),
        (0.001, -0.0014, Direction::NorthWest),
        (-0.001, 0.0014, Direction::SouthEast),
    ];
    for (dlat, dlong, expected) in table {
        let to = LatLong {
            lat: MISSISSAUGA.lat + dlat,
            long: MISSISSAUGA.long + dlong,
        };
        assert_eq!(direction(MISSISSAUGA, to), expected, "{dlat} {dlong}");
    }
    let said = place_in_words(
        LatLong {
            lat: 43.590,
            long: -79.644,
        },
        MISSISSAUGA,
        Landmark::MapCentre,
    );
    assert_eq!(said.metres, 110.0);
    assert_eq!(said.direction, Some(Direction::North));
    let far = place_in_words(toronto, MISSISSAUGA, Landmark::Device);
    assert_eq!(far.metres % 100.0, 0.0);
    let here = place_in_words(MISSISSAUGA, MISSISSAUGA, Landmark::Device);
    assert_eq!((here.metres, here.direction), (0.0, None));
    assert_eq!(Direction::SouthWest.as_str(), "south-west");
}
