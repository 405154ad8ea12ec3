//! The configuration from attributes and JSON, and every error naming its field.

use super::*;

fn attrs(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

fn json(text: &str) -> Option<ConfigJson> {
    Some(parse_json(text).expect("test JSON parses"))
}

fn any_colour(_: &str) -> bool {
    true
}

#[test]
fn an_element_without_configuration_offers_everything_in_dollars() {
    let config = from_element(attrs(&[]), None, any_colour, &[]).unwrap();
    assert_eq!(config.offer.offered, TreatmentId::ALL.to_vec());
    assert_eq!(config.offer.currency, Currency::USD);
    assert!(!config.offer.hide_not_offered);
    assert_eq!(config.booking, Booking::None);
}

#[test]
fn attributes_are_read_and_trimmed() {
    let a = attrs(&[
        ("clinic-name", "  Glow Clinic "),
        ("booking-url", "/book"),
        ("contact-text", "ignored when there is a link"),
        ("currency", "eur"),
        ("not-offered", "hide"),
        ("accent-color", "#c026d3"),
    ]);
    let config = from_element(a, None, any_colour, &[]).unwrap();
    assert_eq!(config.clinic_name, "Glow Clinic");
    assert_eq!(config.booking, Booking::Url("/book".into()));
    assert_eq!(config.offer.currency.code(), "EUR");
    assert!(config.offer.hide_not_offered);
    assert_eq!(config.accent_color.as_deref(), Some("#c026d3"));
}

#[test]
fn contact_text_is_used_without_a_booking_link() {
    let config = from_element(attrs(&[("contact-text", "Call 555 0100")]), None, any_colour, &[]).unwrap();
    assert_eq!(config.booking, Booking::Contact("Call 555 0100".into()));
}

#[test]
fn treatments_and_prices_come_from_the_json() {
    let j = json(
        r#"{"treatments": {"peel_superficial": {}, "microneedling": {"price": {"from": 249.5, "to": 700, "per": "session"}}}}"#,
    );
    let config = from_element(attrs(&[]), j, any_colour, &[]).unwrap();
    assert_eq!(config.offer.offered, vec![TreatmentId::Microneedling, TreatmentId::PeelSuperficial]);
    assert_eq!(config.offer.prices.len(), 1);
    let (id, price) = &config.offer.prices[0];
    assert_eq!(*id, TreatmentId::Microneedling);
    assert_eq!((price.range, price.per), (Range::new(250, 700), Some(PriceUnit::Session)));
}

fn error(a: &[(&str, &str)], j: Option<&str>) -> ConfigError {
    let colour = |c: &str| c.starts_with('#');
    from_element(attrs(a), j.and_then(json), colour, &[]).expect_err("configuration is refused")
}

#[test]
fn each_bad_value_names_its_attribute_or_field() {
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, &'a str);
    let cases: [Case; 9] = [
        (&[("currency", "EURO")], None, "currency"),
        (&[("locale", "xx")], None, "locale"),
        (&[("not-offered", "maybe")], None, "not-offered"),
        (&[("accent-color", "banana")], None, "accent-color"),
        (&[("booking-url", "javascript:alert(1)")], None, "booking-url"),
        (&[], Some(r#"{"treatments": {"botox": {}}}"#), "treatments.botox"),
        (&[], Some(r#"{"treatments": {"filler": {"price": {"from": -5, "to": 10}}}}"#), "treatments.filler.price.from"),
        (&[], Some(r#"{"treatments": {"filler": {"price": {"from": 900, "to": 500}}}}"#), "treatments.filler.price"),
        (&[], Some(r#"{"treatments": {}}"#), "treatments"),
    ];
    for (a, j, field) in cases {
        assert_eq!(error(a, j).field, field, "{a:?} {j:?}");
    }
}

#[test]
fn messages_say_what_is_wrong() {
    let e = error(&[], Some(r#"{"treatments": {"botox": {}}}"#));
    assert!(e.to_string().starts_with("treatments.botox: unknown treatment (known: microneedling, "), "{e}");
    let e = error(&[], Some(r#"{"treatments": {"filler": {"price": {"from": -5, "to": 10}}}}"#));
    assert_eq!(e.to_string(), "treatments.filler.price.from: -5 is negative: prices start at 0");
}

#[test]
fn json_problems_name_the_path_or_the_place() {
    let field = |text: &str| parse_json(text).expect_err(text);
    let e = field(r#"{"treatments": {"filler": {"price": {"from": "250", "to": 400}}}}"#);
    assert_eq!(e.field, "treatments.filler.price.from");
    assert!(e.problem.starts_with("invalid type: string \"250\", expected f64"), "{e}");
    let e = field(r#"{"treatmnets": {}}"#);
    assert_eq!(e.field, "treatmnets");
    assert!(e.problem.starts_with("unknown field `treatmnets`, expected `treatments`"), "{e}");
    assert_eq!(
        field(r#"{"treatments": {"filler": {"price": {"from": 1, "to": 2, "per": "hour"}}}}"#).field,
        "treatments.filler.price.per"
    );
    let e = field(r#"{"treatments": {"filler": {}},}"#);
    assert_eq!(e.field, SCRIPT_FIELD);
    assert!(e.problem.starts_with("not valid JSON (") && e.problem.contains("line 1 column"), "{e}");
    let e = field("[1, 2]");
    assert_eq!(e.field, SCRIPT_FIELD);
    let e = field(r#""microneedling""#);
    assert_eq!(e.field, SCRIPT_FIELD);
    assert!(e.problem.contains("expected an object such as {\"treatments\""), "{e}");
    assert_eq!(field(r#"{} {}"#).field, SCRIPT_FIELD);
    // Found by tests/fuzz.rs: an empty key made an error with an empty field (": unknown field ``").
    let e = field(r#"{"": {}}"#);
    assert_eq!(e.field, SCRIPT_FIELD);
    assert!(e.problem.starts_with("unknown field ``"), "{e}");
}

#[test]
fn booking_links_may_be_paths_or_web_mail_and_phone_urls() {
    for ok in
        ["/book", "book.html", "#book", "https://clinic.example/book?x=1", "mailto:a@b.c", "tel:+15550100", "?x=a:b"]
    {
        assert_eq!(check_url(ok).as_deref(), Ok(ok), "{ok}");
    }
    for bad in ["javascript:alert(1)", "JavaScript:x", "data:text/html,hi", "vbscript:x"] {
        assert!(check_url(bad).is_err(), "{bad}");
    }
}

mod cases {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/common/json_cases.rs"));
}

#[test]
fn json_problems_read_the_same_natively_as_in_the_browser() {
    for (text, field, problem, exact) in cases::JSON_CASES {
        let e = parse_json(text).and_then(|j| from_element(attrs(&[]), Some(j), any_colour, &[])).expect_err(text);
        assert_eq!(e.field, *field, "{text}: {e}");
        if *exact {
            assert_eq!(e.problem, *problem, "{text}");
        } else {
            assert!(e.problem.starts_with(problem), "{text}: {e}");
        }
    }
    for text in cases::VALID_JSON {
        assert!(parse_json(text).is_ok(), "{text}");
    }
}

#[test]
fn a_field_written_twice_counts_once_with_its_last_value() {
    let json = parse_json(
        r#"{"treatments": {"botox": {}}, "treatments": {"filler": {}, "filler": {"price": {"from": 1, "to": 2}}}}"#,
    )
    .unwrap();
    let treatments = json.treatments.unwrap();
    assert_eq!(treatments.keys().collect::<Vec<_>>(), ["filler"]);
    assert_eq!(treatments.get("filler").unwrap().price.as_ref().map(|p| (p.from, p.to)), Some((1.0, 2.0)));
}

#[test]
fn remember_is_tab_by_default_none_or_device() {
    let remember = |v: Option<&str>| {
        let pairs: Vec<(&str, &str)> = v.map(|v| vec![("remember", v)]).unwrap_or_default();
        from_element(attrs(&pairs), None, any_colour, &[]).map(|c| c.remember)
    };
    assert_eq!(remember(None), Ok(Remember::Tab));
    assert_eq!(remember(Some("tab")), Ok(Remember::Tab));
    assert_eq!(remember(Some(" none ")), Ok(Remember::None));
    assert_eq!(remember(Some("device")), Ok(Remember::Device));
    let err = remember(Some("forever")).unwrap_err();
    assert_eq!(err.field, "remember");
    assert!(err.problem.contains("\"forever\""), "{}", err.problem);
}

#[test]
fn a_booking_url_may_carry_the_known_placeholders_only() {
    let url = |v: &str| from_element(attrs(&[("booking-url", v)]), None, any_colour, &[]).map(|c| c.booking);
    let calendly = "https://calendly.com/glow/consult?a1={treatment_name}&utm_content={plan}";
    assert_eq!(url(calendly), Ok(Booking::Url(calendly.into())));
    let err = url("https://cal.com/glow?notes={answers}").unwrap_err();
    assert_eq!(err.field, "booking-url");
    assert!(err.problem.contains("{answers}") && err.problem.contains("{treatment_name}"), "{}", err.problem);
    // A placeholder in the scheme is a scheme the widget does not allow.
    assert_eq!(url("{treatment}:alert(1)").unwrap_err().field, "booking-url");
}

#[test]
fn filled_placeholders_are_encoded_and_cannot_change_the_link() {
    let template = "https://book.example/glow?service={treatment_name}&id={treatment}&plan={plan}&lang={locale}";
    let filled = fill_booking_url(
        template,
        &[
            ("treatment_name", "Peel & glow, día 1/2?#x"),
            ("treatment", "microneedling"),
            ("plan", "microneedling,filler"),
        ],
    );
    assert_eq!(
        filled,
        "https://book.example/glow?service=Peel%20%26%20glow%2C%20d%C3%ADa%201%2F2%3F%23x&id=microneedling&plan=microneedling%2Cfiller&lang="
    );
    assert_eq!(fill_booking_url("/book/{treatment}", &[("treatment", "//evil.example")]), "/book/%2F%2Fevil.example");
}

#[test]
fn a_booking_link_that_looks_like_a_path_never_leaves_the_site() {
    let hostile = [
        ("//evil.example/book", "would leave the site"),
        ("///evil.example", "would leave the site"),
        ("/\\evil.example/book", "backslash"),
        ("\\\\evil.example", "backslash"),
        ("\\/evil.example", "backslash"),
        ("/%2F%2Fevil.example", "encoded slash"),
        ("/%5cevil.example", "encoded slash"),
        ("/%2fevil", "encoded slash"),
        (" //evil.example", "white space"),
        ("/\tbook", "white space"),
        ("/ /evil", "white space"),
        ("/book\n//evil", "white space"),
        ("java\tscript:alert(1)", "white space"),
        ("java script:alert(1)", "white space"),
        ("\u{0}javascript:alert(1)", "control"),
        ("jAvAsCrIpT:alert(1)", "not allowed"),
        ("javascript&colon;alert(1)", "encoded"),
        ("https:evil.example", "needs a host"),
        ("https:/evil.example", "needs a host"),
        ("http:///evil", "needs a host"),
        ("https://{treatment}/x", "needs a host"),
        ("https://clinic.example/{answers}", "unknown placeholder"),
        ("ftp://clinic.example", "not allowed"),
        ("file:///etc/passwd", "not allowed"),
        ("blob:https://clinic.example/x", "not allowed"),
        ("\u{200b}//evil.example", "invisible"),
        ("/book\u{202e}", "invisible"),
    ];
    for (url, why) in hostile {
        match check_url(url) {
            Ok(ok) if why == "encoded" => {
                assert!(!ok.contains(':') || ok.starts_with('/') || ok.contains('&'), "{url}")
            }
            Ok(ok) => panic!("{url:?} accepted as {ok:?}"),
            Err(e) => assert!(e.contains(why), "{url:?}: {e}"),
        }
    }
    // Still fine: paths, queries, anchors, placeholders in the path or query.
    for ok in [
        "/book/{treatment}",
        "/book?t={treatment_name}",
        "book",
        "./book",
        "#book",
        "https://calendly.com/glow?a1={plan}",
    ] {
        assert_eq!(check_url(ok).as_deref(), Ok(ok), "{ok}");
    }
}

#[test]
fn an_oversized_attribute_is_refused_before_it_is_read() {
    let huge = "x".repeat(MAX_ATTRIBUTE_LEN + 1);
    for name in ATTRIBUTES {
        let err = from_element(attrs(&[(name, &huge)]), None, any_colour, &[]).unwrap_err();
        assert_eq!(err.field, name);
        assert!(err.problem.contains("longer than"), "{err}");
    }
}

#[test]
fn an_oversized_script_or_text_is_refused_with_a_message() {
    let big = format!("{{\"treatments\": {{}}, \"x\": \"{}\"}}", "a".repeat(MAX_SCRIPT_LEN));
    let err = parse_json(&big).unwrap_err();
    assert_eq!(err.field, SCRIPT_FIELD);
    assert!(err.problem.contains("over the limit"), "{err}");
    let long = format!(r#"{{"text": {{"en": {{"questions.title": "{}"}}}}}}"#, "a".repeat(2_001));
    let err = from_element(attrs(&[]), json(&long), any_colour, &[]).unwrap_err();
    assert!(err.field.ends_with("questions.title") && err.problem.contains("longer than"), "{err}");
}

#[test]
fn of_several_treatment_problems_the_first_in_key_order_is_reported() {
    // Whatever order the clinic wrote them in (and the browser's JSON.parse keeps that order).
    let e = error(&[], Some(r#"{"treatments": {"zeta": {}, "microneedling": {}, "alpha": {}}}"#));
    assert_eq!(e.field, "treatments.alpha");
    let e = error(
        &[],
        Some(
            r#"{"treatments": {"peel_superficial": {"price": {"from": 5, "to": 1}}, "filler": {"price": {"from": -1, "to": 1}}}}"#,
        ),
    );
    assert_eq!(e.field, "treatments.filler.price.from");
}
