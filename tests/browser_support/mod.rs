//! Driving a mounted widget from browser tests: a fresh container per test, clicks and form
//! input through real DOM events, and the engine's own answer to compare with.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;
use treatment_compare::answers::{
    Answers, Budget, Concern, ConcernAnswer, Downtime, Fitzpatrick, Health, Preferences, Severity,
};
use treatment_compare::assessment::Assessment;
use treatment_compare::catalog::Catalog;
use treatment_compare::config::WidgetConfig;
use treatment_compare::date::Date;
use treatment_compare::events::WidgetEvent;
use treatment_compare::ui::announce::Announcement;
use treatment_compare::ui::app::{App, AppProps};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::Callback;

pub const TODAY: &str = "2026-11-21";

pub fn today() -> Date {
    TODAY.parse().unwrap()
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted widget in a fresh container of its own.
pub struct Widget {
    pub root: Element,
    /// Every event the app sent to the host, in order.
    pub events: Rc<RefCell<Vec<WidgetEvent>>>,
    /// Every message the app sent to screen readers, in order.
    pub announcements: Rc<RefCell<Vec<Announcement>>>,
}

impl Widget {
    pub async fn mount_in(container: Element, config: WidgetConfig) -> Widget {
        let events = Rc::new(RefCell::new(Vec::new()));
        let log = events.clone();
        let on_event = Callback::from(move |event: WidgetEvent| {
            log.borrow_mut().push(event);
            false
        });
        let announcements = Rc::new(RefCell::new(Vec::new()));
        let said = announcements.clone();
        let on_announce = Callback::from(move |a: Announcement| said.borrow_mut().push(a));
        // A name of its own per mounted widget: none restores another test's stored answers.
        let instance = format!("test-{}", (js_sys::Math::random() * 1e9) as u32).into();
        let props = AppProps { config: Rc::new(config), today: today(), on_event, on_announce, instance };
        yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
        yew::scheduler::flush().await;
        Widget { root: container, events, announcements }
    }

    /// A widget mounted by other means (e.g. `web::mount`), whose events are not recorded.
    pub fn wrap(root: Element) -> Widget {
        Widget { root, events: Rc::default(), announcements: Rc::default() }
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
