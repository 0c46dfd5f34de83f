//! The offer on the confirmation page and a request's page: "Tell me when this changes".

use frontdesk_core::notify::{PushSupport, Subscribed, Way, push_support};
use leptos::prelude::*;
use serde_json::Value;

use super::OfferFor;
use super::device::{browser, change, load};
use super::following::Following;
use super::notifier::{Notifier, Trouble, notifier_key, push_subscription, subscribe};
use crate::components::form_group::{FormGroup, Hint};
use crate::config::Config;
use crate::i18n::I18n;
use crate::outbox::Outbox;

#[component]
pub(super) fn Offer(offer: OfferFor) -> impl IntoView {
    let props = offer;
    let i18n = I18n::expect();
    let outbox = Outbox::expect();
    let (push_offered, email_offered) = Config::expect().with(|c| {
        c.notify
            .as_ref()
            .map_or((false, false), |n| (n.push, n.email))
    });
    let list = RwSignal::new(load());
    let open = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    let trouble = RwSignal::new(None::<&'static str>);
    let email = RwSignal::new(props.email.clone().unwrap_or_default());
    let email_problem = RwSignal::new(None::<String>);
    let support = push_support(browser());
    let at = StoredValue::new(Notifier::expect());
    // Asked only once the resident opens the offer.
    let notifier = LocalResource::new(move || {
        let (wanted, at) = (open.get(), at.get_value());
        async move {
            if wanted {
                notifier_key(&at).await
            } else {
                None
            }
        }
    });
    let Some(request_id) = props.request_id.clone() else {
        return view! {
            <section class="notify" aria-labelledby="updates-heading">
                <h2 id="updates-heading">{i18n.tr("updates-heading")}</h2>
                <p>{i18n.tr("updates-wait-id")}</p>
            </section>
        }
        .into_any();
    };
    if props.closed {
        return ().into_any();
    }
    let follow = StoredValue::new(props.follow.clone());
    let following = {
        let request_id = StoredValue::new(request_id.clone());
        move |way: Way| {
            list.with(|l| request_id.with_value(|r| l.to_request(r).iter().any(|s| s.way == way)))
        }
    };
    let done = move |request_id: String, id: String, way: Way, words: String| {
        list.set(change(|l| {
            l.add(Subscribed {
                service_request_id: request_id,
                id,
                way,
            })
        }));
        if let Some(record) = follow.get_value() {
            leptos::task::spawn_local(async move { outbox.follow(record).await });
        }
        said.set(words);
    };
    let start_push = {
        let request_id = request_id.clone();
        move |_| {
            let (request_id, at) = (request_id.clone(), at.get_value());
            busy.set(true);
            trouble.set(None);
            said.set(String::new());
            leptos::task::spawn_local(async move {
                let key = notifier.await.map(|(key, _)| key);
                let result = match key {
                    None => Err(Trouble::Offline),
                    Some(key) => match push_subscription(&key).await {
                        Ok(subscription) => {
                            subscribe(&at, &request_id, i18n.language(), ("push", subscription))
                                .await
                        }
                        Err(trouble) => Err(trouble),
                    },
                };
                busy.set(false);
                match result {
                    Ok(id) => done(request_id, id, Way::Push, i18n.tr("updates-push-on")),
                    Err(t) => trouble.set(Some(t.message_id())),
                }
            });
        }
    };
    let start_email = {
        let request_id = request_id.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let (request_id, address, at) =
                (request_id.clone(), email.get_untracked(), at.get_value());
            if !address.contains('@') {
                email_problem.set(Some(i18n.tr("updates-email-invalid")));
                crate::a11y::focus_by_id("updates_email");
                return;
            }
            email_problem.set(None);
            busy.set(true);
            trouble.set(None);
            said.set(String::new());
            leptos::task::spawn_local(async move {
                let way = ("email", Value::from(address.trim()));
                let result = subscribe(&at, &request_id, i18n.language(), way).await;
                busy.set(false);
                match result {
                    Ok(id) => {
                        let words = i18n.tr_with(
                            "updates-email-sent",
                            &[(
                                "email",
                                fluent_bundle::FluentValue::from(address.trim().to_owned()),
                            )],
                        );
                        done(request_id, id, Way::Email, words);
                    }
                    Err(t) => trouble.set(Some(t.message_id())),
                }
            });
        }
    };
    let push_part = move || {
        if !push_offered || following(Way::Push) {
            return None;
        }
        Some(match support {
            PushSupport::Ready => view! {
                <p>
                    <button type="button" class="button" on:click=start_push.clone() disabled=move || busy.get()>
                        {i18n.tr("updates-push")}
                    </button>
                </p>
                <p class="hint">{i18n.tr("updates-push-hint")}</p>
            }
            .into_any(),
            PushSupport::Blocked => view! { <p>{i18n.tr("updates-push-blocked")}</p> }.into_any(),
            PushSupport::InstallFirst => view! { <p>{i18n.tr("updates-push-install-first")}</p> }.into_any(),
            PushSupport::Unsupported => view! { <p>{i18n.tr("updates-push-unsupported")}</p> }.into_any(),
        })
    };
    let email_part = move || {
        let notifier_sends = notifier.get().flatten().is_some_and(|(_, email)| email);
        (email_offered && notifier_sends && !following(Way::Email)).then(|| {
            view! {
                <form class="notify__email" on:submit=start_email.clone() novalidate>
                    <FormGroup
                        id="updates_email"
                        label=move || i18n.tr("updates-email-label")
                        hint=Hint::app(move || i18n.tr("updates-email-hint"))
                        error=Signal::derive(move || email_problem.get())
                        control=move |d| view! {
                            <input
                                id="updates_email"
                                type="email"
                                autocomplete="email"
                                spellcheck="false"
                                aria-describedby=move || d.by()
                                aria-invalid=move || d.invalid()
                                prop:value=move || email.get()
                                on:input=move |e| email.set(event_target_value(&e))
                            />
                        }
                    />
                    <p>
                        <button type="submit" class="button button--secondary" disabled=move || busy.get()>
                            {i18n.tr("updates-email-send")}
                        </button>
                    </p>
                </form>
            }
        })
    };
    let unreachable = move || {
        matches!(notifier.get(), Some(None))
            .then(|| view! { <p>{i18n.tr("updates-unavailable")}</p> })
    };
    view! {
        <section class="notify" aria-labelledby="updates-heading">
            <h2 id="updates-heading">{i18n.tr("updates-heading")}</h2>
            <Following request_id=request_id.clone() list said trouble/>
            <p>
                <button type="button" class="button button--secondary" aria-controls="updates-ways"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || i18n.tr("updates-offer")}
                </button>
            </p>
            <div id="updates-ways" hidden=move || !open.get()>
                {move || match notifier.get() {
                    None if open.get() => Some(view! { <p>{i18n.tr("updates-loading")}</p> }.into_any()),
                    _ => None,
                }}
                {unreachable}
                {push_part}
                {email_part}
            </div>
            <p class="notify__status" role="status">{move || said.get()}</p>
            // An alert is read out as it appears: it is in the page only while there is trouble.
            {move || trouble.get().map(|id| view! { <div role="alert"><p class="notice notice--error">{i18n.tr(id)}</p></div> })}
        </section>
    }
    .into_any()
}
