//! Mounting the widget into a page (wasm32 only): today's local date, the widget's styles as a
//! constructable stylesheet (allowed under a strict CSP and inside shadow roots), and parsing a
//! clinic's configuration with errors that name the field.

use crate::catalog::TreatmentId;
use crate::config::WidgetConfig;
use crate::date::Date;
use crate::text::Locale;
use crate::ui::app::{App, AppProps};
use js_sys::{Array, Reflect};
use serde::de::DeserializeOwned;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot};

/// The widget's CSS, in cascade order: base (theme, header, progress), question screens, the
/// health screen, results, timeline.
const CSS: [&str; 5] = [
    include_str!("../styles/widget.css"),
    include_str!("../styles/questions.css"),
    include_str!("../styles/health.css"),
    include_str!("../styles/results.css"),
    include_str!("../styles/timeline.css"),
];

/// Marks the stylesheet this crate adopted, so a root never gets it twice.
const SHEET_MARK: &str = "__treatmentCompareSheet";

/// The visitor's local calendar date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year() as i32, now.get_month() + 1, now.get_date());
    Date::from_ymd(y, m, d).unwrap_or_else(|| {
        let days = (now.get_time() / 86_400_000.0).floor();
        Date::from_days_since_epoch(days as i32)
    })
}

/// Renders the widget into `root` (its children are replaced) and adopts its styles into the
/// shadow root or document that contains `root`. Never panics.
pub fn mount(root: Element, config: WidgetConfig) -> yew::AppHandle<App> {
    adopt_styles(&root);
    let props = AppProps { config: Rc::new(config), today: today() };
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// Mounts the widget into `root` with a configuration object such as
/// `{ clinic_name: "Glow Clinic", treatments: ["microneedling", "peel_superficial"] }`.
/// Returns an error naming the offending field when the configuration is not valid.
#[wasm_bindgen]
pub fn mount_widget(root: Element, config: JsValue) -> Result<(), JsValue> {
    let config = parse_config(&config).map_err(|e| JsValue::from(js_sys::Error::new(&e)))?;
    // The widget lives as long as the page: the handle is not needed to keep it running.
    let _handle = mount(root, config);
    Ok(())
}

/// Reads the JSON configuration in the `<script type="application/json">` with id `config_id`
/// and mounts the widget into the element with id `mount_id`. A bad configuration is shown in
/// the mount element and logged to the console.
pub fn mount_from_page(mount_id: &str, config_id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(mount_id) else {
        web_sys::console::error_1(&format!("treatment-compare: no element with id \"{mount_id}\"").into());
        return;
    };
    let config = document
        .get_element_by_id(config_id)
        .and_then(|el| el.text_content())
        .ok_or_else(|| format!("no <script type=\"application/json\" id=\"{config_id}\"> with the configuration"))
        .and_then(|json| {
            js_sys::JSON::parse(&json).map_err(|e| format!("#{config_id} is not valid JSON ({})", js_message(&e)))
        })
        .and_then(|value| parse_config(&value));
    match config {
        Ok(config) => {
            let _handle = mount(root, config);
        }
        Err(problem) => show_error(&document, &root, &problem),
    }
}

/// Parses a configuration object. The error names the field (`config.treatments[1]: unknown
/// variant ...`).
pub fn parse_config(value: &JsValue) -> Result<WidgetConfig, String> {
    if !value.is_object() || Array::is_array(value) {
        return Err("config: expected an object such as {\"clinic_name\": \"...\"}".into());
    }
    serde_wasm_bindgen::from_value::<WidgetConfig>(value.clone()).map_err(|whole| {
        // serde names missing and unknown fields itself; a field of the wrong type or value is
        // found by reading each field on its own.
        let field = |name: &str| Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let check = |name: &str, result: Result<(), serde_wasm_bindgen::Error>| {
            result.err().map(|e| format!("config.{name}: {}", describe(&e)))
        };
        let treatments = field("treatments");
        let problem = check("clinic_name", field_ok::<String>(&field("clinic_name")))
            .or_else(|| check("locale", field_ok::<Locale>(&field("locale"))))
            .or_else(|| treatments_problem(&treatments))
            .or_else(|| check("treatments", field_ok::<Vec<TreatmentId>>(&treatments)));
        problem.unwrap_or_else(|| format!("config: {}", describe(&whole)))
    })
}

/// Whether an optional field (undefined = absent) deserializes as `T`.
fn field_ok<T: DeserializeOwned>(value: &JsValue) -> Result<(), serde_wasm_bindgen::Error> {
    if value.is_undefined() {
        return Ok(());
    }
    serde_wasm_bindgen::from_value::<T>(value.clone()).map(|_| ())
}

/// The first entry of a `treatments` array that is not a treatment key.
fn treatments_problem(treatments: &JsValue) -> Option<String> {
    let list = treatments.dyn_ref::<Array>()?;
    list.iter().enumerate().find_map(|(i, item)| {
        field_ok::<TreatmentId>(&item).err().map(|e| format!("config.treatments[{i}]: {}", describe(&e)))
    })
}

/// A deserialization error's message without the "Error: " its JS form starts with.
fn describe(e: &serde_wasm_bindgen::Error) -> String {
    let text = e.to_string();
    text.strip_prefix("Error: ").unwrap_or(&text).to_string()
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}"))
}

/// Replaces the mount element's content with a visible error and logs it.
fn show_error(document: &Document, root: &Element, problem: &str) {
    let message = format!("{}{problem}", crate::text::EN.questions.config_error);
    web_sys::console::error_1(&format!("treatment-compare: {problem}").into());
    adopt_styles(root);
    let build = || -> Result<(), JsValue> {
        let wrapper = document.create_element("div")?;
        wrapper.set_class_name("tc-root");
        let p = document.create_element("p")?;
        p.set_class_name("tc-config-error");
        p.set_attribute("role", "alert")?;
        p.set_text_content(Some(&message));
        wrapper.append_child(&p)?;
        root.set_text_content(None);
        root.append_child(&wrapper)?;
        Ok(())
    };
    if build().is_err() {
        root.set_text_content(Some(&message));
    }
}

/// Adopts the widget's stylesheet into the shadow root or document holding `root`, once.
fn adopt_styles(root: &Element) {
    if let Err(e) = try_adopt_styles(root) {
        web_sys::console::warn_1(&format!("treatment-compare: styles not applied ({})", js_message(&e)).into());
    }
}

/// Where adopted stylesheets go: the shadow root holding the widget, or the document.
enum StyleScope {
    Shadow(ShadowRoot),
    Document(Document),
}

impl StyleScope {
    fn of(root: &Element) -> Option<StyleScope> {
        match root.get_root_node().dyn_into::<ShadowRoot>() {
            Ok(shadow) => Some(StyleScope::Shadow(shadow)),
            // In a document, or not attached yet: style the document that owns it.
            Err(node) => node.dyn_into::<Document>().ok().or_else(|| root.owner_document()).map(StyleScope::Document),
        }
    }

    fn sheets(&self) -> Array {
        match self {
            StyleScope::Shadow(shadow) => shadow.adopted_style_sheets(),
            StyleScope::Document(document) => document.adopted_style_sheets(),
        }
    }

    fn set_sheets(&self, sheets: &Array) {
        match self {
            StyleScope::Shadow(shadow) => shadow.set_adopted_style_sheets(sheets),
            StyleScope::Document(document) => document.set_adopted_style_sheets(sheets),
        }
    }
}

fn try_adopt_styles(root: &Element) -> Result<(), JsValue> {
    let scope = StyleScope::of(root).ok_or("no document")?;
    let sheets = scope.sheets();
    let mark = JsValue::from_str(SHEET_MARK);
    if sheets.iter().any(|s| Reflect::has(&s, &mark).unwrap_or(false)) {
        return Ok(());
    }
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&CSS.concat())?;
    Reflect::set(&sheet, &mark, &JsValue::TRUE)?;
    // A new array rather than push: older browsers expose a frozen array here.
    scope.set_sheets(&sheets.concat(&Array::of1(&sheet)));
    Ok(())
}
