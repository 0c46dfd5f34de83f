//! Open311 GeoReport v2 for Rust: the model of services, service definitions and service
//! requests; lenient decoding of what real city servers send (JSON, and XML with the `xml`
//! feature); encoding of requests; and typed errors that carry the server's own text.
//!
//! Pure Rust (no web-sys, no async runtime), so a browser app and a server can share it.
//!
//! Real servers differ from the specification in many ways: ids sent as numbers, `null`, `""`
//! and missing keys meaning the same thing, `Open`/`OPEN`/`IN_PROGRESS` statuses, dates without
//! a zone, lists wrapped in objects, a single request as an object or an array of one, three
//! shapes of request attributes, `media_url` as a string, a list or objects, `lat`/`long` of 0
//! meaning "unknown". The decoders accept all of these and produce one model.
//!
//! ```
//! let services = open311::decode::services(r#"[{"service_code": 1, "service_name": "Pothole",
//!     "metadata": "true", "type": "realtime", "keywords": "road, hole", "group": "Streets"}]"#)
//!     .unwrap();
//! assert_eq!(services[0].service_code, "1");
//! assert!(services[0].metadata);
//! assert_eq!(services[0].keywords, ["road", "hole"]);
//! ```

pub mod datetime;
pub mod decode;
pub mod encode;
pub mod error;
pub mod model;
mod value;
#[cfg(feature = "xml")]
pub mod xml;

pub use datetime::DateTime;
pub use error::{DecodeError, ErrorEntry, ErrorKind, Open311Error};
pub use model::*;
