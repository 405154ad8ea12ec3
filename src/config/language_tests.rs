//! Which language the configuration chooses, the language switch, and the clinic's text tables
//! with their errors.

use super::*;

fn attrs(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

fn config(a: &[(&str, &str)], json: Option<&str>, page: &[&str]) -> Result<WidgetConfig, ConfigError> {
    let json = json.map(|j| parse_json(j).expect("test JSON parses"));
    let page: Vec<String> = page.iter().map(|s| s.to_string()).collect();
    from_element(attrs(a), json, |_| true, &page)
}

fn shown(a: &[(&str, &str)], page: &[&str]) -> (&'static str, &'static str) {
    let t = config(a, None, page).unwrap().locale.text();
    (t.code, t.tag)
}

#[test]
fn the_locale_attribute_then_the_page_then_the_browser_then_english() {
    assert_eq!(shown(&[("locale", "es")], &["en", "en-US"]), ("es", "es"));
    assert_eq!(shown(&[], &["es-MX", "en"]), ("es", "es-MX"), "the page's <html lang>");
    assert_eq!(shown(&[], &["fr-CA", "es-419", "en"]), ("es", "es-419"), "the first available language");
    assert_eq!(shown(&[], &["de", "fr"]), ("en", "en"));
    assert_eq!(shown(&[], &[]), ("en", "en"));
    assert_eq!(shown(&[("locale", "en-GB")], &["es"]), ("en", "en-GB"));
    assert_eq!(shown(&[], &["not a tag", "es"]), ("es", "es"));
}

#[test]
fn the_languages_attribute_offers_a_switch_and_limits_the_choice() {
    let c = config(&[("languages", "en es")], None, &["es-MX"]).unwrap();
    assert_eq!(c.locale.code(), "es");
    assert_eq!(c.languages.iter().map(|l| l.code()).collect::<Vec<_>>(), ["en", "es"]);
    assert!(c.languages.contains(&c.locale), "the shown language is one of the switch's");
    // Only the offered languages are candidates.
    assert_eq!(config(&[("languages", "en")], None, &["es"]).unwrap().locale.code(), "en");
    assert!(config(&[("languages", "en")], None, &[]).unwrap().languages.is_empty(), "one language: no switch");
    let e = config(&[("languages", "en"), ("locale", "es")], None, &[]).unwrap_err();
    assert_eq!((e.field.as_str(), e.problem.as_str()), ("locale", "\"es\" is not available (available: en)"));
    let e = config(&[("languages", "en de")], None, &[]).unwrap_err();
    assert_eq!(e.field, "languages");
    assert!(e.problem.contains("\"de\" is not available (available: en, es)"), "{e}");
}

#[test]
fn an_unknown_locale_names_the_available_languages() {
    let e = config(&[("locale", "xx")], None, &[]).unwrap_err();
    assert_eq!(e.to_string(), "locale: \"xx\" is not available (available: en, es)");
    let e = config(&[("locale", "fr")], Some(r#"{"text": {"fr": {"language.name": "Français"}}}"#), &[]);
    assert_eq!(e.unwrap().locale.code(), "fr", "a clinic's language is available");
}

#[test]
fn a_clinic_overrides_strings_and_adds_a_language() {
    let json = r#"{"text": {
        "en": {"results.treatments.microneedling": "Collagen induction therapy"},
        "es": {"questions.title": "¿Qué tratamiento le conviene más?"},
        "fr": {"language.name": "Français", "questions.title": "Quel soin vous convient ?"}
    }}"#;
    let c = config(&[("languages", "en es fr")], Some(json), &[]).unwrap();
    let [en, es, fr] = [0, 1, 2].map(|i| c.languages[i].text());
    assert_eq!(en.results.treatments[0], "Collagen induction therapy");
    assert_eq!(es.questions.title, "¿Qué tratamiento le conviene más?");
    assert_eq!((fr.name, fr.questions.title, fr.questions.back), ("Français", "Quel soin vous convient ?", "Back"));
    assert_eq!(c.locale.code(), "en");
}

#[test]
fn text_problems_name_the_language_and_key() {
    let e = |json: &str| config(&[], Some(json), &[]).unwrap_err();
    let typo = e(r#"{"text": {"en": {"questions.titel": "Hi"}}}"#);
    assert_eq!(typo.field, "text.en.questions.titel");
    assert!(typo.problem.contains("did you mean \"questions.title\""), "{typo}");
    let blank = e(r#"{"text": {"es": {"questions.step_count": "Paso {n} de {todos}"}}}"#);
    assert_eq!(blank.field, "text.es.questions.step_count");
    assert_eq!(blank.problem, "unknown placeholder {todos}: its placeholders are {n}, {total}");
    // A shown language or not, every table is checked.
    let hidden = e(r#"{"text": {"fr": {"questions.back": "Retour {x}"}}}"#);
    assert_eq!(hidden.field, "text.fr.questions.back");
    assert_eq!(e(r#"{"text": {"FR": {}}}"#).field, "text.FR");
    assert_eq!(e(r#"{"text": {"fr-CA": {}}}"#).field, "text.fr-CA");
    let not_text = parse_json(r#"{"text": {"fr": {"questions.back": 3}}}"#).unwrap_err();
    assert_eq!(not_text.field, "text.fr.questions.back");
}

#[test]
fn missing_keys_of_an_added_language_are_a_warning_not_an_error() {
    let json = r#"{"text": {"nl": {"language.name": "Nederlands", "questions.back": "Terug"}}}"#;
    let first = config(&[("locale", "nl")], Some(json), &[]).unwrap();
    assert_eq!(first.warnings.len(), 1);
    assert!(first.warnings[0].starts_with("text.nl: "), "{}", first.warnings[0]);
    assert!(first.warnings[0].contains("questions.title") && !first.warnings[0].contains("questions.back,"));
    assert_eq!(first.locale.text().questions.title, crate::text::english().questions.title);
    let again = config(&[("locale", "nl")], Some(json), &[]).unwrap();
    assert!(again.warnings.is_empty(), "logged once");
    assert_eq!(again.locale, first.locale);
}

#[test]
fn the_error_message_speaks_the_language_asked_for() {
    assert_eq!(message_locale(Some("es-MX".into()), &[]).code(), "es");
    assert_eq!(message_locale(Some("xx".into()), &["es".into()]).code(), "es");
    assert_eq!(message_locale(None, &["de".into()]).code(), "en");
}
