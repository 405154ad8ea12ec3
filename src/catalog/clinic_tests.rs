//! Unit tests of `src/catalog/clinic.rs` (the convention: docs/engineers/testing.md).

use super::*;

#[test]
fn parses_three_letters_in_any_case() {
    assert_eq!(Currency::parse("eur"), Ok(Currency::EUR));
    assert_eq!(Currency::parse("Chf").unwrap().code(), "CHF");
    for bad in ["EURO", "12$", "", "E1R", "\u{e9}ur"] {
        assert!(Currency::parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn serialises_as_its_code() {
    assert_eq!(serde_json::to_string(&Currency::GBP).unwrap(), "\"GBP\"");
    assert_eq!(serde_json::from_str::<Currency>("\"gbp\"").unwrap(), Currency::GBP);
    assert!(serde_json::from_str::<Currency>("\"pounds\"").is_err());
}
