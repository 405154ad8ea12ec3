//! Expected-results timelines on calendar dates, and the skin-type questionnaire.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::catalog::*;

// ---- Timelines -------------------------------------------------------------------------------

#[test]
fn microneedling_timeline_falls_on_calendar_dates_from_today() {
    let a = run(&visitor(&[(Concern::AcneScars, Severity::Moderate)]));
    let t = &result(&a, TreatmentId::Microneedling).timeline;
    let catalog = Catalog::standard();
    let mn = catalog.get(TreatmentId::Microneedling).unwrap();
    assert_eq!(t.session_dates.len(), mn.planned_sessions as usize);
    assert_eq!(t.session_dates[0], date(TODAY));
    for pair in t.session_dates.windows(2) {
        assert_eq!(pair[0].days_until(pair[1]), mn.interval_days.value.lo as i32);
    }
    let last = *t.session_dates.last().unwrap();
    assert_eq!(t.first_results, date(TODAY).add_days(mn.first_results_days.value.lo as i32));
    assert_eq!(t.full_results, last.add_days(mn.full_results_days.value.hi as i32));
    let (fade_lo, fade_hi) = t.fades.unwrap();
    assert!(t.full_results < fade_lo && fade_lo <= fade_hi);
    assert_eq!(t.ready_by_event, None);
}

#[test]
fn the_timeline_says_whether_results_are_ready_by_the_event() {
    let mut v = visitor(&[(Concern::FineLines, Severity::Moderate), (Concern::ExpressionLines, Severity::Moderate)]);
    v.preferences.event_date = Some(date("2027-01-10"));
    let a = run(&v);
    // Four monthly microneedling sessions cannot be finished in seven weeks; a neuromodulator
    // peaks within two.
    assert_eq!(result(&a, TreatmentId::Microneedling).timeline.ready_by_event, Some(false));
    assert_eq!(result(&a, TreatmentId::Neuromodulator).timeline.ready_by_event, Some(true));
    let mn_full = result(&a, TreatmentId::Microneedling).timeline.full_results;
    v.preferences.event_date = Some(mn_full);
    assert_eq!(result(&run(&v), TreatmentId::Microneedling).timeline.ready_by_event, Some(true));
}

#[test]
fn a_later_start_date_moves_the_whole_timeline() {
    let mut v = visitor(&[(Concern::Dullness, Severity::Moderate)]);
    let now = run(&v);
    v.start_date = Some(date("2027-01-05"));
    let later = run(&v);
    for id in TreatmentId::ALL {
        let (a, b) = (&result(&now, id).timeline, &result(&later, id).timeline);
        let shift = date(TODAY).days_until(date("2027-01-05"));
        assert_eq!(a.first_results.days_until(b.first_results), shift, "{id:?}");
        assert_eq!(a.session_dates[0].days_until(b.session_dates[0]), shift, "{id:?}");
    }
}

// ---- Skin-type questionnaire -----------------------------------------------------------------

#[test]
fn the_self_typing_quiz_total_maps_to_the_fitzpatrick_bands() {
    let cases = [
        (0, Fitzpatrick::I),
        (6, Fitzpatrick::I),
        (7, Fitzpatrick::II),
        (13, Fitzpatrick::II),
        (14, Fitzpatrick::III),
        (20, Fitzpatrick::III),
        (21, Fitzpatrick::IV),
        (27, Fitzpatrick::IV),
        (28, Fitzpatrick::V),
        (34, Fitzpatrick::V),
        (35, Fitzpatrick::VI),
        (40, Fitzpatrick::VI),
    ];
    for (total, expected) in cases {
        assert_eq!(Fitzpatrick::from_quiz_total(total), expected, "total {total}");
    }
}

#[test]
fn an_event_during_a_sessions_downtime_is_not_ready() {
    // A medium peel today peels for 5-10 days: an event in a week falls inside it.
    let mut v = visitor(&[(Concern::Dullness, Severity::Moderate)]);
    v.downtime = Downtime::TwoWeeksOrMore;
    v.preferences.event_date = Some(date(TODAY).add_days(7));
    let a = run(&v);
    assert_eq!(result(&a, TreatmentId::PeelMedium).timeline.ready_by_event, Some(false));
    // A neuromodulator has no downtime and peaks within two weeks.
    v.concerns = vec![ConcernAnswer { concern: Concern::ExpressionLines, severity: Severity::Moderate }];
    v.preferences.event_date = Some(date(TODAY).add_days(14));
    assert_eq!(result(&run(&v), TreatmentId::Neuromodulator).timeline.ready_by_event, Some(true));
}

#[test]
fn single_session_treatments_plan_one_date_and_results_from_it() {
    let a = run(&visitor(&[(Concern::VolumeLoss, Severity::Moderate)]));
    let catalog = Catalog::standard();
    for id in [TreatmentId::Filler, TreatmentId::Neuromodulator, TreatmentId::PeelDeep] {
        let t = &result(&a, id).timeline;
        let c = catalog.get(id).unwrap();
        assert_eq!(t.session_dates, vec![date(TODAY)], "{id:?}");
        assert_eq!(t.full_results, date(TODAY).add_days(c.full_results_days.value.hi as i32), "{id:?}");
    }
    // A permanent result has no fade date; a filler's fades 6-12 months after it settles.
    assert_eq!(result(&a, TreatmentId::PeelDeep).timeline.fades, None);
    let filler = &result(&a, TreatmentId::Filler).timeline;
    assert_eq!(filler.fades, Some((filler.full_results.add_months(6), filler.full_results.add_months(12))));
}
