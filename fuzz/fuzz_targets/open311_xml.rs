//! The XML reader and every Open311 XML decoder on any text: a value or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use open311::xml;

fuzz_target!(|text: &str| {
    let _ = xml::to_value(text);
    let _ = xml::services(text);
    let _ = xml::service_definition(text);
    let _ = xml::requests(text);
    let _ = xml::submitted(text);
    let _ = xml::token_replies(text);
    let _ = xml::discovery(text);
    let _ = open311::Open311Error::decode(400, text);
});
