//! Every problem at once (the configurator's check): each is the element's own error for that
//! field, and the list is empty exactly when the element accepts the configuration.

use super::problems::{problems, Problems};
use super::*;

fn attrs(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

fn colour(value: &str) -> bool {
    value.starts_with('#') || value == "teal"
}

fn check(pairs: &[(&str, &str)], script: Option<&str>) -> Problems {
    problems(attrs(pairs), script, colour, |_| Ok(()))
}

fn fields(found: &Problems) -> Vec<&str> {
    found.errors.iter().map(|e| e.field.as_str()).collect()
}

/// What the element says about `pairs` and `script` (its first problem).
fn element(pairs: &[(&str, &str)], script: Option<&str>) -> Result<WidgetConfig, ConfigError> {
    let json = script.map(parse_json).transpose()?;
    from_element(attrs(pairs), json, colour, &[])
}

#[test]
fn a_valid_configuration_has_no_problem() {
    let script = r#"{"treatments": {"microneedling": {"price": {"from": 250, "to": 600, "per": "session"}},
        "filler": {}}, "text": {"es": {"questions.title": "¿Qué le conviene?"}}}"#;
    let pairs =
        [("clinic-name", "Glow"), ("booking-url", "/book?t={treatment}"), ("languages", "en es"), ("locale", "es")];
    assert_eq!(check(&pairs, Some(script)), Problems::default());
    assert!(element(&pairs, Some(script)).is_ok());
    assert_eq!(check(&[], None), Problems::default());
}

#[test]
fn every_attribute_problem_is_listed_with_the_elements_own_message() {
    let pairs = [
        ("booking-url", "javascript:alert(1)"),
        ("currency", "EURO"),
        ("not-offered", "sometimes"),
        ("accent-color", "not a colour"),
        ("remember", "forever"),
        ("languages", "en klingon"),
    ];
    let found = check(&pairs, None);
    assert_eq!(fields(&found), ["booking-url", "currency", "not-offered", "accent-color", "remember", "languages"]);
    for error in &found.errors {
        let (name, value) = pairs.iter().find(|(n, _)| *n == error.field).unwrap();
        assert_eq!(element(&[(name, value)], None).unwrap_err(), *error, "alone, the element says the same");
    }
    // The element itself stops at the first.
    assert_eq!(element(&pairs, None).unwrap_err().field, "languages");
}

#[test]
fn every_treatment_and_text_problem_in_the_script_is_listed() {
    let script = r#"{"treatments": {
        "microneedling": {"price": {"from": -5, "to": 600}},
        "botox": {},
        "filler": {"price": {"from": "250", "to": 600}},
        "peel_superficial": {"price": {"from": 300, "to": 200}},
        "laser_ablative": {"prize": {}},
        "neuromodulator": {"price": {"from": 1, "to": 2, "per": "hour"}}
      },
      "text": {"en": {"questions.titel": "x"}, "es": {"questions.step_count": "{todos}"}, "French": {}},
      "colour": "teal"}"#;
    let found = check(&[], Some(script));
    let mut listed = fields(&found);
    listed.sort_unstable();
    assert_eq!(
        listed,
        [
            "colour",
            "text.French",
            "text.en.questions.titel",
            "text.es.questions.step_count",
            "treatments.botox",
            "treatments.filler.price.from",
            "treatments.laser_ablative.prize",
            "treatments.microneedling.price.from",
            "treatments.neuromodulator.price.per",
            "treatments.peel_superficial.price",
        ]
    );
    let message = |field: &str| &found.errors.iter().find(|e| e.field == field).unwrap().problem;
    assert_eq!(message("treatments.microneedling.price.from"), "-5 is negative: prices start at 0");
    assert_eq!(message("treatments.peel_superficial.price"), "\"from\" (300) is more than \"to\" (200)");
    assert_eq!(message("treatments.filler.price.from"), "invalid type: string \"250\", expected f64");
    assert!(message("text.en.questions.titel").contains("did you mean \"questions.title\""));
    // Each is what the element says of that treatment or language alone.
    let alone = r#"{"treatments": {"peel_superficial": {"price": {"from": 300, "to": 200}}}}"#;
    assert_eq!(
        element(&[], Some(alone)).unwrap_err(),
        found.errors.iter().find(|e| e.field == "treatments.peel_superficial.price").unwrap().clone()
    );
}

#[test]
fn the_locale_is_checked_against_the_languages_and_the_tables_that_passed() {
    let script = r#"{"text": {"fr": {"language.name": "Français"}, "de": {"questions.titel": "x"}}}"#;
    // fr is available (its table is fine); de's table is wrong, said once, at its key.
    let found = check(&[("languages", "en fr"), ("locale", "fr")], Some(script));
    assert_eq!(fields(&found), ["text.de.questions.titel"]);
    let found = check(&[("languages", "en es"), ("locale", "fr")], Some(script));
    assert_eq!(fields(&found), ["text.de.questions.titel", "locale"]);
    assert!(found.errors[1].problem.contains("not available (available: en, es)"));
    // A bad language list is said, and the locale is not judged against it.
    let found = check(&[("languages", "en xx"), ("locale", "fr")], None);
    assert_eq!(fields(&found), ["languages"]);
}

#[test]
fn malformed_json_is_one_problem_of_the_script() {
    let found = check(&[("currency", "EURO")], Some(r#"{"treatments": {"#));
    assert_eq!(fields(&found), ["currency", SCRIPT_FIELD]);
    assert_eq!(found.errors[1], parse_json(r#"{"treatments": {"#).unwrap_err());
    assert_eq!(fields(&check(&[], Some("[1]"))), [SCRIPT_FIELD]);
    assert_eq!(fields(&check(&[], Some("  "))), Vec::<&str>::new(), "a blank script is no script");
    assert_eq!(fields(&check(&[], Some(r#"{"treatments": {}}"#))), ["treatments"]);
    assert_eq!(fields(&check(&[], Some(r#"{"treatments": 3}"#))), ["treatments"]);
}

#[test]
fn the_page_layers_check_runs_on_the_booking_link() {
    let found = problems(attrs(&[("booking-url", "/book")]), None, colour, |config| match &config.booking {
        Booking::Url(_) => Err(ConfigError::new("booking-url", "leaves the site")),
        _ => Ok(()),
    });
    assert_eq!(found.errors, [ConfigError::new("booking-url", "leaves the site")]);
}

#[test]
fn an_added_languages_missing_keys_are_warnings() {
    let found = check(&[("languages", "en fr")], Some(r#"{"text": {"fr": {"language.name": "Français"}}}"#));
    assert!(found.errors.is_empty());
    assert_eq!(found.warnings.len(), 1);
    assert_eq!(found.warnings[0].field, "text.fr");
    assert!(found.warnings[0].problem.contains("keys are missing and show in English"), "{:?}", found.warnings);
    assert!(!found.warnings[0].problem.contains("language.name,"), "the key it has is not missing");
    assert_eq!(
        check(&[("languages", "en fr")], Some(r#"{"text": {"fr": {"language.name": "Français"}}}"#)),
        found,
        "said again"
    );
    assert!(check(&[], Some(r#"{"text": {"es": {"questions.title": "Hola"}}}"#)).warnings.is_empty(), "built in");
}

#[test]
fn no_problem_exactly_when_the_element_accepts_it() {
    let attributes: [&[(&str, &str)]; 5] = [
        &[],
        &[("currency", "EUR"), ("locale", "es")],
        &[("locale", "fr")],
        &[("booking-url", "//evil.example")],
        &[("clinic-name", "Glow"), ("contact-text", "Call us"), ("remember", "device"), ("not-offered", "hide")],
    ];
    let scripts = [
        None,
        Some(r#"{"treatments": {"microneedling": {}}}"#),
        Some(r#"{"treatments": {"microneedling": {"price": {"from": 2, "to": 1}}}}"#),
        Some(r#"{"text": {"fr": {"language.name": "Français"}}}"#),
        Some(r#"{"treatments": null, "text": {}}"#),
        Some("{"),
    ];
    for pairs in attributes {
        for script in scripts {
            let found = check(pairs, script);
            match element(pairs, script) {
                Ok(_) => assert!(found.errors.is_empty(), "{pairs:?} {script:?}: {found:?}"),
                Err(e) => assert!(found.errors.contains(&e), "{pairs:?} {script:?}: {e} not in {found:?}"),
            }
        }
    }
}

mod random {
    //! Random configurations, each part good or bad in one of the ways a clinic gets it wrong:
    //! the list is empty exactly when the element accepts it, holds the element's own first
    //! problem when it does not, and names each field once.
    use super::*;
    use proptest::prelude::*;

    fn attribute(
        name: &'static str,
        values: &'static [&'static str],
    ) -> impl Strategy<Value = Option<(String, String)>> {
        proptest::option::of(proptest::sample::select(values))
            .prop_map(move |v| v.map(|v| (name.to_string(), v.to_string())))
    }

    fn attributes() -> impl Strategy<Value = Vec<(String, String)>> {
        (
            attribute("clinic-name", &["Glow", ""]),
            attribute("booking-url", &["/book?t={treatment}", "javascript:alert(1)", "//evil.example", "/b?{x}"]),
            attribute("contact-text", &["Call us"]),
            attribute("locale", &["en", "es-MX", "fr", "xx-"]),
            attribute("languages", &["en es", "es fr", "en klingon"]),
            attribute("currency", &["EUR", "EURO", "usd"]),
            attribute("not-offered", &["hide", "show", "sometimes"]),
            attribute("accent-color", &["#123456", "not a colour"]),
            attribute("remember", &["tab", "device", "forever"]),
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i)| [a, b, c, d, e, f, g, h, i].into_iter().flatten().collect())
    }

    fn treatment() -> impl Strategy<Value = String> {
        let id = proptest::sample::select(&["microneedling", "filler", "peel_deep", "botox"][..]);
        let body = proptest::sample::select(
            &[
                "{}",
                r#"{"price": {"from": 100, "to": 200, "per": "session"}}"#,
                r#"{"price": {"from": -1, "to": 200}}"#,
                r#"{"price": {"from": 300, "to": 200}}"#,
                r#"{"price": {"from": "1", "to": 2}}"#,
                r#"{"price": {"to": 2}}"#,
                r#"{"prize": {}}"#,
                "3",
            ][..],
        );
        (id, body).prop_map(|(id, body)| format!("\"{id}\": {body}"))
    }

    fn table() -> impl Strategy<Value = String> {
        let code = proptest::sample::select(&["en", "es", "fr", "French"][..]);
        let body = proptest::sample::select(
            &[
                r#"{"questions.title": "Hola"}"#,
                r#"{"language.name": "Français"}"#,
                r#"{"questions.titel": "x"}"#,
                r#"{"questions.step_count": "{todos}"}"#,
                r#"{"language.dir": "up"}"#,
                "[]",
            ][..],
        );
        (code, body).prop_map(|(code, body)| format!("\"{code}\": {body}"))
    }

    fn script() -> impl Strategy<Value = Option<String>> {
        let treatments = proptest::option::of(proptest::collection::vec(treatment(), 0..4));
        let text = proptest::option::of(proptest::collection::vec(table(), 0..3));
        let broken = proptest::bool::weighted(0.05);
        proptest::option::of((treatments, text, broken).prop_map(|(treatments, text, broken)| {
            let mut fields = Vec::new();
            if let Some(t) = treatments {
                fields.push(format!("\"treatments\": {{{}}}", t.join(", ")));
            }
            if let Some(t) = text {
                fields.push(format!("\"text\": {{{}}}", t.join(", ")));
            }
            let json = format!("{{{}}}", fields.join(", "));
            if broken {
                json[..json.len() - 1].to_string()
            } else {
                json
            }
        }))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn no_problem_exactly_when_the_element_accepts_it(pairs in attributes(), script in script()) {
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let found = check(&pairs, script.as_deref());
            match element(&pairs, script.as_deref()) {
                Ok(_) => prop_assert!(found.errors.is_empty(), "{:?}", found),
                Err(e) => prop_assert!(found.errors.contains(&e), "{} not in {:?}", e, found),
            }
            let mut fields: Vec<&str> = found.errors.iter().map(|e| e.field.as_str()).collect();
            fields.sort_unstable();
            let all = fields.len();
            fields.dedup();
            prop_assert_eq!(fields.len(), all, "each field once");
        }
    }
}
