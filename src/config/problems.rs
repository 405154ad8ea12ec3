//! Every problem of a configuration at once, for the configurator (`configure.html`, feature
//! `configurator`): the element itself stops at the first problem ([`from_element`] returns one
//! [`ConfigError`]), which is right for a page but not for a clinic filling in a form. Here the
//! same code runs on each part alone (each attribute, each treatment, each text language, then
//! the languages against the tables that passed) and once on the whole, so the list is empty
//! exactly when the element accepts the configuration, and each problem is the element's own
//! message for that field. Pure; not in the widget's build.

use super::json::{self, Json};
use super::{from_element, parse_json, ConfigError, ConfigJson, WidgetConfig, ATTRIBUTES, MAX_SCRIPT_LEN};

/// What [`problems`] finds: the errors (each field once, in the order attributes, script), and
/// the warnings the element would log (an added language's missing keys) when there is none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems {
    pub errors: Vec<ConfigError>,
    pub warnings: Vec<ConfigError>,
}

/// Every problem of the element's attributes (`attribute(name)`, None when absent) and JSON
/// script text (None or blank: no script). `is_color` is the browser's colour check; `on_page`
/// the page layer's extra check of a valid configuration (in the browser, that a booking path
/// stays on the site), run wherever the element runs it.
pub fn problems(
    attribute: impl Fn(&str) -> Option<String>,
    script: Option<&str>,
    is_color: impl Fn(&str) -> bool,
    on_page: impl Fn(&WidgetConfig) -> Result<(), ConfigError>,
) -> Problems {
    let mut errors = Vec::new();
    let check = |only: &dyn Fn(&str) -> Option<String>, json: Option<ConfigJson>| {
        from_element(only, json, &is_color, &[]).and_then(|config| on_page(&config).map(|()| config))
    };
    let none = |_: &str| None;

    // The attributes, each alone; the languages after the script's text tables.
    for name in ATTRIBUTES.into_iter().filter(|n| !["locale", "languages"].contains(n)) {
        if let Err(e) = check(&|n| if n == name { attribute(n) } else { None }, None) {
            add(&mut errors, e);
        }
    }

    // The script, part by part: each treatment, each text language, any other field.
    let script = script.filter(|t| !t.trim().is_empty());
    let mut tables = ConfigJson::default();
    if let Some(text) = script {
        match parsed(text) {
            Err(e) => add(&mut errors, e),
            Ok(Json::Object(fields)) => {
                for (key, value) in &fields {
                    for part in parts(key, value) {
                        match json::read(&part) {
                            Err(e) => add(&mut errors, e),
                            Ok(config) => {
                                tables.text.0.extend(config.text.0.iter().cloned());
                                if let Err(e) = check(&none, Some(config)) {
                                    add(&mut errors, e);
                                }
                            }
                        }
                    }
                }
            }
            Ok(other) => {
                if let Err(e) = json::read(&other) {
                    add(&mut errors, e);
                }
            }
        }
    }
    // Text tables that failed on their own are left out: their problem is already said.
    tables.text.0.retain(|(code, table)| {
        let alone = ConfigJson { text: super::Pairs(vec![(code.clone(), table.clone())]), ..ConfigJson::default() };
        check(&none, Some(alone)).is_ok()
    });
    let languages = |n: &str| if n == "languages" { attribute(n) } else { None };
    match check(&languages, Some(tables.clone())) {
        Err(e) => add(&mut errors, e),
        Ok(_) => {
            let both = |n: &str| if n == "locale" || n == "languages" { attribute(n) } else { None };
            if let Err(e) = check(&both, Some(tables)) {
                add(&mut errors, e);
            }
        }
    }

    // The whole, as the element reads it: whatever the parts missed (nothing, so far), or the
    // warnings of an accepted configuration.
    let whole = match script.map(parse_json) {
        None => Ok(None),
        Some(Ok(json)) => Ok(Some(json)),
        Some(Err(e)) => Err(e),
    };
    if let Err(e) = whole.and_then(|json| check(&attribute, json)) {
        add(&mut errors, e);
    }
    // An added language's missing keys (the element logs them once per page, so they are worked
    // out here rather than taken from it).
    let mut warnings = Vec::new();
    if errors.is_empty() {
        let english = crate::text::english_table();
        for (code, table) in tables_of(script) {
            let missing: Vec<&str> =
                english.iter().map(|(k, _)| k.as_str()).filter(|k| !table.contains_key(k)).collect();
            if !crate::text::BUILT_IN.contains(&code.as_str()) && !missing.is_empty() {
                let problem = format!("{} keys are missing and show in English: {}", missing.len(), missing.join(", "));
                warnings.push(ConfigError::new(format!("text.{code}"), problem));
            }
        }
    }
    Problems { errors, warnings }
}

/// The script's text tables (of a script that parses).
fn tables_of(script: Option<&str>) -> Vec<(String, super::Table)> {
    script.and_then(|t| parse_json(t).ok()).map(|json| json.text.0).unwrap_or_default()
}

/// One problem per field: the first one found for it.
fn add(errors: &mut Vec<ConfigError>, error: ConfigError) {
    if !errors.iter().any(|e| e.field == error.field) {
        errors.push(error);
    }
}

/// The script's JSON value, or [`parse_json`]'s error when it is too long, a list or not JSON.
fn parsed(text: &str) -> Result<Json, ConfigError> {
    let value =
        if text.len() > MAX_SCRIPT_LEN || text.trim_start().starts_with('[') { None } else { json::parse(text).ok() };
    match value {
        Some(value) => Ok(value),
        None => Err(parse_json(text).err().unwrap_or_else(|| ConfigError::new(super::SCRIPT_FIELD, "not valid JSON"))),
    }
}

/// The script's field `key` split into scripts of one part each: one per treatment, one per
/// text language; any other field (or one that is not an object, or an empty one) whole.
fn parts(key: &str, value: &Json) -> Vec<Json> {
    let one = |key: &str, value: Json| Json::Object(vec![(key.to_string(), value)]);
    match value {
        Json::Object(entries) if !entries.is_empty() && (key == "treatments" || key == "text") => {
            entries.iter().map(|(k, v)| one(key, one(k, v.clone()))).collect()
        }
        _ => vec![one(key, value.clone())],
    }
}
