//! catalogue.json validation on any text: topics or a named problem, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = frontdesk_core::catalogue::parse(text, "en");
});
