//! Unit tests of `src/answers/mod.rs` (the convention: docs/engineers/testing.md).

use super::*;

fn minimal() -> Answers {
    Answers {
        concerns: vec![ConcernAnswer { concern: Concern::Dullness, severity: Severity::Mild }],
        skin_type: Fitzpatrick::III,
        downtime: Downtime::default(),
        preferences: Preferences::default(),
        health: Health::all_no(),
        start_date: None,
    }
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn event_and_start_dates_may_be_up_to_five_years_ahead() {
    let today = date("2026-11-21");
    assert_eq!(latest_date(today), date("2031-11-21"));
    assert_eq!(latest_date(date("2028-02-29")), date("2033-02-28"));
    let mut a = minimal();
    a.preferences.event_date = Some(date("2031-11-21"));
    a.start_date = Some(date("2031-11-21"));
    assert_eq!(a.validate(today), Ok(()));

    a.preferences.event_date = Some(date("2031-11-22"));
    let e = a.validate(today).unwrap_err();
    assert_eq!(e.field, "preferences.event_date");
    assert_eq!(e.problem, "2031-11-22 is more than 5 years ahead (the latest is 2031-11-21)");

    a.preferences.event_date = None;
    a.start_date = Some(date("9999-12-31"));
    let e = a.validate(today).unwrap_err();
    assert_eq!(e.to_string(), "start_date: 9999-12-31 is more than 5 years ahead (the latest is 2031-11-21)");
}

#[test]
fn a_last_isotretinoin_dose_before_1900_is_refused() {
    let today = date("2026-11-21");
    let mut a = minimal();
    a.health.isotretinoin = Isotretinoin::Stopped { last_taken: date("1900-01-01") };
    assert_eq!(a.validate(today), Ok(()));
    a.health.isotretinoin = Isotretinoin::Stopped { last_taken: date("1899-12-31") };
    let e = a.validate(today).unwrap_err();
    assert_eq!(e.to_string(), "health.isotretinoin.last_taken: 1899-12-31 is before 1900");
}

#[test]
fn answers_are_read_from_json_with_the_field_of_each_problem() {
    let today = date("2026-11-21");
    let json = serde_json::to_string(&minimal()).unwrap();
    assert_eq!(Answers::from_json(&json, today), Ok(minimal()));
    let e = Answers::from_json(&format!("{json} trailing"), today).unwrap_err();
    assert_eq!(e.field, "answers", "text after the answers is refused: {e}");
    let e = Answers::from_json(&json.replace("\"III\"", "\"VII\""), today).unwrap_err();
    assert_eq!(e.field, "skin_type");
    let e = Answers::from_json("", today).unwrap_err();
    assert_eq!(e.field, "answers");
    // Found by tests/fuzz.rs: a key with a newline made a two-line message.
    let e = Answers::from_json(&json.replacen("\"concern\"", "\"con\\ncern\"", 1), today).unwrap_err();
    assert!(!e.to_string().contains('\n'), "{e}");
    assert_eq!(e.field, "concerns[0].con\\ncern");
}
