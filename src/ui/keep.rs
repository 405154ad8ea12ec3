//! Where the visitor's answers are kept and how they come back: the tab's sessionStorage (or,
//! if the visitor chose, the device's localStorage) and a shared link's fragment. The texts are
//! [`crate::saved`]'s; this module only reads and writes them, per widget instance, and never
//! throws: storage that is missing, full or blocked simply keeps nothing.

use crate::config::Remember;
use crate::date::Date;
use crate::questionnaire::State;
use crate::saved::{self, Include};
use gloo_storage::{LocalStorage, SessionStorage, Storage};

/// Why the widget started afresh, or what a shared link left out: shown as a short notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Stored answers from another version, or corrupt or foreign data.
    RestoreFailed,
    /// A shared link that could not be read.
    LinkFailed,
    /// A shared link without health answers: the health checks assume "no" until answered.
    LinkWithoutHealth,
    /// Answers (stored or linked) from before the December 2026 health questions: those wait to
    /// be answered.
    QuestionsAdded,
}

/// What the widget starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub state: Option<State>,
    pub notice: Option<Notice>,
    /// The answers came from this device's storage (the visitor chose to keep them there).
    pub on_device: bool,
    /// The answers came from a shared link (its fragment is then removed from the address bar).
    pub from_link: bool,
}

/// The names one widget instance uses: its storage key and its fragment key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    pub storage: String,
    pub fragment: String,
}

impl Keys {
    /// `instance`: the element's id, or its position among the page's widgets.
    pub fn new(instance: &str) -> Keys {
        let safe: String =
            instance.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(40).collect();
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        Keys { storage: format!("treatment-compare:{path}:{safe}"), fragment: format!("tc-{safe}") }
    }
}

/// The starting answers: a shared link for this instance first, else the stored answers.
pub fn restore(keys: &Keys, remember: Remember, today: Date) -> Restored {
    let mut restored = Restored { state: None, notice: None, on_device: false, from_link: false };
    if let Some(text) = fragment_value(&keys.fragment) {
        restored.from_link = true;
        match saved::decode_link(&text, today) {
            Ok(decoded) => {
                restored.state = Some(decoded.state);
                restored.notice = if decoded.questions_added {
                    Some(Notice::QuestionsAdded)
                } else {
                    (!decoded.has_health).then_some(Notice::LinkWithoutHealth)
                };
            }
            Err(problem) => {
                log(&format!("a shared link's answers were ignored: {problem}"));
                restored.notice = Some(Notice::LinkFailed);
            }
        }
        return restored;
    }
    if remember == Remember::None {
        return restored;
    }
    let stored = |on_device: bool| -> Option<String> {
        let raw = if on_device { local()?.get_item(&keys.storage) } else { session()?.get_item(&keys.storage) };
        raw.ok().flatten()
    };
    let device = if remember == Remember::Device { stored(true) } else { None };
    restored.on_device = device.is_some();
    let Some(text) = device.or_else(|| stored(false)) else { return restored };
    match saved::decode(&text, today) {
        Ok(decoded) => {
            restored.state = Some(decoded.state);
            restored.notice = decoded.questions_added.then_some(Notice::QuestionsAdded);
        }
        Err(problem) => {
            log(&format!("stored answers were ignored: {problem}"));
            restored.notice = Some(Notice::RestoreFailed);
            forget(keys);
            restored.on_device = false;
        }
    }
    restored
}

/// Keeps `state` as `remember` and the visitor's choice say: nothing at all with
/// `remember="none"`, the device's storage when the visitor chose it, else the tab's. The
/// questionnaire's fresh state clears both.
pub fn save(keys: &Keys, state: &State, remember: Remember, on_device: bool) {
    if remember == Remember::None || *state == State::default() {
        forget(keys);
        return;
    }
    let text = saved::encode(state, Include { health: true, progress: true });
    // The text as it is (digits and dots), not as JSON: no JSON code in the wasm for it.
    if on_device && remember == Remember::Device {
        if local().is_some() {
            let _ = LocalStorage::raw().set_item(&keys.storage, &text);
        }
        if session().is_some() {
            SessionStorage::delete(&keys.storage);
        }
    } else {
        if session().is_some() {
            let _ = SessionStorage::raw().set_item(&keys.storage, &text);
        }
        if local().is_some() {
            LocalStorage::delete(&keys.storage);
        }
    }
}

/// Removes this instance's answers from both storages.
pub fn forget(keys: &Keys) {
    if session().is_some() {
        SessionStorage::delete(&keys.storage);
    }
    if local().is_some() {
        LocalStorage::delete(&keys.storage);
    }
}

// gloo-storage throws when a storage is unavailable (blocked cookies, some private modes):
// each use checks first, and without storage nothing is kept.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The page's address with this instance's answers in the fragment (`#tc-x=…`), keeping the
/// other fragment parts (another widget's, or the page's own anchor).
pub fn share_link(keys: &Keys, state: &State, health: bool) -> String {
    let text = saved::encode(state, Include { health, progress: false });
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let mut parts = other_fragment_parts(&location.hash().unwrap_or_default(), &keys.fragment);
    parts.push(format!("{}={text}", keys.fragment));
    format!("{base}#{}", parts.join("&"))
}

/// Removes this instance's part of the fragment from the address bar (without a navigation or
/// a history entry), so that scripts reading the URL later do not see the answers.
pub fn remove_fragment(keys: &Keys) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let rest = other_fragment_parts(&location.hash().unwrap_or_default(), &keys.fragment);
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    let url = if rest.is_empty() { format!("{path}{search}") } else { format!("{path}{search}#{}", rest.join("&")) };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// This instance's value in the page's fragment (`#tc-x=…&tc-y=…`), if any. A fragment too long
/// to be ours, or with our key twice, gives a value that cannot decode: refused whole.
fn fragment_value(key: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#').unwrap_or(&hash);
    let prefix = format!("{key}=");
    if hash.len() > 4 * saved::MAX_LEN {
        return hash.contains(&prefix).then(String::new);
    }
    let mut values = hash.split('&').filter_map(|part| part.strip_prefix(&prefix));
    let first = values.next()?.to_string();
    Some(if values.next().is_some() { String::new() } else { first })
}

fn other_fragment_parts(hash: &str, key: &str) -> Vec<String> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut parts = Vec::new();
    for p in hash.split('&') {
        if !p.is_empty() && p.split('=').next() != Some(key) {
            parts.push(p.to_string());
        }
    }
    parts
}

fn log(message: &str) {
    web_sys::console::warn_1(&format!("treatment-compare: {message}").into());
}
