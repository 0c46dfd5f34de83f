//! Photos from the camera or the gallery: made smaller on the phone, previewed, kept on the
//! device with the draft.

use fluent_bundle::FluentValue;
use frontdesk_core::form::Step;
use leptos::prelude::*;

use super::{Ctx, continue_from};
use crate::a11y::Announcer;
use crate::components::form_group::{FormGroup, Hint};
use crate::config::Config;
use crate::device;
use crate::i18n::I18n;
use crate::photos::{self, PhotoError};

/// The photos step.
#[component]
pub(super) fn PhotosStep(ctx: Ctx) -> impl IntoView {
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
                    <FormGroup
                        id="photo-input"
                        label=move || i18n.tr("request-photos-add")
                        hint=Hint::app(move || i18n.tr("request-photos-add-hint"))
                        error=problem_text
                        control=move |d| view! {
                            <input
                                id="photo-input"
                                class="photo-input"
                                type="file"
                                accept="image/*"
                                multiple={ max.saturating_sub(count()) > 1 }
                                aria-describedby=move || d.by()
                                aria-invalid=move || d.invalid()
                                disabled=move || preparing.get()
                                on:change=on_change
                            />
                        }
                    />
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
