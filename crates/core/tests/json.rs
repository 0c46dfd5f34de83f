//! The browser's `JSON.parse` says only that a text is not JSON; `json::syntax_error_at` must
//! then name the same line and column serde_json names natively.

use frontdesk_core::json::{MAX_DEPTH, syntax_error_at};

const BROKEN: &[&str] = &[
    "",
    "   ",
    "{",
    "{\n  \"city\": ,\n}",
    "{\"a\":1",
    "{\"a\":1,}",
    "[1,]",
    "[1 2]",
    "{\"a\" 1}",
    "{a: 1}",
    "{\"a\": tru}",
    "{\"a\": nul}",
    "{\"a\": 01}",
    "{\"a\": -}",
    "{\"a\": 1.}",
    "{\"a\": 1e}",
    "{\"a\": 1e+}",
    "{\"a\": .5}",
    "{\"a\": \"x\ny\"}",
    "{\"a\": \"\\x\"}",
    "{\"a\": \"\\u12G4\"}",
    "{\"a\": \"never closed",
    "{} x",
    "{}\n\n  ]",
    "[\n  {\"é\": \"ü\"},\n  {\"ß\": ?}\n]",
    "\u{feff}{}",
    "{\"a\": [1, 2, {\"b\": [true, false, null, ]}]}",
    "{\"a\":1}\n{\"b\":2}",
    "'single'",
    "{\r\n\t\"a\": \r\n}",
];

#[test]
fn a_broken_text_is_placed_where_serde_json_places_it() {
    for text in BROKEN {
        let error = serde_json::from_str::<serde_json::Value>(text).expect_err(text);
        assert_eq!(
            syntax_error_at(text),
            Some((error.line(), error.column())),
            "{text:?}: serde_json says {error}"
        );
    }
}

#[test]
fn json_has_no_error() {
    for text in [
        "{}",
        " [ ] ",
        "{\"a\": [1, -2.5e+3, 0, 0.25, 1E9, \"\\u00e9\\n\\\"\", true, false, null]}\n",
        "\"just a string\"",
        "12",
        include_str!("../../../public/config.json"),
        include_str!("../../../public/catalogue.json"),
    ] {
        assert!(serde_json::from_str::<serde_json::Value>(text).is_ok());
        assert_eq!(syntax_error_at(text), None, "{text:?}");
    }
}

#[test]
fn nesting_stops_where_serde_json_stops() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(serde_json::from_str::<serde_json::Value>(&ok).is_ok());
    assert_eq!(syntax_error_at(&ok), None);
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    let error = serde_json::from_str::<serde_json::Value>(&deep).unwrap_err();
    assert_eq!(syntax_error_at(&deep), Some((error.line(), error.column())));
}

#[test]
fn numbers_too_large_for_serde_json_are_json_to_the_browser() {
    // Found by `make fuzz` (config_json): serde_json refuses `1E400` ("number out of range"),
    // which JSON.parse reads as Infinity. The locator, which runs only when JSON.parse refused
    // a text, reports its syntax faults and nothing else.
    assert!(serde_json::from_str::<serde_json::Value>("1E400").is_err());
    assert_eq!(syntax_error_at("1E400"), None);
    assert_eq!(syntax_error_at("11111111711E1111111M"), Some((1, 20)));
}

#[test]
fn a_lone_surrogate_is_json_to_the_browser() {
    // Found by `make fuzz` (config_json): serde_json stops at a surrogate escape with no pair
    // (`"\udAef` then no `\u`); JSON.parse accepts one. In a text cut short, the locator names
    // the end of the text, where JSON.parse itself stopped.
    let text = "{\n \"n_i\\udAeffa";
    assert!(serde_json::from_str::<serde_json::Value>(text).is_err());
    assert_eq!(syntax_error_at(text), Some((2, 13)));
    assert_eq!(syntax_error_at("\"\\ud800\""), None);
}
