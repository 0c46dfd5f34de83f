//! The home page: every city service by topic, and one search box over all of them.

use std::sync::Arc;
use std::time::Duration;

use crate::router::{Link, Router};
use fluent_bundle::FluentValue;
use frontdesk_core::catalogue::{Channel, Entry, Hit, SearchIndex, Topic, looks_like_reference};
use frontdesk_core::text::summary;
use leptos::prelude::*;

use crate::a11y::{self, Announcer};
use crate::components::backend_text::{Said, said_within};
use crate::components::help::tel_href;
use crate::components::notice::ErrorNotice;
use crate::components::page_heading::PageHeading;
use crate::config::Config;
use crate::i18n::I18n;
use crate::i18n::Names;
use crate::inventory::Inventory;
use crate::routes::{AppRoute, search_path, service_path, track_path};

/// How long the resident pauses typing before the result count is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(700);
/// The search box, which "Show all services" returns to.
const SEARCH_INPUT_ID: &str = "search-input";
/// The longest summary of a service's description in a list.
const SUMMARY_CHARS: usize = 140;

/// A search index that compares equal only to itself (rebuilt when the list or language
/// changes).
#[derive(Clone)]
struct SharedIndex(Arc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The service catalogue.
#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = I18n::expect();
    let inventory = Inventory::expect();
    let names = Names::new();
    let announcer = Announcer::expect();
    let router = Router::expect();

    let initial = untrack(|| router.query("q")).unwrap_or_default();
    let query = RwSignal::new(initial);
    // A link to the catalogue (the header's home link, back, forward) brings its own query.
    Effect::new(move |_| {
        let from_address = router.query("q").unwrap_or_default();
        if from_address.trim() != query.get_untracked().trim() {
            query.set(from_address);
        }
    });
    let topics = Memo::new(move |_| inventory.loaded().map(|l| l.sorted(names)));
    let index = Memo::new(move |_| {
        topics.with(|topics| {
            topics.as_ref().map(|topics| {
                SharedIndex(Arc::new(SearchIndex::new(topics, |id| {
                    i18n.backend_translation(id)
                })))
            })
        })
    });
    let hits = Memo::new(move |_| {
        let query = query.get();
        if query.trim().is_empty() {
            return None;
        }
        index.with(|index| index.as_ref().map(|index| index.0.search(&query)))
    });

    // The count is said once the resident pauses, not at every key.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let count = hits.with(|hits| hits.as_ref().map(Vec::len));
        let query = query.get_untracked();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if let Some(count) = count {
            let handle = set_timeout_with_handle(
                move || announcer.say(result_count(i18n, count, &query)),
                ANNOUNCE_AFTER,
            )
            .ok();
            pending.set_value(handle);
        }
    });
    on_cleanup(move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    });

    // The query lives in the address: reload, back and a shared link keep it.
    let set_query = Callback::new(move |value: String| {
        router.replace_quietly(&search_path(value.trim()));
        query.set(value);
    });
    let on_input = move |ev: leptos::ev::Event| set_query.run(event_target_value(&ev));
    let clear = Callback::new(move |()| {
        set_query.run(String::new());
        a11y::focus_by_id(SEARCH_INPUT_ID);
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Enter: the results are already there; say how many now.
        if let Some(count) = hits.with(|hits| hits.as_ref().map(Vec::len)) {
            announcer.say(result_count(i18n, count, &query.get_untracked()));
        }
    };

    let body = move || match inventory.loaded() {
        None => {
            // Tall: the long list takes this room, so the help box below does not jump (CLS).
            view! { <p class="loading loading--list" role="status">{move || i18n.tr("catalogue-loading")}</p> }
                .into_any()
        }
        Some(loaded) => {
            let status = match &loaded.services {
                Err(error) => view! {
                    <ErrorNotice
                        error=error.clone()
                        heading="catalogue-services-error-heading"
                        after="catalogue-services-error-rest"
                        retry=move |()| inventory.reload()
                    />
                }
                .into_any(),
                Ok(services) if services.list.is_empty() => {
                    let phone = Config::expect().with(|c| c.help.phone.clone());
                    view! {
                        <div class="notice" role="status">
                            <p>{move || i18n.tr_with("catalogue-empty", &[("phone", FluentValue::from(phone.clone()))])}</p>
                        </div>
                    }
                    .into_any()
                }
                Ok(services) => match services.saved_ms {
                    Some(saved_ms) => view! { <StaleNotice saved_ms/> }.into_any(),
                    None => ().into_any(),
                },
            };
            view! {
                {status}
                {move || {
                    let q = query.get();
                    looks_like_reference(&q).then(|| {
                        let q = q.trim().to_owned();
                        view! {
                            <p class="notice notice--info">
                                <Link href=track_path(&q)>
                                    {i18n.tr_with("lookup-offer", &[("id", FluentValue::from(q.clone()))])}
                                </Link>
                            </p>
                        }
                    })
                }}
                {move || match hits.get() {
                    None => view! { <TopicList topics=topics/> }.into_any(),
                    Some(hits) if hits.is_empty() => view! {
                        <NoResults query=query.get_untracked()/>
                        <TopicList topics=topics/>
                    }
                    .into_any(),
                    Some(hits) => view! {
                        <Results hits topics query=query.get_untracked() on_clear=clear/>
                    }
                    .into_any(),
                }}
            }
            .into_any()
        }
    };

    view! {
        <PageHeading text=Signal::derive(move || i18n.tr(AppRoute::Catalogue.title_id()))/>
        <p class="page__lead">{move || i18n.tr("catalogue-lead")}</p>
        <form class="search" role="search" on:submit=on_submit>
            <label class="search__label" for=SEARCH_INPUT_ID>{move || i18n.tr("catalogue-search-label")}</label>
            <p class="hint" id="search-hint">{move || i18n.tr("catalogue-search-hint")}</p>
            <div class="search__row">
                <input
                    id=SEARCH_INPUT_ID
                    class="search__input"
                    type="search"
                    name="q"
                    autocomplete="off"
                    enterkeyhint="search"
                    aria-describedby="search-hint"
                    prop:value=move || query.get()
                    on:input=on_input
                />
                <button type="submit" class="button search__button">
                    {move || i18n.tr("catalogue-search-button")}
                </button>
            </div>
        </form>
        {body}
    }
}

/// "N services match ...", in the active language's plural forms.
fn result_count(i18n: I18n, count: usize, query: &str) -> String {
    let query = FluentValue::from(query.trim().to_owned());
    if count == 0 {
        i18n.tr_with("catalogue-no-results", &[("query", query)])
    } else {
        i18n.tr_with(
            "catalogue-results-count",
            &[("count", FluentValue::from(count)), ("query", query)],
        )
    }
}

/// The list is the copy saved on this device: says so, with the date it was saved.
#[component]
fn StaleNotice(saved_ms: f64) -> impl IntoView {
    let i18n = I18n::expect();
    let inventory = Inventory::expect();
    let zone = Config::expect().with(|c| c.city.time_zone.clone());
    let date = move || i18n.format_datetime((saved_ms / 1000.0) as i64, zone.as_deref());
    view! {
        <div class="notice notice--warning" role="status">
            <p>{move || i18n.tr_with("catalogue-stale", &[("date", FluentValue::from(date()))])}</p>
            <button type="button" class="button button--secondary" on:click=move |_| inventory.reload()>
                {move || i18n.tr("catalogue-retry")}
            </button>
        </div>
    }
}

/// Every topic with its services.
#[component]
fn TopicList(topics: Memo<Option<Vec<Topic>>>) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    view! {
        <h2 class="topics__heading">{move || i18n.tr("catalogue-topics-heading")}</h2>
        {move || {
            topics
                .get()
                .unwrap_or_default()
                .into_iter()
                .map(|topic| {
                    let heading_id = format!("topic-{}", topic.id);
                    let labelled_by = heading_id.clone();
                    let name = {
                        let topic = topic.clone();
                        Signal::derive(move || names.topic(&topic))
                    };
                    view! {
                        <section class="topic" aria-labelledby=labelled_by>
                            <h3 class="topic__heading" id=heading_id><Said text=name/></h3>
                            <ul class="entries">
                                {topic
                                    .entries
                                    .into_iter()
                                    .map(|entry| view! { <li><EntryCard entry/></li> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()
        }}
    }
}

/// Search results, best first, each with its topic.
#[component]
fn Results(
    hits: Vec<Hit>,
    topics: Memo<Option<Vec<Topic>>>,
    query: String,
    /// Empties the search box and shows every topic.
    on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let count = hits.len();
    let items = topics.with_untracked(|topics| {
        let topics = topics.as_deref().unwrap_or_default();
        hits.iter()
            .filter_map(|hit| {
                let topic = topics.get(hit.topic)?;
                Some((topic.clone(), topic.entries.get(hit.entry)?.clone()))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <h2 class="results__heading">{move || i18n.tr("catalogue-results-heading")}</h2>
        <p class="results__count">{move || result_count(i18n, count, &query)}</p>
        <ul class="entries">
            {items
                .into_iter()
                .map(|(topic, entry)| {
                    let topic_name = Signal::derive(move || names.topic(&topic));
                    view! {
                        <li>
                            <EntryCard entry/>
                            <p class="entry__topic"><Said text=topic_name/></p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p>
            <button type="button" class="link-button" on:click=move |_| on_clear.run(())>
                {move || i18n.tr("catalogue-clear-search")}
            </button>
        </p>
    }
}

/// No service matched: the phone number, and the topics below.
#[component]
fn NoResults(query: String) -> impl IntoView {
    let i18n = I18n::expect();
    let phone = Config::expect().with(|c| c.help.phone.clone());
    let tel = tel_href(&phone);
    view! {
        <div class="notice" >
            <h2 class="notice__heading">{move || result_count(i18n, 0, &query)}</h2>
            <p>
                <a href=tel class="notice__phone">
                    {move || i18n.tr_with("catalogue-no-results-call", &[("phone", FluentValue::from(phone.clone()))])}
                </a>
            </p>
            <p>{move || i18n.tr("catalogue-no-results-browse")}</p>
        </div>
    }
}

/// One service: its name and how it is done. An Open311 form links to its page; a service
/// elsewhere links out and says so; a phone service is a number to call; a counter, an address.
#[component]
fn EntryCard(entry: Entry) -> impl IntoView {
    let i18n = I18n::expect();
    let names = Names::new();
    let (help, city_language) =
        Config::expect().with(|c| (c.help.clone(), c.default_language.clone()));
    // The catalogue's own words (hours, an address): translated by services.ftl or by the
    // city's catalogue.json, else in the city's language, marked.
    let city_words = {
        let id = entry.name_id();
        let city_language = city_language.clone();
        move |part: &str, text: String| {
            let (id, city_language) = (format!("{id}-{part}"), city_language.clone());
            move || i18n.backend_text(&id, &text, &city_language)
        }
    };
    let name = {
        let entry = entry.clone();
        Signal::derive(move || names.entry(&entry))
    };
    let description = {
        let entry = entry.clone();
        Signal::derive(move || {
            names.entry_description(&entry).map(|mut d| {
                d.text = summary(&d.text, SUMMARY_CHARS);
                d
            })
        })
    };
    let description = move || {
        description.get().map(|d| {
            view! { <p class="entry__description" lang=d.lang dir="auto" data-external="">{d.text}</p> }
        })
    };
    let hours_line = {
        let city_words = city_words.clone();
        move |hours: Option<String>| {
            hours.map(|hours| {
                view! {
                    <p class="entry__hours">
                        {said_within("channel-hours", "hours", city_words("hours", hours))}
                    </p>
                }
            })
        }
    };
    let how = match entry.channel {
        Channel::Request(service) => view! {
            <Link href=service_path(&service.service_code) class="entry__link">
                <span class="entry__name"><Said text=name/></span>
                <span class="entry__channel">{move || i18n.tr("channel-request")}</span>
            </Link>
            {description}
        }
        .into_any(),
        Channel::Online { url } => view! {
            <a href=url class="entry__link" rel="external noopener">
                <span class="entry__name"><Said text=name/></span>
                <span class="entry__channel">{move || i18n.tr("channel-online")}</span>
            </a>
            {description}
        }
        .into_any(),
        Channel::Phone { number, hours } => {
            let number = number.unwrap_or(help.phone.clone());
            let tel = tel_href(&number);
            // Without hours of its own, the help line's (config.json's help.hours).
            let hours = match hours {
                Some(hours) => Some(hours_line(Some(hours)).into_any()),
                None => help.hours.clone().map(|hours| {
                    view! {
                        <p class="entry__hours">
                            {said_within("channel-hours", "hours", move || i18n.city_text(&hours, &city_language))}
                        </p>
                    }
                    .into_any()
                }),
            };
            view! {
                <h3 class="entry__name"><Said text=name/></h3>
                {description}
                <p>
                    <a href=tel class="entry__phone">
                        {move || i18n.tr_with("channel-phone", &[("phone", FluentValue::from(number.clone()))])}
                    </a>
                </p>
                {hours}
            }
            .into_any()
        }
        Channel::Counter { address, hours } => view! {
            <h3 class="entry__name"><Said text=name/></h3>
            {description}
            <p>{said_within("channel-counter", "address", city_words("address", address))}</p>
            {hours_line(hours)}
        }
        .into_any(),
    };
    view! { <div class="entry">{how}</div> }
}
