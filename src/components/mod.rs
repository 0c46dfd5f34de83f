//! Pieces shared by pages.

pub mod back_link;
pub mod backend_text;
pub mod confirm;
pub mod error_summary;
pub mod field;
pub mod form_group;
pub mod help;
pub mod language_picker;
pub mod layout;
pub mod notice;
pub mod page_heading;
pub mod status_badge;
