//! The service inventory as app-wide state: the topics of `/catalogue.json` and the Open311
//! service list, loaded once and shared by the catalogue and the service pages. When the city's
//! server cannot be reached, the copy saved on this device stands in, marked as such.

use frontdesk_core::catalogue::{self, Topic, TopicSpec};
use leptos::prelude::*;
use open311::Service;

use crate::api::{self, Api, ApiError};
use crate::config::Config;
use crate::i18n::{I18n, Names};
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
    /// The topics in the active language's order (the browser's collation), each topic's
    /// entries too, named by `names`. Reactive.
    pub fn sorted(&self, names: Names) -> Vec<Topic> {
        let mut topics = catalogue::merge(&self.specs, self.service_list());
        let compare = I18n::expect().collator();
        catalogue::sort_by(
            &mut topics,
            |t| names.topic(t).text,
            |e| names.entry(e).text,
            |a, b| compare(a, b),
        );
        topics
    }

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
        // Captured now: contexts are not there inside the task.
        let i18n = I18n::expect();
        let city_language = Config::expect().with(|c| c.default_language.clone());
        let resource = LocalResource::new(move || load(api, i18n, city_language.clone()));
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

async fn load(api: Api, i18n: I18n, city_language: String) -> Loaded {
    let (catalogue, services) =
        futures::future::join(api::load_catalogue(&city_language), api.services()).await;
    let catalogue = catalogue.unwrap_or_else(|problem| {
        // The deployment's own file: administrators see why in the console; residents still
        // get every Open311 service, grouped by the server's groups.
        leptos::logging::warn!("catalogue.json cannot be used: {problem}");
        Default::default()
    });
    i18n.set_city_texts(catalogue.texts);
    let specs = catalogue.topics;
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
                crate::api::decode_json(&saved.body, open311::decode::services_from_value)
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
