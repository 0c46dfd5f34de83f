//! Every Open311 JSON decoder, and the error-reply decoder, on any text: a value or an error,
//! never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use open311::decode;

fuzz_target!(|text: &str| {
    let _ = decode::services(text);
    let _ = decode::service_definition(text);
    let _ = decode::requests(text);
    let _ = decode::request(text);
    let _ = decode::submitted(text);
    let _ = decode::token_replies(text);
    let _ = decode::discovery(text);
    for status in [400, 404, 429, 500] {
        let _ = open311::Open311Error::decode(status, text).server_text();
    }
});
