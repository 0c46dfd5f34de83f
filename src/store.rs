//! What the app keeps on this device: versioned keys in localStorage. The only module that
//! touches browser storage. Storage can be missing or full (private browsing, quotas): every
//! failure is treated as "nothing saved", never as a crash.

/// Keys carry a version, so a later format can migrate instead of misreading.
const LANGUAGE_KEY: &str = "frontdesk.v1.language";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the resident chose (in the picker or with `?lang=`), if any.
pub fn saved_language() -> Option<String> {
    storage()?
        .get_item(LANGUAGE_KEY)
        .ok()
        .flatten()
        .filter(|code| !code.is_empty())
}

/// Remembers the resident's language on this device.
pub fn save_language(code: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANGUAGE_KEY, code);
    }
}

/// The last service list the city's server sent, kept for when it cannot be reached.
const SERVICES_KEY: &str = "frontdesk.v1.services";

/// A copy of the service list saved on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedServices {
    /// The server's reply, as received.
    pub body: String,
    /// When it was saved, in milliseconds since 1970 (JavaScript time).
    pub saved_ms: f64,
}

/// Keeps `body`, the service list `endpoint` just sent.
pub fn save_services(endpoint: &str, body: &str) {
    let record = serde_json::json!({
        "endpoint": endpoint,
        "saved_ms": js_sys::Date::now(),
        "body": body,
    });
    if let Some(storage) = storage() {
        // Full storage only means no copy next time.
        let _ = storage.set_item(SERVICES_KEY, &record.to_string());
    }
}

/// The copy saved from `endpoint`, if any (a copy from another server is not used).
pub fn saved_services(endpoint: &str) -> Option<SavedServices> {
    let text = storage()?.get_item(SERVICES_KEY).ok().flatten()?;
    let record: serde_json::Value = serde_json::from_str(&text).ok()?;
    if record.get("endpoint")?.as_str()? != endpoint {
        return None;
    }
    Some(SavedServices {
        body: record.get("body")?.as_str()?.to_owned(),
        saved_ms: record.get("saved_ms")?.as_f64()?,
    })
}
