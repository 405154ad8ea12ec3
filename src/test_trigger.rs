//! Test builds only (`--features test-trigger`, never what a clinic ships): ways to make the
//! widget fail on purpose, so tests/e2e/containment.test.mjs can check that a failure is
//! contained. That test also checks that the release files in dist/ do not contain
//! [`ATTRIBUTE`]'s name.
//!
//! The element's `tc-test-trigger` attribute says when:
//! - `mount`: a panic while the element mounts (inside a call from the loader);
//! - `refresh`: a panic when the loader re-renders the widget (an attribute changed);
//! - `click`: a panic on a click inside the widget (an event handler, outside any loader call);
//! - `trap`: on a click, a trap with no panic (`unreachable`, as running out of memory ends):
//!   no panic hook runs, only the loader's catch of the trap itself.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub const ATTRIBUTE: &str = "tc-test-trigger";

/// Panics when the host's trigger is `when`.
pub fn check(host: &Element, when: &str) {
    if host.get_attribute(ATTRIBUTE).as_deref() == Some(when) {
        panic!("test trigger: a panic on {when}");
    }
}

/// Listens for clicks in `root`, for the `click` and `trap` triggers.
pub fn arm(host: &Element, root: &HtmlElement) {
    let host = host.clone();
    let on_click = Closure::<dyn Fn()>::new(move || {
        check(&host, "click");
        if host.get_attribute(ATTRIBUTE).as_deref() == Some("trap") {
            core::arch::wasm32::unreachable();
        }
    });
    let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
