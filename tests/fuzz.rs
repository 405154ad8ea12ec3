//! No panic on any input: every parser of the pure core fed random text and mutations of valid
//! input (byte flips, truncations, insertions of JSON-ish tokens, deletions, duplications),
//! 10,000 cases each (`PROPTEST_CASES` raises it). Each must end with a value or an error that
//! names its field; what parses must then be assessed and rendered without a panic too. A
//! failure prints the shrunk input.
#![cfg(not(target_arch = "wasm32"))]

mod generators;

use generators::{config, offer, visitor, Visitor};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use std::io::Write;
use std::process::{Command, Stdio};
use std::rc::Rc;
use treatment_compare::answers::{self, Answers, Budget, Concern, Condition, Health, Isotretinoin};
use treatment_compare::assessment::{Assessment, Verdict};
use treatment_compare::catalog::{Catalog, ClinicOffer, Currency, PriceUnit, Source};
use treatment_compare::config::{self, ConfigError, ATTRIBUTES, SCRIPT_FIELD};
use treatment_compare::date::Date;
use treatment_compare::events;
use treatment_compare::questionnaire::{Draft, Gate, IsotretinoinChoice, Quiz, State, Step, HEALTH_GROUPS, MEDICINES};
use treatment_compare::saved::{self, Include};
use treatment_compare::text::{english_table, Locale};

// ---------------------------------------------------------------------------------------------
// Mutations

/// Tokens a mutation inserts into JSON: structure, odd numbers, escapes, dates at and beyond the
/// limits, the format's own words.
const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e999",
    "-0.0",
    "1.5",
    "18446744073709551616",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\\",
    "\"9999-12-31\"",
    "\"0000-01-01\"",
    "\"2028-02-29\"",
    "\"2027-02-29\"",
    "\"not_sure\"",
    "\"yes\"",
    "\"stopped\"",
    "\"last_taken\"",
    "\"concerns\"",
    "\"severity\"",
    "\"microneedling\"",
    "\"price\"",
    "\"from\"",
    "\"per\"",
    "\"text\"",
    "\"en\"",
    "\"es\"",
    "\"fr\"",
    "\"{n}\"",
    "\"{total}\"",
    "\"{bogus}\"",
    "{{",
    "}}",
    "\u{e9}",
    "\u{202e}",
    "\u{1f600}",
    "[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":",
    "\"language.dir\"",
    "\"rtl\"",
];

/// Tokens for the answers: JSON's, and values of the format that keep an answers file valid or
/// nearly so.
const ANSWERS_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "null",
    "true",
    "false",
    "0",
    "1",
    "\"\\u0000\"",
    "\\",
    "\"9999-12-31\"",
    "\"2028-02-29\"",
    "\"2027-02-29\"",
    "\"1899-12-31\"",
    "\"2026-11-21\"",
    "\"2031-11-22\"",
    "\"no\"",
    "\"yes\"",
    "\"not_sure\"",
    "\"never\"",
    "\"current\"",
    "\"stopped\"",
    "\"mild\"",
    "\"severe\"",
    "\"VI\"",
    "\"I\"",
    "\"none\"",
    "\"up_to_1000\"",
    "\"melasma\"",
    "\"pigmentation\"",
    "\"laxity\"",
    "\"under_22\"",
    "\"sunburn\"",
    "\"last_taken\"",
    "\"event_date\"",
    "\"start_date\"",
    "\u{e9}",
    "[[[[[[[[",
];

/// Tokens for the stored answers and share links: separators, digits, dates.
const SAVED_TOKENS: &[&str] = &[
    ".", "..", "0", "1", "2", "3", "4", "9", "-", "20261231", "99991231", "18991231", "00000000", "20280229",
    "20270229", "1.", "\u{e9}", "\u{0}", "%2E", " ",
];

#[derive(Clone, Debug)]
enum Mutation {
    /// One bit of one byte flipped.
    Flip(Index, u8),
    /// Everything from here on cut off.
    Truncate(Index),
    Insert(Index, &'static str),
    Delete(Index, usize),
    /// A stretch repeated in place.
    Duplicate(Index, usize),
    /// One byte set to any value.
    Set(Index, u8),
    /// Bytes overwritten by a token (a digit for a digit keeps a stored text's shape).
    Overwrite(Index, &'static str),
}

fn mutations(tokens: &'static [&'static str]) -> impl Strategy<Value = Vec<Mutation>> {
    let one = prop_oneof![
        2 => (any::<Index>(), 0..8u8).prop_map(|(i, bit)| Mutation::Flip(i, bit)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        3 => (any::<Index>(), select(tokens)).prop_map(|(i, t)| Mutation::Insert(i, t)),
        1 => (any::<Index>(), 1..24usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => (any::<Index>(), 1..24usize).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        3 => (any::<Index>(), select(tokens)).prop_map(|(i, t)| Mutation::Overwrite(i, t)),
    ];
    // Mostly one change, so that much of what is mutated still parses and goes further in.
    prop_oneof![3 => vec(one.clone(), 1..=1), 1 => vec(one, 2..=4)]
}

/// `input` with the mutations applied, as bytes (not always UTF-8).
fn mutate_bytes(input: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut b = input.as_bytes().to_vec();
    for m in mutations {
        // A position from 0 to the length (inclusive); `Index` scales to the input.
        let at = |i: &Index, b: &[u8]| i.index(b.len() + 1);
        match m {
            Mutation::Flip(i, bit) if !b.is_empty() => {
                let p = i.index(b.len());
                b[p] ^= 1 << bit;
            }
            Mutation::Set(i, v) if !b.is_empty() => {
                let p = i.index(b.len());
                b[p] = *v;
            }
            Mutation::Flip(..) | Mutation::Set(..) => {}
            Mutation::Truncate(i) => b.truncate(at(i, &b)),
            Mutation::Insert(i, t) => {
                let p = at(i, &b);
                b.splice(p..p, t.bytes());
            }
            Mutation::Delete(i, n) => {
                let p = at(i, &b);
                b.drain(p..(p + n).min(b.len()));
            }
            Mutation::Overwrite(i, t) => {
                let p = at(i, &b);
                let end = (p + t.len()).min(b.len());
                b.splice(p..end, t.bytes());
            }
            Mutation::Duplicate(i, n) => {
                let p = at(i, &b);
                let stretch = b[p..(p + n).min(b.len())].to_vec();
                b.splice(p..p, stretch);
            }
        }
    }
    b
}

fn mutate(input: &str, mutations: &[Mutation]) -> String {
    String::from_utf8_lossy(&mutate_bytes(input, mutations)).into_owned()
}

/// Any text: arbitrary Unicode, printable ASCII, or the characters JSON is made of.
fn random_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[ -~]{0,120}", "[\\[\\]{}\":,0-9a-z_. \\-]{0,200}",]
}

/// JSON-ish tokens in any order.
fn token_soup(tokens: &'static [&'static str]) -> impl Strategy<Value = String> {
    vec(select(tokens), 0..40).prop_map(|t| t.concat())
}

// ---------------------------------------------------------------------------------------------
// What a successful parse is then put through

/// Every sentence the results, questions and embedding show for `a`, in `locale`: the clinic's
/// templates filled with real values. Returns their total length (so nothing is optimised away).
fn render(locale: Locale, a: &Assessment, catalog: &Catalog, clinic: &str) -> usize {
    let text = locale.text();
    let (q, r) = (text.questions, text.results);
    let currency = catalog.currency;
    let mut out: Vec<String> = Vec::new();
    out.push(r.summary(a.recommended().map(|f| (f.family, f.best, f.score, f.verdict))));
    for t in &a.treatments {
        let c = &t.candidacy;
        let tl = &t.timeline;
        out.extend(t.breakdown.iter().map(|b| r.contribution(b.factor, b.points, b.max)));
        out.extend(t.breakdown.iter().flat_map(|b| &b.details).map(|d| r.detail(d, q)));
        for reason in &c.reasons {
            out.push(r.cause(reason, q));
            out.push(r.reason_kind(reason.kind).to_string());
            out.extend(reason.until.map(|u| r.reason_until(u)));
        }
        out.extend(c.earliest.map(|d| r.earliest(d)));
        out.push(r.verdict_sentence(c.verdict).to_string());
        out.push(r.candidacy_heading(t.id, c.verdict));
        out.push(r.variant_line(t.id, t.score, c.verdict, t.offered));
        out.push(r.score_label(t.score));
        out.push(r.fit_line(t.score));
        out.push(r.safety_line(c.verdict));
        out.push(r.best_variant(t.id));
        out.push(r.timeline_intro(tl.start));
        out.push(r.chart_title(tl.start, tl.fades.map_or(tl.full_results, |f| f.1)));
        out.push(r.timeline_note(t.id, Some(tl.start)));
        out.push(r.timeline_note(t.id, None));
        out.push(r.lasting(tl.lasts));
        out.push(r.maintenance(tl.maintenance));
        out.push(r.downtime_days(tl.downtime_days));
        out.push(r.interval(tl.interval_days));
        out.push(r.plan_dates(tl));
        out.push(r.count(tl.session_dates.len() as u32, &r.sessions));
    }
    out.extend(a.event_date.map(|e| r.event_on(e)));
    if let Some(plan) = &a.plan {
        out.push(r.plan_intro(plan.best_single, &plan.uncovered, q));
        out.extend(plan.covers.iter().map(|c| r.plan_cover(c, q)));
        for (i, s) in plan.steps.iter().enumerate() {
            out.push(r.plan_step(s.id, a.treatment(s.id).map_or(Verdict::NotNow, |t| t.candidacy.verdict)));
            if let (Some(gap), Some(prev)) = (&s.after_previous, i.checked_sub(1)) {
                out.push(r.plan_after(plan.steps[prev].id, gap));
            }
        }
        out.push(r.plan_end(plan.full_results, a.event_date.zip(plan.ready_by_event)));
    }
    out.extend(Source::ALL.iter().map(|&s| r.source(s)));
    out.extend(Budget::ALL.iter().map(|&b| r.budget_label(b, currency, q)));
    for amount in [0, 1, 999, 1_000, 1_234_567, u32::MAX] {
        out.push(r.money(amount, currency));
    }
    for t in &catalog.treatments {
        out.push(r.money_range(t.price.value.amount, t.price.value.currency));
        out.extend(t.preparation.iter().chain(t.aftercare).map(|s| r.care_step(s.value)));
    }
    for n in [0, 1, 2, 3, 5, 11, 21, 1_000_000] {
        out.push(r.count(n, &r.weeks));
        out.push(r.note_ref(n as usize));
    }
    out.push(r.disclaimer(clinic));
    out.push(text.embed.ask(clinic));
    out.push(q.step_of(2, 5));
    out.extend(Concern::ALL.iter().map(|&c| q.concern(c).to_string()));
    out.iter().map(String::len).sum()
}

/// The engine, the events and the text on a parsed configuration, for one visitor.
fn use_config(config: &config::WidgetConfig, v: &Visitor) {
    let catalog = Catalog::for_clinic(&config.offer);
    let a = treatment_compare::assess(&v.answers, &catalog, v.today);
    let _ = events::ReadyDetail::new(config);
    let _ = events::CompletedDetail::new(&a);
    let _ = events::booking_url(config, &a);
    render(config.locale, &a, &catalog, &config.clinic_name);
    for &l in &config.languages {
        render(l, &a, &catalog, &config.clinic_name);
    }
}

/// A configuration error names an attribute, the script, or a field of its JSON (a misspelt one
/// by the clinic's own spelling), and says what is wrong.
fn names_a_field(e: &ConfigError) -> bool {
    let f = e.field.as_str();
    let json_field = ["treatments", "text"].iter().any(|top| f == *top || f.starts_with(&format!("{top}.")));
    let unknown = e.problem.starts_with("unknown field") && !f.is_empty();
    !e.problem.trim().is_empty() && (ATTRIBUTES.contains(&f) || f == SCRIPT_FIELD || json_field || unknown)
}

// ---------------------------------------------------------------------------------------------
// Valid inputs to mutate

fn answers_json() -> impl Strategy<Value = (Date, String)> {
    (visitor(), any::<bool>()).prop_map(|(v, pretty)| {
        let json = if pretty { serde_json::to_string_pretty(&v.answers) } else { serde_json::to_string(&v.answers) };
        (v.today, json.expect("answers serialise"))
    })
}

/// The answers `assess` reads: random text, tokens, or a valid answers file mutated; and the day.
fn answers_input() -> impl Strategy<Value = (Date, String)> {
    prop_oneof![
        1 => (generators::today(), random_text()),
        1 => (generators::today(), token_soup(JSON_TOKENS)),
        1 => answers_json(),
        4 => (answers_json(), mutations(ANSWERS_TOKENS)).prop_map(|((today, json), m)| (today, mutate(&json, &m))),
    ]
}

/// A valid configuration script for `offer`, with the clinic's text tables.
fn config_script(offer: &ClinicOffer, text: &[(String, Vec<(String, String)>)]) -> String {
    let per = |p: PriceUnit| match p {
        PriceUnit::Session => "session",
        PriceUnit::Treatment => "treatment",
        PriceUnit::Syringe => "syringe",
    };
    let mut treatments = serde_json::Map::new();
    for &id in &offer.offered {
        let mut t = serde_json::Map::new();
        if let Some(p) = offer.price(id) {
            let mut price = serde_json::json!({ "from": p.range.lo, "to": p.range.hi });
            if let Some(unit) = p.per {
                price["per"] = per(unit).into();
            }
            t.insert("price".into(), price);
        }
        treatments.insert(answers::snake_key(&id), t.into());
    }
    let mut json = serde_json::json!({ "treatments": treatments });
    if !text.is_empty() {
        let tables: serde_json::Map<String, serde_json::Value> = text
            .iter()
            .map(|(code, pairs)| {
                let table: serde_json::Map<String, serde_json::Value> =
                    pairs.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect();
                (code.clone(), table.into())
            })
            .collect();
        json["text"] = tables.into();
    }
    json.to_string()
}

/// A clinic's text tables: real keys with English's templates, their placeholders moved, dropped
/// or wrong, some keys misspelt, for built-in and added languages.
fn text_tables() -> impl Strategy<Value = Vec<(String, Vec<(String, String)>)>> {
    let english: Vec<(String, &'static str)> = english_table();
    let how =
        prop_oneof![20 => Just(0u8), 1 => Just(1u8), 1 => Just(2u8), 1 => Just(3u8), 1 => Just(4u8), 1 => Just(5u8)];
    let entry = (select(english), mutations(JSON_TOKENS), how).prop_map(|((key, text), m, how)| match how {
        0 => (key, text.to_string()),
        1 => (key, mutate(text, &m)),
        2 => (mutate(&key, &m), text.to_string()),
        3 => (key, format!("{text} {{n}}")),
        4 => (key, text.chars().rev().collect()),
        _ => (key, String::new()),
    });
    let dir = select(vec!["ltr", "rtl", "up", ""]).prop_map(|d| ("language.dir".to_string(), d.to_string()));
    let table = (vec(entry, 0..6), proptest::option::of(dir)).prop_map(|(mut pairs, dir)| {
        pairs.extend(dir);
        pairs
    });
    let code =
        prop_oneof![4 => select(vec!["en", "es", "fr", "ar", "de"]).prop_map(String::from), 1 => "[a-zA-Z_-]{0,6}"];
    vec((code, table), 0..3)
}

/// An attribute: absent, a good value, a bad one the element must refuse, random text, or a good
/// value mutated.
fn attribute_value(name: &'static str) -> impl Strategy<Value = Option<String>> {
    let (good, bad): (Vec<&'static str>, Vec<&'static str>) = match name {
        "clinic-name" => (vec!["Glow Clinic", "", "  ", "Clínica Ñandú {clinic}"], vec![]),
        "booking-url" => (
            vec![
                "/book",
                "https://glow.example/book?t={treatment}&n={treatment_name}&p={plan}&l={locale}",
                "mailto:desk@glow.example",
                "tel:+15550100",
            ],
            vec!["javascript:alert(1)", "/book/{bogus}", "{treatment}:evil", "data:text/html,x"],
        ),
        "contact-text" => (vec!["Call us on 555 0100", ""], vec![]),
        "locale" => (vec!["en", "es", "es-MX", "en-GB", "EN", "es_419"], vec!["fr", "xx", "zz-Latn-ZZ", "e"]),
        "languages" => (vec!["en es", "en,es", "es", "", "en en"], vec!["fr", "en es fr ar", "xx"]),
        "currency" => (vec!["USD", "eur", "GBP", "CHF", ""], vec!["EURO", "12$", "\u{e9}ur"]),
        "not-offered" => (vec!["show", "hide"], vec!["maybe"]),
        "accent-color" => (vec!["#0f766e", "red", ""], vec!["banana1", "url(x)"]),
        "remember" => (vec!["tab", "none", "device"], vec!["forever"]),
        _ => (vec![""], vec![]),
    };
    let bad = if bad.is_empty() { good.clone() } else { bad };
    let value = prop_oneof![
        24 => select(good.clone()).prop_map(String::from),
        1 => select(bad).prop_map(String::from),
        1 => random_text(),
        1 => (select(good), mutations(JSON_TOKENS)).prop_map(|(v, m)| mutate(v, &m)),
    ];
    prop_oneof![1 => Just(None), 2 => value.prop_map(Some)]
}

fn attributes() -> impl Strategy<Value = Vec<(&'static str, String)>> {
    let per_attribute: Vec<_> =
        ATTRIBUTES.iter().map(|&name| attribute_value(name).prop_map(move |v| v.map(|v| (name, v)))).collect();
    per_attribute.prop_map(|values| values.into_iter().flatten().collect())
}

fn page_languages() -> impl Strategy<Value = Vec<String>> {
    vec(
        prop_oneof![select(vec!["en", "es", "es-MX", "fr", "", "x", "zz-ZZ"]).prop_map(String::from), random_text()],
        0..3,
    )
}

/// The configuration script: none, random text, tokens, or a valid one mutated (or not).
fn script() -> impl Strategy<Value = Option<String>> {
    let valid = || (offer(), text_tables()).prop_map(|(o, t)| config_script(&o, &t));
    proptest::option::of(prop_oneof![
        1 => random_text(),
        1 => token_soup(JSON_TOKENS),
        3 => valid(),
        3 => (valid(), mutations(JSON_TOKENS)).prop_map(|(s, m)| mutate(&s, &m)),
    ])
}

/// A questionnaire state as the UI holds it: any answers, part-way or complete, any screen; each
/// health group unanswered, "none of these", or opened with any of its questions unanswered; a
/// stale last isotretinoin dose may stay behind when the visitor changed their answer.
fn state() -> impl Strategy<Value = (Date, State)> {
    (
        visitor(),
        select(Step::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
        vec(proptest::option::of(0..=4u8), 10),
        select(IsotretinoinChoice::ALL.to_vec()),
        any::<bool>(),
        vec(0..4u8, HEALTH_GROUPS.len()),
        vec(proptest::bool::weighted(0.2), Condition::ALL.len() + 1),
    )
        .prop_map(|(v, step, seen_results, skin_known, quiz, choice, stale, gates, unanswered)| {
            let a = v.answers;
            let mut concerns = [None; Concern::ALL.len()];
            for c in &a.concerns {
                concerns[Concern::ALL.iter().position(|x| *x == c.concern).unwrap()] = Some(c.severity);
            }
            let (isotretinoin, last) = match a.health.isotretinoin {
                Isotretinoin::Never => (IsotretinoinChoice::Never, None),
                Isotretinoin::Current => (IsotretinoinChoice::Current, None),
                Isotretinoin::NotSure => (IsotretinoinChoice::NotSure, None),
                Isotretinoin::Stopped { last_taken } => (IsotretinoinChoice::Stopped, Some(last_taken)),
            };
            // The visitor entered a date, then changed the answer: the date stays in the draft.
            let isotretinoin = if stale && last.is_some() { choice } else { isotretinoin };
            let draft = Draft {
                concerns,
                skin_type: skin_known.then_some(a.skin_type),
                downtime: a.downtime,
                preferences: a.preferences,
                health: Rc::new(Health { isotretinoin: Isotretinoin::Never, conditions: a.health.conditions }),
                gates: [Some(Gate::OneOrMore); HEALTH_GROUPS.len()],
                isotretinoin: Some(isotretinoin),
                isotretinoin_last_taken: last,
                start_date: a.start_date,
            };
            let mut draft = draft;
            for (i, (group, gate)) in HEALTH_GROUPS.iter().zip(gates).enumerate() {
                match gate {
                    0 => {
                        // Not answered yet: nothing in the group is.
                        draft.gates[i] = None;
                        for c in group.iter() {
                            Rc::make_mut(&mut draft.health).conditions.remove(c);
                        }
                        if i == MEDICINES {
                            draft.isotretinoin = None;
                        }
                    }
                    1 => draft.set_gate(i, Gate::NoneApply),
                    g => {
                        draft.set_gate(i, if g == 2 { Gate::OneOrMore } else { Gate::NotSure });
                        for c in
                            group.iter().filter(|c| unanswered[Condition::ALL.iter().position(|x| x == *c).unwrap()])
                        {
                            Rc::make_mut(&mut draft.health).conditions.remove(c);
                        }
                        if i == MEDICINES && unanswered[Condition::ALL.len()] {
                            draft.isotretinoin = None;
                        }
                    }
                }
            }
            let mut q = Quiz::default();
            q.0.copy_from_slice(&quiz);
            (v.today, State { step, draft, quiz: q, quiz_open: false, seen_results })
        })
}

fn saved_input() -> impl Strategy<Value = (Date, String)> {
    let encoded = || {
        (state(), any::<bool>(), any::<bool>())
            .prop_map(|((today, s), health, progress)| (today, saved::encode(&s, Include { health, progress })))
    };
    // Texts as the versions before December 2026's health questions wrote them.
    let older = || (encoded(), 1..=2u8).prop_map(|((today, text), version)| (today, as_version(&text, version)));
    prop_oneof![
        1 => (generators::today(), random_text()),
        1 => (generators::today(), "[0-9.\\-]{0,120}"),
        1 => (generators::today(), token_soup(SAVED_TOKENS)),
        1 => encoded(),
        1 => older(),
        5 => (encoded(), mutations(SAVED_TOKENS)).prop_map(|((today, text), m)| (today, mutate(&text, &m))),
        2 => (older(), mutations(SAVED_TOKENS)).prop_map(|((today, text), m)| (today, mutate(&text, &m))),
    ]
}

/// A text of the current version as version 2 wrote it (without the health questions added
/// since: 19 answers, not 21) or version 1 (and without the groups' answers).
fn as_version(text: &str, version: u8) -> String {
    let mut fields: Vec<String> = text.split('.').map(str::to_string).collect();
    if fields.len() != 12 {
        return text.to_string();
    }
    fields[0] = version.to_string();
    let added = 3 + Condition::BEFORE_VARIANTS..3 + Condition::ALL.len();
    if fields[11].len() >= added.end {
        fields[11].replace_range(added, "");
        if version == 1 {
            fields[11] = fields[11][3..].to_string();
        }
    }
    fields.join(".")
}

/// What a decoded state may hold: answers within the limits, which the engine then assesses.
fn check_decoded(state: &State, today: Date) -> Result<(), TestCaseError> {
    let d = &state.draft;
    let latest = answers::latest_date(today);
    prop_assert!(d.preferences.event_date.is_none_or(|e| e >= today && e <= latest), "{:?}", d.preferences);
    prop_assert!(d.start_date.is_none_or(|s| s <= latest), "{:?}", d.start_date);
    prop_assert!(d.isotretinoin_last_taken.is_none_or(|l| answers::plausible_last_dose(l, today)));
    if let Some(a) = d.to_answers() {
        prop_assert_eq!(a.validate(today), Ok(()), "a decoded complete draft is valid answers");
        treatment_compare::assess(&a, &Catalog::standard(), today);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_answers_parser_gives_answers_or_an_error_naming_the_field((today, input) in answers_input()) {
        match Answers::from_json(&input, today) {
            Ok(a) => {
                prop_assert_eq!(a.validate(today), Ok(()));
                let assessment = treatment_compare::assess(&a, &Catalog::standard(), today);
                prop_assert!(serde_json::to_string(&assessment).is_ok());
            }
            Err(e) => {
                prop_assert!(!e.field.is_empty() && !e.problem.trim().is_empty(), "{e:?}");
                prop_assert!(!e.to_string().contains('\n'), "one line: {e}");
            }
        }
    }

    #[test]
    fn the_configuration_gives_a_widget_or_an_error_naming_the_field(
        attrs in attributes(),
        script in script(),
        page in page_languages(),
        v in visitor(),
    ) {
        let json = match script.as_deref().map(config::parse_json) {
            None => None,
            Some(Ok(json)) => Some(json),
            Some(Err(e)) => {
                prop_assert!(names_a_field(&e), "the script's error names no field: {e:?}");
                return Ok(());
            }
        };
        let attribute = |name: &str| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        let is_colour = |c: &str| c.starts_with('#') || c.chars().all(|ch| ch.is_ascii_alphabetic());
        match config::from_element(attribute, json, is_colour, &page) {
            Ok(config) => {
                prop_assert!(!config.offer.offered.is_empty());
                prop_assert!(config.languages.is_empty() || config.languages.contains(&config.locale));
                use_config(&config, &v);
            }
            Err(e) => prop_assert!(names_a_field(&e), "the error names no field: {e:?}"),
        }
    }

    #[test]
    fn the_clinic_text_overrides_give_a_language_or_an_error_naming_the_key(
        tables in text_tables(),
        locale in any::<Index>(),
        regional in any::<bool>(),
        m in mutations(JSON_TOKENS),
        mutated in proptest::bool::weighted(0.25),
        v in visitor(),
    ) {
        let mut script = config_script(&ClinicOffer::default(), &tables);
        if mutated {
            script = mutate(&script, &m);
        }
        let json = match config::parse_json(&script) {
            Ok(json) => json,
            Err(e) => {
                prop_assert!(names_a_field(&e), "{e:?}");
                return Ok(());
            }
        };
        // Shown in one of the languages on offer: English, or one the clinic's tables name.
        let mut codes: Vec<String> = vec!["en".into()];
        codes.extend(json.text.keys().cloned());
        let languages = codes.join(" ");
        let mut locale = codes[locale.index(codes.len())].clone();
        if regional {
            locale.push_str("-MX");
        }
        let attribute = |name: &str| match name {
            "locale" => Some(locale.clone()),
            "languages" => Some(languages.clone()),
            _ => None,
        };
        match config::from_element(attribute, Some(json), |_| true, &[]) {
            Ok(config) => use_config(&config, &v),
            Err(e) => {
                prop_assert!(names_a_field(&e), "{e:?}");
                // Unmutated, only the text tables (or the languages they make) can be wrong.
                let f = e.field.as_str();
                prop_assert!(mutated || f.starts_with("text.") || f == "languages" || f == "locale", "{e:?}");
            }
        }
    }

    #[test]
    fn the_stored_answers_and_link_decoders_give_a_state_or_an_error((today, text) in saved_input()) {
        match saved::decode(&text, today) {
            Ok(decoded) => check_decoded(&decoded.state, today)?,
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        match saved::decode_link(&text, today) {
            Ok(saved::Decoded { state, has_health, questions_added }) => {
                if state.step == Step::Results {
                    prop_assert!(state.draft.to_answers().is_some(), "a link opens on complete answers");
                } else if questions_added {
                    // A link from before the December 2026 questions opens on the health step,
                    // those questions unanswered.
                    prop_assert_eq!(state.step, Step::Health);
                    prop_assert!(has_health && !text.starts_with(saved::VERSION));
                    prop_assert_eq!(state.draft.first_incomplete(), Some(Step::Health));
                    for c in Condition::ALL.into_iter().filter(|c| c.added_with_variants()) {
                        prop_assert!(state.draft.health.conditions.get(&c).is_none(), "{:?} is left unanswered", c);
                    }
                } else {
                    // A link without health answers opens on the health step, nothing answered there.
                    prop_assert_eq!(state.step, Step::Health);
                    prop_assert!(!has_health);
                    prop_assert_eq!(state.draft.first_incomplete(), Some(Step::Health));
                    prop_assert!(state.draft.health.conditions.is_empty() && state.draft.gates == [None; 3]);
                }
                check_decoded(&state, today)?;
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn stored_answers_come_back_as_they_were_kept((today, state) in state()) {
        let text = saved::encode(&state, Include { health: true, progress: true });
        let decoded = saved::decode(&text, today).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert!(decoded.has_health && !decoded.questions_added);
        // The same answers written by version 2 come back with the added questions unanswered
        // and every other answer as it was.
        let old = saved::decode(&as_version(&text, 2), today).map_err(|e| TestCaseError::fail(format!("v2 {text}: {e}")))?;
        for c in Condition::ALL {
            let was = state.draft.condition(c);
            let now = old.state.draft.condition(c);
            if c.added_with_variants() {
                prop_assert_eq!(now, None, "{:?} is unanswered", c);
            } else if old.state.draft.gates == state.draft.gates {
                prop_assert_eq!(now, was, "{:?} is kept", c);
            }
        }
        prop_assert!(!old.questions_added || old.state.draft.first_incomplete().is_some() || state.draft.gates.iter().all(Option::is_none));
        let back = decoded.state;
        // A last dose left behind by a changed answer is not an answer: it is not kept.
        let mut expected = state.clone();
        if expected.draft.isotretinoin != Some(IsotretinoinChoice::Stopped) {
            expected.draft.isotretinoin_last_taken = None;
        }
        prop_assert_eq!(back, expected, "{}", text);
    }
}

proptest! {
    // Real processes are slow to start: a few dozen, on top of the 10,000 in-process cases above.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(40) })]

    #[test]
    fn the_assess_command_exits_0_or_2_with_a_message_never_a_panic(
        (today, json) in answers_json(),
        m in mutations(JSON_TOKENS),
        mutated in any::<bool>(),
    ) {
        let input = if mutated { mutate_bytes(&json, &m) } else { json.into_bytes() };
        let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
            .args(["--today", &today.to_string(), "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        prop_assert!(!stderr.contains("panicked"), "{stderr}");
        match out.status.code() {
            Some(0) => prop_assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok()),
            Some(2) => prop_assert!(stderr.starts_with("assess: ") && stderr.trim().len() > "assess:".len(), "{stderr}"),
            other => prop_assert!(false, "exit {other:?}: {stderr}"),
        }
    }
}

#[test]
fn the_assess_command_refuses_what_is_not_text_or_not_answers() {
    for input in [&b""[..], b"\xff\xfe\x00", b"[", b"null", b"{}", b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
            .args(["--today", "2026-11-21", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{input:?}: {stderr}");
        assert!(stderr.starts_with("assess: ") && !stderr.contains("panicked"), "{stderr}");
    }
    let _ = Currency::USD;
}
