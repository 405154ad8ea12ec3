//! Unit tests of `src/text/money.rs` (the convention: docs/engineers/testing.md).

use crate::answers::Budget;
use crate::catalog::{Currency, Range};
fn en() -> &'static crate::text::ResultText {
    crate::text::english().results
}

fn currency(code: &str) -> Currency {
    Currency::parse(code).unwrap()
}

#[test]
fn formats_money_with_the_currency_symbol_or_code() {
    assert_eq!(en().money(2169, Currency::USD), "$2,169");
    assert_eq!(en().money(100, Currency::USD), "$100");
    assert_eq!(en().money(1000, currency("eur")), "\u{20ac}1,000");
    assert_eq!(en().money(1000, currency("GBP")), "\u{a3}1,000");
    assert_eq!(en().money(1000, currency("CHF")), "CHF\u{a0}1,000");
    assert_eq!(en().money(1_234_567, currency("SEK")), "SEK\u{a0}1,234,567");
}

#[test]
fn formats_money_ranges() {
    assert_eq!(en().money_range(Range::new(400, 2800), Currency::USD), "$400\u{2013}$2,800");
    assert_eq!(en().money_range(Range::exactly(682), currency("EUR")), "\u{20ac}682");
    assert_eq!(en().money_range(Range::new(90, 120), currency("CHF")), "CHF\u{a0}90\u{2013}CHF\u{a0}120");
}

#[test]
fn budget_labels_carry_the_clinic_currency() {
    let q = crate::text::english().questions;
    assert_eq!(en().budget_label(Budget::UpTo1000, Currency::USD, q), "Up to $1,000");
    assert_eq!(en().budget_label(Budget::UpTo3000, currency("EUR"), q), "Up to \u{20ac}3,000");
    assert_eq!(en().budget_label(Budget::UpTo1000, currency("CHF"), q), "Up to CHF\u{a0}1,000");
    assert_eq!(en().budget_label(Budget::NoFixedLimit, currency("GBP"), q), "No fixed limit");
}
