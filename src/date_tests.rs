//! Unit tests of `src/date.rs` (the convention: docs/engineers/testing.md).

use super::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn round_trips_through_text_and_days() {
    for s in ["1970-01-01", "2000-02-29", "2026-11-21", "2100-12-31", "1969-12-31"] {
        assert_eq!(d(s).to_string(), s);
    }
    assert_eq!(d("1970-01-01").days_since_epoch(), 0);
    assert_eq!(d("2026-11-21").days_since_epoch(), 20_778);
}

#[test]
fn rejects_impossible_or_malformed_dates() {
    for s in ["2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-01", "today", ""] {
        assert!(s.parse::<Date>().is_err(), "{s} should not parse");
    }
}

#[test]
fn adds_days_and_months_across_year_and_month_ends() {
    assert_eq!(d("2026-12-30").add_days(3), d("2027-01-02"));
    assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
    assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
    assert_eq!(d("2026-11-21").add_months(6), d("2027-05-21"));
    assert_eq!(d("2026-03-15").add_months(-3), d("2025-12-15"));
    assert_eq!(d("2026-11-21").days_until(d("2026-12-01")), 10);
    assert_eq!(d("2026-08-31").add_whole_months(6), d("2027-03-01"));
    assert_eq!(d("2028-01-31").add_whole_months(1), d("2028-03-01"));
    assert_eq!(d("2026-05-21").add_whole_months(6), d("2026-11-21"));
}
