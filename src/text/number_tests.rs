//! Unit tests of `src/text/number.rs` (the convention: docs/engineers/testing.md).

use super::*;

/// What `web` does with JavaScript's texts of |v|.
fn from_js(sign: &str, shortest: &str, exact: &str) -> String {
    let (mut digits, mut point) = decimal(shortest);
    if is_tie(&digits, &decimal(exact).0) {
        (digits, point) = round_up(&digits, point);
    }
    layout(sign, &digits, point)
}

#[test]
fn javascript_number_texts_are_laid_out_as_rust_writes_them() {
    for (sign, shortest, exact, v) in [
        ("", "1e+21", "1.000e+21", 1e21),
        ("", "1.5e+21", "1.500e+21", 1.5e21),
        ("-", "2.25e+22", "2.25e+22", -2.25e22),
        ("", "1e-7", "9.99999999999999954748111825886e-8", 1e-7),
        ("-", "1.25e-7", "1.25000000000000006e-7", -1.25e-7),
        ("", "1.7976931348623157e+308", "1.79769313486231570814527423732e+308", f64::MAX),
        ("", "123.5", "123.500000", 123.5),
        ("-", "0.001", "0.00100000000000000002081668", -0.001),
        ("", "1000000", "1000000.0000", 1e6),
        // Ties: JavaScript's lower shortest form, Rust's upper one.
        ("", "2.9802322387695312e-8", "2.98023223876953125000e-8", 2f64.powi(-25)),
        ("", "1125899906842624.2", "1125899906842624.250000", 2f64.powi(50) + 0.25),
        ("-", "1125899906842624.8", "1125899906842624.750000", -(2f64.powi(50) + 0.75)),
    ] {
        assert_eq!(from_js(sign, shortest, exact), v.to_string(), "{shortest}");
    }
    assert_eq!(round_up("1999", 1), ("2".to_string(), 1));
    assert_eq!(round_up("999", 3), ("1".to_string(), 4));
}
