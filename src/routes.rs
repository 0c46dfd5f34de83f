//! The app's pages and their addresses. Thin: the page table, the paths and the decoding of an
//! address live in `frontdesk_core::routes` (pure, tested natively).

pub use frontdesk_core::routes::*;
