//! Frontdesk's resident-facing logic with no browser in it.
//!
//! Everything here is plain Rust, tested natively with `cargo test -p frontdesk-core` in seconds.
//! The app (`src/`) wires these types to signals and views; it never re-implements them.

pub mod catalogue;
pub mod city_text;
pub mod config;
pub mod failure;
pub mod form;
pub mod geocoder;
pub mod json;
pub mod l10n_ids;
pub mod locale;
pub mod manifest;
pub mod map;
pub mod media;
pub mod nearby;
pub mod notify;
pub mod pieces;
pub mod routes;
pub mod statement;
pub mod submission;
pub mod text;
pub mod tracking;
