//! Unit tests of `src/text/intl.rs` (the convention: docs/engineers/testing.md).

use super::*;

#[test]
fn english_and_spanish_plurals_natively() {
    assert_eq!(plural("en", 1), "one");
    assert_eq!(plural("en", 0), "other");
    assert_eq!(plural("en-GB", 3), "other");
    assert_eq!(plural("es-MX", 1), "one");
    assert_eq!(plural("es", 2_000_000), "many");
    assert_eq!(plural("es", 21), "other");
}
