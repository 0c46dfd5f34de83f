//! The translators' check (`make l10n`) on any .ftl text, as a translation of the English
//! messages and as an English file itself: problems in words, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

const ENGLISH: &str = include_str!("../../locales/en/main.ftl");

fuzz_target!(|text: &str| {
    // Arabic has all six plural categories; Hmong has no CLDR plural data.
    for locale in ["ar", "hmn"] {
        let _ = frontdesk_l10n::check_pair(locale, ENGLISH, text);
    }
    let _ = frontdesk_l10n::check_pair("pl", text, text);
});
