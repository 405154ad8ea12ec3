//! Reading form controls from events, and focusing a screen's heading.

use crate::date::Date;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement, InputEvent};
use yew::{Callback, NodeRef, TargetCast};

/// The same handler for `input` events: selects and date fields then react whichever of the two
/// events a browser (or a test) sends.
pub fn on_input(on_change: &Callback<Event>) -> Callback<InputEvent> {
    on_change.reform(Event::from)
}

pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The date of an `<input type="date">` event; `None` when empty or incomplete.
pub fn date_value(e: &Event) -> Option<Date> {
    e.target_unchecked_into::<HtmlInputElement>().value().parse().ok()
}

/// The `value` attribute form of a date (empty for none).
pub fn date_attr(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Moves keyboard and screen-reader focus to the first `h2` inside `container` (the new
/// screen's title), making it focusable without putting it in the tab order.
pub fn focus_first_heading(container: &NodeRef) {
    focus_first(container, "h2");
}

/// Moves the focus to the first element inside `container` that matches `selector` (a screen's
/// title, or a control that still needs an answer), scrolling it into view; nothing when there
/// is none. An element that is not focusable (a heading) is made focusable outside the tab order.
pub fn focus_first(container: &NodeRef, selector: &str) {
    let Some(el) = container.cast::<Element>().and_then(|el| el.query_selector(selector).ok().flatten()) else {
        return;
    };
    // A form control has a `type`; a heading has none.
    if !el.has_attribute("type") && !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}
