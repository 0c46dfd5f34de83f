//! A service's page (`/services/{code}`): what it is for, what the form will ask, what happens
//! after sending, and the button to start.

use crate::router::{Link, Router};
use frontdesk_core::config::MediaUpload;
use frontdesk_core::form;
use frontdesk_core::l10n_ids;
use leptos::prelude::*;
use open311::{Service, ServiceDefinition, ServiceType};

use crate::api::Api;
use crate::components::back_link::BackLink;
use crate::components::backend_text::{Paragraphs, Said};
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::Names;
use crate::i18n::{BackendText, I18n};
use crate::inventory::{Inventory, Lookup};
use crate::routes::{AppRoute, request_path};

/// The page of one service.
#[component]
pub fn ServicePage() -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let inventory = Inventory::expect();
    let router = Router::expect();
    let code = router.param(|p| p.code);
    let code = Memo::new(move |_| code.get().unwrap_or_default());
    let lookup = Memo::new(move |_| code.with(|code| inventory.lookup(code)));
    let heading = Signal::derive(move || match lookup.get() {
        Lookup::Loading => BackendText {
            text: i18n.tr(AppRoute::Service.title_id()),
            lang: None,
        },
        Lookup::Found(service) => names.service(&service),
        Lookup::Missing => BackendText {
            text: i18n.tr("service-not-found-title"),
            lang: None,
        },
        Lookup::Failed(_) => BackendText {
            text: i18n.tr("catalogue-services-error-heading"),
            lang: None,
        },
    });

    let body = move || match lookup.get() {
        Lookup::Loading => {
            view! { <p class="loading" role="status">{move || i18n.tr("service-loading")}</p> }
                .into_any()
        }
        Lookup::Failed(error) => {
            view! { <ErrorNotice error retry=move |()| inventory.reload()/> }.into_any()
        }
        Lookup::Missing => {
            let code = code.get_untracked();
            view! {
                <p>
                    {move || i18n.tr_with("service-not-found", &[("code", code.clone().into())])}
                </p>
            }
            .into_any()
        }
        Lookup::Found(service) => view! { <ServiceDetails service/> }.into_any(),
    };

    view! {
        <BackLink href=AppRoute::Catalogue.path() label=Signal::derive(move || i18n.tr("service-back"))/>
        <PageHeading
            text=Signal::derive(move || heading.get().text)
            lang=Signal::derive(move || heading.get().lang)
        />
        {body}
    }
}

/// Everything about a found service.
#[component]
fn ServiceDetails(service: Service) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let api = Api::expect();
    let photos = Config::expect().with(|c| c.open311.media != MediaUpload::None);
    let code = service.service_code.clone();

    let description = {
        let service = service.clone();
        Signal::derive(move || names.service_description(&service))
    };
    let notice = service.service_notice.clone().map(|text| {
        let code = code.clone();
        let text = Signal::derive(move || {
            names.backend(&format!("{}-notice", l10n_ids::service(&code)), &text)
        });
        view! {
            <div class="notice notice--info">
                <h2 class="notice__heading">{move || i18n.tr("service-notice-heading")}</h2>
                <Paragraphs text/>
            </div>
        }
    });
    let definition = {
        let service = service.clone();
        LocalResource::new(move || {
            let service = service.clone();
            async move { api.questions(&service).await }
        })
    };
    let questions = move || {
        let reply = definition.get()?;
        Some(match reply {
            None => ().into_any(),
            Some(Ok(definition)) => view! { <QuestionList definition/> }.into_any(),
            Some(Err(_)) => {
                view! { <li>{move || i18n.tr("service-questions-error")}</li> }.into_any()
            }
        })
    };
    let questions = move || {
        questions().unwrap_or_else(|| {
            view! { <li role="status">{move || i18n.tr("service-questions-loading")}</li> }
                .into_any()
        })
    };
    let promise = match service.service_type {
        ServiceType::Realtime => "service-promise-realtime",
        ServiceType::Batch => "service-promise-batch",
        ServiceType::Blackbox => "service-promise-blackbox",
    };
    // The form's code comes when its Start button is in view, if not already there.
    let start = NodeRef::<leptos::html::P>::new();
    Effect::new(move || {
        if let Some(element) = start.get() {
            crate::pieces::prefetch_when_seen(&element, crate::pieces::Piece::Request);
        }
    });

    view! {
        {notice}
        {move || description.get().map(|text| view! { <Paragraphs text=Signal::stored(text)/> })}
        <h2>{move || i18n.tr("service-asks-heading")}</h2>
        <ul class="asks">
            <li>{move || i18n.tr("service-asks-location")}</li>
            <li>{move || i18n.tr("service-asks-description")}</li>
            {questions}
            {photos.then(|| view! { <li>{move || i18n.tr("service-asks-photos")}</li> })}
            <li>{move || i18n.tr("service-asks-contact")}</li>
        </ul>
        <h2>{move || i18n.tr("service-promise-heading")}</h2>
        <p>{move || i18n.tr(promise)}</p>
        <p node_ref=start>
            <Link href=request_path(&code) class="button button--start">
                {move || i18n.tr("service-start")}
                <span class="icon--directional" aria-hidden="true">" →"</span>
            </Link>
        </p>
    }
}

/// The definition's questions, as a nested list item ("Some questions about it: ...").
#[component]
fn QuestionList(definition: ServiceDefinition) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let code = definition.service_code.clone();
    let questions: Vec<_> = form::in_order(&definition)
        .into_iter()
        .filter(|a| a.variable)
        .cloned()
        .collect();
    if questions.is_empty() {
        return ().into_any();
    }
    view! {
        <li>
            {move || i18n.tr("service-asks-questions")}
            <ul>
                {questions
                    .into_iter()
                    .map(|attribute| {
                        let id = l10n_ids::question(&code, &attribute.code);
                        let label = Signal::derive(move || names.backend(&id, &attribute.description));
                        view! {
                            <li>
                                <Said text=label/>
                                {attribute.required.then(|| view! { " " <span class="required">{move || i18n.tr("service-required")}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </li>
    }
    .into_any()
}
