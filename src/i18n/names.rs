//! How the page names things from the city's files and server in the active language:
//! topics, services, questions, options and statuses, by their services.ftl ids, in the city's
//! own words (marked with their language) when there is no translation.

use frontdesk_core::catalogue::{self, Entry, NameSource, Topic};
use open311::Service;

use super::{BackendText, I18n};
use crate::config::Config;

/// How the page names things from the city's files and server, in the active language.
#[derive(Clone, Copy)]
pub struct Names {
    i18n: I18n,
    config: Config,
}

impl Names {
    pub fn new() -> Names {
        Names {
            i18n: I18n::expect(),
            config: Config::expect(),
        }
    }

    fn catalogue_language(&self) -> String {
        self.config.with(|c| c.default_language.clone())
    }

    fn backend_language(&self) -> String {
        self.config.with(|c| c.open311.language.clone())
    }

    /// A topic's name. Reactive.
    pub fn topic(&self, topic: &Topic) -> BackendText {
        match topic.name_source {
            NameSource::Catalogue => {
                self.i18n
                    .backend_text(&topic.name_id(), &topic.name, &self.catalogue_language())
            }
            NameSource::Backend => {
                self.i18n
                    .backend_text(&topic.name_id(), &topic.name, &self.backend_language())
            }
            NameSource::Interface => BackendText {
                text: self.i18n.tr(&topic.name),
                lang: None,
            },
        }
    }

    fn entry_language(&self, entry: &Entry) -> String {
        match entry.channel {
            catalogue::Channel::Request(_) => self.backend_language(),
            _ => self.catalogue_language(),
        }
    }

    /// An entry's name. Reactive.
    pub fn entry(&self, entry: &Entry) -> BackendText {
        self.i18n
            .backend_text(&entry.name_id(), &entry.name, &self.entry_language(entry))
    }

    /// An entry's description, if it has one. Reactive.
    pub fn entry_description(&self, entry: &Entry) -> Option<BackendText> {
        let text = entry.description.as_deref()?;
        Some(self.i18n.backend_text(
            &format!("{}-desc", entry.name_id()),
            text,
            &self.entry_language(entry),
        ))
    }

    /// A service's name. Reactive.
    pub fn service(&self, service: &Service) -> BackendText {
        self.i18n.backend_text(
            &frontdesk_core::l10n_ids::service(&service.service_code),
            &service.service_name,
            &self.backend_language(),
        )
    }

    /// A service's description. Reactive.
    pub fn service_description(&self, service: &Service) -> Option<BackendText> {
        let text = service.description.as_deref()?;
        Some(self.i18n.backend_text(
            &frontdesk_core::l10n_ids::service_description(&service.service_code),
            text,
            &self.backend_language(),
        ))
    }

    /// The `lang` for back-end text shown untranslated (hints). Reactive.
    pub fn backend_lang(&self) -> Option<String> {
        let backend = self.backend_language();
        (self.i18n.language() != backend).then_some(backend)
    }

    /// Back-end text of any other kind under its Fluent `id`. Reactive.
    pub fn backend(&self, id: &str, text: &str) -> BackendText {
        self.i18n.backend_text(id, text, &self.backend_language())
    }
}

impl Default for Names {
    fn default() -> Self {
        Names::new()
    }
}
