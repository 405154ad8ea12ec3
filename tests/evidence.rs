//! docs/reviewers/evidence.md, the evidence behind every figure, for a clinic's medical reviewer:
//! each source the catalog cites, with its reference (the doc comment of its `Source` variant in
//! src/catalog/sources.rs), its citation as a visitor reads it (src/text/en.json), and every
//! figure the catalog takes from it, with the note saying why where sources disagree. The
//! document is made from the catalog by this test and checked against it, so the two cannot
//! drift: `TC_WRITE_EVIDENCE=1 cargo test --test evidence` writes it anew after a catalog change.

use serde_json::Value;
use std::collections::BTreeMap;
use treatment_compare::catalog::{Source, Treatment, TreatmentId};
use treatment_compare::text::english;

fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).unwrap().as_str().unwrap().to_string()
}

/// A figure's value as a reviewer reads it: the JSON without its source and note.
fn value(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .filter(|(k, _)| *k != "source" && *k != "note")
                .map(|(k, v)| if k == "value" { value(v) } else { format!("{k}: {}", value(v)) })
                .collect();
            parts.join(", ")
        }
        Value::Array(items) => format!("[{}]", items.iter().map(value).collect::<Vec<_>>().join("; ")),
        Value::String(s) => s.replace('_', " "),
        Value::Null => "none".into(),
        other => other.to_string(),
    }
}

/// Every sourced figure of `json` (a treatment): (where, value, source, note).
fn figures(json: &Value, path: &str, out: &mut Vec<(String, String, String, String)>) {
    match json {
        Value::Object(map) => {
            if let Some(Value::String(source)) = map.get("source") {
                let note = map.get("note").and_then(Value::as_str).unwrap_or_default().to_string();
                out.push((path.to_string(), value(json), source.clone(), note));
                return;
            }
            for (k, v) in map {
                figures(v, &if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                // An item is named by its first text field (a concern, a condition, a care step).
                let label =
                    item.as_object().and_then(|m| m.values().find_map(Value::as_str)).unwrap_or("").replace('_', " ");
                figures(item, &format!("{path}: {label}"), out);
            }
        }
        _ => {}
    }
}

/// The doc comment of each `Source` variant in src/catalog/sources.rs, by the variant's JSON name.
fn references() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalog/sources.rs")).unwrap();
    let body = &text[text.find("pub enum Source {").unwrap()..];
    let body = &body[..body.find("\n}").unwrap()];
    let mut out = BTreeMap::new();
    let mut doc = String::new();
    for line in body.lines().skip(1).map(str::trim) {
        if let Some(d) = line.strip_prefix("///") {
            doc.push_str(d.trim());
            doc.push(' ');
        } else if let Some(variant) = line.strip_suffix(',') {
            // serde's snake_case: a `_` before each capital but the first.
            let snake: String = variant
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    (i > 0 && c.is_ascii_uppercase()).then_some('_').into_iter().chain([c.to_ascii_lowercase()])
                })
                .collect();
            out.insert(snake, std::mem::take(&mut doc).trim().to_string());
        }
    }
    out
}

fn document() -> String {
    let mut by_source: BTreeMap<String, Vec<(String, String, String, String)>> = BTreeMap::new();
    for id in TreatmentId::ALL {
        let mut found = Vec::new();
        figures(&serde_json::to_value(Treatment::standard(id)).unwrap(), "", &mut found);
        for (path, value, source, note) in found {
            by_source.entry(source).or_default().push((name(&id), path, value, note));
        }
    }
    let references = references();
    let mut out = String::from(
        "# Evidence: every source the widget cites\n\n\
         For a clinic's medical reviewer. Each source the catalog cites: its reference, how the widget\n\
         cites it to a visitor, and every figure the catalog takes from it (with the note on why,\n\
         where sources disagree). Written from the catalog by `tests/evidence.rs`, which fails when\n\
         this file and the catalog differ (`TC_WRITE_EVIDENCE=1 cargo test --test evidence` writes it\n\
         anew). How the figures become a score: [how a score is made](how-a-score-is-made.md).\n\n\
         Values are ranges of whole units (`lo`–`hi`): days, sessions, months, or US dollars per the\n\
         price's unit. A clinic's own prices replace the price figures on its page.\n",
    );
    for source in Source::ALL {
        let key = name(&source);
        let reference =
            references.get(&key).filter(|r| !r.is_empty()).cloned().unwrap_or_else(|| "(no further reference)".into());
        out.push_str(&format!("\n## {}\n\n", english().results.citation(source)));
        out.push_str(&format!("- Reference: {reference}\n- In the catalog: `{key}`\n"));
        match by_source.get(&key) {
            None => out.push_str(
                "- Figures: none of the catalog's figures (cited by the candidacy rules or the configuration).\n",
            ),
            Some(rows) => {
                out.push_str("\n| treatment | figure | value | note |\n|---|---|---|---|\n");
                for (treatment, path, value, note) in rows {
                    let cell = |s: &str| s.replace('|', "\\|");
                    out.push_str(&format!("| {treatment} | {} | {} | {} |\n", cell(path), cell(value), cell(note)));
                }
            }
        }
    }
    out
}

#[test]
fn the_evidence_document_is_the_catalogs() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reviewers/evidence.md");
    let made = document();
    if std::env::var_os("TC_WRITE_EVIDENCE").is_some() {
        std::fs::write(path, &made).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == made,
        "docs/reviewers/evidence.md is not what the catalog gives: run `TC_WRITE_EVIDENCE=1 cargo test --test evidence`"
    );
}

#[test]
fn every_cited_source_has_a_reference_and_figures_trace_to_sources() {
    let references = references();
    for source in Source::ALL {
        let reference = references.get(&name(&source)).map(String::as_str).unwrap_or_default();
        assert!(!reference.is_empty(), "{source:?} has no reference (a doc comment) in src/catalog/sources.rs");
    }
    let doc = document();
    for id in TreatmentId::ALL {
        assert!(doc.contains(&format!("| {} | sessions |", name(&id))), "{id:?}'s sessions are in the evidence");
    }
}
