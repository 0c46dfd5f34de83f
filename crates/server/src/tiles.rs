//! Demo map tiles (issue 15): `/tiles/{z}/{x}/{y}.svg`, a generated picture for each slippy-map
//! tile (Web Mercator, the OpenStreetMap numbering), so the app's map works in the demo and in
//! tests without a tile server or anyone's usage policy. Each tile is a plain light square with
//! a grid, a border, its z/x/y, the latitude and longitude of its north-west corner and the
//! words "Demo tiles", so nobody takes it for a map.

use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use frontdesk_core::map;
use open311::LatLong;

/// The deepest zoom served (as OpenStreetMap's own tiles).
pub const MAX_ZOOM: u32 = 19;
/// A tile's side in pixels.
pub const TILE_PX: u32 = 256;

/// Tiles never change, and a browser may keep them a day. The policy lets the picture carry
/// its inline styling and nothing else, as if opened on its own (`media.rs` does the same for
/// photos).
const HEADERS: [(header::HeaderName, &str); 3] = [
    (header::CONTENT_TYPE, "image/svg+xml"),
    (header::CACHE_CONTROL, "public, max-age=86400"),
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    ),
];

/// The tile routes (any origin may draw them: `cors.rs`); every other `/tiles/` path is a 404,
/// never the app's page.
pub fn router() -> Router {
    let tiles = Router::new()
        .route("/{z}/{x}/{file}", get(tile))
        .fallback(not_found);
    // `/tiles/` itself is outside the nested router's reach.
    let router = Router::new()
        .nest("/tiles", tiles)
        .route("/tiles/", get(not_found));
    crate::cors::allow_any_origin_to_read(router)
}

async fn tile(Path((z, x, file)): Path<(String, String, String)>) -> Response {
    let y = file.strip_suffix(".svg").unwrap_or_default();
    match Tile::parse(&z, &x, y) {
        Some(tile) => (HEADERS, tile.svg()).into_response(),
        None => not_found().await,
    }
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "No such demo tile").into_response()
}

/// A tile's address: zoom, column (west to east) and row (north to south).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tile {
    pub z: u32,
    pub x: u32,
    pub y: u32,
}

impl Tile {
    /// A tile that exists: `z` in `0..=MAX_ZOOM`, `x` and `y` in `0..2^z`, written in plain
    /// decimal digits (no sign, no spaces).
    pub fn parse(z: &str, x: &str, y: &str) -> Option<Tile> {
        let number = |text: &str| -> Option<u32> {
            if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            text.parse().ok()
        };
        let tile = Tile {
            z: number(z)?,
            x: number(x)?,
            y: number(y)?,
        };
        let side = 1u32 << tile.z.min(MAX_ZOOM);
        (tile.z <= MAX_ZOOM && tile.x < side && tile.y < side).then_some(tile)
    }

    /// The tile holding a point at zoom `z` (the point's latitude within Web Mercator's
    /// ±85.0511°).
    pub fn containing(lat: f64, long: f64, z: u32) -> Tile {
        let z = z.min(MAX_ZOOM);
        let side = f64::from(1u32 << z);
        let pixel = map::to_pixel(LatLong { lat, long }, z as u8);
        let cell = |v: f64| (v / map::TILE_SIZE).floor().clamp(0.0, side - 1.0) as u32;
        Tile {
            z,
            x: cell(pixel.x),
            y: cell(pixel.y),
        }
    }

    /// The latitude and longitude of the tile's north-west corner, in degrees.
    pub fn north_west(&self) -> (f64, f64) {
        let corner = map::to_point(
            map::WorldPixel {
                x: f64::from(self.x) * map::TILE_SIZE,
                y: f64::from(self.y) * map::TILE_SIZE,
            },
            self.z as u8,
        );
        (corner.lat, corner.long)
    }

    /// The picture. Only digits, signs and fixed words go into it, so nothing needs escaping.
    pub fn svg(&self) -> String {
        let (lat, long) = self.north_west();
        let Tile { z, x, y } = self;
        // #202124 on #f3f1ec: a contrast of about 15:1; the grid and border stay faint
        // so the labels are what the eye reads.
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{TILE_PX}" height="{TILE_PX}" viewBox="0 0 256 256" role="img" aria-label="Demo tile {z}/{x}/{y}">
<rect width="256" height="256" fill="#f3f1ec"/>
<path d="M64 0V256M128 0V256M192 0V256M0 64H256M0 128H256M0 192H256" stroke="#dcd8cf" stroke-width="1" fill="none"/>
<rect x="0.5" y="0.5" width="255" height="255" stroke="#b5b0a5" stroke-width="1" fill="none"/>
<g font-family="sans-serif" font-size="13" fill="#202124">
<text x="8" y="20" font-weight="bold">Demo tiles</text>
<text x="8" y="38">{z}/{x}/{y}</text>
<text x="8" y="56">{lat:.4}, {long:.4}</text>
</g>
</svg>
"##
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-4 && (a.1 - b.1).abs() < 1e-4
    }

    #[test]
    fn corners_of_known_tiles() {
        let world = Tile { z: 0, x: 0, y: 0 };
        assert!(near(world.north_west(), (85.0511, -180.0)));
        // The middle of the world at z=1.
        assert!(near(Tile { z: 1, x: 1, y: 1 }.north_west(), (0.0, 0.0)));
        // Mississauga's Civic Centre at z=14 (the OpenStreetMap wiki's formula gives x 4567.31,
        // y 5983.46): its tile's corners are north-west and south-east of it.
        let civic = Tile::containing(43.589, -79.644, 14);
        assert_eq!(
            civic,
            Tile {
                z: 14,
                x: 4567,
                y: 5983
            }
        );
        assert!(near(civic.north_west(), (43.5963, -79.6509)));
        assert!(near(
            Tile {
                x: 4568,
                y: 5984,
                ..civic
            }
            .north_west(),
            (43.5804, -79.6289)
        ));
        // Corners round-trip: a point just inside a corner is in that tile.
        for t in [
            civic,
            Tile { z: 19, x: 0, y: 0 },
            Tile { z: 5, x: 31, y: 31 },
        ] {
            let (lat, long) = t.north_west();
            assert_eq!(Tile::containing(lat - 1e-9, long + 1e-9, t.z), t);
        }
    }

    #[test]
    fn only_tiles_that_exist() {
        assert_eq!(Tile::parse("0", "0", "0"), Some(Tile { z: 0, x: 0, y: 0 }));
        assert!(Tile::parse("19", "524287", "524287").is_some());
        for (z, x, y) in [
            ("20", "0", "0"),
            ("0", "1", "0"),
            ("0", "0", "1"),
            ("2", "4", "0"),
            ("1", "-1", "0"),
            ("1", "+1", "0"),
            ("", "0", "0"),
            ("1", "0x1", "0"),
            ("99999999999", "0", "0"),
            ("1", "0", " 1"),
        ] {
            assert_eq!(Tile::parse(z, x, y), None, "{z}/{x}/{y}");
        }
    }

    #[test]
    fn the_picture_is_self_contained() {
        let svg = Tile { z: 0, x: 0, y: 0 }.svg();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("width=\"256\" height=\"256\""));
        assert!(svg.contains("Demo tiles") && svg.contains("0/0/0"));
        assert!(svg.contains("85.0511, -180.0000"));
        for outside in [
            "<script",
            "href",
            "url(",
            "<image",
            "<foreignObject",
            "@import",
        ] {
            assert!(!svg.contains(outside), "{outside}");
        }
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
