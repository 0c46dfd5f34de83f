//! A service's request form, one topic per page (`/services/{code}/request/{step}`): where,
//! the problem and the service's questions, photos, about you, check your answers and send.
//! Every answer is kept on the device as it is typed; a reload returns to the same step. The
//! way through the steps is `frontdesk_core::form::Journey`; each step is a file here.

mod about_you;
mod check;
mod details;
mod location;
mod messages;
mod photos;
mod send;
mod text_field;

use fluent_bundle::FluentValue;
use frontdesk_core::form::{self, Back, Draft, FieldError, Journey, Step};
use leptos::prelude::*;
use open311::{Service, ServiceDefinition};

use crate::a11y::Announcer;
use crate::api::Api;
use crate::components::back_link::BackLink;
use crate::components::backend_text::Said;
use crate::components::confirm::ConfirmAction;
use crate::components::error_summary::{ErrorSummary, Listed, focus_summary};
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::{I18n, Names};
use crate::inventory::{Inventory, Lookup};
use crate::router::{Link, Router};
use crate::routes::{AppRoute, service_path, step_path};
use crate::store;

/// The form of the service in the address, once the service is known.
#[component]
pub fn RequestPage() -> impl IntoView {
    let i18n = I18n::expect();
    let inventory = Inventory::expect();
    let router = Router::expect();
    let code = router.param(|p| p.code);
    let code = Memo::new(move |_| code.get().unwrap_or_default());
    let lookup = Memo::new(move |_| code.with(|code| inventory.lookup(code)));
    move || match lookup.get() {
        Lookup::Loading => view! {
            <PageHeading text=Signal::derive(move || i18n.tr("service-loading"))/>
            <p class="loading" role="status">{i18n.tr("service-loading")}</p>
        }
        .into_any(),
        Lookup::Failed(error) => view! {
            <PageHeading text=Signal::derive(move || i18n.tr("request-service-unavailable"))/>
            <ErrorNotice error retry=move |()| inventory.reload()/>
        }
        .into_any(),
        Lookup::Missing => {
            let code = code.get_untracked();
            view! {
                <PageHeading text=Signal::derive(move || i18n.tr("service-not-found-title"))/>
                <p>{i18n.tr_with("service-not-found", &[("code", code.into())])}</p>
                <p><Link href=AppRoute::Catalogue.path()>{i18n.tr("service-back")}</Link></p>
            }
            .into_any()
        }
        Lookup::Found(service) => view! { <RequestForm service/> }.into_any(),
    }
}

/// The service's questions, as far as they are known.
#[derive(Debug, Clone, PartialEq)]
enum Definition {
    Loading,
    /// `None`: the service asks nothing beyond the description.
    Ready(Option<ServiceDefinition>),
    /// The definition could not be had: a description-only form.
    Failed,
}

impl Definition {
    fn get(&self) -> Option<&ServiceDefinition> {
        match self {
            Definition::Ready(Some(d)) => Some(d),
            _ => None,
        }
    }
}

/// What every step shares.
#[derive(Clone, Copy)]
struct Ctx {
    service: StoredValue<Service>,
    draft: RwSignal<Draft>,
    /// The problems the resident has been told about on this step.
    errors: RwSignal<Vec<FieldError>>,
    definition: Signal<Definition>,
    journey: StoredValue<Journey>,
    /// Came from "Change" on the check page: Continue goes back there.
    changing: Memo<bool>,
}

impl Ctx {
    fn code(&self) -> String {
        self.service.with_value(|s| s.service_code.clone())
    }
}

/// The draft this device keeps for `code`, or a new one (with the remembered contact details).
fn initial_draft(code: &str) -> Draft {
    store::draft(code).unwrap_or_else(|| {
        let mut draft = Draft::new(code);
        if let Some(contact) = store::remembered_contact() {
            draft.contact = contact;
            draft.remember_contact = true;
        }
        draft
    })
}

#[component]
fn RequestForm(service: Service) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let api = Api::expect();
    let router = Router::expect();
    let code = service.service_code.clone();
    // No photo step when the city takes none (open311.media "none" or max_photos 0).
    let photos = Config::expect().with(|c| c.open311.max_photos > 0);
    let journey = StoredValue::new(Journey::new(photos));

    let draft = RwSignal::new(initial_draft(&code));
    // Every change is kept on the device at once; an untouched form leaves nothing behind.
    Effect::new(move |prev: Option<()>| {
        draft.with(|d| {
            if !d.is_blank() {
                store::save_draft(d);
            } else if prev.is_some() {
                // Emptied by the resident: an old copy must not come back on reload.
                store::discard_draft(&d.service_code);
            }
        })
    });

    let definition = {
        let service = service.clone();
        LocalResource::new(move || {
            let service = service.clone();
            async move { api.questions(&service).await }
        })
    };
    let definition = Signal::derive(move || match definition.get() {
        None => Definition::Loading,
        Some(None) => Definition::Ready(None),
        // An empty definition asks nothing more: a description-only form.
        Some(Some(Ok(d))) => Definition::Ready(Some(d)),
        Some(Some(Err(_))) => Definition::Failed,
    });

    let slug = router.param(|p| p.step);
    let step = Memo::new(move |_| {
        slug.get()
            .and_then(|slug| journey.with_value(|j| j.step(&slug)))
    });
    let changing = Memo::new(move |_| router.query("change").is_some());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let ctx = Ctx {
        service: StoredValue::new(service.clone()),
        draft,
        errors,
        definition,
        journey,
        changing,
    };

    // The bare form address (or an unknown step) goes to where the resident left off.
    {
        let code = code.clone();
        Effect::new(move |_| {
            if step.get().is_none() {
                let resume = draft.with_untracked(|d| journey.with_value(|j| j.resume(&d.step)));
                router.replace(&step_path(&code, resume));
            }
        });
    }
    // A new step starts without old errors, and is remembered for a reload. Arriving from the
    // check page's error list shows this step's problems at once.
    Effect::new(move |_| {
        if let Some(step) = step.get() {
            let shown = if untrack(|| router.query("errors").is_some()) {
                form::validate(
                    step,
                    definition.get_untracked().get(),
                    &draft.get_untracked(),
                )
            } else {
                Vec::new()
            };
            errors.set(shown);
            if draft.with_untracked(|d| d.step != step.slug()) {
                draft.update(|d| d.step = step.slug().to_owned());
            }
        }
    });

    let back = {
        let code = code.clone();
        move || match journey.with_value(|j| j.back(step.get(), changing.get())) {
            Back::Step(to) => step_path(&code, to),
            Back::ServicePage => service_path(&code),
        }
    };
    let title = Signal::derive(move || i18n.tr(step.get().unwrap_or(Step::Location).title_id()));
    let service_name = {
        let service = service.clone();
        Signal::derive(move || names.service(&service))
    };
    let listed = Signal::derive(move || {
        errors.with(|errors| {
            errors
                .iter()
                .map(|e| Listed {
                    message: ctx.message(e),
                    href: format!("#{}", e.field),
                })
                .collect::<Vec<_>>()
        })
    });
    let has_errors = Signal::derive(move || errors.with(|e| !e.is_empty()));

    view! {
        {move || view! { <BackLink href=back() label=Signal::derive(move || i18n.tr("request-back"))/> }}
        <p class="caption">
            {move || {
                let (current, total) = journey.with_value(|j| j.count(step.get()));
                i18n.tr_with(
                    "request-step-count",
                    &[("current", FluentValue::from(current)), ("total", FluentValue::from(total))],
                )
            }}
            " · "
            <Said text=service_name/>
        </p>
        <PageHeading text=title error=has_errors/>
        <ErrorSummary problems=listed/>
        {move || match step.get() {
            None | Some(Step::Location) => view! { <location::LocationStep ctx/> }.into_any(),
            Some(Step::Questions) => view! { <details::DetailsStep ctx/> }.into_any(),
            Some(Step::Photos) => view! { <photos::PhotosStep ctx/> }.into_any(),
            Some(Step::AboutYou) => view! { <about_you::AboutYouStep ctx/> }.into_any(),
            Some(Step::Check) => view! { <check::CheckStep ctx/> }.into_any(),
        }}
        <p class="request__saved">{move || i18n.tr("request-saved")}</p>
        <DiscardDraft ctx/>
    }
}

/// The Continue button's work: check this step, then go on (or back to the check page).
fn continue_from(ctx: Ctx, step: Step) -> impl Fn(leptos::ev::SubmitEvent) + Clone {
    let router = Router::expect();
    move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let problems = form::validate(
            step,
            ctx.definition.get_untracked().get(),
            &ctx.draft.get_untracked(),
        );
        if !problems.is_empty() {
            ctx.errors.set(problems);
            focus_summary();
            return;
        }
        ctx.errors.set(Vec::new());
        let next = ctx
            .journey
            .with_value(|j| j.next(step, ctx.changing.get_untracked()));
        router.go(&step_path(&ctx.code(), next));
    }
}

/// Forgets the draft and its photos on this device: discarded, or ended by following a request
/// already reported nearby instead (`crate::map`).
pub(crate) fn forget_draft(draft: RwSignal<Draft>) {
    let (code, kept) = draft.with_untracked(|d| (d.service_code.clone(), d.photos.clone()));
    leptos::task::spawn_local(async move { crate::photos::forget(&kept).await });
    store::discard_draft(&code);
    draft.set(Draft::new(&code));
}

/// "Discard this draft", which asks first.
#[component]
fn DiscardDraft(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let announcer = Announcer::expect();
    let router = Router::expect();
    let discard = Callback::new(move |()| {
        forget_draft(ctx.draft);
        announcer.say(i18n.tr("request-discarded"));
        router.go(&service_path(&ctx.code()));
    });
    view! {
        <div class="discard">
            {move || (!ctx.draft.with(Draft::is_blank)).then(|| view! {
                <ConfirmAction
                    id="discard-question"
                    button="request-discard"
                    question="request-discard-confirm"
                    yes="request-discard-yes"
                    no="request-discard-no"
                    on_confirm=discard
                />
            })}
        </div>
    }
}
