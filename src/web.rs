//! The widget on a page (wasm32 only). [`Widget`] is what the `<treatment-compare>` element's
//! loader (src/loader/treatment-compare.js) drives: it reads the element's configuration,
//! renders the app into the element's shadow root, re-renders on changes, shows invalid
//! configuration as a message naming the field, and turns the app's events into CustomEvents
//! on the element. Styles come with the loader as a constructable stylesheet, which a strict
//! Content Security Policy allows (src/browser/styles.rs).

use crate::catalog::{Family, TreatmentId};
use crate::config::{self, Analytics, ConfigError, ConfigJson, WidgetConfig};
use crate::events::{datalayer, to_json, ActionDetail, ErrorDetail, Json, ResultAction, WidgetEvent};
use crate::ui::announce::Announcer;
use crate::ui::app::{App, AppProps};
use crate::ui::pool::Lease;
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, Callback};

use crate::browser::{styles, today};

/// Renders the app into `root` (a plain element or one in a shadow root) with a configuration
/// built in Rust, without events. The browser tests use it; pages use `<treatment-compare>`.
pub fn mount(root: Element, config: WidgetConfig) -> AppHandle<App> {
    styles::adopt(&root);
    let props = AppProps {
        config: Rc::new(config),
        today: today(),
        on_event: Callback::from(|_| false),
        on_announce: Callback::noop(),
        // A name of its own: mounted widgets never restore one another's answers.
        instance: yew::AttrValue::from(format!("mounted-{}", (js_sys::Math::random() * 1e9) as u32)),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// One `<treatment-compare>` element's widget.
#[wasm_bindgen]
pub struct Widget {
    /// The `<treatment-compare>` element: configuration comes from it, events go to it.
    host: Element,
    /// Where the app renders, inside the host's shadow root.
    root: HtmlElement,
    app: Option<Lease>,
    config: Option<WidgetConfig>,
    /// The configuration read by `mount`, shown by `start` (in a later task).
    read: Option<Result<WidgetConfig, ConfigError>>,
    /// The live regions, in the host's light DOM (src/ui/announce.rs).
    announcer: Option<Rc<Announcer>>,
    /// The results' actions, heard on the root and told to the host (`tc-action`).
    listeners: Vec<EventListener>,
}

#[wasm_bindgen]
impl Widget {
    /// Reads `host`'s configuration for a widget in `root`; `start` renders it (or the
    /// configuration's problem). Apart, so that the loader can let the browser work in between:
    /// on a phone each half is a few tens of milliseconds, mostly the WebAssembly's code being
    /// compiled as it is first used.
    pub fn mount(host: Element, root: HtmlElement) -> Widget {
        #[cfg(feature = "test-trigger")]
        {
            crate::test_trigger::check(&host, "mount");
            crate::test_trigger::arm(&host, &root);
        }
        let announcer = Announcer::attach(&host).ok().map(Rc::new);
        let read = Some(read_config(&host));
        Widget { host, root, app: None, config: None, read, announcer, listeners: Vec::new() }
    }

    /// Renders what `mount` read, unless a `refresh` or `unmount` came first.
    pub fn start(&mut self) {
        if let Some(read) = self.read.take() {
            self.apply(read);
        }
    }

    /// Reads the configuration again (an attribute or the JSON changed) and re-renders,
    /// keeping the visitor's answers when the configuration stays valid.
    pub fn refresh(&mut self) {
        #[cfg(feature = "test-trigger")]
        crate::test_trigger::check(&self.host, "refresh");
        self.read = None;
        self.apply(read_config(&self.host));
    }

    /// Calls `listener(message)` if the widget's code ever panics, just before the WebAssembly
    /// instance (every widget on the page) stops; the loader calls it once (src/containment.rs).
    pub fn on_panic(listener: js_sys::Function) {
        crate::containment::listen(listener);
    }

    /// Removes the app (its DOM, its effects) from the element; the app waits for the next
    /// widget (src/ui/pool.rs).
    pub fn unmount(&mut self) {
        self.read = None;
        if let Some(app) = self.app.take() {
            app.end();
        }
        self.config = None;
        self.listeners.clear();
        self.root.set_text_content(None);
        if let Some(announcer) = self.announcer.take() {
            announcer.detach();
        }
    }
}

impl Widget {
    fn apply(&mut self, read: Result<WidgetConfig, ConfigError>) {
        styles::adopt(&self.root);
        match read {
            Ok(config) => self.show(config),
            Err(problem) => self.show_problem(&problem),
        }
    }

    fn show(&mut self, config: WidgetConfig) {
        for warning in &config.warnings {
            web_sys::console::warn_1(&format!("treatment-compare: {warning}").into());
        }
        if self.config.as_ref() == Some(&config) {
            return;
        }
        // The accent colour goes in through CSSOM (allowed by a strict CSP), on our own element
        // inside the shadow root: the host element's style attribute stays the page's.
        let style = self.root.style();
        let _ = match &config.accent_color {
            Some(colour) => style.set_property("--tc-accent", colour),
            None => style.remove_property("--tc-accent").map(|_| ()),
        };
        let instance = yew::AttrValue::from(instance_of(&self.host));
        let reporter = Reporter {
            host: self.host.clone(),
            data_layer: config.analytics == Analytics::DataLayer,
            form_id: instance.clone(),
        };
        let mut languages: Vec<&'static str> = Vec::new();
        for l in &config.languages {
            languages.push(l.code());
        }
        self.listeners = vec![action_listener(&self.root, &reporter, languages)];
        let on_event = Callback::from(move |event: WidgetEvent| reporter.report(&event));
        let announcer = self.announcer.clone();
        let on_announce = Callback::from(move |a| {
            if let Some(announcer) = &announcer {
                announcer.say(&a);
            }
        });
        let props = AppProps { config: Rc::new(config.clone()), today: today(), on_event, on_announce, instance };
        match self.app.as_mut() {
            Some(app) => app.show(props),
            None => {
                self.root.set_text_content(None);
                match Lease::new(&self.root, props) {
                    Ok(app) => self.app = Some(app),
                    Err(e) => web_sys::console::error_1(&format!("treatment-compare: {}", js_message(&e)).into()),
                }
            }
        }
        self.config = Some(config);
    }

    /// Replaces the widget with a message naming the problem, logs it and tells the host.
    fn show_problem(&mut self, problem: &ConfigError) {
        if let Some(app) = self.app.take() {
            app.end();
        }
        self.config = None;
        web_sys::console::error_1(&format!("treatment-compare: {problem}").into());
        let locale = config::message_locale(self.host.get_attribute("locale"), &page_languages(&self.host));
        let message = format!("{}{problem}", locale.text().embed.config_error);
        if show_message(&self.root, &message, locale.text().tag).is_err() {
            self.root.set_text_content(Some(&message));
        }
        let detail = ErrorDetail { field: &problem.field, message: &problem.problem };
        dispatch_detail(&self.host, "tc-error", false, &detail);
    }
}

/// The element's id, or its position among the page's `<treatment-compare>` elements: the name
/// its stored answers and its part of a shared link go by.
fn instance_of(host: &Element) -> String {
    let id = host.id();
    if !id.trim().is_empty() {
        return id;
    }
    let position = host
        .owner_document()
        .and_then(|d| d.query_selector_all("treatment-compare").ok())
        .and_then(|all| (0..all.length()).find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(host)))));
    position.map_or_else(|| "0".to_string(), |i| i.to_string())
}

/// The message in `root`, marked as being in language `lang`.
fn show_message(root: &HtmlElement, message: &str, lang: &str) -> Result<(), JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    let wrapper = document.create_element("div")?;
    wrapper.set_class_name("tc-root");
    wrapper.set_attribute("part", "root")?;
    wrapper.set_attribute("lang", lang)?;
    let p = document.create_element("p")?;
    p.set_class_name("tc-config-error");
    p.set_attribute("role", "alert")?;
    p.set_text_content(Some(message));
    wrapper.append_child(&p)?;
    root.set_text_content(None);
    root.append_child(&wrapper)?;
    Ok(())
}

/// The element's configuration: its attributes and its `<script type="application/json">`.
fn read_config(host: &Element) -> Result<WidgetConfig, ConfigError> {
    let json = config_script(host)?;
    let mut config = config::from_element(|name| host.get_attribute(name), json, is_css_colour, &page_languages(host))?;
    config.forwarded = page_params(&config.forward_params);
    if let config::Booking::Url(template) = &config.booking {
        stays_on_site(template).map_err(|why| ConfigError::new("booking-url", why))?;
    }
    Ok(config)
}

/// A booking path, resolved against the page as the browser will, must stay on the page's
/// origin (absolute https:, http:, mailto: and tel: links were checked by `config`).
pub(crate) fn stays_on_site(template: &str) -> Result<(), String> {
    let sample = config::fill_booking_url(template, &[]);
    let absolute = ["http:", "https:", "mailto:", "tel:"].iter().any(|s| sample.to_ascii_lowercase().starts_with(s));
    let Some(location) = web_sys::window().map(|w| w.location()) else { return Ok(()) };
    let (Ok(page), Ok(origin)) = (location.href(), location.origin()) else { return Ok(()) };
    if absolute {
        return Ok(());
    }
    match web_sys::Url::new_with_base(&sample, &page) {
        Ok(url) if url.origin() == origin => Ok(()),
        Ok(url) => Err(format!("resolves to {}, another site than this page's {origin}", url.origin())),
        Err(_) => Err("is not a link the browser can follow".into()),
    }
}

/// The values of the page's query parameters `names` (`forward-params`), as the browser decodes
/// them, those it has, none longer than [`config::MAX_FORWARDED_LEN`] characters; nothing else of
/// the page's address is kept.
fn page_params(names: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if names.is_empty() {
        return out;
    }
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else { return out };
    let Ok(url) = web_sys::Url::new(&href) else { return out };
    let params = url.search_params();
    for name in names {
        let value = params.get(name).filter(|v| !v.is_empty() && v.chars().count() <= config::MAX_FORWARDED_LEN);
        if let Some(value) = value {
            out.push((name.clone(), value));
        }
    }
    out
}

/// The page's languages, most wanted first: its `<html lang>`, then the browser's preferred
/// languages.
fn page_languages(host: &Element) -> Vec<String> {
    let html = host.owner_document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
    let mut languages: Vec<String> = html.into_iter().collect();
    if let Some(w) = web_sys::window() {
        for l in w.navigator().languages().iter() {
            languages.extend(l.as_string());
        }
    }
    languages
}

/// The parsed JSON child, if the element has one with any content.
fn config_script(host: &Element) -> Result<Option<ConfigJson>, ConfigError> {
    let script = host.query_selector(":scope > script[type='application/json']").ok().flatten();
    match script.and_then(|s| s.text_content()).filter(|t| !t.trim().is_empty()) {
        Some(text) => config::parse_json(&text).map(Some),
        None => Ok(None),
    }
}

pub(crate) fn is_css_colour(value: &str) -> bool {
    web_sys::css::supports_with_value("color", value).unwrap_or(false)
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}"))
}

/// Tells the host page: a CustomEvent on the element, and, when the clinic asked for it
/// (`analytics="datalayer"`) and the browser does not send Global Privacy Control, the event's
/// ids-only push to the page's `window.dataLayer` (src/events/datalayer.rs).
#[derive(Clone)]
struct Reporter {
    host: Element,
    data_layer: bool,
    form_id: yew::AttrValue,
}

impl Reporter {
    /// True when the host called `preventDefault()`.
    fn report(&self, event: &WidgetEvent) -> bool {
        let prevented = dispatch_detail(&self.host, event.name(), event.cancelable(), event);
        if self.data_layer && !privacy_control() {
            if let Some(entry) = datalayer::entry(event, &self.form_id) {
                push_to_data_layer(&entry);
            }
        }
        prevented
    }
}

/// `navigator.globalPrivacyControl === true`: the visitor asked for no sharing or selling of
/// their data.
fn privacy_control() -> bool {
    let Some(window) = web_sys::window() else { return true };
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("globalPrivacyControl"))
        .is_ok_and(|v| v == JsValue::TRUE)
}

/// `window.dataLayer.push(entry)`, creating the array if the page has none. A `dataLayer` that is
/// not an array (nothing to push to) is left alone; an error in the page's own `push` stays the
/// page's and never stops the widget.
fn push_to_data_layer(entry: &dyn Json) {
    let Some(window) = web_sys::window() else { return };
    let key = JsValue::from_str("dataLayer");
    let mut layer = js_sys::Reflect::get(&window, &key).unwrap_or(JsValue::UNDEFINED);
    if layer.is_undefined() || layer.is_null() {
        let array = js_sys::Array::new();
        if js_sys::Reflect::set(&window, &key, &array).is_err() {
            return;
        }
        layer = array.into();
    }
    let push = js_sys::Reflect::get(&layer, &JsValue::from_str("push")).unwrap_or(JsValue::UNDEFINED);
    if let Some(push) = push.dyn_ref::<js_sys::Function>() {
        let value = js_sys::JSON::parse(&to_json(entry)).unwrap_or(JsValue::NULL);
        let _ = push.call1(&layer, &value);
    }
}

/// The results' actions, heard where they bubble to (the widget's root): the buttons, the "why"
/// summaries, the comparison and keep boxes (a box's click comes with its new state, by mouse or
/// by keyboard), the language switch. Each becomes a `tc-action` with ids only, read from the
/// markup's own classes, names and values, so no component needs a callback for it. In the
/// capture phase: before the app's own handler re-renders (the pressed language, an opened
/// "why"), so what is read is what the visitor clicked on.
fn action_listener(root: &HtmlElement, reporter: &Reporter, languages: Vec<&'static str>) -> EventListener {
    let reporter = reporter.clone();
    let capture = gloo_events::EventListenerOptions::run_in_capture_phase();
    EventListener::new_with_options(root, "click", capture, move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let within = |selector: &str| target.closest(selector).ok().flatten();
        let attr = |el: &Element, name: &str| el.get_attribute(name).unwrap_or_default();
        let mut detail = ActionDetail::new(ResultAction::Print);
        if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>().filter(|i| i.checked()) {
            let value = input.value();
            match input.name().as_str() {
                "compare" => {
                    detail.action = ResultAction::Compare;
                    detail.treatment = TreatmentId::ALL.into_iter().find(|t| crate::ids::snake_key(t) == value);
                }
                "keep-on-device" => detail.action = ResultAction::Keep,
                _ => return,
            }
        } else if within("button.tc-print-button").is_some() {
        } else if within("button.tc-share-button").is_some() {
            detail.action = ResultAction::Share;
        } else if within("button.tc-start-over").is_some() {
            detail.action = ResultAction::StartOver;
        } else if let Some(button) = within(".tc-language[aria-pressed=false]") {
            let code = attr(&button, "data-language");
            detail.action = ResultAction::Language;
            let Some(&language) = languages.iter().find(|l| **l == code) else { return };
            detail.language = Some(language);
        } else if within("details.tc-why:not([open]) > summary").is_some() {
            let key = within("li.tc-family").map(|li| attr(&li, "data-family")).unwrap_or_default();
            detail.action = ResultAction::Why;
            detail.family = Family::ALL.into_iter().find(|f| crate::ids::snake_key(f) == key);
        } else {
            return;
        }
        reporter.report(&WidgetEvent::Action(detail));
    })
}

/// A bubbling, composed CustomEvent whose detail is `detail` as plain JSON-like objects.
fn dispatch_detail(host: &Element, name: &str, cancelable: bool, detail: &dyn Json) -> bool {
    let detail = js_sys::JSON::parse(&to_json(detail)).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(&detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => !host.dispatch_event(&event).unwrap_or(true),
        Err(_) => false,
    }
}
