//! Pieces shared by pages.

pub mod help;
pub mod language_picker;
pub mod layout;
pub mod page_heading;
