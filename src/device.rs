//! What the phone offers beyond the page: its location, random ids for records kept on it, and
//! its offset from UTC. Browser APIs behind plain functions whose failures are values a
//! resident can be told about.

use crate::answer::first_answer;
use frontdesk_core::form::Position;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Why the location could not be had (the Geolocation API's errors, and its absence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationError {
    /// The resident or the browser refused.
    Denied,
    /// The device could not work it out.
    Unavailable,
    /// It took too long.
    TimedOut,
    /// The browser has no location service (or the page is not on HTTPS).
    Unsupported,
}

/// How long the device may take to find its location.
const LOCATION_TIMEOUT_MS: i32 = 20_000;

/// The device's current location, asked for once.
pub async fn current_location() -> Result<Position, LocationError> {
    let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        return Err(LocationError::Unsupported);
    };
    let (answer, receiver) = first_answer::<Result<Position, LocationError>>();
    let on_success = {
        let answer = answer.clone();
        // Read through Reflect: web-sys types these callbacks only behind its unstable APIs.
        Closure::once_into_js(move |position: wasm_bindgen::JsValue| {
            let coords = js_sys::Reflect::get(&position, &"coords".into()).unwrap_or_default();
            let number = |name: &str| {
                js_sys::Reflect::get(&coords, &name.into())
                    .ok()
                    .and_then(|v| v.as_f64())
            };
            let result = match (number("latitude"), number("longitude")) {
                (Some(lat), Some(long)) => Ok(Position {
                    lat,
                    long,
                    accuracy: number("accuracy"),
                }),
                _ => Err(LocationError::Unavailable),
            };
            answer.give(result);
        })
    };
    let on_error = {
        let answer = answer.clone();
        Closure::once_into_js(move |error: wasm_bindgen::JsValue| {
            let code = js_sys::Reflect::get(&error, &"code".into())
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0) as u32;
            let reason = match code {
                1 => LocationError::Denied,
                3 => LocationError::TimedOut,
                _ => LocationError::Unavailable,
            };
            answer.give(Err(reason));
        })
    };
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(true);
    options.set_timeout(LOCATION_TIMEOUT_MS as u32);
    options.set_maximum_age(30_000);
    if geolocation
        .get_current_position_with_error_callback_and_options(
            on_success.unchecked_ref(),
            Some(on_error.unchecked_ref()),
            &options,
        )
        .is_err()
    {
        return Err(LocationError::Unsupported);
    }
    receiver.await.unwrap_or(Err(LocationError::Unavailable))
}

/// A random id for a record or a photo on this device.
pub fn new_local_id() -> String {
    let part = || {
        format!(
            "{:08x}",
            (js_sys::Math::random() * f64::from(u32::MAX)) as u32
        )
    };
    format!("{}{}", part(), part())
}

/// The device's offset from UTC as `+HH:MM`, for date-and-time answers.
pub fn utc_offset() -> String {
    let minutes = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}
