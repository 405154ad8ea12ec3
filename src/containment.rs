//! What happens when the widget's code panics (wasm32 only).
//!
//! Release builds abort on panic: the WebAssembly instance traps, and every widget on the page
//! shares that instance. The panic hook set here tells the loader (src/loader/treatment-compare.js,
//! plain JavaScript, which survives the trap) first, with the panic's message; the loader then
//! replaces every widget on the page with a short "please reload" message in its language, logs
//! it, fires `tc-error` on each element and never calls into the instance again. The loader also
//! catches the trap itself (an exception out of any call into the module, or an uncaught
//! `WebAssembly.RuntimeError` from it), for a trap that runs no hook, such as running out of
//! memory.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsValue;

static PANICKED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The loader's function, called with the panic's message.
    static LISTENER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// From now on, a panic calls `listener(message)` before the instance traps.
pub fn listen(listener: js_sys::Function) {
    LISTENER.with(|l| *l.borrow_mut() = Some(listener));
    // Through Yew, which otherwise sets its own hook (logging only) when it first renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        PANICKED.store(true, Ordering::Relaxed);
        let message = JsValue::from(info.to_string());
        // Never panics itself (a panic in the hook aborts at once), and a throwing listener is
        // caught by `call1`.
        let _ = LISTENER.try_with(|l| l.try_borrow().ok()?.as_ref()?.call1(&JsValue::NULL, &message).ok());
    }));
}

/// True once the widget's code has panicked: code that the page's events still reach (a window
/// listener the loader cannot remove) does nothing more.
pub fn panicked() -> bool {
    PANICKED.load(Ordering::Relaxed)
}
