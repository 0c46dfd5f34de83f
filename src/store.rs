//! What the app keeps on this device in localStorage, under versioned keys: records, drafts,
//! preferences (photos, too large for it, are kept in IndexedDB by `photos.rs`). Storage can be
//! missing or full (private browsing, quotas): every failure is treated as "nothing saved",
//! never as a crash.

/// Keys carry a version, so a later format can migrate instead of misreading.
const LANGUAGE_KEY: &str = "frontdesk.v1.language";

use std::collections::BTreeMap;

use frontdesk_core::form::{Contact, Draft};
use frontdesk_core::submission::Submission;
use frontdesk_core::tracking::Followed;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value kept as JSON under `key`; `None` when absent or unreadable (an older format).
fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok().flatten()?;
    crate::json::decode(&text)
}

/// Keeps `value` as JSON under `key`; `false` when the device would not (full, or no storage).
fn write<T: Serialize + ?Sized>(key: &str, value: &T) -> bool {
    match (storage(), serde_json::to_string(value)) {
        (Some(storage), Ok(text)) => storage.set_item(key, &text).is_ok(),
        _ => false,
    }
}

fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedServices {
    /// The server it came from: a copy from another server is not used.
    endpoint: String,
    /// The server's reply, as received.
    pub body: String,
    /// When it was saved, in milliseconds since 1970 (JavaScript time).
    pub saved_ms: f64,
}

/// Keeps `body`, the service list `endpoint` just sent. Full storage only means no copy next
/// time.
pub fn save_services(endpoint: &str, body: &str) {
    write(
        SERVICES_KEY,
        &SavedServices {
            endpoint: endpoint.to_owned(),
            body: body.to_owned(),
            saved_ms: js_sys::Date::now(),
        },
    );
}

/// The copy saved from `endpoint`, if any.
pub fn saved_services(endpoint: &str) -> Option<SavedServices> {
    read::<SavedServices>(SERVICES_KEY).filter(|saved| saved.endpoint == endpoint)
}

/// Drafts are kept per service.
fn draft_key(service_code: &str) -> String {
    format!("frontdesk.v1.draft.{service_code}")
}

/// The draft for `service_code`, if one was saved.
pub fn draft(service_code: &str) -> Option<Draft> {
    read(&draft_key(service_code))
}

/// Saves `draft` as it is typed.
pub fn save_draft(draft: &Draft) {
    write(&draft_key(&draft.service_code), draft);
}

/// Forgets the draft for `service_code` (sent, emptied, or discarded by the resident).
pub fn discard_draft(service_code: &str) {
    remove(&draft_key(service_code));
}

/// Contact details the resident asked this device to remember.
const CONTACT_KEY: &str = "frontdesk.v1.contact";

/// The remembered contact details, if the resident asked for that.
pub fn remembered_contact() -> Option<Contact> {
    read(CONTACT_KEY)
}

/// Remembers `contact` on this device, or forgets it (`None`).
pub fn remember_contact(contact: Option<&Contact>) {
    match contact {
        Some(contact) => {
            write(CONTACT_KEY, contact);
        }
        None => remove(CONTACT_KEY),
    }
}

/// Where the requests composed on this device were kept before they moved to IndexedDB
/// (`records.rs`, which moves them on the first load).
const SUBMISSIONS_KEY: &str = "frontdesk.v1.submissions";

/// The requests still kept in localStorage, if any: `None` when there is no such list. An
/// unreadable list is left in place (never removed unread).
pub fn legacy_submissions() -> Option<Vec<Submission>> {
    let text = storage()?.get_item(SUBMISSIONS_KEY).ok().flatten()?;
    crate::json::decode(&text)
}

/// Removes the old list, once its records are in IndexedDB.
pub fn forget_legacy_submissions() {
    remove(SUBMISSIONS_KEY);
}

/// What this device has seen of each request it follows, by reference.
const FOLLOWED_KEY: &str = "frontdesk.v1.followed";

/// Every followed request's history.
pub fn followed() -> BTreeMap<String, Followed> {
    read(FOLLOWED_KEY).unwrap_or_default()
}

/// Writes the histories back.
pub fn save_followed(all: &BTreeMap<String, Followed>) {
    write(FOLLOWED_KEY, all);
}
