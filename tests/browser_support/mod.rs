//! Driving a mounted widget from browser tests: a fresh `<treatment-compare>` element per test,
//! mounted as a clinic's page mounts it (the loader's `web::Widget::mount` then `start`, into
//! the element's open shadow root), clicks and form input through real DOM events, the host's
//! CustomEvents and the live regions' messages recorded, and the engine's own answer to
//! compare with.
#![allow(dead_code)]

use std::cell::{Ref, RefCell};
use std::rc::Rc;
use treatment_compare::answers::{
    Answers, Budget, Concern, ConcernAnswer, Downtime, Fitzpatrick, Health, Preferences, Severity,
};
use treatment_compare::assessment::{Assessment, Verdict};
use treatment_compare::catalog::{Catalog, TreatmentId};
use treatment_compare::config::{self, Booking, Remember, WidgetConfig};
use treatment_compare::date::Date;
use treatment_compare::events::{
    BookingDetail, BookingSummary, CompletedDetail, RankedFamily, ReadyDetail, TreatmentVerdict, WidgetEvent,
};
use treatment_compare::ui::announce::Announcement;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CustomEvent, Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, MutationObserver,
    MutationObserverInit, MutationRecord, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

pub const TODAY: &str = "2026-11-21";

pub fn today() -> Date {
    TODAY.parse().unwrap()
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The focused element, looked for through open shadow roots (a mounted widget's inputs are
/// inside its element's shadow root; the document's `activeElement` is the element itself).
pub fn active_element() -> Option<Element> {
    let mut el = document().active_element()?;
    while let Some(inner) = el.shadow_root().and_then(|s| s.active_element()) {
        el = inner;
    }
    Some(el)
}

/// What a test reads as it was recorded: `borrow()` first takes in what is still queued (the
/// live regions' changes not yet delivered to the observer) and fails the test on anything the
/// recording could not read (an event or a message not as the widget's own types describe it,
/// a `tc-error`).
pub struct Recorded<T> {
    items: Rc<RefCell<Vec<T>>>,
    problems: Rc<RefCell<Vec<String>>>,
    catch_up: Option<Rc<dyn Fn()>>,
}

impl<T> Default for Recorded<T> {
    fn default() -> Self {
        Recorded { items: Rc::default(), problems: Rc::default(), catch_up: None }
    }
}

impl<T> Recorded<T> {
    pub fn borrow(&self) -> Ref<'_, Vec<T>> {
        if let Some(catch_up) = &self.catch_up {
            catch_up();
        }
        if let Some(problem) = self.problems.borrow().first() {
            panic!("{problem}");
        }
        self.items.borrow()
    }
}

/// A mounted widget: a `<treatment-compare>` element of its own in the page.
pub struct Widget {
    /// Where the app renders: the element inside the host's shadow root (or, for `wrap`, the
    /// element given).
    pub root: Element,
    /// The `<treatment-compare>` element, when mounted through it.
    pub host: Option<Element>,
    /// Every event the host heard (`tc-ready`, `tc-completed`, `tc-booking-requested`), in
    /// order, read back from the CustomEvents' `detail`.
    pub events: Recorded<WidgetEvent>,
    /// Every message the live regions in the host's light DOM were given, in order.
    pub announcements: Recorded<Announcement>,
    /// What keeps the mounted element's widget alive, as long as this is.
    _page: Option<Page>,
}

/// The page's handle (what the loader keeps), the host's event listeners and the live regions'
/// observer.
struct Page {
    _handle: treatment_compare::web::Widget,
    _listeners: Vec<Closure<dyn FnMut(Event)>>,
    _observer: Observer,
}

struct Observer(MutationObserver, Closure<dyn FnMut(js_sys::Array, MutationObserver)>);

impl Drop for Observer {
    fn drop(&mut self) {
        self.0.disconnect();
    }
}

impl Widget {
    /// Puts a `<treatment-compare>` element configured as `config` says at the end of
    /// `container` and mounts it as the loader does: `web::Widget::mount(host, root)`, with
    /// `root` in the host's open shadow root, then `start`.
    pub async fn mount_in(container: Element, config: WidgetConfig) -> Widget {
        freeze_today();
        assert_eq!(treatment_compare::browser::today(), today(), "the browser's clock reads TODAY");
        let host = element_for(&config);
        container.append_child(&host).unwrap();
        let shadow: ShadowRoot = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
        let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        shadow.append_child(&root).unwrap();

        let events = Recorded::<WidgetEvent>::default();
        let mut listeners = Vec::new();
        for name in ["tc-ready", "tc-completed", "tc-booking-requested", "tc-error"] {
            let (log, problems) = (events.items.clone(), events.problems.clone());
            let listener = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                let detail = event.dyn_ref::<CustomEvent>().map(|e| e.detail()).unwrap_or(JsValue::NULL);
                match heard(name, detail) {
                    Ok(event) => log.borrow_mut().push(event),
                    Err(problem) => problems.borrow_mut().push(problem),
                }
            });
            host.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
            listeners.push(listener);
        }

        let mut page = treatment_compare::web::Widget::mount(host.clone(), root.clone());
        let (announcements, observer) = listen_to_live_regions(&host, events.problems.clone());
        page.start();
        yew::scheduler::flush().await;
        let w = Widget {
            root: root.into(),
            host: Some(host),
            events,
            announcements,
            _page: Some(Page { _handle: page, _listeners: listeners, _observer: observer }),
        };
        // A configuration the element refused fails here, with its field and problem.
        drop(w.events.borrow());
        w
    }

    /// A widget mounted by other means (e.g. `web::mount`), whose events are not recorded.
    pub fn wrap(root: Element) -> Widget {
        Widget { root, host: None, events: Recorded::default(), announcements: Recorded::default(), _page: None }
    }

    pub async fn mount(config: WidgetConfig) -> Widget {
        let container = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&container).unwrap();
        Widget::mount_in(container, config).await
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn get(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| panic!("no element matches `{selector}`"))
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
    }

    /// Clicks and waits until the widget has done what it does after a render (in the next
    /// animation frame: moving focus, announcing the new screen), until a screen that comes in
    /// parts has all of them (the health step, the quiz: `data-pending`) and, when that shows the
    /// results, until every stage of them is there.
    pub async fn click(&self, selector: &str) {
        self.get(selector).dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        next_frame().await;
        self.parts_complete().await;
        if self.find("section.tc-results").is_some() {
            self.results_complete().await;
        }
    }

    /// Waits until no part of the screen is still to come (`data-pending`); panics after 5 s.
    pub async fn parts_complete(&self) {
        self.wait_until(|w| w.find("[data-pending]").is_none(), "a screen never got all its parts").await;
    }

    /// Waits until the results screen has all its parts (`data-complete`); panics after 5 s.
    pub async fn results_complete(&self) {
        let done = |w: &Widget| w.find("section.tc-results[data-complete]").is_some();
        self.wait_until(done, "the results screen never got all its parts").await;
    }

    /// Waits until `done` holds, checking every 10 ms; panics with `failure` after 5 s.
    async fn wait_until(&self, done: impl Fn(&Widget) -> bool, failure: &str) {
        for _ in 0..500 {
            if done(self) {
                return;
            }
            sleep(10).await;
        }
        panic!("{failure}");
    }

    pub async fn choose(&self, name: &str, value: &str) {
        self.click(&format!("input[name=\"{name}\"][value=\"{value}\"]")).await;
    }

    pub async fn select(&self, name: &str, value: &str) {
        let select: HtmlSelectElement = self.get(&format!("select[name=\"{name}\"]")).dyn_into().unwrap();
        select.set_value(value);
        fire(&select, "change");
        yew::scheduler::flush().await;
    }

    pub async fn type_date(&self, name: &str, value: &str) {
        let input: HtmlInputElement = self.get(&format!("input[name=\"{name}\"]")).dyn_into().unwrap();
        input.set_value(value);
        fire(&input, "input");
        fire(&input, "change");
        yew::scheduler::flush().await;
    }

    pub async fn next(&self) {
        let next = self.get("button.tc-next");
        assert_ne!(
            next.get_attribute("aria-disabled").as_deref(),
            Some("true"),
            "Next is disabled on `{}`",
            self.heading()
        );
        self.click("button.tc-next").await;
    }

    pub fn heading(&self) -> String {
        self.find("h2").map(|h| h.text_content().unwrap_or_default()).unwrap_or_default()
    }

    pub fn attr_list(&self, selector: &str, attr: &str) -> Vec<String> {
        self.all(selector).iter().map(|e| e.get_attribute(attr).unwrap_or_default()).collect()
    }

    /// Answers every step: the given concerns, skin type, downtime; default preferences and
    /// "none of these" in every health group. Ends on the results.
    pub async fn complete(&self, concerns: &[(&str, &str)], skin: &str, downtime: &str) {
        self.answer_until_health(concerns, skin, downtime).await;
        self.answer_health(&[]).await;
        self.next().await;
        assert!(self.find(".tc-results").is_some(), "results not shown");
    }

    pub async fn answer_until_health(&self, concerns: &[(&str, &str)], skin: &str, downtime: &str) {
        for (concern, severity) in concerns {
            self.choose("concern", concern).await;
            self.select(&format!("severity-{concern}"), severity).await;
        }
        self.next().await;
        self.choose("skin-type", skin).await;
        self.next().await;
        self.choose("downtime", downtime).await;
        self.next().await;
        self.next().await; // preferences: defaults
    }
}

impl Widget {
    /// Answers the health step: `answers` as (radio name, value) pairs, e.g.
    /// `("health-sunburn", "yes")` or `("isotretinoin", "stopped")`. A group holding none of them
    /// is answered "none of these"; a group holding one or more opens ("one or more") and each of
    /// its questions gets its given answer, else "no" (isotretinoin "never").
    pub async fn answer_health(&self, answers: &[(&str, &str)]) {
        for group in ["now", "medicines", "history"] {
            let gate = format!("health-group-{group}");
            self.choose(&gate, "some").await;
            let section = format!("section.tc-health-group[data-group=\"{group}\"]");
            let in_group = |name: &str| self.find(&format!("{section} input[name=\"{name}\"]")).is_some();
            if !answers.iter().any(|(name, _)| in_group(name)) {
                self.choose(&gate, "none").await;
                continue;
            }
            for row in self.all(&format!("{section} fieldset[data-condition]")) {
                let key = row.get_attribute("data-condition").unwrap();
                let name = if key == "isotretinoin" { key.clone() } else { format!("health-{key}") };
                let value = answers
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or(if key == "isotretinoin" { "never" } else { "no" }, |(_, v)| *v);
                self.choose(&name, value).await;
            }
        }
    }

    /// The `name`s of the checked inputs inside `selector`.
    pub fn checked(&self, selector: &str) -> Vec<String> {
        self.all(&format!("{selector} input:checked"))
            .iter()
            .map(|e| e.get_attribute("name").unwrap_or_default())
            .collect()
    }
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo_timers::callback::Timeout::new(ms, move || drop(resolve.call0(&JsValue::NULL))).forget();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves after the next animation frame, and a task after it, with Yew's work done.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo_timers::callback::Timeout::new(0, move || drop(resolve.call0(&JsValue::NULL))).forget();
        });
        web_sys::window().unwrap().request_animation_frame(after_frame.unchecked_ref()).unwrap();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yew::scheduler::flush().await;
}

pub fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The `<treatment-compare>` element that configures the widget as `config`: its attributes
/// and, when the clinic offers fewer than all eleven, its `{"treatments": {...}}` JSON child; with
/// an `id` of its own, so that no widget restores another test's stored answers. Checked: the
/// element reads back (`config::from_element`, as `web.rs` reads it) as exactly `config`.
pub fn element_for(config: &WidgetConfig) -> Element {
    let host = document().create_element("treatment-compare").unwrap();
    host.set_id(&format!("test-{}", (js_sys::Math::random() * 1e9) as u32));
    let mut attributes: Vec<(&str, String)> = vec![("locale", config.locale.text().tag.to_string())];
    if !config.clinic_name.is_empty() {
        attributes.push(("clinic-name", config.clinic_name.clone()));
    }
    match &config.booking {
        Booking::Url(url) => attributes.push(("booking-url", url.clone())),
        Booking::Contact(text) => attributes.push(("contact-text", text.clone())),
        Booking::None => {}
    }
    if !config.languages.is_empty() {
        let tags: Vec<&str> = config.languages.iter().map(|l| l.text().tag).collect();
        attributes.push(("languages", tags.join(" ")));
    }
    attributes.push(("currency", config.offer.currency.code().to_string()));
    if config.offer.hide_not_offered {
        attributes.push(("not-offered", "hide".into()));
    }
    if let Some(colour) = &config.accent_color {
        attributes.push(("accent-color", colour.clone()));
    }
    let remember = match config.remember {
        Remember::Tab => "tab",
        Remember::None => "none",
        Remember::Device => "device",
    };
    attributes.push(("remember", remember.into()));
    for (name, value) in &attributes {
        host.set_attribute(name, value).unwrap();
    }
    let json = (config.offer.offered != TreatmentId::ALL).then(|| {
        let treatments: serde_json::Map<String, serde_json::Value> = config
            .offer
            .offered
            .iter()
            .map(|t| (treatment_compare::answers::snake_key(t), serde_json::json!({})))
            .collect();
        serde_json::json!({ "treatments": treatments }).to_string()
    });
    if let Some(json) = &json {
        let script = document().create_element("script").unwrap();
        script.set_attribute("type", "application/json").unwrap();
        script.set_text_content(Some(json));
        host.append_child(&script).unwrap();
    }
    let parsed = json.as_deref().map(|j| config::parse_json(j).expect("the element's JSON"));
    let read = config::from_element(|name| host.get_attribute(name), parsed, |_| true, &[])
        .unwrap_or_else(|e| panic!("the element for {config:?} is refused: {e}"));
    assert_eq!(&read, config, "the element's attributes and JSON do not express this configuration");
    host
}

/// Reads a CustomEvent's `detail` back into the event the widget sent, and checks that it
/// reads back whole: serde writes the rebuilt event exactly as the detail the host received.
fn heard(name: &str, detail: JsValue) -> Result<WidgetEvent, String> {
    let detail: serde_json::Value =
        serde_wasm_bindgen::from_value(detail).map_err(|e| format!("{name}: the detail is not plain JSON: {e}"))?;
    let event = rebuild(name, &detail).map_err(|e| format!("{name}: {e}: {detail}"))?;
    if serde_json::to_value(&event).unwrap() != detail {
        return Err(format!("{name}: the detail does not read back whole: {detail}"));
    }
    Ok(event)
}

fn rebuild(name: &str, d: &serde_json::Value) -> Result<WidgetEvent, String> {
    fn field<T: serde::de::DeserializeOwned>(d: &serde_json::Value, key: &str) -> Result<T, String> {
        serde_json::from_value(d.get(key).cloned().unwrap_or_default()).map_err(|e| format!("{key}: {e}"))
    }
    fn text(d: &serde_json::Value, key: &str) -> Result<&'static str, String> {
        let s = d.get(key).and_then(|v| v.as_str()).ok_or(format!("{key}: not a string"))?;
        Ok(Box::leak(s.to_string().into_boxed_str()))
    }
    fn verdict(d: &serde_json::Value) -> Result<Verdict, String> {
        let v = d.get("verdict").cloned().unwrap_or_default();
        [Verdict::Suitable, Verdict::TalkToProvider, Verdict::NotNow]
            .into_iter()
            .find(|known| serde_json::to_value(known).unwrap() == v)
            .ok_or(format!("verdict: {v}"))
    }
    fn verdicts(d: &serde_json::Value, key: &str) -> Result<Vec<TreatmentVerdict>, String> {
        let list = d.get(key).and_then(|v| v.as_array()).ok_or(format!("{key}: not a list"))?;
        list.iter().map(|v| Ok(TreatmentVerdict { treatment: field(v, "treatment")?, verdict: verdict(v)? })).collect()
    }
    Ok(match name {
        "tc-ready" => WidgetEvent::Ready(ReadyDetail {
            version: text(d, "version")?,
            locale: text(d, "locale")?,
            currency: field(d, "currency")?,
            treatments: field(d, "treatments")?,
        }),
        "tc-completed" => {
            let ranking = d.get("ranking").and_then(|v| v.as_array()).ok_or("ranking: not a list")?;
            WidgetEvent::Completed(CompletedDetail {
                recommended: field(d, "recommended")?,
                ranking: ranking
                    .iter()
                    .map(|f| {
                        Ok(RankedFamily {
                            family: field(f, "family")?,
                            treatment: field(f, "treatment")?,
                            score: field(f, "score")?,
                            verdict: verdict(f)?,
                            offered: field(f, "offered")?,
                        })
                    })
                    .collect::<Result<_, String>>()?,
                candidacy: verdicts(d, "candidacy")?,
                plan: field(d, "plan")?,
            })
        }
        "tc-booking-requested" => {
            let s = d.get("summary").ok_or("no summary")?;
            WidgetEvent::BookingRequested(BookingDetail {
                url: field(d, "url")?,
                treatment: field(d, "treatment")?,
                summary: BookingSummary {
                    recommended: field(s, "recommended")?,
                    plan: field(s, "plan")?,
                    verdicts: verdicts(s, "verdicts")?,
                    compared: field(s, "compared")?,
                    locale: text(s, "locale")?,
                    concerns: field(s, "concerns")?,
                    skin_type: field(s, "skin_type")?,
                },
            })
        }
        "tc-error" => return Err("the widget refused its configuration".into()),
        other => return Err(format!("an event the tests do not know: {other}")),
    })
}

/// Records what the live regions `web::Widget::mount` put in the host's light DOM are given
/// (src/ui/announce.rs): each new text in the polite (`role="status"`) or the assertive
/// (`role="alert"`) region is one announcement, in the language the regions' container was
/// marked with at that moment.
fn listen_to_live_regions(host: &Element, problems: Rc<RefCell<Vec<String>>>) -> (Recorded<Announcement>, Observer) {
    let said: Recorded<Announcement> = Recorded { problems, ..Recorded::default() };
    let container = host.query_selector(":scope > [data-tc-announcer]").unwrap().expect("the element's live regions");
    let (log, watched) = (said.items.clone(), container.clone());
    let read = Rc::new(move |records: js_sys::Array| {
        // The records come in order; the language at each is found walking back from now.
        let mut lang = watched.get_attribute("lang");
        let mut heard = Vec::new();
        for record in records.iter().rev() {
            let record: MutationRecord = record.unchecked_into();
            if record.type_() == "attributes" {
                lang = record.old_value();
                continue;
            }
            let Some(region) = record.target().and_then(|t| t.dyn_into::<Element>().ok()) else { continue };
            let added = record.added_nodes();
            let text: String = (0..added.length()).filter_map(|i| added.item(i)?.text_content()).collect();
            if record.type_() == "childList" && !text.is_empty() && region.has_attribute("aria-live") {
                let tag: &'static str = Box::leak(lang.clone().unwrap_or_default().into_boxed_str());
                let urgent = region.get_attribute("role").as_deref() == Some("alert");
                heard.push(Announcement { text: text.into(), urgent, lang: tag });
            }
        }
        log.borrow_mut().extend(heard.into_iter().rev());
    });
    let on_change = read.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(move |records, _| on_change(records));
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    init.set_attributes(true);
    init.set_attribute_old_value(true);
    init.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
    observer.observe_with_options(&container, &init).unwrap();
    let pending = observer.clone();
    let said = Recorded { catch_up: Some(Rc::new(move || read(pending.take_records()))), ..said };
    (said, Observer(observer, callback))
}

/// Sets the browser's clock to `TODAY` (at the time of day it is), once per page: the element
/// reads the visitor's date from the clock, as on a clinic's page, and the tests compare with the
/// engine's answer for `TODAY`.
fn freeze_today() {
    let script = format!(
        "if (!globalThis.__tcRealDate) {{
            const Real = Date;
            globalThis.__tcRealDate = Real;
            const now = new Real();
            const offset = new Real({y}, {m} - 1, {d}, now.getHours(), now.getMinutes(), now.getSeconds()).getTime()
                - now.getTime();
            class TestDate extends Real {{
                constructor(...args) {{ if (args.length === 0) super(Real.now() + offset); else super(...args); }}
                static now() {{ return Real.now() + offset; }}
            }}
            globalThis.Date = TestDate;
        }}",
        y = &TODAY[..4],
        m = TODAY[5..7].trim_start_matches('0'),
        d = TODAY[8..].trim_start_matches('0')
    );
    js_sys::Function::new_no_args(&script).call0(&JsValue::NULL).unwrap();
}

pub fn config() -> WidgetConfig {
    WidgetConfig { clinic_name: "Test Clinic".into(), ..WidgetConfig::default() }
}

/// What the engine says for the same answers the UI was given.
pub fn engine(concerns: &[(Concern, Severity)], skin: Fitzpatrick, downtime: Downtime, health: Health) -> Assessment {
    let answers = Answers {
        concerns: concerns.iter().map(|&(concern, severity)| ConcernAnswer { concern, severity }).collect(),
        skin_type: skin,
        downtime,
        preferences: Preferences { budget: Budget::default(), injections_ok: true, event_date: None },
        health,
        start_date: None,
    };
    treatment_compare::assess(&answers, &Catalog::standard(), today())
}

pub fn family_keys(a: &Assessment) -> Vec<String> {
    a.families.iter().map(|f| treatment_compare::answers::snake_key(&f.family)).collect()
}
