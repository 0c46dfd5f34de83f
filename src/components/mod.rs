//! Pieces shared by pages.

pub mod help;
pub mod layout;
pub mod page_heading;
