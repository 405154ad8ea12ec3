//! The text tables: every built-in language complete and consistent with English, every table
//! in its enum's order, and how a clinic's table is laid over a language.

use super::*;
use std::collections::BTreeMap;

fn read(json: &str) -> Vec<(String, String)> {
    declare::flat_object(json).expect("a flat JSON object of strings")
}

fn english_file() -> Vec<(String, String)> {
    read(include_str!("en.json"))
}

fn spanish_file() -> Vec<(String, String)> {
    read(include_str!("es.json"))
}

/// The built-in Spanish as the widget shows it, checked against es.json: the build keeps every
/// Spanish text as written, on its key.
fn spanish_table() -> Table {
    let built: Table = entries(Locale::built_in("es").expect("Spanish is built in").text())
        .into_iter()
        .filter(|(_, text, optional)| !(*optional && text.is_empty()))
        .map(|(k, v, _)| (k, v.to_string()))
        .collect();
    let (built_map, file): (BTreeMap<_, _>, BTreeMap<_, _>) =
        (built.iter().map(|(k, v)| (k.clone(), v.clone())).collect(), spanish_file().into_iter().collect());
    let differ: Vec<&String> =
        built_map.keys().chain(file.keys()).filter(|k| built_map.get(*k) != file.get(*k)).collect();
    assert!(differ.is_empty(), "the built-in Spanish is not es.json at {differ:?}");
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
    assert!(!std::ptr::eq(es.text(), super::english()));
    assert_eq!(declare::problems(&english_file(), &spanish_file()), Vec::<String>::new());
}

/// What the build checks before it writes the built-in languages (build.rs stops on any of these).
#[test]
fn the_build_refuses_a_key_missing_in_spanish_an_unknown_key_and_a_foreign_placeholder() {
    let english = english_file();
    let mut spanish = spanish_file();
    spanish.retain(|(k, _)| k != "results.earliest");
    assert_eq!(
        declare::problems(&english, &spanish),
        ["results.earliest: missing (every key of src/text/en.json needs a translation)"]
    );
    spanish.push(("results.earliest".into(), "Desde {fecha}".into()));
    spanish.push(("results.earliets".into(), "Desde {date}".into()));
    spanish.push(("results.weeks.few".into(), "{n} semanas".into()));
    spanish.push(("language.dir".into(), "rtl-ish".into()));
    assert_eq!(
        declare::problems(&english, &spanish),
        [
            "results.earliest: {fecha} is not a placeholder of its English text",
            "results.earliets: not a key of src/text/en.json",
            "language.dir: \"rtl-ish\", expected \"ltr\" or \"rtl\"",
        ]
    );
    // The English itself: a key's group apart from its group, a text and a group on one name.
    let mut scattered = english.clone();
    let moved = scattered.remove(scattered.iter().position(|(k, _)| k == "questions.concerns.acne_scars").unwrap());
    scattered.push(moved);
    assert!(declare::generate(&scattered, &[]).unwrap_err().contains("must come together"));
    let mut both = english.clone();
    both.insert(1, ("language.name.short".into(), "En".into()));
    assert!(declare::generate(&both, &[]).is_err());
}

#[test]
fn every_english_text_is_en_json_as_written_in_its_order() {
    let shown: Vec<(String, String)> = english_table().into_iter().map(|(k, v)| (k, v.to_string())).collect();
    assert_eq!(shown, english_file());
}

/// The keys of the group `prefix` (`questions.concerns`), with their texts in `locale`, in the
/// order en.json lists them.
fn group(locale: Locale, prefix: &str) -> Vec<(String, &'static str)> {
    table_of(locale)
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix(&format!("{prefix}.")).map(|rest| (rest.to_string(), v)))
        .filter(|(rest, _)| !EXTRA_PLURALS.contains(&rest.as_str()))
        .collect()
}

/// Every table looked up by enum finds, for each value, the text of the key named after it: the
/// tables' keys in en.json keep their enums' order.
#[test]
fn every_table_keeps_its_enums_order() {
    use crate::answers::*;
    use crate::assessment::{Factor, Fit, SetApart, Verdict};
    use crate::catalog::{ContraKind, Efficacy, Family, Source, ToneRisk, TreatmentId, Until};
    use crate::questionnaire::{health_group_key, Gate, IsotretinoinChoice, Step, HEALTH_GROUPS};
    fn expect(locale: Locale, prefix: &str, looked_up: Vec<(String, &str)>) {
        let keys = group(locale, prefix);
        assert_eq!(keys.len(), looked_up.len(), "{prefix}: {} keys for {} values", keys.len(), looked_up.len());
        for (key, text) in looked_up {
            let want = keys.iter().find(|(k, _)| *k == key).map(|(_, t)| *t);
            assert_eq!(Some(text), want, "{prefix}.{key}");
        }
    }
    fn by<T: std::fmt::Debug + Copy>(all: &[T], f: impl Fn(T) -> &'static str) -> Vec<(String, &'static str)> {
        all.iter().map(|v| (snake_key(v), f(*v))).collect()
    }
    for code in BUILT_IN {
        let l = Locale::built_in(code).unwrap();
        let (q, r) = (l.text().questions, l.text().results);
        expect(l, "questions.steps", Step::ALL.iter().map(|s| (s.key().to_string(), q.step(*s))).collect());
        expect(l, "questions.step_names", Step::ALL.iter().map(|s| (s.key().to_string(), q.step_name(*s))).collect());
        expect(l, "questions.step_intros", Step::ALL.iter().map(|s| (s.key().to_string(), q.step_intro(*s))).collect());
        expect(l, "results.edit", Step::QUESTIONS.iter().zip(r.edit).map(|(s, t)| (s.key().to_string(), t)).collect());
        expect(l, "questions.concerns", by(&Concern::ALL, |c| q.concern(c)));
        expect(l, "questions.concern_hints", by(&Concern::ALL, |c| q.concern_hint(c)));
        expect(l, "questions.severities", by(&Severity::ALL, |s| q.severity(s)));
        expect(l, "questions.skin_types", by(&Fitzpatrick::ALL, |f| q.skin_type(f)));
        expect(l, "questions.skin_type_descriptions", by(&Fitzpatrick::ALL, |f| q.skin_type_description(f)));
        expect(l, "questions.quiz_items", by(&QuizItem::ALL, |i| q.quiz_item(i)));
        for item in QuizItem::ALL {
            let options = (0..=QuizItem::MAX_SCORE).map(|n| (n.to_string(), q.quiz_option(item, n))).collect();
            expect(l, &format!("questions.quiz_options.{}", snake_key(&item)), options);
        }
        expect(l, "questions.downtimes", by(&Downtime::ALL, |d| q.downtime(d)));
        expect(l, "questions.downtime_hints", by(&Downtime::ALL, |d| q.downtime_hint(d)));
        expect(l, "questions.budgets", by(&Budget::ALL, |b| q.budget(b)));
        let groups = (0..HEALTH_GROUPS.len()).map(|i| (health_group_key(i).to_string(), q.health_groups[i])).collect();
        expect(l, "questions.health_groups", groups);
        expect(
            l,
            "questions.health_gates",
            Gate::ALL.iter().map(|g| (g.key().to_string(), q.health_gates[g.index()])).collect(),
        );
        expect(l, "questions.condition_names", by(&Condition::ALL, |c| q.condition_name(c)));
        expect(l, "questions.conditions", by(&Condition::ALL, |c| q.condition(c)));
        expect(l, "questions.yes_no", by(&YesNo::ALL, |a| q.yes_no(a)));
        let iso = IsotretinoinChoice::ALL.iter().map(|c| (c.key().to_string(), q.isotretinoin(*c))).collect();
        expect(l, "questions.isotretinoin_options", iso);
        expect(
            l,
            "results.set_apart",
            by(&SetApart::ALL, |w| r.set_apart[SetApart::ALL.iter().position(|x| *x == w).unwrap()]),
        );
        expect(l, "results.concern_names", by(&Concern::ALL, |c| r.concern_name(c)));
        expect(l, "results.sources", by(&Source::ALL, |s| r.citation(s)));
        expect(l, "results.families", by(&Family::ALL, |f| r.family(f)));
        expect(l, "results.treatments", by(&TreatmentId::ALL, |t| r.treatment(t)));
        expect(l, "results.factors", by(&Factor::ALL, |f| r.factor(f)));
        let verdicts = [Verdict::Suitable, Verdict::TalkToProvider, Verdict::NotNow];
        expect(l, "results.verdicts", by(&verdicts, |v| r.verdict(v)));
        expect(l, "results.verdict_sentences", by(&verdicts, |v| r.verdict_sentence(v)));
        expect(l, "results.efficacy", by(&[Efficacy::NotIndicated, Efficacy::Some, Efficacy::Good], |e| r.efficacy(e)));
        let risks = [ToneRisk::Low, ToneRisk::Moderate, ToneRisk::High, ToneRisk::NotAdvised];
        expect(l, "results.tone_risks", by(&risks, |t| r.tone_risk(t)));
        expect(l, "results.fits", by(&[Fit::No, Fit::Partly, Fit::Fully, Fit::Unknown], |f| r.fit(f)));
        expect(l, "results.reason_kinds", by(&[ContraKind::Relative, ContraKind::Absolute], |k| r.reason_kind(k)));
        let untils = [
            Until::Cleared,
            Until::AfterPregnancyAndBreastfeeding,
            Until::AfterTreatmentByDoctor,
            Until::Age22,
            Until::Indefinitely,
        ];
        let until_keys =
            ["cleared", "after_pregnancy_and_breastfeeding", "after_treatment_by_doctor", "age22", "indefinitely"];
        expect(l, "results.untils", until_keys.iter().zip(untils).map(|(k, u)| (k.to_string(), r.until(u))).collect());
        expect(l, "results.month_names", (1..=12).map(|m| (m.to_string(), r.month(m))).collect());
    }
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
    ];
    // Published work is cited as published: a citation with its year.
    let published = |k: &str, en: &str| {
        k.starts_with("results.sources.") && en.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4)
    };
    let spanish = spanish_table();
    let english = english_table();
    let copied: Vec<&str> = english
        .iter()
        .filter(|(k, en)| !same.contains(&k.as_str()) && !published(k, en) && spanish.get(k).is_some_and(|es| es == en))
        .map(|(k, _)| k.as_str())
        .collect();
    assert!(copied.is_empty(), "Spanish keeps the English text of: {}", copied.join(", "));
}

#[test]
fn a_clinic_overrides_one_string_and_keeps_the_rest() {
    let (locale, missing) =
        build("en", "en", &table(&[("results.treatments.microneedling", "Collagen induction")])).unwrap();
    assert!(missing.is_empty());
    assert_eq!(locale.text().results.treatments[0], "Collagen induction");
    assert_eq!(locale.text().questions.title, english().questions.title);
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
