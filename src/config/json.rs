//! The element's JSON child, read in two steps: the text becomes a [`Json`] value (in the
//! browser through the platform's own `JSON.parse`, natively through serde_json), and [`read`]
//! turns that into a [`ConfigJson`], field by field, with serde's wording for what is wrong
//! (`unknown field `prize`, expected `price``, `invalid type: string "250", expected f64`) and
//! the path of the field (`treatments.filler.price.from`). Reading by hand rather than with a
//! generic deserializer keeps serde_json's parser, serde's generic visitors and the path
//! tracking out of the wasm (about 20 KB gzipped); the reading itself is the same code in the
//! browser and in the native tests.
//!
//! As with `JSON.parse`, a field written twice counts once, with its last value.

use super::{ConfigError, ConfigJson, PerJson, PriceJson, TreatmentJson, SCRIPT_FIELD};
use crate::text::{number, Pairs, Table};

/// A JSON value, as much of it as the configuration needs: objects keep their keys in the order
/// written (a repeated key once, with its last value), lists only that they are lists.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array,
    Object(Vec<(String, Json)>),
}

/// How deep objects are kept: the configuration's deepest value (a price's `from`) is at depth
/// 4; below `MAX_DEPTH` an object is only an object (whatever it holds is an error anyway).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const MAX_DEPTH: usize = 6;

/// The JSON text's value, or what makes it invalid JSON.
pub fn parse(text: &str) -> Result<Json, String> {
    #[cfg(target_arch = "wasm32")]
    return web::parse(text);
    #[cfg(not(target_arch = "wasm32"))]
    native::parse(text)
}

/// `entries` as an object keeps them: a key written again replaces the value where the key
/// first appeared.
fn push(entries: &mut Vec<(String, Json)>, key: String, value: Json) {
    match entries.iter_mut().find(|(k, _)| *k == key) {
        Some(entry) => entry.1 = value,
        None => entries.push((key, value)),
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::{push, Json, MAX_DEPTH};
    use js_sys::{Array, Object};
    use wasm_bindgen::{JsCast, JsValue};

    pub fn parse(text: &str) -> Result<Json, String> {
        let value = js_sys::JSON::parse(text).map_err(|e| match e.dyn_ref::<js_sys::Error>() {
            Some(e) => String::from(e.message()),
            None => String::from("invalid JSON"),
        })?;
        convert(&value, 0)
    }

    fn convert(value: &JsValue, depth: usize) -> Result<Json, String> {
        Ok(if let Some(b) = value.as_bool() {
            Json::Bool(b)
        } else if let Some(n) = value.as_f64() {
            // serde_json refuses what JSON.parse turns into an infinity (`1e400`).
            if !n.is_finite() {
                return Err("number out of range".into());
            }
            Json::Number(n)
        } else if let Some(s) = value.as_string() {
            Json::String(s)
        } else if value.is_null() || value.is_undefined() {
            Json::Null
        } else if Array::is_array(value) {
            Json::Array
        } else {
            let mut entries = Vec::new();
            if depth < MAX_DEPTH {
                for entry in Object::entries(value.unchecked_ref()).iter() {
                    let entry: Array = entry.unchecked_into();
                    let key = entry.get(0).as_string().unwrap_or_default();
                    push(&mut entries, key, convert(&entry.get(1), depth + 1)?);
                }
            }
            Json::Object(entries)
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{push, Json};
    use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    pub fn parse(text: &str) -> Result<Json, String> {
        let mut reader = serde_json::Deserializer::from_str(text);
        let json = Json::deserialize(&mut reader).map_err(|e| e.to_string())?;
        reader.end().map_err(|e| e.to_string())?;
        Ok(json)
    }

    impl<'de> Deserialize<'de> for Json {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
            deserializer.deserialize_any(JsonVisitor)
        }
    }

    struct JsonVisitor;

    impl<'de> Visitor<'de> for JsonVisitor {
        type Value = Json;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_unit<E>(self) -> Result<Json, E> {
            Ok(Json::Null)
        }
        fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
            Ok(Json::Bool(v))
        }
        // JSON.parse reads every number as a double.
        fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
            Ok(Json::Number(v as f64))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
            Ok(Json::Number(v as f64))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
            Ok(Json::Number(v))
        }
        fn visit_str<E>(self, v: &str) -> Result<Json, E> {
            Ok(Json::String(v.to_string()))
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
            while seq.next_element::<Json>()?.is_some() {}
            Ok(Json::Array)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
            let mut entries = Vec::new();
            while let Some((key, value)) = map.next_entry::<String, Json>()? {
                push(&mut entries, key, value);
            }
            Ok(Json::Object(entries))
        }
    }
}

const CONFIG: &str = "an object such as {\"treatments\": {\"microneedling\": {}}}";
const TREATMENT: &str = "an object such as {} or {\"price\": {\"from\": 100, \"to\": 200}}";
const PRICE: &str = "an object such as {\"from\": 100, \"to\": 200}";
const TABLE: &str = "an object of keys and texts, such as {\"questions.title\": \"...\"}";

/// The configuration in `json`, or the first thing wrong with it (in the order written; a
/// treatment's problems in the order of their ids).
pub fn read(json: &Json) -> Result<ConfigJson, ConfigError> {
    let mut config = ConfigJson::default();
    for (key, value) in object(json, "", CONFIG)? {
        match key.as_str() {
            "treatments" => config.treatments = optional(value, |v| treatments(v, "treatments"))?,
            "text" => config.text = tables(value, "text")?,
            _ => return Err(unknown_field("", key, &["treatments", "text"])),
        }
    }
    Ok(config)
}

fn treatments(json: &Json, path: &str) -> Result<Pairs<TreatmentJson>, ConfigError> {
    let mut out = Pairs::new();
    for (id, value) in object(json, path, "a map")? {
        let path = join(path, id);
        let mut treatment = TreatmentJson::default();
        for (key, value) in object(value, &path, TREATMENT)? {
            match key.as_str() {
                "price" => treatment.price = optional(value, |v| price(v, &join(&path, key)))?,
                _ => return Err(unknown_field(&path, key, &["price"])),
            }
        }
        out.0.push((id.clone(), treatment));
    }
    Ok(out)
}

fn price(json: &Json, path: &str) -> Result<PriceJson, ConfigError> {
    let (mut from, mut to, mut per) = (None, None, None);
    for (key, value) in object(json, path, PRICE)? {
        let at = join(path, key);
        match key.as_str() {
            "from" => from = Some(amount(value, &at)?),
            "to" => to = Some(amount(value, &at)?),
            "per" => per = optional(value, |v| unit(v, &at))?,
            _ => return Err(unknown_field(path, key, &["from", "to", "per"])),
        }
    }
    let missing = |name: &str| ConfigError::new(path, format!("missing field `{name}`"));
    Ok(PriceJson { from: from.ok_or_else(|| missing("from"))?, to: to.ok_or_else(|| missing("to"))?, per })
}

fn amount(json: &Json, path: &str) -> Result<f64, ConfigError> {
    match json {
        Json::Number(n) => Ok(*n),
        other => Err(invalid_type(other, path, "f64")),
    }
}

fn unit(json: &Json, path: &str) -> Result<PerJson, ConfigError> {
    const VARIANTS: [(&str, PerJson); 3] =
        [("session", PerJson::Session), ("treatment", PerJson::Treatment), ("syringe", PerJson::Syringe)];
    let expected = "one of `session`, `treatment`, `syringe`";
    match json {
        Json::String(s) => VARIANTS
            .iter()
            .find(|(name, _)| name == s)
            .map(|(_, per)| *per)
            .ok_or_else(|| ConfigError::new(path, format!("unknown variant `{s}`, expected {expected}"))),
        other => Err(invalid_type(other, path, expected)),
    }
}

/// The clinic's text tables: language code to a table of keys and texts.
fn tables(json: &Json, path: &str) -> Result<Pairs<Table>, ConfigError> {
    let mut out = Vec::new();
    for (code, value) in object(json, path, TABLE)? {
        let path = join(path, code);
        let mut table = Vec::new();
        for (key, text) in object(value, &path, TABLE)? {
            match text {
                Json::String(s) => table.push((key.clone(), s.clone())),
                other => return Err(invalid_type(other, &join(&path, key), "a string")),
            }
        }
        out.push((code.clone(), Pairs(table)));
    }
    Ok(Pairs(out))
}

/// `null` is an absent value.
fn optional<T>(json: &Json, read: impl FnOnce(&Json) -> Result<T, ConfigError>) -> Result<Option<T>, ConfigError> {
    match json {
        Json::Null => Ok(None),
        value => read(value).map(Some),
    }
}

fn object<'j>(json: &'j Json, path: &str, expected: &str) -> Result<&'j [(String, Json)], ConfigError> {
    match json {
        Json::Object(entries) => Ok(entries),
        other => Err(invalid_type(other, path, expected)),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// An error about the value at `path` (the whole script when empty).
fn error(path: &str, problem: String) -> ConfigError {
    ConfigError::new(if path.is_empty() { SCRIPT_FIELD } else { path }, problem)
}

fn invalid_type(json: &Json, path: &str, expected: &str) -> ConfigError {
    let found = match json {
        Json::Null => "null".to_string(),
        Json::Bool(b) => format!("boolean `{b}`"),
        // Whole numbers as serde_json reads them, as integers.
        Json::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => format!("integer `{}`", *n as i64),
        Json::Number(n) => format!("floating point `{}`", number(*n)),
        Json::String(s) => format!("string {s:?}"),
        Json::Array => "sequence".to_string(),
        Json::Object(_) => "map".to_string(),
    };
    error(path, format!("invalid type: {found}, expected {expected}"))
}

fn unknown_field(path: &str, key: &str, known: &[&str]) -> ConfigError {
    let names: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    let expected = match names.as_slice() {
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        _ => format!("expected one of {}", names.join(", ")),
    };
    error(&join(path, key), format!("unknown field `{key}`, {expected}"))
}
