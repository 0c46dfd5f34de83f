//! The reference back end's parts, as a library so that tests can start them in-process.

pub mod static_files;
