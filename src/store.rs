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

/// Drafts are kept per service.
fn draft_key(service_code: &str) -> String {
    format!("frontdesk.v1.draft.{service_code}")
}

/// The draft for `service_code`, if one was saved (an unreadable one counts as none).
pub fn draft(service_code: &str) -> Option<frontdesk_core::form::Draft> {
    let text = storage()?
        .get_item(&draft_key(service_code))
        .ok()
        .flatten()?;
    serde_json::from_str(&text).ok()
}

/// Saves `draft` as it is typed.
pub fn save_draft(draft: &frontdesk_core::form::Draft) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(draft)) {
        let _ = storage.set_item(&draft_key(&draft.service_code), &text);
    }
}

/// Forgets the draft for `service_code` (sent, or discarded by the resident).
pub fn discard_draft(service_code: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&draft_key(service_code));
    }
}

/// Contact details the resident asked this device to remember.
const CONTACT_KEY: &str = "frontdesk.v1.contact";

/// The remembered contact details, if the resident asked for that.
pub fn remembered_contact() -> Option<frontdesk_core::form::Contact> {
    let text = storage()?.get_item(CONTACT_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Remembers `contact` on this device, or forgets it (`None`).
pub fn remember_contact(contact: Option<&frontdesk_core::form::Contact>) {
    let Some(storage) = storage() else { return };
    match contact.and_then(|c| serde_json::to_string(c).ok()) {
        Some(text) => {
            let _ = storage.set_item(CONTACT_KEY, &text);
        }
        None => {
            let _ = storage.remove_item(CONTACT_KEY);
        }
    }
}

/// Every request composed on this device (sent, waiting, unconfirmed), oldest first.
const SUBMISSIONS_KEY: &str = "frontdesk.v1.submissions";

/// The requests kept on this device.
pub fn submissions() -> Vec<frontdesk_core::submission::Submission> {
    storage()
        .and_then(|s| s.get_item(SUBMISSIONS_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the list back; `false` when the device would not keep it (full or no storage).
pub fn save_submissions(list: &[frontdesk_core::submission::Submission]) -> bool {
    match (storage(), serde_json::to_string(list)) {
        (Some(storage), Ok(text)) => storage.set_item(SUBMISSIONS_KEY, &text).is_ok(),
        _ => false,
    }
}

/// What this device has seen of each request it follows, by reference.
const FOLLOWED_KEY: &str = "frontdesk.v1.followed";

/// Every followed request's history.
pub fn followed() -> std::collections::BTreeMap<String, frontdesk_core::tracking::Followed> {
    storage()
        .and_then(|s| s.get_item(FOLLOWED_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the histories back.
pub fn save_followed(all: &std::collections::BTreeMap<String, frontdesk_core::tracking::Followed>) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(all)) {
        let _ = storage.set_item(FOLLOWED_KEY, &text);
    }
}
