//! A service's request form, one topic per page (`/services/{code}/request/{step}`): where,
//! the problem and the service's questions, about you, check your answers and send. Every
//! answer is kept on the device as it is typed; a reload returns to the same step.

use crate::router::{Link, Router};
use fluent_bundle::FluentValue;
use frontdesk_core::form::{self, Control, Draft, FieldError, Position, Problem, Step, fields};
use frontdesk_core::l10n_ids;
use frontdesk_core::submission::{State, Submission};
use leptos::prelude::*;
use open311::encode::ListStyle;
use open311::{Service, ServiceDefinition};

use crate::a11y::Announcer;
use crate::api::{Api, ApiError};
use crate::components::back_link::BackLink;
use crate::components::backend_text::Said;
use crate::components::confirm::ConfirmAction;
use crate::components::error_summary::{ErrorSummary, Listed, focus_summary};
use crate::components::field::{FieldError as FieldErrorText, Question, described_by};
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::device::{self, LocationError};
use crate::i18n::I18n;
use crate::inventory::{Inventory, Lookup, Names};
use crate::outbox::{Outbox, Outcome};
use crate::photos::{self, PhotoError};
use crate::routes::{AppRoute, sent_path, service_path, step_path};
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
    steps: StoredValue<Vec<Step>>,
    /// Came from "Change" on the check page: Continue goes back there.
    changing: Memo<bool>,
}

impl Ctx {
    fn code(&self) -> String {
        self.service.with_value(|s| s.service_code.clone())
    }

    /// The message for the problem with `field`, if the resident has been told of one.
    fn error_for(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let (this, field) = (*self, field.into());
        Signal::derive(move || {
            this.errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| this.message(e))
            })
        })
    }

    /// The resident-facing message for a problem. Reactive.
    fn message(&self, error: &FieldError) -> String {
        let i18n = I18n::expect();
        let names = Names::new();
        let question = || {
            let code = self.code();
            let label = error.code.as_deref().and_then(|attribute| {
                self.definition.with(|d| {
                    d.get()?
                        .attributes
                        .iter()
                        .find(|a| a.code == attribute)
                        .map(|a| {
                            names
                                .backend(&l10n_ids::question(&code, attribute), &a.description)
                                .text
                        })
                })
            });
            FluentValue::from(label.unwrap_or_default())
        };
        match &error.problem {
            Problem::NoLocation => i18n.tr("problem-no-location"),
            Problem::Required => i18n.tr_with("problem-required", &[("question", question())]),
            Problem::NotANumber => {
                i18n.tr_with("problem-not-a-number", &[("question", question())])
            }
            Problem::NotADateTime => {
                i18n.tr_with("problem-not-a-datetime", &[("question", question())])
            }
            Problem::NotADate => i18n.tr_with("problem-not-a-date", &[("question", question())]),
            Problem::UnknownChoice => {
                i18n.tr_with("problem-unknown-choice", &[("question", question())])
            }
            Problem::TooLong { limit } => {
                i18n.tr_with("problem-too-long", &[("limit", FluentValue::from(*limit))])
            }
            Problem::BadEmail => i18n.tr("problem-bad-email"),
            Problem::BadPhone => i18n.tr("problem-bad-phone"),
        }
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
    let steps = StoredValue::new(form::steps(photos));

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
        let (code, metadata) = (code.clone(), service.metadata);
        LocalResource::new(move || {
            let code = code.clone();
            async move {
                if metadata {
                    Some(api.service_definition(&code).await)
                } else {
                    None
                }
            }
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
        slug.get().and_then(|slug| {
            Step::from_slug(&slug).filter(|s| steps.with_value(|all| all.contains(s)))
        })
    });
    let changing = Memo::new(move |_| router.query("change").is_some());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let ctx = Ctx {
        service: StoredValue::new(service.clone()),
        draft,
        errors,
        definition,
        steps,
        changing,
    };

    // The bare form address (or an unknown step) goes to where the resident left off.
    {
        let code = code.clone();
        Effect::new(move |_| {
            if step.get().is_none() {
                let resume = draft
                    .with_untracked(|d| Step::from_slug(&d.step))
                    .filter(|s| steps.with_value(|all| all.contains(s)))
                    .unwrap_or(Step::Location);
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

    let position = move || {
        step.get()
            .and_then(|s| steps.with_value(|all| all.iter().position(|x| *x == s)))
    };
    let back = {
        let code = code.clone();
        move || {
            if changing.get() {
                return step_path(&code, Step::Check);
            }
            match position() {
                Some(i) if i > 0 => step_path(&code, steps.with_value(|all| all[i - 1])),
                _ => service_path(&code),
            }
        }
    };
    let title = Signal::derive(move || {
        i18n.tr(match step.get() {
            Some(Step::Location) | None => "request-location-title",
            Some(Step::Questions) => "request-details-title",
            Some(Step::Photos) => "request-photos-title",
            Some(Step::AboutYou) => "request-about-title",
            Some(Step::Check) => "request-check-title",
        })
    });
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
                let (current, total) = (position().unwrap_or(0) + 1, steps.with_value(Vec::len));
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
            None | Some(Step::Location) => view! { <LocationStep ctx/> }.into_any(),
            Some(Step::Questions) => view! { <DetailsStep ctx/> }.into_any(),
            Some(Step::Photos) => view! { <PhotosStep ctx/> }.into_any(),
            Some(Step::AboutYou) => view! { <AboutYouStep ctx/> }.into_any(),
            Some(Step::Check) => view! { <CheckStep ctx/> }.into_any(),
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
        let next = if ctx.changing.get_untracked() {
            Step::Check
        } else {
            ctx.steps.with_value(|all| {
                all.iter()
                    .skip_while(|s| **s != step)
                    .nth(1)
                    .copied()
                    .unwrap_or(Step::Check)
            })
        };
        router.go(&step_path(&ctx.code(), next));
    }
}

/// A text field bound to part of the draft.
#[component]
fn TextField(
    ctx: Ctx,
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] kind: Option<&'static str>,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let i18n = I18n::expect();
    let error = ctx.error_for(id);
    let describe = move || described_by(id, hint.is_some(), error.with(Option::is_some));
    view! {
        <div class=move || { if error.with(Option::is_some) { "field field--error" } else { "field" } }>
            <label class="field__label" for=id>{move || i18n.tr(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{move || i18n.tr(hint)}</p> })}
            <FieldErrorText id=id.to_owned() message=error/>
            <input
                id=id
                type=kind.unwrap_or("text")
                autocomplete=autocomplete.unwrap_or("off")
                spellcheck="false"
                aria-describedby=describe
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || ctx.draft.with(|d| get(d).clone())
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    ctx.draft.update(|d| set(d, value));
                }
            />
        </div>
    }
}

/// The device's location in words: "Your location: 43.58900, -79.64400 (accurate to about 12 m)".
fn located(i18n: I18n, p: Position) -> String {
    i18n.tr_with(
        "request-located",
        &[
            ("lat", FluentValue::from(format!("{:.5}", p.lat))),
            ("long", FluentValue::from(format!("{:.5}", p.long))),
            (
                "accuracy",
                FluentValue::from(p.accuracy.map_or(0.0, f64::round)),
            ),
        ],
    )
}

/// Where: an address, the device's location, or both. Completed without any map.
#[component]
fn LocationStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let locating = RwSignal::new(false);
    let failure = RwSignal::new(None::<LocationError>);
    let locate = move |_| {
        locating.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            match device::current_location().await {
                Ok(position) => ctx.draft.update(|d| d.position = Some(position)),
                Err(error) => failure.set(Some(error)),
            }
            locating.set(false);
        });
    };
    let status = move || {
        if locating.get() {
            return Some(i18n.tr("request-locating"));
        }
        if let Some(error) = failure.get() {
            return Some(i18n.tr(match error {
                LocationError::Denied => "request-geo-denied",
                LocationError::Unavailable => "request-geo-unavailable",
                LocationError::TimedOut => "request-geo-timeout",
                LocationError::Unsupported => "request-geo-unsupported",
            }));
        }
        ctx.draft.with(|d| d.position).map(|p| located(i18n, p))
    };
    view! {
        <form class="request-step" novalidate on:submit=continue_from(ctx, Step::Location)>
            <p>{move || i18n.tr("request-location-lead")}</p>
            <TextField
                ctx
                id=fields::ADDRESS
                label="request-address-label"
                hint="request-address-hint"
                get=|d| &d.address
                set=|d, v| d.address = v
            />
            <div class="locate">
                <button type="button" class="button button--secondary" on:click=locate disabled=move || locating.get()>
                    {move || i18n.tr("request-use-location")}
                </button>
                // Polite: the outcome of the button, said when it arrives.
                <p class="locate__status" role="status">{status}</p>
                {move || ctx.draft.with(|d| d.position.is_some()).then(|| view! {
                    <button type="button" class="link-button" on:click=move |_| ctx.draft.update(|d| d.position = None)>
                        {i18n.tr("request-location-remove")}
                    </button>
                })}
            </div>
            // The place for a map (config.json `map`), which comes later; the form never needs it.
            <div class="map-slot" hidden></div>
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}

/// The problem: the description and the service's own questions.
#[component]
fn DetailsStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let code = ctx.code();
    let description_error = ctx.error_for(fields::DESCRIPTION);
    let count = move || ctx.draft.with(|d| d.description.chars().count());
    let count_text = move || {
        let count = count();
        if count > form::DESCRIPTION_LIMIT {
            i18n.tr_with(
                "request-description-over",
                &[("count", FluentValue::from(count - form::DESCRIPTION_LIMIT))],
            )
        } else {
            i18n.tr_with(
                "request-description-left",
                &[("count", FluentValue::from(form::DESCRIPTION_LIMIT - count))],
            )
        }
    };
    let describe = move || {
        let mut ids = "description-hint description-count".to_owned();
        if description_error.with(Option::is_some) {
            ids.push_str(" description-error");
        }
        ids
    };
    // Questions appear and disappear with the answers; those already shown keep their state.
    let shown = Memo::new(move |_| {
        ctx.definition.with(|d| {
            d.get()
                .map(|d| {
                    let shown = ctx.draft.with(|draft| form::shown(d, &draft.answers));
                    form::in_order(d)
                        .into_iter()
                        .filter(|a| shown.contains(&a.code))
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <form class="request-step" novalidate on:submit=continue_from(ctx, Step::Questions)>
            {move || (ctx.definition.get() == Definition::Failed).then(|| view! {
                <div class="notice notice--warning" role="status"><p>{i18n.tr("request-definition-error")}</p></div>
            })}
            <div class=move || { if description_error.with(Option::is_some) { "field field--error" } else { "field" } }>
                <label class="field__label" for=fields::DESCRIPTION>{move || i18n.tr("request-description-label")}</label>
                <p class="hint" id="description-hint">{move || i18n.tr("request-description-hint")}</p>
                <FieldErrorText id=fields::DESCRIPTION.to_owned() message=description_error/>
                <textarea
                    id=fields::DESCRIPTION
                    rows="6"
                    aria-describedby=describe
                    aria-invalid=move || description_error.with(Option::is_some).then_some("true")
                    prop:value=move || ctx.draft.with(|d| d.description.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        ctx.draft.update(|d| d.description = value);
                    }
                ></textarea>
                // Counts, never blocks: typing past the limit is allowed and said.
                <p
                    id="description-count"
                    class=move || { if count() > form::DESCRIPTION_LIMIT { "count count--over" } else { "count" } }
                >
                    {count_text}
                </p>
            </div>
            {move || (ctx.definition.get() == Definition::Loading).then(|| view! {
                <p class="loading" role="status">{i18n.tr("service-questions-loading")}</p>
            })}
            <For
                each=move || shown.get()
                key=|attribute| attribute.code.clone()
                children=move |attribute| {
                    let error = ctx.error_for(form::field_id(&attribute.code));
                    view! { <Question service_code=code.clone() attribute draft=ctx.draft error/> }
                }
            />
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}

/// Photos from the camera or the gallery: made smaller on the phone, previewed, kept on the
/// device with the draft.
#[component]
fn PhotosStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let announcer = Announcer::expect();
    let max = usize::from(Config::expect().with(|c| c.open311.max_photos));
    let previews = RwSignal::new(Vec::<(String, String)>::new());
    let preparing = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);

    // Previews of the photos the draft already has; a photo the device lost leaves the draft.
    let kept = ctx.draft.with_untracked(|d| d.photos.clone());
    leptos::task::spawn_local(async move {
        let mut list = Vec::new();
        for id in kept {
            match photos::get(&id).await {
                Some(blob) => {
                    if let Some(url) = photos::preview_url(&blob) {
                        list.push((id, url));
                    }
                }
                None => ctx.draft.update(|d| d.photos.retain(|p| *p != id)),
            }
        }
        previews.set(list);
    });
    on_cleanup(move || {
        for (_, url) in previews.get_untracked() {
            photos::release_preview(&url);
        }
    });

    let count = move || ctx.draft.with(|d| d.photos.len());
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let room = max.saturating_sub(ctx.draft.with_untracked(|d| d.photos.len()));
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.get(i))
                    .take(room)
                    .collect()
            })
            .unwrap_or_default();
        // The same file can be chosen again after removing it.
        input.set_value("");
        if files.is_empty() {
            return;
        }
        preparing.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            for file in files {
                match photos::prepare(&file).await {
                    Ok(blob) => {
                        let id = device::new_local_id();
                        match photos::keep(&id, &blob).await {
                            Ok(()) => {
                                ctx.draft.update(|d| d.photos.push(id.clone()));
                                if let Some(url) = photos::preview_url(&blob) {
                                    previews.update(|p| p.push((id, url)));
                                }
                                announcer.say(i18n.tr("request-photos-added"));
                            }
                            Err(_) => problem.set(Some("request-photos-storage")),
                        }
                    }
                    Err(PhotoError::NotAnImage) => problem.set(Some("request-photos-not-image")),
                    Err(_) => problem.set(Some("request-photos-failed")),
                }
            }
            preparing.set(false);
        });
    };
    let remove = move |id: String| {
        ctx.draft.update(|d| d.photos.retain(|p| *p != id));
        previews.update(|p| {
            if let Some(i) = p.iter().position(|(x, _)| *x == id) {
                let (_, url) = p.remove(i);
                photos::release_preview(&url);
            }
        });
        leptos::task::spawn_local(async move { photos::forget(&[id]).await });
        announcer.say(i18n.tr("request-photos-removed"));
        request_animation_frame(|| crate::a11y::focus_by_id("photo-input"));
    };
    let problem_text = Signal::derive(move || problem.get().map(|id| i18n.tr(id)));
    let describe = move || described_by("photo-input", true, problem.with(Option::is_some));

    view! {
        <form class="request-step" novalidate on:submit=continue_from(ctx, Step::Photos)>
            <p>{move || i18n.tr("request-photos-lead")}</p>
            <p>{move || i18n.tr_with("request-photos-limit", &[("max", FluentValue::from(max))])}</p>
            <p class="hint">{move || i18n.tr("request-photos-privacy")}</p>
            <ul class="photos">
                {move || {
                    previews
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, (id, url))| {
                            let number = i + 1;
                            view! {
                                <li class="photo">
                                    <img
                                        class="photo__preview"
                                        src=url
                                        alt=i18n.tr_with("request-photos-photo", &[("number", FluentValue::from(number))])
                                    />
                                    <button type="button" class="link-button" on:click=move |_| remove(id.clone())>
                                        {i18n.tr_with("request-photos-remove", &[("number", FluentValue::from(number))])}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            {move || if count() >= max {
                view! { <p id="photo-input" tabindex="-1">{i18n.tr("request-photos-full")}</p> }.into_any()
            } else {
                view! {
                    <div class=move || { if problem.with(Option::is_some) { "field field--error" } else { "field" } }>
                        <label class="field__label" for="photo-input">{i18n.tr("request-photos-add")}</label>
                        <p class="hint" id="photo-input-hint">{i18n.tr("request-photos-add-hint")}</p>
                        <FieldErrorText id="photo-input".to_owned() message=problem_text/>
                        <input
                            id="photo-input"
                            class="photo-input"
                            type="file"
                            accept="image/*"
                            multiple={ max.saturating_sub(count()) > 1 }
                            aria-describedby=describe
                            disabled=move || preparing.get()
                            on:change=on_change
                        />
                    </div>
                }
                .into_any()
            }}
            <p class="locate__status" role="status">
                {move || preparing.get().then(|| i18n.tr("request-photos-preparing"))}
            </p>
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}

/// Optional contact details, each saying why it is asked.
#[component]
fn AboutYouStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let submit = continue_from(ctx, Step::AboutYou);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        // Remembered only when asked; unticking forgets.
        ctx.draft.with_untracked(|d| {
            store::remember_contact(d.remember_contact.then_some(&d.contact));
        });
        submit(ev);
    };
    view! {
        <form class="request-step" novalidate on:submit=on_submit>
            <p>{move || i18n.tr("request-about-lead")}</p>
            <TextField ctx id=fields::FIRST_NAME label="request-first-name" hint="request-name-why"
                autocomplete="given-name" get=|d| &d.contact.first_name set=|d, v| d.contact.first_name = v/>
            <TextField ctx id=fields::LAST_NAME label="request-last-name"
                autocomplete="family-name" get=|d| &d.contact.last_name set=|d, v| d.contact.last_name = v/>
            <TextField ctx id=fields::EMAIL label="request-email" hint="request-email-why" kind="email"
                autocomplete="email" get=|d| &d.contact.email set=|d, v| d.contact.email = v/>
            <TextField ctx id=fields::PHONE label="request-phone" hint="request-phone-why" kind="tel"
                autocomplete="tel" get=|d| &d.contact.phone set=|d, v| d.contact.phone = v/>
            <div class="field">
                <div class="choice">
                    <input
                        class="choice__input"
                        type="checkbox"
                        id="remember"
                        aria-describedby="remember-hint"
                        prop:checked=move || ctx.draft.with(|d| d.remember_contact)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.draft.update(|d| d.remember_contact = on);
                        }
                    />
                    <label class="choice__label" for="remember">{move || i18n.tr("request-remember")}</label>
                </div>
                <p class="hint" id="remember-hint">{move || i18n.tr("request-remember-hint")}</p>
            </div>
            <button type="submit" class="button">{move || i18n.tr("request-continue")}</button>
        </form>
    }
}

/// One row of the check page: what, the answer, and "Change" naming what it changes.
#[component]
fn Row(
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] lang: Option<Signal<Option<String>>>,
    children: Children,
    href: String,
) -> impl IntoView {
    let i18n = I18n::expect();
    let lang = lang.unwrap_or_else(|| Signal::stored(None));
    view! {
        <div class="summary__row">
            <dt class="summary__key" lang=move || lang.get() dir="auto" data-external=move || lang.get().map(|_| "")>
                {move || label.get()}
            </dt>
            <dd class="summary__value">{children()}</dd>
            <dd class="summary__action">
                <Link href=href>
                    {move || i18n.tr("request-check-change")}
                    <span class="visually-hidden" lang=move || lang.get() data-external=move || lang.get().map(|_| "")>
                        " "
                        {move || label.get()}
                    </span>
                </Link>
            </dd>
        </div>
    }
}

/// Check your answers, then send.
#[component]
fn CheckStep(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let outbox = Outbox::expect();
    let api = Api::expect();
    let announcer = Announcer::expect();
    let router = Router::expect();
    let code = ctx.code();
    let change = {
        let code = code.clone();
        move |step: Step| format!("{}?change=1", step_path(&code, step))
    };
    let sending = RwSignal::new(false);
    let refused = RwSignal::new(None::<ApiError>);
    // Problems found on other steps, listed with links to them.
    let elsewhere = RwSignal::new(Vec::<Listed>::new());

    let not_given =
        move || view! { <span class="summary__empty">{i18n.tr("request-check-not-given")}</span> };
    let location = move || {
        let (address, position) = ctx
            .draft
            .with(|d| (d.address.trim().to_owned(), d.position));
        let position = position.map(|p| located(i18n, p));
        if address.is_empty() && position.is_none() {
            return not_given().into_any();
        }
        view! {
            {(!address.is_empty()).then(|| view! { <p data-external="">{address}</p> })}
            {position.map(|p| view! { <p>{p}</p> })}
        }
        .into_any()
    };
    let description = move || {
        let text = ctx.draft.with(|d| d.description.trim().to_owned());
        if text.is_empty() {
            not_given().into_any()
        } else {
            view! { <p class="summary__text" data-external="">{text}</p> }.into_any()
        }
    };
    let answers = {
        let (code, change) = (code.clone(), change.clone());
        move || {
            let definition = ctx.definition.get();
            let Some(definition) = definition.get() else {
                return Vec::new();
            };
            let draft = ctx.draft.get();
            let shown = form::shown(definition, &draft.answers);
            form::in_order(definition)
                .into_iter()
                .filter(|a| shown.contains(&a.code) && form::control(a) != Control::Guidance)
                .map(|a| {
                    let label = names.backend(&l10n_ids::question(&code, &a.code), &a.description);
                    let values = draft.answers.get(&a.code).cloned().unwrap_or_default();
                    let shown_values: Vec<String> = match form::control(a) {
                        Control::Radios | Control::Select | Control::Checkboxes => values
                            .iter()
                            .map(|v| {
                                a.values.iter().find(|o| o.key == *v).map_or(v.clone(), |o| {
                                    names
                                        .backend(&l10n_ids::option(&code, &a.code, &o.key), &o.name)
                                        .text
                                })
                            })
                            .collect(),
                        Control::Tick if !values.is_empty() => vec![i18n.tr("request-check-yes")],
                        _ => values,
                    };
                    let href = format!("{}#{}", change(Step::Questions), form::field_id(&a.code));
                    let lang = label.lang.clone();
                    view! {
                        <Row label=label.text href lang=Signal::stored(lang)>
                            {if shown_values.is_empty() {
                                not_given().into_any()
                            } else {
                                view! { <p data-external="">{shown_values.join(", ")}</p> }.into_any()
                            }}
                        </Row>
                    }
                })
                .collect::<Vec<_>>()
        }
    };
    let contact = move || {
        let c = ctx.draft.with(|d| d.contact.clone());
        let name = format!("{} {}", c.first_name.trim(), c.last_name.trim())
            .trim()
            .to_owned();
        let lines: Vec<String> = [name, c.email.trim().to_owned(), c.phone.trim().to_owned()]
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            not_given().into_any()
        } else {
            lines
                .into_iter()
                .map(|l| view! { <p data-external="">{l}</p> })
                .collect_view()
                .into_any()
        }
    };

    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        refused.set(None);
        let draft = ctx.draft.get_untracked();
        let definition = ctx.definition.get_untracked();
        let problems = form::validate_all(&ctx.steps.get_value(), definition.get(), &draft);
        if !problems.is_empty() {
            let code = ctx.code();
            elsewhere.set(
                problems
                    .iter()
                    .map(|(step, e)| Listed {
                        message: ctx.message(e),
                        href: format!("{}?change=1&errors=1", step_path(&code, *step)),
                    })
                    .collect(),
            );
            focus_summary();
            return;
        }
        elsewhere.set(Vec::new());
        let request = form::to_request(definition.get(), &draft, &device::utc_offset());
        let service = ctx.service.get_value();
        let submission = Submission {
            local_id: device::new_local_id(),
            service_code: service.service_code.clone(),
            service_name: service.service_name.clone(),
            description: draft.description.trim().to_owned(),
            address: draft.address.trim().to_owned(),
            position: draft.position,
            service_type: service.service_type.as_str().to_owned(),
            body: request.to_form(api.jurisdiction_id().as_deref(), None, ListStyle::Brackets),
            photos: draft.photos.clone(),
            created_ms: js_sys::Date::now(),
            attempt_ms: None,
            state: State::Sending,
        };
        let local_id = submission.local_id.clone();
        sending.set(true);
        announcer.say(i18n.tr("request-sending"));
        leptos::task::spawn_local(async move {
            let outcome = outbox.submit(submission).await;
            sending.set(false);
            match outcome {
                // The record holds everything now (answers and photos): the draft has done its
                // work. Keeping it would let the same request be sent twice from here; an
                // unconfirmed one is sent again from its record, if the resident chooses.
                Outcome::Sent | Outcome::Waiting | Outcome::Unconfirmed => {
                    store::discard_draft(&draft.service_code);
                    ctx.draft.set(Draft::new(&draft.service_code));
                    router.go(&sent_path(&local_id));
                }
                Outcome::Refused(error) => {
                    outbox.withdraw(&local_id);
                    refused.set(Some(error));
                    focus_summary();
                }
            }
        });
    };
    let phone = Config::expect().with(|c| c.help.phone.clone());
    let photos_href = change(Step::Photos);

    view! {
        <ErrorSummary problems=elsewhere/>
        {move || refused.get().map(|error| {
            let phone = phone.clone();
            view! {
                <div id="error-summary" tabindex="-1">
                    <ErrorNotice error heading="sent-refused-title"/>
                </div>
                <p>{i18n.tr_with("request-refused-next", &[("phone", FluentValue::from(phone))])}</p>
            }
        })}
        <dl class="summary">
            <Row label=Signal::derive(move || i18n.tr("request-check-location")) href=change(Step::Location)>
                {location}
            </Row>
            <Row label=Signal::derive(move || i18n.tr("request-check-description")) href=format!("{}#{}", change(Step::Questions), fields::DESCRIPTION)>
                {description}
            </Row>
            {answers}
            {move || ctx.steps.with_value(|s| s.contains(&Step::Photos)).then(|| {
                let count = ctx.draft.with(|d| d.photos.len());
                view! {
                    <Row label=Signal::derive(move || i18n.tr("request-check-photos")) href=photos_href.clone()>
                        {if count == 0 {
                            not_given().into_any()
                        } else {
                            view! { <p>{i18n.tr_with("request-check-photo-count", &[("count", FluentValue::from(count))])}</p> }.into_any()
                        }}
                    </Row>
                }
            })}
            <Row label=Signal::derive(move || i18n.tr("request-check-contact")) href=change(Step::AboutYou)>
                {contact}
            </Row>
        </dl>
        <form novalidate on:submit=send>
            // Not while the questions are still loading: their answers would be left out.
            <button
                type="submit"
                class="button button--start"
                disabled=move || sending.get() || ctx.definition.get() == Definition::Loading
            >
                {move || if sending.get() { i18n.tr("request-sending") } else { i18n.tr("request-send") }}
            </button>
        </form>
    }
}

/// "Discard this draft", which asks first.
#[component]
fn DiscardDraft(ctx: Ctx) -> impl IntoView {
    let i18n = I18n::expect();
    let announcer = Announcer::expect();
    let router = Router::expect();
    let discard = Callback::new(move |()| {
        let code = ctx.code();
        let kept = ctx.draft.with_untracked(|d| d.photos.clone());
        leptos::task::spawn_local(async move { photos::forget(&kept).await });
        store::discard_draft(&code);
        ctx.draft.set(Draft::new(&code));
        announcer.say(i18n.tr("request-discarded"));
        router.go(&service_path(&code));
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
