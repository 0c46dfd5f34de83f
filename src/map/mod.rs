//! The map in the location step, written for this app: tile images in the DOM, placed through
//! the CSSOM (so the strict Content Security Policy holds), a pin put by a tap, by buttons or
//! by the arrow keys, and zoom by buttons or `+`/`-`. Dragging pans the map but is never
//! needed (WCAG 2.5.7). The maths is `frontdesk_core::map`'s; this file draws and listens.
//!
//! Its code is a piece of its own (`pieces::load_map`), fetched only when a location step with
//! a map is shown. `place.rs` ties the map to the form; `nearby.rs` lists what is already
//! reported near the pin.

mod nearby;
mod place;

use std::collections::HashSet;

use frontdesk_core::map::{MapConfig, Move, TILE_SIZE, View};
use leptos::prelude::*;
use open311::LatLong;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

pub use place::{PlaceProps, picker};

use crate::i18n::I18n;

/// A numbered marker on the map (a request already reported near the pin).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    pub number: usize,
    pub at: LatLong,
}

/// What the resident did on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MapAction {
    /// Tapped or clicked this point.
    Placed(LatLong),
    /// Asked the pin to move one step (Shift: a longer one) by a key or a button.
    Moved(Move, bool),
    /// Zoomed to this level.
    Zoomed(u8),
}

/// How far a press must travel before it is a drag rather than a tap (CSS pixels).
const DRAG_THRESHOLD_PX: f64 = 8.0;

/// A press on the map in progress.
#[derive(Clone, Copy)]
struct Press {
    x: f64,
    y: f64,
    start: View,
    dragged: bool,
}

/// The map: its tiles, the pin, the markers, the attribution, and the buttons that do what
/// the keys do.
#[component]
pub fn SlippyMap(
    /// The city's map settings.
    settings: StoredValue<MapConfig>,
    /// What the map shows; its size is measured here.
    view: RwSignal<View>,
    /// Where the pin is, if placed.
    #[prop(into)]
    pin: Signal<Option<LatLong>>,
    /// Requests already reported nearby.
    #[prop(into)]
    markers: Signal<Vec<Marker>>,
    /// What the resident did.
    #[prop(into)]
    on_action: Callback<MapAction>,
) -> impl IntoView {
    let i18n = I18n::expect();
    let frame = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(HashSet::<(u8, u64, u64)>::new());
    let tiles = Memo::new(move |_| view.with(View::tiles));
    let tiles_failed = Memo::new(move |_| {
        failed.with(|failed| tiles.with(|t| t.iter().any(|t| failed.contains(&(t.zoom, t.x, t.y)))))
    });
    watch_size(frame, view);

    let zoom_by = move |by: i32| {
        let (now, next) = view.with_untracked(|v| {
            (
                v.zoom,
                settings.with_value(|s| s.clamp_zoom(i32::from(v.zoom) + by)),
            )
        });
        if next != now {
            view.update(|v| v.zoom = next);
            on_action.run(MapAction::Zoomed(next));
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if let Some(step) = Move::from_key(&key) {
            on_action.run(MapAction::Moved(step, ev.shift_key()));
        } else {
            match key.as_str() {
                "+" | "=" => zoom_by(1),
                "-" | "_" => zoom_by(-1),
                _ => return,
            }
        }
        ev.prevent_default();
    };

    let press = StoredValue::new(None::<Press>);
    let on_down = move |ev: web_sys::PointerEvent| {
        if !ev.is_primary() || ev.button() != 0 {
            return;
        }
        press.set_value(Some(Press {
            x: f64::from(ev.client_x()),
            y: f64::from(ev.client_y()),
            start: view.get_untracked(),
            dragged: false,
        }));
        if let Some(frame) = frame.get_untracked() {
            let _ = frame.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let Some(mut p) = press.get_value() else {
            return;
        };
        let (dx, dy) = (
            f64::from(ev.client_x()) - p.x,
            f64::from(ev.client_y()) - p.y,
        );
        if !p.dragged && dx.hypot(dy) < DRAG_THRESHOLD_PX {
            return;
        }
        p.dragged = true;
        press.set_value(Some(p));
        let bounds = settings.with_value(|s| s.bounds);
        view.update(|v| v.center = p.start.panned(-dx, -dy).within(&bounds).center);
    };
    let on_up = move |ev: web_sys::PointerEvent| {
        let Some(p) = press.get_value() else { return };
        press.set_value(None);
        if p.dragged {
            return;
        }
        if let Some(frame) = frame.get_untracked() {
            // The view is the frame's inside: the border is not part of the map.
            let rect = frame.get_bounding_client_rect();
            let (left, top) = (
                rect.left() + f64::from(frame.client_left()),
                rect.top() + f64::from(frame.client_top()),
            );
            let at = view.with_untracked(|v| {
                v.point_at(
                    f64::from(ev.client_x()) - left,
                    f64::from(ev.client_y()) - top,
                )
            });
            on_action.run(MapAction::Placed(at));
        }
    };

    let place_of = move |at: LatLong| {
        let (x, y) = view.with(|v| v.screen_of(at));
        format!("translate({x:.1}px, {y:.1}px)")
    };
    let (min_zoom, max_zoom) = settings.with_value(|s| (s.min_zoom, s.max_zoom));
    let city_language = crate::config::Config::expect().with(|c| c.default_language.clone());
    let move_button = move |step: Move, id: &'static str, arrow: &'static str| {
        view! {
            <button type="button" class=format!("map-button map-button--{}", step_class(step))
                on:click=move |ev| on_action.run(MapAction::Moved(step, ev.shift_key()))>
                <span aria-hidden="true">{arrow}</span>
                <span class="visually-hidden">{move || i18n.tr(id)}</span>
            </button>
        }
    };

    view! {
        <div class="map">
            // The map itself is never mirrored: west is on the left in every language.
            <div
                class="map__frame"
                dir="ltr"
                node_ref=frame
                tabindex="0"
                role="application"
                aria-roledescription=move || i18n.tr("map-role")
                aria-label=move || i18n.tr("map-label")
                aria-describedby="map-keys"
                on:keydown=on_key
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=move |_| press.set_value(None)
            >
                <For each=move || tiles.get() key=|t| (t.zoom, t.x, t.y) let:tile>
                    <img
                        class="map__tile"
                        src=settings.with_value(|s| s.tile_url(tile.zoom, tile.x, tile.y))
                        alt=""
                        width=TILE_SIZE
                        height=TILE_SIZE
                        draggable="false"
                        referrerpolicy="strict-origin"
                        style:transform=move || {
                            let (left, top) = view.with(|v| v.tile_position(tile.x, tile.y));
                            format!("translate({left:.1}px, {top:.1}px)")
                        }
                        on:error=move |_| failed.update(|f| { f.insert((tile.zoom, tile.x, tile.y)); })
                    />
                </For>
                <For each=move || markers.get() key=|m| (m.number, m.at.lat.to_bits(), m.at.long.to_bits()) let:marker>
                    <span class="map__marker" aria-hidden="true" style:transform=move || place_of(marker.at)>
                        {marker.number}
                    </span>
                </For>
                {move || pin.get().map(|at| view! {
                    <span class="map__pin" aria-hidden="true" style:transform=place_of(at)>
                        <svg viewBox="0 0 32 40" width="32" height="40" focusable="false">
                            <path d="M16 1C8 1 2 7 2 15c0 10 14 24 14 24s14-14 14-24C30 7 24 1 16 1z"/>
                            <circle cx="16" cy="15" r="5"/>
                        </svg>
                    </span>
                })}
            </div>
            // The city's words, in the city's language.
            <p class="map__attribution" lang=city_language data-external="">{settings.with_value(|s| s.attribution.clone())}</p>
            // Always in the page, so the words are said when they come.
            <p class="map__problem" role="status">
                {move || tiles_failed.get().then(|| i18n.tr("map-tiles-failed"))}
            </p>
            <p id="map-keys" class="hint">{move || i18n.tr("map-keys")}</p>
            <div class="map-controls">
                <div class="map-controls__zoom" role="group" aria-label=move || i18n.tr("map-zoom-group")>
                    <button type="button" class="map-button" on:click=move |_| zoom_by(1)
                        aria-disabled=move || (view.with(|v| v.zoom) >= max_zoom).then_some("true")>
                        <span aria-hidden="true">"+"</span>
                        <span class="visually-hidden">{move || i18n.tr("map-zoom-in")}</span>
                    </button>
                    <button type="button" class="map-button" on:click=move |_| zoom_by(-1)
                        aria-disabled=move || (view.with(|v| v.zoom) <= min_zoom).then_some("true")>
                        <span aria-hidden="true">"−"</span>
                        <span class="visually-hidden">{move || i18n.tr("map-zoom-out")}</span>
                    </button>
                </div>
                // Geographic, like the map: the west button stays on the left.
                <div class="map-controls__move" role="group" aria-label=move || i18n.tr("map-move-group") dir="ltr">
                    {move_button(Move::North, "map-move-north", "↑")}
                    {move_button(Move::West, "map-move-west", "←")}
                    {move_button(Move::East, "map-move-east", "→")}
                    {move_button(Move::South, "map-move-south", "↓")}
                </div>
            </div>
        </div>
    }
}

fn step_class(step: Move) -> &'static str {
    match step {
        Move::North => "north",
        Move::South => "south",
        Move::West => "west",
        Move::East => "east",
    }
}

/// Keeps the view's size that of the frame on the page (it changes with the phone's
/// orientation, zoom and text size).
fn watch_size(frame: NodeRef<leptos::html::Div>, view: RwSignal<View>) {
    Effect::new(move |_| {
        let Some(element) = frame.get() else { return };
        let measure = {
            let element = element.clone();
            move || {
                let size = (
                    f64::from(element.client_width()),
                    f64::from(element.client_height()),
                );
                let known = view.try_with_untracked(|v| (v.width, v.height));
                if size.0 > 0.0 && size.1 > 0.0 && known.is_some_and(|known| known != size) {
                    view.update(|v| (v.width, v.height) = size);
                }
            }
        };
        measure();
        let resized = Closure::<dyn Fn()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()) {
            observer.observe(&element);
            // Stopped before the callback goes: it must never be called once dropped.
            let kept = StoredValue::new_local(Some((observer, resized)));
            on_cleanup(move || {
                if let Some(Some((observer, _))) = kept.try_update_value(Option::take) {
                    observer.disconnect();
                }
            });
        }
    });
}
