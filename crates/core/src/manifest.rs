//! The web app manifest (`/manifest.webmanifest`): what a phone needs to install the app, with
//! the city's name from `config.json`, since one build serves any city. `frontdesk-server`
//! serves it from the config it has; `frontdesk-server manifest` writes it for static hosts.

use serde_json::{Value, json};

use crate::config::AppConfig;

/// Where the page links the manifest from.
pub const PATH: &str = "/manifest.webmanifest";
/// The app's brand colour (style/tokens.css `--colour-brand`): the title bar of the installed app.
pub const THEME_COLOUR: &str = "#0b4f8a";
/// The page's background (`--colour-background`): the splash screen behind the icon.
pub const BACKGROUND_COLOUR: &str = "#ffffff";

/// The manifest for `config`: its city's name, opening at `/` in a window of its own, the app's
/// colours, and its icons (PNG at 192 and 512 px, a maskable one for launchers that crop, and
/// the SVG for the rest).
pub fn for_config(config: &AppConfig) -> Value {
    json!({
        "id": "/",
        "name": config.city.name.city(),
        "short_name": config.city.name.city(),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "lang": config.default_language,
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            { "src": "/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": "/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" },
            { "src": "/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_city_names_the_app_and_chromium_finds_what_it_needs() {
        let config = AppConfig::parse(include_str!("../../../public/config.json")).unwrap();
        let manifest = for_config(&config);
        assert_eq!(manifest["name"], "City of Mississauga");
        assert_eq!(manifest["start_url"], "/");
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["lang"], "en");
        let icons = manifest["icons"].as_array().unwrap();
        let has = |sizes: &str, purpose: &str| {
            icons
                .iter()
                .any(|i| i["sizes"] == sizes && i["purpose"] == purpose && i["type"] == "image/png")
        };
        assert!(has("192x192", "any") && has("512x512", "any") && has("512x512", "maskable"));
        // Every icon is a file the build ships.
        for icon in icons {
            let src = icon["src"].as_str().unwrap();
            let file = format!("{}/../../public{src}", env!("CARGO_MANIFEST_DIR"));
            assert!(std::path::Path::new(&file).is_file(), "{file}");
        }
    }
}
