//! The configurator's own wasm (feature `configurator`, built by scripts/build-configurator.sh
//! into dist/configure/validate/, loaded only by configure.html; never in what a clinic ships):
//! the element's configuration code run on a configuration the clinic is still writing, to list
//! every problem at once ([`crate::config::problems`]), and the facts the form is built from
//! (attributes, treatments, placeholders, the built-in text tables). Each answer is JSON text for
//! the page's `JSON.parse`, written as the events' details are (`crate::events::Json`).

use crate::catalog::TreatmentId;
use crate::config::{problems::problems, Booking, ConfigError, ATTRIBUTES, BOOKING_PLACEHOLDERS};
use crate::events::{to_json, ErrorDetail};
use crate::text::{table_of, Locale, BUILT_IN};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

/// The problems as `tc-error` details: `[{ field, message }]`.
fn listed(problems: &[ConfigError]) -> String {
    to_json(&problems.iter().map(|p| ErrorDetail { field: &p.field, message: &p.problem }).collect::<Vec<_>>())
}

/// Every problem of the element's attributes (`attributes`: name to value, absent or null when
/// not set) and JSON script text (null or blank: none), as the element would find them on this
/// page: `{ "errors": [{ field, message }], "warnings": [{ field, message }] }`.
#[wasm_bindgen]
pub fn validate(attributes: &Object, script: Option<String>) -> String {
    let attribute = |name: &str| Reflect::get(attributes, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    let found = problems(attribute, script.as_deref(), crate::web::is_css_colour, |config| match &config.booking {
        Booking::Url(template) => {
            crate::web::stays_on_site(template).map_err(|why| ConfigError::new("booking-url", why))
        }
        _ => Ok(()),
    });
    format!("{{\"errors\":{},\"warnings\":{}}}", listed(&found.errors), listed(&found.warnings))
}

/// What the form is built from: `{ attributes, treatments, placeholders, languages }`, the
/// element's attributes in documented order, the treatment ids in catalog order, the booking
/// link's placeholders, the built-in languages.
#[wasm_bindgen]
pub fn facts() -> String {
    let treatments: Vec<String> = TreatmentId::ALL.iter().map(crate::answers::snake_key).collect();
    format!(
        "{{\"attributes\":{},\"treatments\":{},\"placeholders\":{},\"languages\":{}}}",
        to_json(&ATTRIBUTES.to_vec()),
        to_json(&treatments),
        to_json(&BOOKING_PLACEHOLDERS.to_vec()),
        to_json(&BUILT_IN.to_vec()),
    )
}

/// A built-in language's text table, `[[key, text], …]` in screen order (null for another
/// code): the names the widget gives the treatments, and the keys a clinic may override.
#[wasm_bindgen]
pub fn text_table(code: &str) -> String {
    match Locale::built_in(code) {
        Some(locale) => to_json(&table_of(locale).into_iter().map(|(k, v)| vec![k, v.to_string()]).collect::<Vec<_>>()),
        None => "null".to_string(),
    }
}
