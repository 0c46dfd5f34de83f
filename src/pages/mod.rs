//! One module per route, plus the page shown when the configuration cannot be used.

pub mod accessibility;
pub mod catalogue;
pub mod config_problem;
pub mod my_requests;
pub mod not_found;
pub mod request;
pub mod sent;
pub mod service;
pub mod track;
