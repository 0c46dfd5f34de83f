//! The map in the location step: its settings (`config.json` `map`), the slippy-map maths
//! (Web Mercator: a point, its pixel on the world at a zoom, the tiles a view needs), moving the
//! pin by keys or buttons, and the pin's place said in words. The app's map component only
//! draws what these functions decide.

use open311::LatLong;
use serde_json::Value;

use crate::config::ConfigError;

/// The side of a tile, in CSS pixels.
pub const TILE_SIZE: f64 = 256.0;
/// The furthest north or south Web Mercator draws (degrees).
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_6;
/// The mean Earth radius (metres), as the nearby search and the words about a place use it.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// How far one press of an arrow key or a move button takes the pin (CSS pixels at the zoom
/// shown), and with Shift held.
pub const PIN_STEP_PX: f64 = 16.0;
pub const PIN_STEP_FAR_PX: f64 = 64.0;
/// How close to the edge of the view the pin may come before the map follows it (pixels).
pub const FOLLOW_MARGIN_PX: f64 = 48.0;

/// The map settings (`config.json` `map`).
#[derive(Debug, Clone, PartialEq)]
pub struct MapConfig {
    /// Slippy-map URL template with `{z}`, `{x}` and `{y}`: a path on the app's origin
    /// (`/tiles/{z}/{x}/{y}.png`) or an absolute `https://` address.
    pub tiles: String,
    /// Who the map data comes from, always shown under the map.
    pub attribution: String,
    /// Where the map opens.
    pub center: LatLong,
    pub zoom: u8,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// The city: a place outside is refused with the city's name.
    pub bounds: Bounds,
    /// Base URL of a Nominatim-compatible geocoder (`/search`, `/reverse`), if any. Never ends
    /// with a slash.
    pub geocoder: Option<String>,
}

/// A box of latitude and longitude, south-west to north-east.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub south_west: LatLong,
    pub north_east: LatLong,
}

impl Bounds {
    /// Whether `point` is inside (edges included).
    pub fn contains(&self, point: LatLong) -> bool {
        (self.south_west.lat..=self.north_east.lat).contains(&point.lat)
            && (self.south_west.long..=self.north_east.long).contains(&point.long)
    }
}

/// The deepest zoom a tile server is asked for.
const DEEPEST_ZOOM: u64 = 22;

impl MapConfig {
    /// Reads `config.json`'s `map` value: `None` for null (no map: the location step as it
    /// always was), an error naming the key for anything unusable.
    pub fn from_value(value: &Value) -> Result<Option<MapConfig>, ConfigError> {
        let map = match value {
            Value::Null => return Ok(None),
            Value::Object(map) => map,
            _ => return Err(invalid("map")),
        };
        let text = |key: &str| -> Result<Option<String>, ConfigError> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
                Some(_) => Err(invalid(&format!("map.{key}"))),
            }
        };
        let tiles = text("tiles")?.ok_or_else(|| missing("map.tiles"))?;
        let has_slots = ["{z}", "{x}", "{y}"].iter().all(|s| tiles.contains(s));
        if !has_slots || !crate::media::is_path_or_plain_origin(&tiles) {
            return Err(invalid("map.tiles"));
        }
        let attribution = text("attribution")?.ok_or_else(|| missing("map.attribution"))?;
        let zoom = |key: &str, default: Option<u64>| -> Result<u8, ConfigError> {
            match map.get(key) {
                None | Some(Value::Null) => default.ok_or_else(|| missing(&format!("map.{key}"))),
                Some(v) => v
                    .as_u64()
                    .filter(|z| *z <= DEEPEST_ZOOM)
                    .ok_or_else(|| invalid(&format!("map.{key}"))),
            }
            .map(|z| z as u8)
        };
        let (min_zoom, max_zoom) = (zoom("min_zoom", Some(0))?, zoom("max_zoom", Some(19))?);
        if min_zoom > max_zoom {
            return Err(invalid("map.min_zoom"));
        }
        let zoom = zoom("zoom", None)?;
        if !(min_zoom..=max_zoom).contains(&zoom) {
            return Err(invalid("map.zoom"));
        }
        let bounds = match map.get("bounds") {
            None | Some(Value::Null) => return Err(missing("map.bounds")),
            Some(Value::Array(corners)) if corners.len() == 2 => {
                match (point(&corners[0]), point(&corners[1])) {
                    (Some(south_west), Some(north_east))
                        if south_west.lat < north_east.lat && south_west.long < north_east.long =>
                    {
                        Bounds {
                            south_west,
                            north_east,
                        }
                    }
                    _ => return Err(invalid("map.bounds")),
                }
            }
            Some(_) => return Err(invalid("map.bounds")),
        };
        let center = match map.get("center") {
            None | Some(Value::Null) => return Err(missing("map.center")),
            Some(value) => point(value)
                .filter(|c| bounds.contains(*c))
                .ok_or_else(|| invalid("map.center"))?,
        };
        let geocoder = match text("geocoder")? {
            None => None,
            Some(url) if crate::media::is_path_or_plain_origin(&url) => {
                Some(url.trim_end_matches('/').to_owned())
            }
            Some(_) => return Err(invalid("map.geocoder")),
        };
        Ok(Some(MapConfig {
            tiles,
            attribution,
            center,
            zoom,
            min_zoom,
            max_zoom,
            bounds,
            geocoder,
        }))
    }

    /// The address of tile `x`, `y` at `zoom`.
    pub fn tile_url(&self, zoom: u8, x: u64, y: u64) -> String {
        self.tiles
            .replace("{z}", &zoom.to_string())
            .replace("{x}", &x.to_string())
            .replace("{y}", &y.to_string())
    }

    /// The origin the tiles come from, when it is not the app's (for the Content Security
    /// Policy's `img-src`).
    pub fn tiles_origin(&self) -> Option<String> {
        crate::media::other_origin(&self.tiles)
    }

    /// The geocoder's origin, when it is not the app's (for `connect-src`).
    pub fn geocoder_origin(&self) -> Option<String> {
        self.geocoder
            .as_deref()
            .and_then(crate::media::other_origin)
    }

    /// `zoom` kept within the map's zooms.
    pub fn clamp_zoom(&self, zoom: i32) -> u8 {
        zoom.clamp(i32::from(self.min_zoom), i32::from(self.max_zoom)) as u8
    }
}

fn invalid(key: &str) -> ConfigError {
    ConfigError::Invalid(key.to_owned())
}

fn missing(key: &str) -> ConfigError {
    ConfigError::Missing(key.to_owned())
}

/// `[lat, long]`, finite and on the globe.
fn point(value: &Value) -> Option<LatLong> {
    let pair = value.as_array().filter(|a| a.len() == 2)?;
    let (lat, long) = (pair[0].as_f64()?, pair[1].as_f64()?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long))
        .then_some(LatLong { lat, long })
}

/// A point on the world drawn at one zoom, in CSS pixels from its north-west corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorldPixel {
    pub x: f64,
    pub y: f64,
}

/// The width of the world at `zoom`, in pixels.
pub fn world_size(zoom: u8) -> f64 {
    TILE_SIZE * f64::from(1u32 << zoom.min(31))
}

/// Where `point` falls on the world at `zoom` (Web Mercator).
pub fn to_pixel(point: LatLong, zoom: u8) -> WorldPixel {
    let size = world_size(zoom);
    let lat = point.lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    WorldPixel {
        x: (point.long + 180.0) / 360.0 * size,
        y: (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * size,
    }
}

/// The point at `pixel` on the world at `zoom`.
pub fn to_point(pixel: WorldPixel, zoom: u8) -> LatLong {
    let size = world_size(zoom);
    let n = std::f64::consts::PI * (1.0 - 2.0 * pixel.y / size);
    LatLong {
        lat: n.sinh().atan().to_degrees(),
        long: pixel.x / size * 360.0 - 180.0,
    }
}

/// What the map shows: its centre, zoom and size on the page (CSS pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub center: LatLong,
    pub zoom: u8,
    pub width: f64,
    pub height: f64,
}

/// One tile of a view and where its top-left corner goes in the view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TilePlace {
    pub zoom: u8,
    pub x: u64,
    pub y: u64,
    pub left: f64,
    pub top: f64,
}

impl View {
    /// The world pixel at the view's top-left corner.
    fn origin(&self) -> WorldPixel {
        let c = to_pixel(self.center, self.zoom);
        WorldPixel {
            x: c.x - self.width / 2.0,
            y: c.y - self.height / 2.0,
        }
    }

    /// Where `point` is in the view (pixels from its top-left corner; may be outside it).
    pub fn screen_of(&self, point: LatLong) -> (f64, f64) {
        let (o, p) = (self.origin(), to_pixel(point, self.zoom));
        (p.x - o.x, p.y - o.y)
    }

    /// The point under `x`, `y` of the view (a tap).
    pub fn point_at(&self, x: f64, y: f64) -> LatLong {
        let o = self.origin();
        to_point(
            WorldPixel {
                x: o.x + x,
                y: o.y + y,
            },
            self.zoom,
        )
    }

    /// Where the top-left corner of tile `x`, `y` (at the view's zoom) goes in the view.
    pub fn tile_position(&self, x: u64, y: u64) -> (f64, f64) {
        let o = self.origin();
        (x as f64 * TILE_SIZE - o.x, y as f64 * TILE_SIZE - o.y)
    }

    /// The view with its centre kept inside `bounds` (the map never wanders off the city).
    pub fn within(&self, bounds: &Bounds) -> View {
        View {
            center: LatLong {
                lat: self
                    .center
                    .lat
                    .clamp(bounds.south_west.lat, bounds.north_east.lat),
                long: self
                    .center
                    .long
                    .clamp(bounds.south_west.long, bounds.north_east.long),
            },
            ..*self
        }
    }

    /// Every tile the view needs, rows top to bottom; none beyond the world's edges.
    pub fn tiles(&self) -> Vec<TilePlace> {
        let o = self.origin();
        let count = 1u64 << self.zoom.min(31);
        let first = |start: f64| (start / TILE_SIZE).floor().max(0.0) as u64;
        let last = |end: f64| ((end / TILE_SIZE).ceil() as u64).min(count);
        let (x0, x1) = (first(o.x), last(o.x + self.width));
        let (y0, y1) = (first(o.y), last(o.y + self.height));
        let mut tiles = Vec::new();
        for y in y0..y1 {
            for x in x0..x1 {
                let (left, top) = self.tile_position(x, y);
                tiles.push(TilePlace {
                    zoom: self.zoom,
                    x,
                    y,
                    left,
                    top,
                });
            }
        }
        tiles
    }

    /// The view moved by `dx`, `dy` pixels (a drag, or following the pin).
    pub fn panned(&self, dx: f64, dy: f64) -> View {
        View {
            center: self.point_at(self.width / 2.0 + dx, self.height / 2.0 + dy),
            ..*self
        }
    }

    /// The view with its centre moved just enough to keep `pin` [`FOLLOW_MARGIN_PX`] inside
    /// its edges (or centred on it, when the view is smaller than two margins).
    pub fn following(&self, pin: LatLong) -> View {
        let (x, y) = self.screen_of(pin);
        let shift = |at: f64, size: f64| {
            let margin = FOLLOW_MARGIN_PX.min(size / 2.0);
            if at < margin {
                at - margin
            } else if at > size - margin {
                at - (size - margin)
            } else {
                0.0
            }
        };
        let (dx, dy) = (shift(x, self.width), shift(y, self.height));
        if dx == 0.0 && dy == 0.0 {
            *self
        } else {
            self.panned(dx, dy)
        }
    }
}

/// A way the pin moves, by an arrow key or a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    North,
    South,
    West,
    East,
}

impl Move {
    /// The move an arrow key asks for (`ArrowUp` and so on): the map is never mirrored, so
    /// left is west in every language.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowUp" => Some(Move::North),
            "ArrowDown" => Some(Move::South),
            "ArrowLeft" => Some(Move::West),
            "ArrowRight" => Some(Move::East),
            _ => None,
        }
    }
}

/// `pin` moved one step (`far`: Shift held) at `zoom`.
pub fn moved(pin: LatLong, zoom: u8, step: Move, far: bool) -> LatLong {
    let d = if far { PIN_STEP_FAR_PX } else { PIN_STEP_PX };
    let p = to_pixel(pin, zoom);
    let (dx, dy) = match step {
        Move::North => (0.0, -d),
        Move::South => (0.0, d),
        Move::West => (-d, 0.0),
        Move::East => (d, 0.0),
    };
    let size = world_size(zoom);
    to_point(
        WorldPixel {
            x: (p.x + dx).clamp(0.0, size),
            y: (p.y + dy).clamp(0.0, size),
        },
        zoom,
    )
}

/// Great-circle distance in metres (haversine).
pub fn distance_m(a: LatLong, b: LatLong) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlong = (b.long - a.long).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlong / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// The eight directions a place is said to be in, from another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    North,
    NorthEast,
    East,
    SouthEast,
    South,
    SouthWest,
    West,
    NorthWest,
}

impl Direction {
    /// The word Fluent selects on (`{ $direction -> [north-east] ... }`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::North => "north",
            Direction::NorthEast => "north-east",
            Direction::East => "east",
            Direction::SouthEast => "south-east",
            Direction::South => "south",
            Direction::SouthWest => "south-west",
            Direction::West => "west",
            Direction::NorthWest => "north-west",
        }
    }
}

/// The direction of `to` seen from `from` (initial great-circle bearing, to the nearest of
/// eight).
pub fn direction(from: LatLong, to: LatLong) -> Direction {
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let dlong = (to.long - from.long).to_radians();
    let y = dlong.sin() * lat2.cos();
    let x = lat1.cos() * lat2.sin() - lat1.sin() * lat2.cos() * dlong.cos();
    let bearing = y.atan2(x).to_degrees().rem_euclid(360.0);
    const EIGHT: [Direction; 8] = [
        Direction::North,
        Direction::NorthEast,
        Direction::East,
        Direction::SouthEast,
        Direction::South,
        Direction::SouthWest,
        Direction::West,
        Direction::NorthWest,
    ];
    EIGHT[((bearing + 22.5) / 45.0) as usize % 8]
}

/// What the pin's place is measured from, when no address says where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landmark {
    /// The device's location (when the resident shared it).
    Device,
    /// The middle of the map as the city set it (`map.center`).
    MapCentre,
}

/// The pin's place in words, for the live region: a distance (metres, rounded as a person
/// would say it) and a direction from a landmark; `None` for the direction when the pin is on
/// the landmark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceInWords {
    pub metres: f64,
    pub direction: Option<Direction>,
    pub from: Landmark,
}

/// Says where `pin` is from `landmark`, standing at `at`.
pub fn place_in_words(pin: LatLong, at: LatLong, from: Landmark) -> PlaceInWords {
    let exact = distance_m(at, pin);
    let metres = if exact < 1_000.0 {
        (exact / 10.0).round() * 10.0
    } else {
        (exact / 100.0).round() * 100.0
    };
    PlaceInWords {
        metres,
        direction: (metres > 0.0).then(|| direction(at, pin)),
        from,
    }
}

#[cfg(test)]
mod tests;
