//! The clinic's measurement (issue 27): the funnel's CustomEvents and data-layer pushes carry ids
//! only, whatever the visitor answers; `forward-params` copies only the named campaign parameters
//! onto the booking link, encoded; the Tag Manager container a clinic imports references only
//! what the widget pushes.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod generators;

use common::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use std::collections::BTreeSet;
use treatment_compare::answers::*;
use treatment_compare::assessment::Verdict;
use treatment_compare::catalog::*;
use treatment_compare::config::{self, Analytics, Booking, WidgetConfig, MAX_FORWARDED};
use treatment_compare::events::datalayer::{self, EVENTS, FORM_NAME, KEYS};
use treatment_compare::events::*;
use treatment_compare::questionnaire::Step;

fn configure(attributes: &[(&str, &str)]) -> Result<WidgetConfig, config::ConfigError> {
    config::from_element(
        |name| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()),
        None,
        |_| true,
        &[],
    )
}

// ---- The attributes ------------------------------------------------------------------------

#[test]
fn analytics_is_off_unless_the_clinic_asks_for_the_data_layer() {
    assert_eq!(configure(&[]).unwrap().analytics, Analytics::None);
    assert_eq!(configure(&[("analytics", "none")]).unwrap().analytics, Analytics::None);
    assert_eq!(configure(&[("analytics", "datalayer")]).unwrap().analytics, Analytics::DataLayer);
    let e = configure(&[("analytics", "gtag")]).unwrap_err();
    assert_eq!(e.field, "analytics");
    assert!(e.problem.contains("\"gtag\"") && e.problem.contains("datalayer"), "{e}");
}

#[test]
fn forward_params_names_are_letters_digits_underscores_and_hyphens_at_most_ten() {
    let names = |v: &str| configure(&[("forward-params", v)]).map(|c| c.forward_params);
    assert_eq!(
        names("utm_source utm_medium, utm_campaign gclid").unwrap(),
        ["utm_source", "utm_medium", "utm_campaign", "gclid"]
    );
    assert_eq!(names("gclid gclid").unwrap(), ["gclid"], "a name given twice counts once");
    assert!(names("").unwrap().is_empty());
    for bad in ["utm source=x", "utm.source", "<script>", "a&b", "ütm"] {
        let e = configure(&[("forward-params", bad)]).unwrap_err();
        assert_eq!(e.field, "forward-params", "{bad}");
    }
    let eleven: Vec<String> = (0..=MAX_FORWARDED).map(|i| format!("p{i}")).collect();
    assert!(names(&eleven.join(" ")).unwrap_err().problem.contains("at most 10"));
}

fn booking(template: &str, forwarded: &[(&str, &str)]) -> Option<String> {
    let mut config = WidgetConfig { booking: Booking::Url(template.into()), ..WidgetConfig::default() };
    config.forwarded = forwarded.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let assessment = run(&visitor(&[(Concern::FineLines, Severity::Moderate)]));
    booking_url(&config, &assessment)
}

#[test]
fn campaign_parameters_go_onto_the_booking_link_encoded_and_never_over_its_own() {
    let utm = [("utm_source", "google"), ("utm_campaign", "spring sale & more"), ("gclid", "Cj0KCQ")];
    assert_eq!(
        booking("https://book.example/new?t={treatment}", &utm).unwrap(),
        "https://book.example/new?t=microneedling&utm_source=google&utm_campaign=spring%20sale%20%26%20more&gclid=Cj0KCQ"
    );
    // Before a fragment; a link without a query gets one; the link's own value wins.
    assert_eq!(booking("/book#form", &utm[..1]).unwrap(), "/book?utm_source=google#form");
    assert_eq!(
        booking("/book?utm_source=clinic&x=1", &utm[..1]).unwrap(),
        "/book?utm_source=clinic&x=1",
        "the booking URL's own utm_source stays"
    );
    // Hostile values are inert: encoded as a value, they cannot add a parameter or leave the link.
    let hostile = [("utm_source", "\"><img src=x onerror=alert(1)>&email=a@b.c#x")];
    let url = booking("/book", &hostile).unwrap();
    assert_eq!(url, "/book?utm_source=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%26email%3Da%40b.c%23x");
    assert!(!url.contains('<') && !url.contains('"') && url.matches('&').count() == 0 && !url.contains('#'));
    // Never onto an e-mail or a phone number.
    assert_eq!(
        booking("mailto:desk@clinic.example?subject=Consult", &utm).unwrap(),
        "mailto:desk@clinic.example?subject=Consult"
    );
    assert_eq!(booking("tel:+15550100", &utm).unwrap(), "tel:+15550100");
    // Without forwarded parameters the link is as before.
    assert_eq!(booking("/book?t={treatment}", &[]).unwrap(), "/book?t=microneedling");
}

// ---- The data layer ------------------------------------------------------------------------

#[test]
fn every_push_names_a_known_event_and_carries_every_key() {
    let a = run(&visitor(&[(Concern::AcneScars, Severity::Moderate)]));
    let config = WidgetConfig { booking: Booking::Url("/book".into()), ..WidgetConfig::default() };
    let request = BookingRequest { compared: vec![], share_answers: true };
    let answers = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    let events = [
        (WidgetEvent::Started(StartedDetail { step: "concerns" }), "form_start"),
        (WidgetEvent::Step(StepDetail::new(Step::Downtime)), "treatment_compare_step"),
        (WidgetEvent::Completed(CompletedDetail::new(&a)), "treatment_compare_results"),
        (WidgetEvent::Action(ActionDetail::new(ResultAction::Print)), "treatment_compare_action"),
        (WidgetEvent::BookingRequested(BookingDetail::new(&config, &a, &answers, &request)), "generate_lead"),
    ];
    for (event, name) in &events {
        let entry = datalayer::entry(event, "glow").expect("a push");
        let json: Value = serde_json::from_str(&to_json(&entry)).unwrap();
        assert_eq!(json["event"], *name);
        let keys: BTreeSet<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected: BTreeSet<&str> = KEYS.into_iter().collect();
        expected.insert("event");
        assert_eq!(keys, expected, "{name}: every key");
        assert_eq!((json["form_id"].as_str(), json["form_name"].as_str()), (Some("glow"), Some(FORM_NAME)));
    }
    assert!(datalayer::entry(&WidgetEvent::Ready(ReadyDetail::new(&config)), "glow").is_none());
    // The step push: its id, place and the count.
    let step = to_json(&datalayer::entry(&events[1].0, "0").unwrap());
    let step: Value = serde_json::from_str(&step).unwrap();
    assert_eq!(
        (step["tc_step"].as_str(), step["tc_step_number"].as_u64(), step["tc_step_count"].as_u64()),
        (Some("downtime"), Some(3), Some(5))
    );
    assert!(step["tc_treatment"].is_null() && step["tc_action"].is_null());
    // The booking push: the treatment only, never the summary the host's event carries.
    let lead: Value = serde_json::from_str(&to_json(&datalayer::entry(&events[4].0, "0").unwrap())).unwrap();
    assert_eq!(lead["tc_treatment"], serde_json::to_value(a.recommended().map(|f| f.best)).unwrap());
    assert_eq!(EVENTS.iter().copied().collect::<BTreeSet<_>>(), events.iter().map(|(_, n)| *n).collect());
}

/// What an event or a push may say: the ids of steps, actions, treatments, families and
/// languages, the event names, the form's name and id, and small numbers (a step's place).
fn allowed_words(form_id: &str) -> BTreeSet<String> {
    let mut words: BTreeSet<String> = BTreeSet::new();
    words.extend(Step::QUESTIONS.iter().map(|s| s.key().to_string()));
    words.extend(ResultAction::ALL.iter().map(snake_key));
    words.extend(TreatmentId::ALL.iter().map(snake_key));
    words.extend(Family::ALL.iter().map(snake_key));
    words.extend(["en", "es"].map(String::from));
    words.extend(EVENTS.map(String::from));
    words.extend([FORM_NAME.to_string(), form_id.to_string()]);
    words
}

/// Everything the visitor's answers could leak: concern ids and names (both languages), health
/// condition ids and names, isotretinoin, skin types, verdicts.
fn forbidden_words() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let es = treatment_compare::text::Locale::built_in("es").unwrap().text();
    for text in [treatment_compare::text::english(), es] {
        for c in Concern::ALL {
            words.push(snake_key(&c));
            words.push(text.results.concern_name(c).to_string());
        }
        for c in Condition::ALL {
            words.push(snake_key(&c));
            words.push(text.questions.condition_name(c).to_string());
        }
    }
    words.extend(["isotretinoin".into(), "skin_type".into(), "score".into(), "verdict".into()]);
    words.extend([Verdict::Suitable, Verdict::TalkToProvider, Verdict::NotNow].iter().map(snake_key));
    words.extend(Fitzpatrick::ALL.iter().map(|f| format!("\"{f:?}\"")));
    words
}

/// Checks one event's detail or push: only allowed words and step numbers, nothing forbidden,
/// no date.
fn ids_only(json: &str, form_id: &str, what: &str) -> Result<(), TestCaseError> {
    let value: Value = serde_json::from_str(json).unwrap();
    let allowed = allowed_words(form_id);
    fn walk(v: &Value, allowed: &BTreeSet<String>, at: &str) -> Result<(), TestCaseError> {
        match v {
            Value::Null | Value::Bool(_) => Ok(()),
            Value::Number(n) => {
                prop_assert!(
                    n.as_u64().is_some_and(|n| (1..=5).contains(&n)),
                    "{}: the number {} is not a step's place",
                    at,
                    n
                );
                Ok(())
            }
            Value::String(s) => {
                prop_assert!(allowed.contains(s), "{}: {:?} is not an id the widget may send", at, s);
                Ok(())
            }
            Value::Array(items) => items.iter().try_for_each(|i| walk(i, allowed, at)),
            Value::Object(fields) => fields.iter().try_for_each(|(k, v)| walk(v, allowed, &format!("{at}.{k}"))),
        }
    }
    walk(&value, &allowed, what)?;
    for word in forbidden_words() {
        let hit = json.to_lowercase().contains(&word.to_lowercase()) && !allowed.iter().any(|a| a.contains(&word));
        prop_assert!(!hit, "{}: {} says {:?}", what, json, word);
    }
    prop_assert!(!has_date(json), "{}: a date in {}", what, json);
    Ok(())
}

/// `2027-01-04` or `20270104`: four digits, then a dash and two digits, or eight digits in a row.
fn has_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |from: usize, n: usize| b.get(from..from + n).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    (0..b.len()).any(|i| (digits(i, 4) && b.get(i + 4) == Some(&b'-') && digits(i + 5, 2)) || digits(i, 8))
}

fn action() -> impl Strategy<Value = ActionDetail> {
    (
        select(ResultAction::ALL.to_vec()),
        proptest::option::of(select(TreatmentId::ALL.to_vec())),
        proptest::option::of(select(Family::ALL.to_vec())),
        proptest::option::of(select(vec!["en", "es"])),
    )
        .prop_map(|(action, treatment, family, language)| ActionDetail { action, treatment, family, language })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// For any visitor (concerns, skin type, health answers, dates), any clinic, any consent to
    /// share answers with the clinic and any action: the funnel's CustomEvents and every push to
    /// the data layer carry ids only. No concern, health condition, isotretinoin, skin type,
    /// verdict, score or date.
    #[test]
    fn no_funnel_event_nor_push_carries_health_data(
        v in generators::visitor(),
        offer in generators::offer(),
        share in any::<bool>(),
        actions in proptest::collection::vec(action(), 1..4),
        form_id in select(vec!["0", "3", "skin-quiz"]),
    ) {
        let catalog = Catalog::for_clinic(&offer);
        let a = treatment_compare::assess(&v.answers, &catalog, v.today);
        let mut config = WidgetConfig { booking: Booking::Url("/book?t={treatment}".into()), offer, ..WidgetConfig::default() };
        config.forwarded = vec![("utm_source".into(), "google".into())];
        let request = BookingRequest { compared: TreatmentId::ALL[..2].to_vec(), share_answers: share };
        let mut events = vec![WidgetEvent::Started(StartedDetail { step: "concerns" })];
        for step in Step::QUESTIONS {
            events.push(WidgetEvent::Step(StepDetail::new(step)));
        }
        for detail in actions {
            events.push(WidgetEvent::Action(detail));
        }
        // The funnel's own CustomEvents: ids only.
        for event in &events {
            ids_only(&to_json(event), form_id, event.name())?;
        }
        events.push(WidgetEvent::Completed(CompletedDetail::new(&a)));
        events.push(WidgetEvent::BookingRequested(BookingDetail::new(&config, &a, &v.answers, &request)));
        // Every push, those of the results and the booking included (whose CustomEvents carry
        // scores, verdicts and, with consent, concerns for the page's own code).
        for event in &events {
            if let Some(entry) = datalayer::entry(event, form_id) {
                ids_only(&to_json(&entry), form_id, entry.event)?;
            }
        }
    }
}

#[test]
fn the_check_itself_catches_health_data() {
    let leaks = [
        r#"{"tc_step":"health","tc_concern":"acne_scars"}"#,
        r#"{"tc_treatment":"Pregnant or breastfeeding"}"#,
        r#"{"tc_verdict":"not_now"}"#,
        r#"{"tc_step_number":72}"#,
        r#"{"skin":"IV"}"#,
        r#"{"when":"2027-01-04"}"#,
    ];
    for leak in leaks {
        assert!(ids_only(leak, "0", "a leak").is_err(), "{leak} passes");
    }
    assert!(ids_only(r#"{"event":"form_start","tc_step":"concerns","tc_step_number":1}"#, "0", "fine").is_ok());
}

// ---- The Tag Manager container ---------------------------------------------------------------

#[test]
fn the_tag_manager_container_references_only_what_the_widget_pushes() {
    let text = std::fs::read_to_string("docs/clinics/gtm-container.json").expect("the container file");
    let container: Value = serde_json::from_str(&text).expect("the container is JSON");
    assert_eq!(container["exportFormatVersion"], 2);
    let version = &container["containerVersion"];
    let list = |key: &str| version[key].as_array().cloned().unwrap_or_default();
    let param = |item: &Value, key: &str| -> Option<String> {
        item["parameter"].as_array()?.iter().find(|p| p["key"] == key)?["value"].as_str().map(String::from)
    };

    // Triggers: custom events, each one the widget pushes, and every pushed event has one.
    let mut triggered = BTreeSet::new();
    let mut trigger_ids = BTreeSet::new();
    for t in list("trigger") {
        assert_eq!(t["type"], "CUSTOM_EVENT", "{}", t["name"]);
        trigger_ids.insert(t["triggerId"].as_str().unwrap().to_string());
        for filter in t["customEventFilter"].as_array().unwrap() {
            let args: Vec<&str> =
                filter["parameter"].as_array().unwrap().iter().filter_map(|p| p["value"].as_str()).collect();
            assert_eq!(args[0], "{{_event}}");
            assert!(EVENTS.contains(&args[1]), "a trigger on {} the widget never pushes", args[1]);
            triggered.insert(args[1].to_string());
        }
    }
    assert_eq!(triggered, EVENTS.iter().map(|e| e.to_string()).collect(), "a trigger for every event");

    // Variables: data-layer keys the pushes carry.
    let mut variables = BTreeSet::new();
    for v in list("variable") {
        let name = v["name"].as_str().unwrap().to_string();
        match v["type"].as_str() {
            Some("v") => {
                let key = param(&v, "name").unwrap();
                assert!(KEYS.contains(&key.as_str()), "{name} reads {key}, which the widget never pushes");
            }
            Some("c") => {}
            other => panic!("{name}: unexpected variable type {other:?}"),
        }
        variables.insert(name);
    }

    // Tags: GA4 events named as the pushes, firing on the container's triggers, using its variables.
    let tags = list("tag");
    assert_eq!(tags.len(), EVENTS.len());
    for tag in &tags {
        let name = tag["name"].as_str().unwrap();
        let event = param(tag, "eventName").unwrap();
        assert!(EVENTS.contains(&event.as_str()), "{name} sends {event}");
        for id in tag["firingTriggerId"].as_array().unwrap() {
            assert!(trigger_ids.contains(id.as_str().unwrap()), "{name} fires on an unknown trigger");
        }
        for reference in text_references(tag) {
            assert!(
                variables.contains(&reference) || reference == "_event",
                "{name} uses {{{{{reference}}}}}, not in the container"
            );
        }
    }
}

/// The `{{Variable}}` references anywhere in `value`.
fn text_references(value: &Value) -> Vec<String> {
    let text = value.to_string();
    text.split("{{").skip(1).filter_map(|rest| rest.split("}}").next()).map(String::from).collect()
}
