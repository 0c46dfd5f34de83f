//! config.json validation on any text never panics, and where the text is not JSON the browser
//! build names the same line and column serde_json does (frontdesk_core::json).
#![no_main]
use frontdesk_core::config::AppConfig;
use frontdesk_core::json::syntax_error_at;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = AppConfig::parse(text);
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => assert_eq!(syntax_error_at(text), None, "JSON seen as broken"),
        Err(e) => {
            // Beyond syntax, serde_json also refuses numbers too large for it and lone
            // surrogates, which the browser's JSON.parse accepts: there the first fault may
            // lie elsewhere (tests/json.rs in frontdesk-core).
            let message = e.to_string();
            let surrogate = text.to_ascii_lowercase().match_indices("\\ud").any(|(at, _)| {
                matches!(text.as_bytes().get(at + 3), Some(b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F'))
            });
            if !message.contains("number out of range") && !surrogate {
                assert_eq!(syntax_error_at(text), Some((e.line(), e.column())), "{message}");
            }
        }
    }
});
