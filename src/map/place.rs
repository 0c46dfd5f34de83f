//! The map tied to the form: the pin is the draft's position, every move is said in words (the
//! geocoder's address when there is one), a place outside the city is refused with the city's
//! name, and, with a geocoder, the typed address can be shown on the map and a placed pin
//! suggests its address. The geocoder is asked only on those two actions, at most once a
//! second (`frontdesk_core::geocoder`).

use std::time::Duration;

use fluent_bundle::FluentValue;
use frontdesk_core::form::{Draft, Position};
use frontdesk_core::geocoder::{self, Place};
use frontdesk_core::map::{self, Landmark, MapConfig, PlaceInWords, View};
use leptos::prelude::*;
use open311::{LatLong, Service};

use super::nearby::NearbyList;
use super::{MapAction, SlippyMap};
use crate::config::Config;
use crate::i18n::I18n;

/// What the location step gives the map.
#[derive(Clone, Copy)]
pub struct PlaceProps {
    /// The form's answers: the pin is `position`; an accepted address goes to `address`.
    pub draft: RwSignal<Draft>,
    /// The service the form is for (the nearby search asks for its requests).
    pub service: StoredValue<Service>,
}

/// The map part of the location step (the split point's view maker).
pub fn picker(props: PlaceProps) -> AnyView {
    view! { <PlacePicker props/> }.into_any()
}

fn to_point(p: Position) -> LatLong {
    LatLong {
        lat: p.lat,
        long: p.long,
    }
}

/// The questions to the geocoder: one at a time, the latest wins, at most one a second.
#[derive(Clone, Copy)]
struct Asker {
    last_ms: StoredValue<Option<f64>>,
    latest: StoredValue<u32>,
}

impl Asker {
    fn new() -> Asker {
        Asker {
            last_ms: StoredValue::new(None),
            latest: StoredValue::new(0),
        }
    }

    /// Asks `url` once nothing newer came for `rest` and the pace allows; `answer` gets the
    /// reply (`None`: no usable reply). A newer question, or [`Asker::cancel`], drops it.
    fn ask(
        &self,
        url: String,
        rest: Duration,
        answer: impl FnOnce(Option<serde_json::Value>) + 'static,
    ) {
        let this = *self;
        let mine = this.cancel();
        leptos::task::spawn_local(async move {
            if !rest.is_zero() {
                crate::answer::sleep(rest).await;
            }
            let wait = geocoder::wait_ms(this.last_ms.get_value(), js_sys::Date::now());
            if wait > 0.0 {
                crate::answer::sleep(Duration::from_millis(wait as u64)).await;
            }
            if this.latest.try_get_value() != Some(mine) {
                return;
            }
            this.last_ms.set_value(Some(js_sys::Date::now()));
            let reply = crate::api::get_json(&url).await.ok();
            if this.latest.try_get_value() == Some(mine) {
                answer(reply);
            }
        });
    }

    /// Drops any question not yet answered; the number of the next one.
    fn cancel(&self) -> u32 {
        self.latest.update_value(|n| *n += 1);
        self.latest.get_value()
    }
}

/// How long the pin must rest before its address is asked for: a resident moving it step by
/// step asks once, not at every step.
const REST: Duration = Duration::from_millis(800);

/// Says `text` in `region`; the same text twice is said twice (as `a11y::Announcer` does).
fn say(region: RwSignal<String>, text: String) {
    region.set(String::new());
    crate::a11y::after_paint(Box::new(move || {
        region.try_set(text);
    }));
}

#[component]
fn PlacePicker(props: PlaceProps) -> impl IntoView {
    let config = Config::expect();
    let Some(settings) = config.with(|c| c.map.clone()) else {
        return ().into_any();
    };
    let i18n = I18n::expect();
    let (city, phone) = config.with(|c| {
        let name = c.city.name.show(&i18n.language(), &c.default_language);
        (name.text.to_owned(), c.help.phone.clone())
    });
    let settings = StoredValue::new(settings);
    let draft = props.draft;
    // The place alone: typing an address changes the draft, not this.
    let position = Memo::new(move |_| draft.with(|d| d.position));
    let pin = Memo::new(move |_| position.get().map(to_point));
    // Where the device said it was, when the resident shared it: the landmark for words.
    let device_at = StoredValue::new(None::<LatLong>);
    // Opens on the pin, closer in, when there is one in the city (a place outside it, from the
    // device before the map came, is refused below and never becomes the map's middle).
    let start = settings.with_value(|s: &MapConfig| {
        let pinned = pin.get_untracked().filter(|p| s.bounds.contains(*p));
        View {
            center: pinned.unwrap_or(s.center),
            zoom: if pinned.is_some() {
                s.max_zoom.min(s.zoom + 3)
            } else {
                s.zoom
            },
            width: 0.0,
            height: 0.0,
        }
    });
    let view = RwSignal::new(start);
    let said = RwSignal::new(String::new());
    let suggestion = RwSignal::new(None::<Place>);
    let asker = Asker::new();
    let city_text = StoredValue::new(city);
    let phone = StoredValue::new(phone);

    let words = move |at: LatLong| -> String {
        let said: PlaceInWords = match device_at.get_value() {
            Some(device) => map::place_in_words(at, device, Landmark::Device),
            None => map::place_in_words(at, settings.with_value(|s| s.center), Landmark::MapCentre),
        };
        let (here, away) = match said.from {
            Landmark::Device => ("map-pin-at-device", "map-pin-from-device"),
            Landmark::MapCentre => ("map-pin-at-start", "map-pin-from-start"),
        };
        match said.direction {
            None => i18n.tr(here),
            Some(direction) => i18n.tr_with(
                away,
                &[
                    ("metres", FluentValue::from(said.metres)),
                    ("direction", FluentValue::from(direction.as_str())),
                ],
            ),
        }
    };
    let outside_message = move || {
        i18n.tr_with(
            "map-outside",
            &[
                ("city", FluentValue::from(city_text.get_value())),
                ("phone", FluentValue::from(phone.get_value())),
            ],
        )
    };
    let suggest = move |at: LatLong| {
        let Some(base) = settings.with_value(|s| s.geocoder.clone()) else {
            return;
        };
        let url = geocoder::reverse_url(&base, at, &i18n.language());
        asker.ask(url, REST, move |reply| {
            // Only for the pin it was asked about.
            if pin.get_untracked() != Some(at) {
                return;
            }
            let place = reply.as_ref().and_then(geocoder::reverse_answer);
            if let Some(place) = &place {
                say(
                    said,
                    i18n.tr_with(
                        "map-pin-near",
                        &[("address", FluentValue::from(place.name.clone()))],
                    ),
                );
            }
            suggestion.set(place);
        });
    };
    // Puts the pin at `at` (the map follows when `follow`), or says why not.
    let place = move |at: LatLong, follow: bool| {
        if !settings.with_value(|s| s.bounds.contains(at)) {
            say(said, outside_message());
            return;
        }
        draft.update(|d| {
            d.position = Some(Position {
                lat: at.lat,
                long: at.long,
                accuracy: None,
            })
        });
        if follow {
            view.update(|v| *v = v.following(at));
        }
        say(said, words(at));
        suggestion.set(None);
        suggest(at);
    };
    let on_action = Callback::new(move |action: MapAction| match action {
        MapAction::Placed(at) => place(at, false),
        MapAction::Moved(step, far) => {
            let at = match pin.get_untracked() {
                Some(from) => map::moved(from, view.with_untracked(|v| v.zoom), step, far),
                // The first move puts the pin in the middle of what the map shows.
                None => view.with_untracked(|v| v.center),
            };
            place(at, true);
        }
        MapAction::Zoomed(level) => say(
            said,
            i18n.tr_with(
                "map-zoom-level",
                &[
                    ("level", FluentValue::from(level)),
                    (
                        "max",
                        FluentValue::from(settings.with_value(|s| s.max_zoom)),
                    ),
                ],
            ),
        ),
    });
    // A position from elsewhere ("Use my location"): the map goes there; outside the city it
    // is refused like a tap would be.
    Effect::new(move |_| {
        let Some(position) = position.get() else {
            // Removed ("Remove the pin"): nothing pending may bring it back in words.
            asker.cancel();
            suggestion.set(None);
            return;
        };
        if position.accuracy.is_none() {
            return;
        }
        asker.cancel();
        suggestion.set(None);
        let at = to_point(position);
        if !settings.with_value(|s| s.bounds.contains(at)) {
            draft.update(|d| d.position = None);
            say(said, outside_message());
            return;
        }
        device_at.set_value(Some(at));
        view.update(|v| v.center = at);
    });

    let find = move |_| {
        let Some(base) = settings.with_value(|s| s.geocoder.clone()) else {
            return;
        };
        let address = draft.with_untracked(|d| d.address.trim().to_owned());
        if address.is_empty() {
            say(said, i18n.tr("map-find-empty"));
            return;
        }
        let b = settings.with_value(|s| s.bounds);
        let city_box = (
            b.south_west.long,
            b.south_west.lat,
            b.north_east.long,
            b.north_east.lat,
        );
        let url = geocoder::search_url(&base, &address, &i18n.language(), Some(city_box));
        say(said, i18n.tr("map-finding"));
        asker.ask(url, Duration::ZERO, move |reply| {
            let Some(reply) = reply else {
                say(said, i18n.tr("map-find-failed"));
                return;
            };
            let found = geocoder::search_answer(&reply)
                .into_iter()
                .find(|p| settings.with_value(|s| s.bounds.contains(p.at)));
            match found {
                Some(found) => {
                    draft.update(|d| {
                        d.position = Some(Position {
                            lat: found.at.lat,
                            long: found.at.long,
                            accuracy: None,
                        })
                    });
                    view.update(|v| {
                        v.center = found.at;
                        v.zoom = settings.with_value(|s| s.clamp_zoom(i32::from(s.zoom) + 3));
                    });
                    suggestion.set(None);
                    say(
                        said,
                        i18n.tr_with("map-found", &[("address", FluentValue::from(found.name))]),
                    );
                }
                None => say(
                    said,
                    i18n.tr_with(
                        "map-find-none",
                        &[("city", FluentValue::from(city_text.get_value()))],
                    ),
                ),
            }
        });
    };
    let has_geocoder = settings.with_value(|s| s.geocoder.is_some());
    let use_suggestion = move |_| {
        if let Some(place) = suggestion.get_untracked() {
            draft.update(|d| d.address = place.name.clone());
            // The button goes with the suggestion: the field that took the address has focus.
            crate::a11y::after_paint(Box::new(|| {
                crate::a11y::focus_by_id(frontdesk_core::form::fields::ADDRESS)
            }));
            say(
                said,
                i18n.tr_with(
                    "map-suggestion-used",
                    &[("address", FluentValue::from(place.name))],
                ),
            );
            suggestion.set(None);
        }
    };
    let markers = RwSignal::new(Vec::new());

    view! {
        <div class="place">
            {has_geocoder.then(|| view! {
                <button type="button" class="button button--secondary" on:click=find>
                    {move || i18n.tr("map-find")}
                </button>
            })}
            <SlippyMap settings view pin=pin markers on_action/>
            // Polite: where the pin is now, after each move.
            <p class="map__said" role="status">{move || said.get()}</p>
            {move || suggestion.get().map(|place| view! {
                <div class="map__suggestion">
                    <p>{i18n.tr_with("map-suggestion", &[("address", FluentValue::from(place.name.clone()))])}</p>
                    <button type="button" class="button button--secondary" on:click=use_suggestion>
                        {i18n.tr("map-suggestion-use")}
                    </button>
                </div>
            })}
            <NearbyList draft service=props.service markers/>
        </div>
    }
    .into_any()
}
