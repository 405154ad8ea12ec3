//! Browser tests of the languages: the platform's `Intl` formats dates, prices and plural forms
//! in the language shown, and the app renders a language and its direction.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use treatment_compare::catalog::{Currency, Range};
use treatment_compare::config::WidgetConfig;
use treatment_compare::date::Date;
use treatment_compare::text::{build, Locale, Table};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn results(tag: &str) -> &'static treatment_compare::text::ResultText {
    Locale::built_in(tag).unwrap().text().results
}

fn date(iso: &str) -> Date {
    iso.parse().unwrap()
}

#[wasm_bindgen_test]
fn dates_are_written_as_each_language_and_region_writes_them() {
    assert_eq!(results("es").date(date("2026-12-01")), "1 dic 2026");
    // The region's own forms: Spain abbreviates September "sept", Mexico "sep".
    assert_eq!(results("es").date(date("2027-09-15")), "15 sept 2027");
    assert_eq!(results("es-MX").date(date("2027-09-15")), "15 sep 2027");
    assert_eq!(results("en").date(date("2026-12-01")), "Dec 1, 2026");
    assert_eq!(results("en-GB").date(date("2026-12-01")), "1 Dec 2026");
}

#[wasm_bindgen_test]
fn prices_put_the_currency_where_the_locale_does() {
    let eur = Currency::parse("EUR").unwrap();
    assert_eq!(results("en").money(1000, Currency::USD), "$1,000");
    assert_eq!(results("es").money(1000, eur), "1000\u{a0}\u{20ac}");
    assert_eq!(results("es").money(25000, eur), "25.000\u{a0}\u{20ac}");
    assert_eq!(results("en").money_range(Range::new(400, 2800), eur), "\u{20ac}400\u{2013}\u{20ac}2,800");
}

#[wasm_bindgen_test]
fn plural_forms_follow_the_language_rules() {
    let es = results("es");
    assert_eq!(es.count(1, &es.sessions), "1 sesión");
    assert_eq!(es.count(3, &es.sessions), "3 sesiones");
    assert_eq!(es.interval(28), "Cada 4 semanas");
    // Polish has "few" and "many": a clinic's table gives them and Intl.PluralRules picks.
    let pl: Table = [
        ("results.weeks.one", "{n} tydzień"),
        ("results.weeks.few", "{n} tygodnie"),
        ("results.weeks.many", "{n} tygodni"),
        ("results.weeks.other", "{n} tygodnia"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let pl = build("pl", "pl", &pl).unwrap().0.text().results;
    assert_eq!(pl.count(1, &pl.weeks), "1 tydzień");
    assert_eq!(pl.count(3, &pl.weeks), "3 tygodnie");
    assert_eq!(pl.count(5, &pl.weeks), "5 tygodni");
    assert_eq!(pl.count(22, &pl.weeks), "22 tygodnie");
}

#[wasm_bindgen_test]
async fn the_app_speaks_the_configured_language_and_marks_it() {
    let es = Locale::built_in("es-419").unwrap();
    let w = Widget::mount(WidgetConfig { locale: es, ..config() }).await;
    let root = w.get(".tc-root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("es-419"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(w.get(".tc-heading").text_content().unwrap(), es.text().questions.title);
    assert!(w.find(".tc-languages").is_none(), "no switch without `languages`");
}
