//! The ecosystem's files next to the loader (src/loader/custom-elements.json, the Custom Elements
//! Manifest, and src/loader/treatment-compare.d.ts, the TypeScript declarations) against the code
//! and the README: the attributes (src/config/mod.rs, the loader), what each accepts and its
//! default, the events and their payloads (src/events.rs, src/web.rs, the loader), the
//! configuration's fields (src/config/json.rs), the CSS custom properties (styles/), the parts
//! (src/ui/) and the slot. A change to any of them that the others do not follow fails here.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use treatment_compare::answers::*;
use treatment_compare::assessment::Verdict;
use treatment_compare::catalog::*;
use treatment_compare::config::{self, Booking, ConfigError, WidgetConfig, ATTRIBUTES};
use treatment_compare::events::*;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn manifest() -> Value {
    serde_json::from_str(&read("src/loader/custom-elements.json")).expect("custom-elements.json is JSON")
}

/// The manifest's one declaration: the element.
fn element() -> Value {
    let m = manifest();
    let modules = m["modules"].as_array().expect("modules");
    assert_eq!(modules.len(), 1, "one module, the loader");
    modules[0]["declarations"][0].clone()
}

fn names(list: &Value) -> Vec<String> {
    list.as_array().expect("a list").iter().map(|v| v["name"].as_str().expect("a name").to_string()).collect()
}

/// The loader's source: its entry and its modules (src/loader/js/), one after the other.
fn loader() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/loader/js");
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
        .iter()
        .fold(read("src/loader/treatment-compare.js"), |all, name| all + &read(&format!("src/loader/js/{name}")))
}

fn dts() -> String {
    read("src/loader/treatment-compare.d.ts")
}

/// A Markdown table's rows whose first cell is a code span: (that name, the other cells).
fn table_rows(text: &str) -> Vec<(String, Vec<String>)> {
    text.lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<String> = l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect();
            (cells[0].trim_matches('`').to_string(), cells[1..].to_vec())
        })
        .collect()
}

/// A field of a TypeScript interface: its name, whether it is optional, its type's text.
#[derive(Debug, Clone)]
struct Field {
    name: String,
    optional: bool,
    ty: String,
}

/// The fields of `export interface NAME ... { ... }` in the declarations (one field a line).
fn interface(dts: &str, name: &str) -> Vec<Field> {
    let start = dts.find(&format!("export interface {name} ")).unwrap_or_else(|| panic!("no interface {name}"));
    let body = &dts[start..];
    let body = &body[body.find("{\n").unwrap() + 2..body.find("\n}\n").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("/**") && !l.starts_with('*') && !l.starts_with("//") && !l.is_empty())
        .map(|l| {
            let (name, ty) = l.split_once(": ").unwrap_or_else(|| panic!("{l}"));
            let optional = name.ends_with('?');
            let name = name.trim_end_matches('?').trim_matches('\'').to_string();
            Field { name, optional, ty: ty.trim_end_matches(';').to_string() }
        })
        .collect()
}

fn field_names(fields: &[Field]) -> Vec<String> {
    fields.iter().map(|f| f.name.clone()).collect()
}

/// The string literals of `export type NAME = 'a' | 'b' ...;`, or None when there is no such type.
fn union(dts: &str, name: &str) -> Option<BTreeSet<String>> {
    let start = dts.find(&format!("export type {name} ="))?;
    let text = &dts[start..];
    let text = &text[..text.find(';').unwrap()];
    Some(text.split('\'').skip(1).step_by(2).map(String::from).collect())
}

fn set<T: Into<String>>(items: impl IntoIterator<Item = T>) -> BTreeSet<String> {
    items.into_iter().map(Into::into).collect()
}

/// How serde writes each value (the events' and the JSON's form).
fn serde_names<T: serde::Serialize>(values: impl IntoIterator<Item = T>) -> BTreeSet<String> {
    values.into_iter().map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_string()).collect()
}

/// The names between backticks in `message`.
fn backticked(message: &str) -> Vec<String> {
    message.split('`').skip(1).step_by(2).map(String::from).collect()
}

/// The names between double quotes in `message`.
fn quoted(message: &str) -> Vec<String> {
    message.split('"').skip(1).step_by(2).map(String::from).collect()
}

fn configure(attributes: &[(&str, &str)]) -> Result<WidgetConfig, ConfigError> {
    let attributes: BTreeMap<String, String> = attributes.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    config::from_element(|name| attributes.get(name).cloned(), None, |_| true, &[])
}

#[test]
fn the_manifest_describes_the_loaders_element() {
    let m = manifest();
    assert!(m["schemaVersion"].as_str().unwrap().starts_with("2."), "schema 2.x");
    let module = &m["modules"][0];
    assert_eq!(module["path"], "treatment-compare.js");
    let element = element();
    assert_eq!((element["kind"].as_str(), element["customElement"].as_bool()), (Some("class"), Some(true)));
    let loader = loader();
    let tag = element["tagName"].as_str().unwrap();
    assert!(loader.contains(&format!("const TAG = '{tag}';")), "the loader defines <{tag}>");
    assert!(loader.contains(&format!("class {} extends HTMLElement", element["name"].as_str().unwrap())));
    let export = &module["exports"][0];
    assert_eq!((export["kind"].as_str(), export["name"].as_str()), (Some("custom-element-definition"), Some(tag)));
    assert_eq!(export["declaration"]["name"], element["name"]);
    assert!(dts().contains(&format!("'{tag}': {};", element["name"].as_str().unwrap())), "HTMLElementTagNameMap");
}

#[test]
fn attributes_agree_in_the_code_the_loader_the_manifest_the_types_and_the_readme() {
    let code: Vec<String> = ATTRIBUTES.iter().map(|a| a.to_string()).collect();
    assert_eq!(names(&element()["attributes"]), code, "custom-elements.json");
    assert_eq!(field_names(&interface(&dts(), "TreatmentCompareAttributes")), code, "treatment-compare.d.ts");
    let loader = loader();
    let observed =
        loader.lines().find(|l| l.starts_with("export const ATTRIBUTES = [")).expect("the loader's ATTRIBUTES");
    assert_eq!(observed.split('\'').skip(1).step_by(2).collect::<Vec<_>>(), code, "the loader's observed attributes");
    let readme = table_rows(&docs::section("## Attributes"));
    assert_eq!(readme.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>(), code, "README's Attributes table");
}

#[test]
fn enumerated_attributes_accept_exactly_their_declared_values() {
    let dts = dts();
    let types = interface(&dts, "TreatmentCompareAttributes");
    let mut enumerated = 0;
    for attribute in element()["attributes"].as_array().unwrap() {
        let name = attribute["name"].as_str().unwrap();
        let ty = attribute["type"]["text"].as_str().unwrap();
        let declared = &types.iter().find(|f| f.name == name).unwrap().ty;
        if ty == "string" {
            assert_eq!(declared, "string", "{name}: a string in the manifest, {declared} in the types");
            continue;
        }
        enumerated += 1;
        let values = set(quoted(ty));
        assert!(!values.is_empty(), "{name}: {ty} is neither a string nor a union of strings");
        assert_eq!(union(&dts, declared).as_ref(), Some(&values), "{name}: the types' {declared}");
        for value in &values {
            assert!(configure(&[(name, value)]).is_ok(), "{name}=\"{value}\" is refused");
        }
        let refused = configure(&[(name, "bogus")]).expect_err("an undeclared value is refused");
        assert_eq!(refused.field, name);
        assert_eq!(set(quoted(&refused.problem).into_iter().skip(1)), values, "{name}: {}", refused.problem);
    }
    assert_eq!(enumerated, 3, "not-offered, remember and analytics");
}

#[test]
fn declared_defaults_are_what_the_code_does_without_the_attribute() {
    let readme = table_rows(&docs::section("## Attributes"));
    let without = configure(&[]).unwrap();
    for attribute in element()["attributes"].as_array().unwrap() {
        let name = attribute["name"].as_str().unwrap();
        let default = attribute["default"].as_str().map(|d| d.trim_matches('"').to_string());
        if let Some(value) = &default {
            assert_eq!(configure(&[(name, value)]).unwrap(), without, "{name}=\"{value}\" is not the default");
            assert!(configure(&[(name, "bogus")]).map_or(true, |c| c != without), "{name}: the check above can fail");
        }
        // The README's default column is `value` exactly where the manifest has a default.
        let cell = &readme.iter().find(|(n, _)| n == name).unwrap().1[0];
        let readme_default = (cell.starts_with('`') && cell.ends_with('`') && cell.matches('`').count() == 2)
            .then(|| cell.trim_matches('`').to_string());
        assert_eq!(readme_default, default, "{name}: README says {cell}");
    }
    // The accent colour's default is --tc-accent's.
    let accent = element()["cssProperties"].as_array().unwrap().iter().find(|p| p["name"] == "--tc-accent").cloned();
    let accent_default = accent.unwrap()["default"].as_str().unwrap().to_string();
    let attributes = element()["attributes"].clone();
    let accent_color = attributes.as_array().unwrap().iter().find(|a| a["name"] == "accent-color").cloned();
    let description = accent_color.unwrap()["description"].as_str().unwrap().to_string();
    assert!(description.contains(&accent_default), "accent-color says its default is {accent_default}");
}

/// One of each event the widget dispatches (tc-error aside, which is not a `WidgetEvent`), with
/// the visitor's optional answers shared in the booking request when `shared`.
fn every_event(shared: bool) -> Vec<WidgetEvent> {
    let mut config = WidgetConfig { clinic_name: "Glow".into(), ..WidgetConfig::default() };
    config.booking = Booking::Url("/book?t={treatment}".into());
    let answers = visitor(&[(Concern::ExpressionLines, Severity::Severe), (Concern::AcneScars, Severity::Severe)]);
    let assessment = run(&answers);
    let request = BookingRequest { compared: vec![TreatmentId::PeelSuperficial], share_answers: shared };
    let compare =
        ActionDetail { treatment: Some(TreatmentId::PeelSuperficial), ..ActionDetail::new(ResultAction::Compare) };
    let events = vec![
        WidgetEvent::Ready(ReadyDetail::new(&config)),
        WidgetEvent::Started(StartedDetail { step: "concerns" }),
        WidgetEvent::Step(StepDetail::new(treatment_compare::questionnaire::Step::SkinType)),
        WidgetEvent::Completed(CompletedDetail::new(&assessment)),
        WidgetEvent::Action(compare),
        WidgetEvent::BookingRequested(BookingDetail::new(&config, &assessment, &answers, &request)),
    ];
    for event in &events {
        // A new kind of event does not compile until it is added above (and to the manifest).
        match event {
            WidgetEvent::Ready(_)
            | WidgetEvent::Started(_)
            | WidgetEvent::Step(_)
            | WidgetEvent::Completed(_)
            | WidgetEvent::Action(_)
            | WidgetEvent::BookingRequested(_) => {}
        }
    }
    events
}

/// The completed and booking events when nothing is a match and there is no booking link: the
/// fields that may be null are.
fn events_without_a_match() -> Vec<WidgetEvent> {
    let mut config = WidgetConfig::default();
    config.offer.offered = vec![TreatmentId::Microdermabrasion];
    let answers = visitor(&[(Concern::Laxity, Severity::Severe)]);
    let assessment = treatment_compare::assess(&answers, &Catalog::for_clinic(&config.offer), date(TODAY));
    let request = BookingRequest { compared: vec![], share_answers: false };
    vec![
        WidgetEvent::Completed(CompletedDetail::new(&assessment)),
        WidgetEvent::BookingRequested(BookingDetail::new(&config, &assessment, &answers, &request)),
    ]
}

/// The `tc-error` detail's fields: the `ErrorDetail` src/web.rs sends (as the widget writes it)
/// and the loader's failure detail.
fn error_detail_fields() -> Vec<String> {
    let web = read("src/web.rs");
    let sent = treatment_compare::events::to_json(&treatment_compare::events::ErrorDetail { field: "f", message: "m" });
    let sent: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&sent).unwrap();
    let fields: Vec<String> = sent.keys().cloned().collect();
    let loader = loader();
    let line = loader.lines().find(|l| l.contains("const detail = { field: 'widget'")).expect("the loader's tc-error");
    let inner = &line[line.find('{').unwrap() + 1..line.rfind('}').unwrap()];
    let loader_fields: Vec<String> =
        inner.split(',').map(|kv| kv.split(':').next().unwrap().trim().to_string()).collect();
    assert_eq!(fields, loader_fields, "web.rs and the loader send the same tc-error detail");
    assert!(web.contains("\"tc-error\"") && loader.contains("'tc-error'"));
    fields
}

#[test]
fn events_agree_in_the_code_the_manifest_the_types_and_the_readme() {
    let mut code: Vec<String> = every_event(false).iter().map(|e| e.name().to_string()).collect();
    code.push("tc-error".into());
    let manifest = element()["events"].clone();
    assert_eq!(names(&manifest), code, "custom-elements.json");
    let map = interface(&dts(), "TreatmentCompareEventMap");
    assert_eq!(field_names(&map), code, "treatment-compare.d.ts's TreatmentCompareEventMap");
    for (event, field) in manifest.as_array().unwrap().iter().zip(&map) {
        assert_eq!(event["type"]["text"].as_str(), Some(field.ty.as_str()), "{}'s detail type", field.name);
    }
    for event in every_event(false) {
        let description = manifest.as_array().unwrap().iter().find(|e| e["name"] == event.name()).unwrap();
        let says = description["description"].as_str().unwrap().contains("Cancelable");
        assert_eq!(says, event.cancelable(), "{}: the manifest says whether it is cancelable", event.name());
    }
    let readme = table_rows(&docs::section("## Events"));
    assert_eq!(readme.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(), code, "README's Events table");
    // Each detail's fields are named in the README's `event.detail` column.
    let dts = dts();
    for ((name, cells), field) in readme.iter().zip(&map) {
        let detail = field.ty.trim_start_matches("CustomEvent<").trim_end_matches('>');
        for f in interface(&dts, detail) {
            let words: BTreeSet<&str> = cells[1].split(|c: char| !c.is_alphanumeric() && c != '_').collect();
            assert!(words.contains(f.name.as_str()), "README's {name} detail does not name {}", f.name);
        }
    }
}

/// Checks `value` against the TypeScript type `ty` of the declarations: unions of strings,
/// `string`, `number`, `boolean`, `| null`, `[]` and interfaces, field by field.
fn check(dts: &str, value: &Value, ty: &str, at: &str) {
    if let Some(inner) = ty.strip_suffix(" | null") {
        if !value.is_null() {
            check(dts, value, inner, at);
        }
        return;
    }
    if let Some(item) = ty.strip_suffix("[]") {
        for (i, v) in value.as_array().unwrap_or_else(|| panic!("{at}: {value} is not a list")).iter().enumerate() {
            check(dts, v, item, &format!("{at}[{i}]"));
        }
        return;
    }
    match ty {
        "string" => assert!(value.is_string(), "{at}: {value} is not a string"),
        "number" => assert!(value.is_number(), "{at}: {value} is not a number"),
        "boolean" => assert!(value.is_boolean(), "{at}: {value} is not a boolean"),
        _ => match union(dts, ty) {
            Some(values) => assert!(
                value.as_str().is_some_and(|v| values.contains(v)),
                "{at}: {value} is not one of the types' {ty}"
            ),
            None => {
                let object = value.as_object().unwrap_or_else(|| panic!("{at}: {value} is not an object ({ty})"));
                let fields = interface(dts, ty);
                for f in &fields {
                    match object.get(&f.name) {
                        Some(v) => check(dts, v, &f.ty, &format!("{at}.{}", f.name)),
                        None => assert!(f.optional, "{at}.{} is declared but not sent", f.name),
                    }
                }
                for key in object.keys() {
                    assert!(fields.iter().any(|f| &f.name == key), "{at}.{key} is sent but not declared in {ty}");
                }
            }
        },
    }
}

#[test]
fn event_details_are_what_the_types_declare() {
    let dts = dts();
    let map = interface(&dts, "TreatmentCompareEventMap");
    let detail_type = |name: &str| {
        let ty = &map.iter().find(|f| f.name == name).unwrap().ty;
        ty.trim_start_matches("CustomEvent<").trim_end_matches('>').to_string()
    };
    let mut optional_sent = BTreeSet::new();
    let without_a_match = events_without_a_match();
    let nulls: Vec<Value> = without_a_match.iter().map(|e| serde_json::to_value(e).unwrap()).collect();
    assert!(nulls[0]["recommended"].is_null() && nulls[1]["url"].is_null() && nulls[1]["treatment"].is_null());
    for check_event in &without_a_match {
        let value = serde_json::to_value(check_event).unwrap();
        check(&dts, &value, &detail_type(check_event.name()), check_event.name());
    }
    for shared in [false, true] {
        for event in every_event(shared) {
            let value = serde_json::to_value(&event).unwrap();
            check(&dts, &value, &detail_type(event.name()), event.name());
            if let Some(summary) = value.get("summary").and_then(Value::as_object) {
                optional_sent
                    .extend(summary.keys().filter(|k| ["concerns", "skin_type"].contains(&k.as_str())).cloned());
                assert_eq!(summary.contains_key("concerns"), shared, "concerns only when shared");
            }
        }
    }
    assert_eq!(optional_sent, set(["concerns", "skin_type"]), "the optional fields are sent when shared");
    // The completed event has a ranking, a candidacy and a plan to check (not only empty lists).
    let completed = every_event(false).into_iter().find(|e| e.name() == "tc-completed").unwrap();
    let completed = serde_json::to_value(&completed).unwrap();
    assert!(!completed["ranking"].as_array().unwrap().is_empty() && !completed["plan"].as_array().unwrap().is_empty());
    let error_fields = error_detail_fields();
    let declared = interface(&dts, &detail_type("tc-error"));
    assert_eq!(field_names(&declared), error_fields, "tc-error's detail");
    assert!(declared.iter().all(|f| f.ty == "string" && !f.optional));
}

#[test]
fn the_types_unions_list_every_value_of_the_code() {
    let dts = dts();
    let verdicts = [Verdict::Suitable, Verdict::TalkToProvider, Verdict::NotNow];
    for v in verdicts {
        // A new verdict does not compile until it is added to the list above.
        match v {
            Verdict::Suitable | Verdict::TalkToProvider | Verdict::NotNow => {}
        }
    }
    let expected = [
        ("TreatmentId", serde_names(TreatmentId::ALL)),
        ("TreatmentFamily", serde_names(Family::ALL)),
        ("Verdict", serde_names(verdicts)),
        ("Concern", serde_names(Concern::ALL)),
        ("Severity", serde_names(Severity::ALL)),
        ("SkinType", serde_names(Fitzpatrick::ALL)),
    ];
    for (name, values) in expected {
        assert_eq!(union(&dts, name), Some(values), "treatment-compare.d.ts's {name}");
    }
    // The price units: what the configuration's parser accepts and lists.
    let units = union(&dts, "PriceUnit").unwrap();
    for unit in &units {
        let json = json!({"treatments": {"filler": {"price": {"from": 1, "to": 2, "per": unit}}}});
        assert!(config::parse_json(&json.to_string()).is_ok(), "per: {unit} is refused");
    }
    let json = json!({"treatments": {"filler": {"price": {"from": 1, "to": 2, "per": "hour"}}}});
    let refused = config::parse_json(&json.to_string()).unwrap_err();
    assert_eq!(set(backticked(&refused.problem).into_iter().skip(1)), units, "{refused}");
    let readme = docs::section("## The JSON configuration");
    let per = table_rows(&readme).into_iter().find(|(n, _)| n.ends_with(".price.per")).expect("README documents per");
    assert_eq!(set(backticked(&per.1[0])), units, "README's price.per");
}

#[test]
fn the_configuration_type_has_the_fields_the_parser_reads() {
    let dts = dts();
    // (the type, a configuration with `{}` where an unknown field goes, where that field is)
    let cases = [
        ("TreatmentCompareConfig", json!({}), vec![]),
        ("TreatmentOffer", json!({"treatments": {"filler": {}}}), vec!["treatments", "filler"]),
        (
            "TreatmentPrice",
            json!({"treatments": {"filler": {"price": {"from": 1, "to": 2}}}}),
            vec!["treatments", "filler", "price"],
        ),
    ];
    for (ty, config, path) in cases {
        let fields = interface(&dts, ty);
        let mut bogus = config.clone();
        let mut at = &mut bogus;
        for key in &path {
            at = &mut at[*key];
        }
        at["bogus"] = json!(1);
        let refused = config::parse_json(&bogus.to_string()).unwrap_err();
        assert_eq!(backticked(&refused.problem)[1..], field_names(&fields)[..], "{ty}: {refused}");
        for f in &fields {
            // `| null` in the types exactly where the parser takes null for the field.
            let mut with_null = config.clone();
            let mut at = &mut with_null;
            for key in &path {
                at = &mut at[*key];
            }
            at[&f.name] = Value::Null;
            let accepted = config::parse_json(&with_null.to_string()).is_ok();
            assert_eq!(accepted, f.ty.ends_with(" | null"), "{ty}.{}: null accepted: {accepted}", f.name);
            // A required field is one the parser insists on.
            let mut without = config.clone();
            let mut at = &mut without;
            for key in &path {
                at = &mut at[*key];
            }
            if let Some(object) = at.as_object_mut() {
                object.remove(&f.name);
            }
            let missing = config::parse_json(&without.to_string()).err().map(|e| e.problem);
            assert_eq!(missing.is_some(), !f.optional, "{ty}.{}: {missing:?}", f.name);
        }
    }
}

/// The public custom properties the styles read, with the fallback of each use.
fn styles_properties() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("styles");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        // The demo page's own styles are not the widget's.
        if path.extension().is_none_or(|e| e != "css") || path.file_name().unwrap() == "demo.css" {
            continue;
        }
        let css = std::fs::read_to_string(&path).unwrap();
        for (i, _) in css.match_indices("var(--tc-") {
            let rest = &css[i + 4..];
            let name_end = rest.find([',', ')']).unwrap();
            let name = rest[..name_end].trim().to_string();
            // The fallback runs to the matching parenthesis.
            let mut depth = 1;
            let mut end = name_end;
            for (j, c) in rest.char_indices().skip(name_end) {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    end = j;
                    break;
                }
            }
            let fallback = rest[name_end..end].trim_start_matches(',').trim().to_string();
            out.entry(name).or_default().insert(fallback);
        }
    }
    out
}

#[test]
fn custom_properties_agree_in_the_styles_the_manifest_and_the_readme() {
    let styles = styles_properties();
    let manifest = element()["cssProperties"].clone();
    assert_eq!(set(names(&manifest)), set(styles.keys().cloned()), "custom-elements.json");
    for property in manifest.as_array().unwrap() {
        let name = property["name"].as_str().unwrap();
        let fallbacks = &styles[name];
        assert_eq!(fallbacks.len(), 1, "{name} has one default in the styles: {fallbacks:?}");
        let fallback = fallbacks.first().unwrap();
        let default = property["default"].as_str().unwrap();
        // --tcx-unit is the styles' private copy of --tc-font-size.
        assert_eq!(fallback.replace("--tcx-unit", "--tc-font-size"), default, "{name}'s default");
    }
    let theming = docs::section("## Theming");
    let list = &theming[theming.find("Properties: ").expect("README's Theming lists the properties")..];
    let (properties, parts) = list.split_once("Parts:").expect("README's Theming lists the parts");
    let readme_properties = set(backticked(properties));
    assert_eq!(readme_properties, set(styles.keys().cloned()), "README's Theming properties");
    let parts = &parts[..parts.find("\n\n").unwrap_or(parts.len())];
    assert_eq!(set(backticked(parts)), set(names(&element()["cssParts"])), "README's Theming parts");
}

#[test]
fn parts_agree_in_the_ui_and_the_manifest() {
    let mut found = BTreeSet::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for marker in ["part=\"", "(\"part\", \""] {
                    for (i, _) in source.match_indices(marker) {
                        let rest = &source[i + marker.len()..];
                        found.insert(rest[..rest.find('"').unwrap()].to_string());
                    }
                }
            }
        }
    }
    assert!(found.len() >= 10, "{found:?}");
    assert_eq!(set(names(&element()["cssParts"])), found, "custom-elements.json's parts");
}

#[test]
fn the_announcer_slot_is_the_widgets() {
    let slots = names(&element()["slots"]);
    assert_eq!(slots.len(), 1);
    let announce = read("src/ui/announce.rs");
    assert!(announce.contains(&format!("pub const SLOT: &str = \"{}\";", slots[0])), "src/ui/announce.rs's SLOT");
    assert!(docs::mentions(&format!("<div slot=\"{}\">", slots[0])), "the documentation names the slot");
}
