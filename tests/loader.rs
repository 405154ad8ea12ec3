//! The loader (src/loader/treatment-compare.js and its modules in src/loader/js/) against what
//! Rust owns: the built-in languages and the messages the loader shows itself (taken by the
//! build from src/text/<lang>.json, so only their keys and languages can drift), the first
//! screen's text references and reserved heights, where the widget keeps a visitor's answers,
//! and the TypeScript declarations' text keys (generated from src/text/en.json by
//! scripts/text-keys.mjs: committed, so checked here for being current). The attributes are
//! checked with the Custom Elements Manifest's in tests/manifest.rs.
#![cfg(not(target_arch = "wasm32"))]

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use treatment_compare::text::BUILT_IN;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A flat JSON object of strings, its entries in the file's order.
fn ordered(json: &str) -> Vec<(String, String)> {
    struct Entries;
    impl<'de> Visitor<'de> for Entries {
        type Value = Vec<(String, String)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object of strings")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(entry) = map.next_entry::<String, String>()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    serde_json::Deserializer::from_str(json).deserialize_map(Entries).expect("a flat JSON object of strings")
}

fn table(lang: &str) -> serde_json::Map<String, Value> {
    serde_json::from_str(&read(&format!("src/text/{lang}.json"))).expect("a text table")
}

/// Every source module of the loader, by path.
fn modules() -> Vec<(String, String)> {
    let mut out = vec![("src/loader/treatment-compare.js".to_string(), read("src/loader/treatment-compare.js"))];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/loader/js");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".js"))
        .collect();
    names.sort();
    for name in names {
        let path = format!("src/loader/js/{name}");
        out.push((path.clone(), read(&path)));
    }
    out
}

fn module(name: &str) -> String {
    read(&format!("src/loader/js/{name}"))
}

/// The `{name}` placeholders of a template.
fn placeholders(template: &str) -> BTreeSet<String> {
    template.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name.to_string()).collect()
}

#[test]
fn the_loaders_built_in_languages_are_the_text_tables_of_rusts_built_in_languages() {
    // scripts/first-screen.mjs's textTables: every src/text/<code>.json, English first.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text");
    let files: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|n| n.strip_suffix(".json").map(String::from))
        .filter(|code| (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    assert_eq!(
        files,
        BUILT_IN.iter().map(|c| c.to_string()).collect(),
        "src/text/<code>.json for each of text::BUILT_IN"
    );
    assert_eq!(BUILT_IN[0], "en", "English, the loader's fallback, is the first built-in language");
}

#[test]
fn the_loader_copies_no_text_and_the_keys_it_takes_exist_in_every_built_in_language() {
    // The build takes the messages from the tables (scripts/inline-loader.mjs); the element lets a
    // clinic's own text for the same keys win (language.js's `text`).
    let build = read("scripts/inline-loader.mjs");
    let element = module("element.js");
    for key in ["embed.load_failed", "embed.crashed", "embed.unsupported"] {
        assert!(build.contains(&format!("message('{key}')")), "the build takes {key} from the text tables");
        assert!(element.contains(&format!("'{key}'")), "a clinic's {key} wins in the element");
        for lang in BUILT_IN {
            let text =
                table(lang)[key].as_str().unwrap_or_else(|| panic!("src/text/{lang}.json has no {key}")).to_string();
            for (path, source) in modules() {
                assert!(!source.contains(&text), "{path} carries a copy of {lang} {key}: take it from the text tables");
            }
        }
    }
}

#[test]
fn the_first_screens_texts_are_text_keys_with_the_placeholders_their_english_has() {
    let screen: Value = serde_json::from_str(&read("src/loader/first-screen.json")).expect("first-screen.json");
    fn references(value: &Value, out: &mut Vec<serde_json::Map<String, Value>>) {
        match value {
            Value::Object(map) => out.push(map.clone()),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i == 1 {
                        // The attributes: names to values.
                        item.as_object().unwrap().values().for_each(|v| references(v, out));
                    } else {
                        references(item, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut refs = Vec::new();
    for part in ["tree", "severity", "hint"] {
        references(&screen[part], &mut refs);
    }
    assert!(refs.len() > 20, "the first screen's texts are references ({} found)", refs.len());
    let en = table("en");
    for reference in refs {
        let key = reference["text"].as_str().expect("a reference names its key in `text`");
        let english = en
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("first-screen.json refers to {key}, not in en.json"));
        let given: BTreeSet<String> = reference.keys().filter(|k| *k != "text").cloned().collect();
        assert_eq!(given, placeholders(english), "first-screen.json fills {key}'s placeholders");
        for lang in BUILT_IN {
            assert!(table(lang).get(key).is_some_and(Value::is_string), "src/text/{lang}.json has {key}");
        }
    }
}

#[test]
fn the_reserved_heights_cover_every_built_in_language_and_width() {
    let heights: serde_json::Map<String, Value> =
        serde_json::from_str(&read("src/loader/first-step-heights.json")).expect("first-step-heights.json");
    assert_eq!(heights.keys().cloned().collect::<BTreeSet<_>>(), BUILT_IN.iter().map(|c| c.to_string()).collect());
    for (lang, list) in &heights {
        // 15 to 48 units wide (space.js's FIRST_STEP_MIN_WIDTH, styles/widget.css's max-width).
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 48 - 15 + 1, "{lang}: one height per unit of width");
        assert!(list.iter().all(|h| h.as_f64().is_some_and(|h| h > 0.0)), "{lang}: heights");
    }
    assert!(module("space.js").contains("const FIRST_STEP_MIN_WIDTH = 15;"));
    // The unit as the widget's CSS resolves it.
    assert!(module("space.js").contains("'var(--tc-font-size, 16px)'"));
    assert!(read("styles/widget.css").contains("var(--tc-font-size, 16px)"), "the widget's default font size");
}

#[test]
fn the_first_screen_gives_way_where_the_widget_has_answers_to_restore() {
    // src/ui/keep.rs keeps answers under `treatment-compare:<path>:` and links them as `#tc-...`.
    let keep = read("src/ui/keep.rs");
    assert!(
        keep.contains(r#"storage: format!("treatment-compare:{path}:{safe}")"#)
            && keep.contains(r#"format!("tc-{safe}")"#)
    );
    let first = module("first-screen.js");
    assert!(
        first.contains("const prefix = `${TAG}:${location.pathname}:`;")
            && first.contains("location.hash.includes('tc-')")
    );
    assert!(module("names.js").contains("export const TAG = 'treatment-compare';"));
}

#[test]
fn the_typescript_text_keys_are_generated_from_en_json() {
    // scripts/text-keys.mjs: en.json's keys in order, and each counted unit's extra plural forms
    // after its `other`.
    let en = ordered(&read("src/text/en.json"));
    let has = |key: &str| en.iter().any(|(k, _)| k == key);
    let mut keys = Vec::new();
    for (key, _) in &en {
        keys.push(key.clone());
        if let Some(unit) = key.strip_suffix(".other").filter(|unit| has(&format!("{unit}.one"))) {
            keys.extend(["zero", "two", "few", "many"].map(|form| format!("{unit}.{form}")));
        }
    }
    let dts = read("src/loader/treatment-compare.d.ts");
    let begin = dts.find("  // BEGIN text keys").expect("the BEGIN text keys line");
    let begin = begin + dts[begin..].find('\n').unwrap() + 1;
    let end = dts.find("  // END text keys").expect("the END text keys line");
    let committed: Vec<String> =
        dts[begin..end].lines().map(|l| l.trim().trim_start_matches("| ").trim_matches('\'').to_string()).collect();
    assert!(
        committed == keys,
        "src/loader/treatment-compare.d.ts's TextKey is not what src/text/en.json gives: run `node scripts/text-keys.mjs --write`"
    );
}

#[test]
fn the_loader_accepts_the_language_tags_the_widget_accepts() {
    // language.js's `languageTag` tests a tag with this pattern; text::is_language_tag is the
    // widget's test. Each case is what the pattern gives: a change to either side fails here.
    let pattern = "/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/";
    assert!(
        module("language.js").contains(&format!("const valid = (tag) => {pattern}.test(tag);")),
        "language.js tests tags with {pattern}"
    );
    let cases = [
        ("en", true),
        ("ES", true),
        ("eng", true),
        ("es-419", true),
        ("en_GB", true),
        ("zh-Hant-TW", true),
        ("en-abcdefgh", true),
        ("x", false),
        ("engl", false),
        ("e$", false),
        ("12", false),
        ("en-", false),
        ("en--GB", false),
        ("en-abcdefghi", false),
        ("en-G$", false),
        ("", false),
    ];
    for (tag, valid) in cases {
        assert_eq!(treatment_compare::text::is_language_tag(tag), valid, "{tag:?}");
    }
}
