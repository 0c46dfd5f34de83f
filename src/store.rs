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
