//! The service inventory as app-wide state: the topics of `/catalogue.json` and the Open311
//! service list, loaded once and shared by the catalogue and the service pages. When the city's
//! server cannot be reached, the copy saved on this device stands in, marked as such.

use frontdesk_core::catalogue::{self, Entry, NameSource, Topic, TopicSpec};
use leptos::prelude::*;
use open311::Service;

use crate::api::{self, Api, ApiError};
use crate::config::Config;
use crate::i18n::{BackendText, I18n};
use crate::store;

/// The Open311 service list as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Services {
    pub list: Vec<Service>,
    /// `Some(when)` (JavaScript milliseconds) when this is the copy saved on the device because
    /// the server could not be asked: it may be out of date.
    pub saved_ms: Option<f64>,
}

/// Everything the inventory pages need, once loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The city's topics; empty when catalogue.json could not be used (the Open311 groups
    /// still make topics then).
    pub specs: Vec<TopicSpec>,
    /// The Open311 services, or why there are none to show.
    pub services: Result<Services, ApiError>,
}

impl Loaded {
    /// The services known, even when the list failed (none then).
    pub fn service_list(&self) -> &[Service] {
        match &self.services {
            Ok(services) => &services.list,
            Err(_) => &[],
        }
    }
}

/// What is known of one service.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    Loading,
    Found(Service),
    /// The list arrived and has no such code.
    Missing,
    /// The list could not be had (nor a copy on the device).
    Failed(ApiError),
}

/// The shared inventory, as a `Copy` context.
#[derive(Clone, Copy)]
pub struct Inventory {
    resource: LocalResource<Loaded>,
}

impl Inventory {
    /// Starts loading the inventory and provides it.
    pub fn provide() -> Inventory {
        let api = Api::expect();
        let resource = LocalResource::new(move || load(api));
        let inventory = Inventory { resource };
        provide_context(inventory);
        inventory
    }

    /// The inventory provided by [`Inventory::provide`].
    pub fn expect() -> Inventory {
        expect_context::<Inventory>()
    }

    /// The inventory, or `None` while it loads. Reactive.
    pub fn loaded(&self) -> Option<Loaded> {
        self.resource.get()
    }

    /// What is known of the service with `code`. Reactive.
    pub fn lookup(&self, code: &str) -> Lookup {
        match self.loaded() {
            None => Lookup::Loading,
            Some(loaded) => match loaded.services {
                Err(error) => Lookup::Failed(error),
                Ok(services) => services
                    .list
                    .into_iter()
                    .find(|s| s.service_code == code)
                    .map_or(Lookup::Missing, Lookup::Found),
            },
        }
    }

    /// Asks the server again (the resident pressed "Try again").
    pub fn reload(&self) {
        self.resource.refetch();
    }
}

async fn load(api: Api) -> Loaded {
    let (specs, services) = futures::future::join(api::load_catalogue(), api.services()).await;
    let specs = specs.unwrap_or_else(|problem| {
        // The deployment's own file: administrators see why in the console; residents still
        // get every Open311 service, grouped by the server's groups.
        leptos::logging::warn!("catalogue.json cannot be used: {problem:?}");
        Vec::new()
    });
    let endpoint = api.cache_key();
    let services = match services {
        Ok((list, body)) => {
            store::save_services(&endpoint, &body);
            Ok(Services {
                list,
                saved_ms: None,
            })
        }
        Err(error) if error.shows_saved_data() => store::saved_services(&endpoint)
            .and_then(|saved| {
                open311::decode::services(&saved.body)
                    .ok()
                    .map(|list| Services {
                        list,
                        saved_ms: Some(saved.saved_ms),
                    })
            })
            .ok_or(error),
        Err(error) => Err(error),
    };
    Loaded { specs, services }
}

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

    /// The topics in the active language's order (the browser's collation), each topic's
    /// entries too. Reactive.
    pub fn sorted(&self, loaded: &Loaded) -> Vec<Topic> {
        let mut topics = catalogue::merge(&loaded.specs, loaded.service_list());
        let compare = self.i18n.collator();
        catalogue::sort_by(
            &mut topics,
            |t| self.topic(t).text,
            |e| self.entry(e).text,
            |a, b| compare(a, b),
        );
        topics
    }
}

impl Default for Names {
    fn default() -> Self {
        Names::new()
    }
}
