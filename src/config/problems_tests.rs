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
