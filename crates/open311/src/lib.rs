//! Open311 GeoReport v2 for Rust: the model of services, definitions and requests, lenient decoding of what real city servers send, and request encoding.
//!
//! Pure Rust (no web-sys, no tokio), so that a browser app and a server can share it.
