//! The configurator's own wasm (feature `configurator`, built by scripts/build-configurator.sh
//! into dist/configure/validate/, loaded only by configure.html; never in what a clinic ships):
//! the element's configuration code run on a configuration the clinic is still writing, to list
//! every problem at once ([`crate::config::problems`]), and the facts the form is built from
//! (attributes, treatments, placeholders, the built-in text tables).

use crate::catalog::TreatmentId;
use crate::config::{problems::problems, ConfigError, ATTRIBUTES, BOOKING_PLACEHOLDERS};
use crate::text::{table_of, Locale};
use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
struct Problem<'a> {
    field: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Report<'a> {
    errors: Vec<Problem<'a>>,
    warnings: Vec<Problem<'a>>,
}

fn to_js(value: &impl Serialize) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

fn listed(problems: &[ConfigError]) -> Vec<Problem<'_>> {
    problems.iter().map(|p| Problem { field: &p.field, message: &p.problem }).collect()
}

/// Every problem of the element's attributes (`attributes`: name to value, absent or null when
/// not set) and JSON script text (null or blank: none), as the element would find them on this
/// page: `{ errors: [{ field, message }], warnings: [{ field, message }] }`.
#[wasm_bindgen]
pub fn validate(attributes: &Object, script: Option<String>) -> JsValue {
    let attribute = |name: &str| Reflect::get(attributes, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    let found = problems(attribute, script.as_deref(), crate::web::is_css_colour, |config| match &config.booking {
        crate::config::Booking::Url(template) => {
            crate::web::stays_on_site(template).map_err(|why| ConfigError::new("booking-url", why))
        }
        _ => Ok(()),
    });
    to_js(&Report { errors: listed(&found.errors), warnings: listed(&found.warnings) })
}

#[derive(Serialize)]
struct Facts {
    attributes: Vec<&'static str>,
    treatments: Vec<String>,
    placeholders: Vec<&'static str>,
    languages: Vec<&'static str>,
}

/// What the form is built from: the element's attributes in documented order, the treatment
/// ids in catalog order, the booking link's placeholders, the built-in languages.
#[wasm_bindgen]
pub fn facts() -> JsValue {
    to_js(&Facts {
        attributes: ATTRIBUTES.to_vec(),
        treatments: TreatmentId::ALL.iter().map(crate::answers::snake_key).collect(),
        placeholders: BOOKING_PLACEHOLDERS.to_vec(),
        languages: crate::text::BUILT_IN.to_vec(),
    })
}

/// A built-in language's text table (`[[key, text], …]` in screen order), or null: the names
/// the widget gives the treatments, and the keys a clinic may override.
#[wasm_bindgen]
pub fn text_table(code: &str) -> JsValue {
    match Locale::built_in(code) {
        Some(locale) => to_js(&table_of(locale)),
        None => JsValue::NULL,
    }
}
