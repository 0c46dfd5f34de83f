//! Checks Frontdesk's Fluent translations (`locales/<lang>/*.ftl`) for translators.
