//! What the widget asks of the browser, for the page layer (`web.rs`) and the UI (`ui/`) alike
//! (wasm32 only): the visitor's date, idle time, and the widget's stylesheet. Here rather than in
//! `web.rs`, so that the UI never imports the page layer that mounts it.

use crate::date::Date;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) mod styles;
pub(crate) use styles::widget_sheet;

/// The visitor's local calendar date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year() as i32, now.get_month() + 1, now.get_date());
    Date::from_ymd(y, m, d).unwrap_or_else(|| {
        let days = (now.get_time() / 86_400_000.0).floor();
        Date::from_days_since_epoch(days as i32)
    })
}

/// Runs `f` when the browser is idle (`requestIdleCallback`; where there is none, as soon as
/// the current task is done), unless the widget's code has panicked by then.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(move || {
        if !crate::containment::panicked() {
            f();
        }
    });
    if window.request_idle_callback(callback.unchecked_ref()).is_err() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}
