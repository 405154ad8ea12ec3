//! After the results: start over, keep the answers on this device (when the clinic offers it)
//! or forget them, and copy a link to these results (health answers only when ticked).

use crate::config::Remember;
use crate::text::Locale;
use crate::ui::announce::Announcement;
use wasm_bindgen::prelude::{wasm_bindgen, Closure, JsValue};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A promise, for `then(resolve, reject)` with plain functions (js-sys's `then2` takes
    /// closures kept alive by Rust, where a function that frees itself when called is wanted).
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, resolve: &JsValue, reject: &JsValue);
}

#[derive(Properties, PartialEq)]
pub struct KeepShareProps {
    pub locale: Locale,
    pub remember: Remember,
    /// The answers are kept in this device's storage (the visitor chose it).
    pub on_device: bool,
    pub on_start_over: Callback<()>,
    /// Keep the answers on this device (true) or forget them there (false).
    pub on_keep: Callback<bool>,
    /// The link to these results, with the health answers or without.
    pub share_link: Callback<bool, String>,
    pub on_announce: Callback<Announcement>,
}

/// What the share button has done.
#[derive(Clone, PartialEq)]
enum Shared {
    Not,
    Copied(String),
    /// The clipboard refused: the link is shown to copy by hand.
    Shown(String),
}

#[component]
pub fn KeepShare(props: &KeepShareProps) -> Html {
    let t = props.locale.text().embed;
    let with_health = use_state(|| false);
    let shared = use_state(|| Shared::Not);

    let on_health = {
        let with_health = with_health.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                with_health.set(input.checked());
            }
        })
    };
    let on_share = {
        let (share_link, shared, with_health) = (props.share_link.clone(), shared.clone(), *with_health);
        let (on_announce, copied) = (props.on_announce.clone(), t.share_copied);
        Callback::from(move |_: MouseEvent| {
            let link = share_link.emit(with_health);
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            let (shared, on_announce) = (shared.clone(), on_announce.clone());
            let promise = clipboard.map(|c| c.write_text(&link));
            let settle = move |ok: bool| {
                if ok {
                    on_announce.emit(Announcement::polite(copied));
                    shared.set(Shared::Copied(link));
                } else {
                    shared.set(Shared::Shown(link));
                }
            };
            match promise {
                // One function for both outcomes, told which by its first argument. Only one of
                // the two runs, and running frees it (a `Promise.then` of our own rather than
                // wasm-bindgen-futures' executor: 0.4 KB).
                Some(promise) => {
                    let settled = Closure::once_into_js(move |ok: bool, _: JsValue| {
                        if !crate::containment::panicked() {
                            settle(ok);
                        }
                    });
                    let settled: &js_sys::Function = settled.unchecked_ref();
                    let (fulfilled, rejected) =
                        (settled.bind1(&JsValue::NULL, &JsValue::TRUE), settled.bind1(&JsValue::NULL, &JsValue::FALSE));
                    promise.unchecked_ref::<Thenable>().then(fulfilled.as_ref(), rejected.as_ref());
                }
                None => settle(false),
            }
        })
    };
    let on_keep = {
        let on_keep = props.on_keep.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                on_keep.emit(input.checked());
            }
        })
    };
    let on_forget = {
        let (on_keep, on_announce, forgotten) = (props.on_keep.clone(), props.on_announce.clone(), t.forgotten);
        Callback::from(move |_: MouseEvent| {
            on_keep.emit(false);
            on_announce.emit(Announcement::polite(forgotten));
        })
    };
    let on_start_over = props.on_start_over.reform(|_: MouseEvent| ());
    let link = match &*shared {
        Shared::Not => None,
        Shared::Copied(link) | Shared::Shown(link) => Some(link.clone()),
    };
    let copied = matches!(&*shared, Shared::Copied(_));

    html! {
        <section class="tc-keep-share">
            <div class="tc-share">
                <button type="button" class="tc-share-button" part="share-button" onclick={on_share}>
                    { t.share_button }
                </button>
                <label class="tc-option">
                    <input type="checkbox" name="share-health" checked={*with_health} onchange={on_health} />
                    <span>{ t.share_health }</span>
                </label>
                <p class="tc-share-why">{ t.share_health_why }</p>
                if let Some(link) = link {
                    if copied {
                        <p class="tc-share-status" role="status">{ t.share_copied }</p>
                    }
                    <label class="tc-share-link">
                        <span>{ t.share_copy_yourself }</span>
                        <input type="text" readonly=true name="share-link" value={link} />
                    </label>
                }
            </div>
            if props.remember == Remember::Device {
                <div class="tc-keep">
                    <label class="tc-option">
                        <input type="checkbox" name="keep-on-device" checked={props.on_device} onchange={on_keep} />
                        <span>{ t.keep_on_device }</span>
                    </label>
                    <p class="tc-keep-hint">{ t.keep_on_device_hint }</p>
                    if props.on_device {
                        <button type="button" class="tc-forget" onclick={on_forget}>{ t.forget }</button>
                    }
                </div>
            }
            <button type="button" class="tc-start-over" onclick={on_start_over}>{ t.start_over }</button>
        </section>
    }
}
