//! The text tables: every built-in language complete and consistent with English, the key list
//! a clinic copies, and how a clinic's table is laid over a language.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

fn spanish_table() -> Table {
    let built: Table = super::spanish_table();
    let source: Table =
        serde_json::from_str(include_str!("es.json")).expect("es.json is a flat JSON object of strings");
    let map = |t: &Table| t.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<BTreeMap<String, String>>();
    assert_eq!(map(&built), map(&source), "the build keeps every Spanish text as written, on its key");
    built
}

fn table(pairs: &[(&str, &str)]) -> Table {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn every_built_in_language_has_every_key() {
    let spanish = spanish_table();
    let english = english_table();
    let missing: Vec<&str> = english.iter().map(|(k, _)| k.as_str()).filter(|k| !spanish.contains_key(k)).collect();
    assert!(missing.is_empty(), "es.json lacks {} keys: {}", missing.len(), missing.join(", "));
    let es = Locale::built_in("es").expect("Spanish is built in");
    assert_eq!(es.code(), "es");
    assert!(!std::ptr::eq(es.text(), &EN));
}

#[test]
fn built_in_translations_use_exactly_the_english_placeholders() {
    let english: BTreeMap<String, &str> = english_table().into_iter().collect();
    let mut wrong = Vec::new();
    for (key, text) in spanish_table() {
        let Some(en) = english.get(&key) else {
            wrong.push(format!("{key}: not an English key"));
            continue;
        };
        let (mut a, mut b) = (placeholders(en), placeholders(&text));
        a.sort_unstable();
        b.sort_unstable();
        if a != b {
            wrong.push(format!("{key}: English has {a:?}, Spanish {b:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn spanish_is_translated_not_copied() {
    // Texts that are the same in both languages: names, symbols and formats.
    let same = [
        "language.dir",
        "questions.step_intros.preferences",
        "questions.step_intros.results",
        "questions.skin_types.i",
        "results.treatments.microneedling",
        "results.families.microneedling",
        "results.unknown",
        "results.note_ref",
        "results.range",
        "results.date_format",
        "results.money_code",
        "results.score",
        "questions.step_announcement",
        "results.with_source",
        "results.plan_cover",
        "results.plan_step",
        "results.print_concern",
        "results.list_separator",
        "results.versus_separator",
        "results.no",
        "questions.yes_no.no",
        "questions.quiz_options.face_reaction.2",
        // Published work is cited as published.
        "results.sources.alam_2014",
        "results.sources.el_domyati",
        "results.sources.alster_graham_2017",
        "results.sources.jaad_2016",
        "results.sources.gilbert_2000",
        "results.sources.ogbechie_godec_2017",
        "results.sources.kauvar_2012",
        "results.sources.arora_2012",
        "results.sources.trivedi_2017",
    ];
    let spanish = spanish_table();
    let english = english_table();
    let copied: Vec<&str> = english
        .iter()
        .filter(|(k, en)| !same.contains(&k.as_str()) && spanish.get(k).is_some_and(|es| es == en))
        .map(|(k, _)| k.as_str())
        .collect();
    assert!(copied.is_empty(), "Spanish keeps the English text of: {}", copied.join(", "));
}

#[test]
fn the_key_list_a_clinic_copies_is_current() {
    // src/text/en.json: every key with its English text, in the widget's order.
    let mut json = String::from("{\n");
    let entries: Vec<String> = english_table()
        .iter()
        .map(|(k, v)| format!("  {}: {}", serde_json::to_string(k).unwrap(), serde_json::to_string(v).unwrap()))
        .collect();
    json.push_str(&entries.join(",\n"));
    json.push_str("\n}\n");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/text/en.json");
    if std::env::var_os("TC_WRITE_TEXT_KEYS").is_some() {
        std::fs::write(path, &json).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(committed == json, "src/text/en.json is out of date: run `TC_WRITE_TEXT_KEYS=1 cargo test --lib text`");
}

#[test]
fn keys_are_unique_and_cover_every_field() {
    let keys: Vec<String> = table_of(Locale::default()).into_iter().map(|(k, _)| k).collect();
    let unique: BTreeSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "a key is walked twice");
    // Every field of the three structs (Debug names them all) has keys; `tag` is not a text.
    let sections: [(&str, String); 3] = [
        ("questions", format!("{:?}", EN.questions)),
        ("results", format!("{:?}", EN.results)),
        ("embed", format!("{:?}", EN.embed)),
    ];
    for (section, debug) in sections {
        let body = &debug[debug.find('{').unwrap() + 1..];
        let mut depth = 0;
        let mut field = String::new();
        let mut fields = Vec::new();
        let (mut in_string, mut escaped) = (false, false);
        for ch in body.chars() {
            if in_string {
                (in_string, escaped) = (escaped || ch != '"', !escaped && ch == '\\');
                continue;
            }
            match ch {
                '"' => in_string = true,
                '{' | '[' | '(' => depth += 1,
                '}' | ']' | ')' => depth -= 1,
                ':' if depth == 0 => {
                    fields.push(std::mem::take(&mut field).trim().trim_start_matches(',').trim().to_string())
                }
                c if depth == 0 => field.push(c),
                _ => {}
            }
        }
        for f in fields.iter().filter(|f| !f.is_empty() && !f.contains(' ') && *f != "tag" && *f != "currency_symbols")
        {
            let prefix = format!("{section}.{f}");
            assert!(
                keys.iter().any(|k| *k == prefix || k.starts_with(&format!("{prefix}."))),
                "{prefix} has no text key"
            );
        }
    }
}

#[test]
fn a_clinic_overrides_one_string_and_keeps_the_rest() {
    let (locale, missing) =
        build("en", "en", &table(&[("results.treatments.microneedling", "Collagen induction")])).unwrap();
    assert!(missing.is_empty());
    assert_eq!(locale.text().results.treatments[0], "Collagen induction");
    assert_eq!(locale.text().questions.title, EN.questions.title);
    // The same request gives the same text.
    let (again, _) = build("en", "en", &table(&[("results.treatments.microneedling", "Collagen induction")])).unwrap();
    assert_eq!(again, locale);
    // Overriding Spanish starts from Spanish.
    let (es, _) = build("es", "es", &table(&[("questions.title", "¿Qué le conviene?")])).unwrap();
    assert_eq!(es.text().questions.title, "¿Qué le conviene?");
    assert_eq!(es.text().questions.back, Locale::built_in("es").unwrap().text().questions.back);
}

#[test]
fn an_added_language_falls_back_to_english_key_by_key_and_reports_it_once() {
    let fr = table(&[
        ("language.name", "Français"),
        ("questions.title", "Quel soin vous convient ?"),
        ("results.weeks.one", "{n} semaine"),
        ("results.weeks.other", "{n} semaines"),
    ]);
    let (locale, missing) = build("fr", "fr-CA", &fr).unwrap();
    assert_eq!((locale.code(), locale.text().tag, locale.text().name), ("fr", "fr-CA", "Français"));
    assert_eq!(locale.text().questions.title, "Quel soin vous convient ?");
    assert_eq!(locale.text().questions.back, "Back");
    assert_eq!(missing.len(), english_table().len() - fr.len());
    assert!(missing.contains(&"questions.back".to_string()) && !missing.contains(&"questions.title".to_string()));
    let (_, again) = build("fr", "fr-CA", &fr).unwrap();
    assert!(again.is_empty(), "missing keys are reported the first time only");
}

#[test]
fn a_language_may_add_plural_forms() {
    let pl = table(&[
        ("results.weeks.one", "{n} tydzień"),
        ("results.weeks.few", "{n} tygodnie"),
        ("results.weeks.many", "{n} tygodni"),
        ("results.weeks.other", "{n} tygodnia"),
    ]);
    let (locale, _) = build("pl", "pl", &pl).unwrap();
    let weeks = &locale.text().results.weeks;
    assert_eq!(
        (weeks.form("few"), weeks.form("many"), weeks.form("two")),
        ("{n} tygodnie", "{n} tygodni", "{n} tygodnia")
    );
}

#[test]
fn unknown_keys_and_placeholders_are_errors_naming_the_key() {
    let typo = build("en", "en", &table(&[("results.treatment.microneedling", "X")])).unwrap_err();
    assert_eq!(typo.key, "results.treatment.microneedling");
    assert!(typo.problem.contains("did you mean \"results.treatments.microneedling\""), "{}", typo.problem);

    let far = build("en", "en", &table(&[("colours", "X")])).unwrap_err();
    assert!(far.problem.contains("src/text/en.json"), "{}", far.problem);

    let blank = build("es", "es", &table(&[("results.earliest", "Desde {fecha}")])).unwrap_err();
    assert_eq!(blank.key, "results.earliest");
    assert_eq!(blank.problem, "unknown placeholder {fecha}: its placeholders are {date}");

    let none = build("en", "en", &table(&[("questions.back", "Back to {step}")])).unwrap_err();
    assert!(none.problem.contains("has no placeholders"), "{}", none.problem);

    let dir = build("ar", "ar", &table(&[("language.dir", "right")])).unwrap_err();
    assert_eq!(dir.key, "language.dir");
}

#[test]
fn regional_tags_fall_back_to_their_language() {
    assert_eq!(Locale::built_in("es-MX").unwrap().code(), "es");
    assert_eq!(Locale::built_in("es-MX").unwrap().text().tag, "es-MX");
    assert_eq!(Locale::built_in("es_419").unwrap().code(), "es");
    assert_eq!(Locale::built_in("EN-gb").unwrap().code(), "en");
    assert_eq!(Locale::built_in("fr"), None);
    assert_eq!(Locale::built_in("e$"), None);
    assert_eq!(language_of("es-419"), "es");
    assert!(
        is_language_tag("es-419") && is_language_tag("zh-Hant-TW") && !is_language_tag("x") && !is_language_tag("en-")
    );
}

#[test]
fn spanish_formats_dates_money_and_counts_its_own_way_natively() {
    let es = Locale::built_in("es").unwrap().text().results;
    assert_eq!(es.date("2026-12-01".parse().unwrap()), "1 dic 2026");
    assert_eq!(es.count(3, &es.sessions), "3 sesiones");
    assert_eq!(es.count(1, &es.sessions), "1 sesión");
    assert_eq!(es.interval(28), "Cada 4 semanas");
}

#[test]
fn the_loader_shows_the_text_tables_failure_messages() {
    let loader = include_str!("../loader/treatment-compare.js");
    for code in BUILT_IN {
        let embed = &Locale::built_in(code).unwrap().text().embed;
        for (key, text) in [("load_failed", embed.load_failed), ("crashed", embed.crashed)] {
            assert!(loader.contains(&format!("{code}: '{text}'")), "the loader's {code} {key} is not \"{text}\"");
        }
    }
}

#[test]
fn the_typescript_text_keys_are_current() {
    // src/loader/treatment-compare.d.ts's `TextKey`: every key, the optional plural forms too.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/loader/treatment-compare.d.ts");
    let committed = std::fs::read_to_string(path).unwrap();
    let (begin, end) = ("  // BEGIN text keys", "  // END text keys");
    let start = committed.find(begin).expect("the BEGIN text keys line");
    let start = start + committed[start..].find('\n').unwrap() + 1;
    let stop = committed.find(end).expect("the END text keys line");
    let keys: String = entries(&EN).iter().map(|(key, _, _)| format!("  | '{key}'\n")).collect();
    let current = format!("{}{keys}{}", &committed[..start], &committed[stop..]);
    if std::env::var_os("TC_WRITE_TEXT_KEYS").is_some() {
        std::fs::write(path, &current).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(
        committed == current,
        "treatment-compare.d.ts's TextKey is out of date: run `TC_WRITE_TEXT_KEYS=1 cargo test --lib text`"
    );
}
