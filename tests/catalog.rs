//! The standard catalog is complete (every treatment, concern and condition), sane (ranges,
//! sessions, results in order) and sourced (figures never cite the safety policy; notes where
//! sources disagree). What it says clinically is checked in `catalog_clinical.rs`.
#![cfg(not(target_arch = "wasm32"))]

use treatment_compare::answers::{Concern, Condition};
use treatment_compare::catalog::{
    CareStep, Catalog, Currency, Lasting, Maintenance, Range, Source, Treatment, TreatmentId,
};

fn catalog() -> Catalog {
    Catalog::standard()
}

fn treatment(id: TreatmentId) -> Treatment {
    catalog().get(id).cloned().unwrap_or_else(|| panic!("{id:?} is missing from the catalog"))
}

/// Every range a treatment holds, named for failure messages.
fn ranges(t: &Treatment) -> Vec<(String, Range)> {
    let mut out = vec![
        ("sessions".to_string(), t.sessions.value),
        ("interval_days".to_string(), t.interval_days.value),
        ("downtime_days".to_string(), t.downtime_days.value),
        ("first_results_days".to_string(), t.first_results_days.value),
        ("full_results_days".to_string(), t.full_results_days.value),
        ("price".to_string(), t.price.value.amount),
    ];
    match t.lasts.value {
        Lasting::Weeks { range } | Lasting::Months { range } => out.push(("lasts".into(), range)),
        Lasting::Years | Lasting::Permanent | Lasting::NotStated => {}
    }
    match t.maintenance.value {
        Maintenance::EveryWeeks { range } | Maintenance::EveryMonths { range } => {
            out.push(("maintenance".into(), range))
        }
        Maintenance::WhenItWearsOff { .. } | Maintenance::None | Maintenance::NotStated => {}
    }
    for step in t.preparation.iter().chain(t.aftercare) {
        if let Some(r) = care_step_range(step.value) {
            out.push((format!("{:?}", step.value), r));
        }
    }
    out
}

fn care_step_range(step: CareStep) -> Option<Range> {
    match step {
        CareStep::StopRetinoidsAndAcids { days_before: r }
        | CareStep::AvoidSunBefore { weeks_before: r }
        | CareStep::RednessLikeMildSunburn { hours: r }
        | CareStep::FlakingOnDays { days: r }
        | CareStep::NoMakeup { hours: r }
        | CareStep::NoActivesAfter { days: r }
        | CareStep::RednessForHours { hours: r }
        | CareStep::SwellingAndBruising { days: r } => Some(r),
        CareStep::NoWaxingBefore { .. }
        | CareStep::AvoidSunAfter { .. }
        | CareStep::AntiviralIfColdSores
        | CareStep::PauseNsaids => None,
    }
}

/// The sources of the figures the widget shows (and of the care steps, which carry figures).
fn figure_sources(t: &Treatment) -> Vec<(String, Source)> {
    let mut out = vec![
        ("sessions".to_string(), t.sessions.source),
        ("interval_days".to_string(), t.interval_days.source),
        ("downtime_days".to_string(), t.downtime_days.source),
        ("first_results_days".to_string(), t.first_results_days.source),
        ("full_results_days".to_string(), t.full_results_days.source),
        ("lasts".to_string(), t.lasts.source),
        ("maintenance".to_string(), t.maintenance.source),
        ("price".to_string(), t.price.source),
    ];
    for step in t.preparation.iter().chain(t.aftercare) {
        out.push((format!("{:?}", step.value), step.source));
    }
    out
}

fn notes(t: &Treatment) -> Vec<&'static str> {
    let mut out = vec![
        t.sessions.note,
        t.interval_days.note,
        t.downtime_days.note,
        t.first_results_days.note,
        t.full_results_days.note,
        t.lasts.note,
        t.maintenance.note,
        t.price.note,
        t.isotretinoin.note,
    ];
    out.extend(t.preparation.iter().chain(t.aftercare).map(|s| s.note));
    out
}

// ---------------------------------------------------------------------------------------------
// Complete

#[test]
fn holds_every_treatment_exactly_once_in_canonical_order() {
    let ids: Vec<TreatmentId> = catalog().treatments.iter().map(|t| t.id).collect();
    assert_eq!(ids, TreatmentId::ALL.to_vec());
}

#[test]
fn every_treatment_rates_every_concern_exactly_once() {
    for t in catalog().treatments {
        for c in Concern::ALL {
            let n = t.indications.iter().filter(|i| i.concern == c).count();
            assert_eq!(n, 1, "{:?} rates {c:?} {n} times", t.id);
        }
        assert_eq!(t.indications.len(), Concern::ALL.len(), "{:?} has stray indications", t.id);
    }
}

#[test]
fn every_condition_is_a_contraindication_of_at_least_one_treatment() {
    let cat = catalog();
    for c in Condition::ALL {
        assert!(
            cat.treatments.iter().any(|t| t.contraindication(c).is_some()),
            "no treatment lists {c:?}: the health question would change nothing"
        );
    }
}

#[test]
fn no_treatment_lists_a_condition_twice() {
    for t in catalog().treatments {
        for c in Condition::ALL {
            let n = t.contraindications.iter().filter(|x| x.condition == c).count();
            assert!(n <= 1, "{:?} lists {c:?} {n} times", t.id);
        }
    }
}

#[test]
fn catalog_serialises_to_json_with_all_eleven_treatments() {
    let json = serde_json::to_value(catalog()).expect("the catalog serialises");
    let treatments = json["treatments"].as_array().expect("a treatments array");
    assert_eq!(treatments.len(), 11);
    assert_eq!(treatments[0]["id"], "microneedling");
    assert_eq!(treatments[8]["maintenance"]["value"]["kind"], "when_it_wears_off");
}

// ---------------------------------------------------------------------------------------------
// Sane

#[test]
fn every_range_runs_from_low_to_high() {
    for t in catalog().treatments {
        for (name, r) in ranges(&t) {
            assert!(r.lo <= r.hi, "{:?} {name}: {} > {}", t.id, r.lo, r.hi);
        }
    }
}

#[test]
fn sessions_and_prices_are_never_zero() {
    for t in catalog().treatments {
        assert!(t.sessions.value.lo >= 1, "{:?} has a course of zero sessions", t.id);
        assert!(t.planned_sessions >= 1, "{:?} plans zero sessions", t.id);
        assert!(t.price.value.amount.lo > 0, "{:?} is free", t.id);
    }
}

#[test]
fn multi_session_courses_leave_days_between_sessions() {
    for t in catalog().treatments {
        if t.sessions.value.hi > 1 {
            assert!(t.interval_days.value.lo > 0, "{:?} has several sessions on the same day", t.id);
        }
    }
}

#[test]
fn lasting_and_maintenance_periods_are_never_zero() {
    for t in catalog().treatments {
        if let Lasting::Weeks { range } | Lasting::Months { range } = t.lasts.value {
            assert!(range.lo > 0, "{:?} lasts zero", t.id);
        }
        match t.maintenance.value {
            Maintenance::EveryWeeks { range } | Maintenance::EveryMonths { range } => {
                assert!(range.lo > 0, "{:?} is maintained every zero units", t.id)
            }
            Maintenance::WhenItWearsOff { min_days } => assert!(min_days > 0, "{:?}", t.id),
            Maintenance::None | Maintenance::NotStated => {}
        }
    }
}

#[test]
fn planned_sessions_fall_within_the_sourced_range() {
    for t in catalog().treatments {
        let r = t.sessions.value;
        assert!(
            (r.lo..=r.hi).contains(&t.planned_sessions),
            "{:?} plans {} sessions outside {}-{}",
            t.id,
            t.planned_sessions,
            r.lo,
            r.hi
        );
    }
}

#[test]
fn single_session_treatments_plan_one_session() {
    let single: Vec<TreatmentId> =
        catalog().treatments.iter().filter(|t| t.sessions.value == Range::exactly(1)).map(|t| t.id).collect();
    assert_eq!(
        single,
        [TreatmentId::PeelMedium, TreatmentId::PeelDeep, TreatmentId::Neuromodulator, TreatmentId::Filler]
    );
    for id in single {
        assert_eq!(treatment(id).planned_sessions, 1, "{id:?}");
    }
}

#[test]
fn full_results_come_no_sooner_than_first_results() {
    // First results count from the first session, full results from the last: compare both
    // from the first session, with the planned sessions at the shortest interval.
    for t in catalog().treatments {
        let span = (t.planned_sessions - 1) * t.interval_days.value.lo;
        let (first, full) = (t.first_results_days.value, t.full_results_days.value);
        assert!(
            span + full.lo >= first.lo,
            "{:?}: full results from day {} before first at {}",
            t.id,
            span + full.lo,
            first.lo
        );
        assert!(
            span + full.hi >= first.hi,
            "{:?}: full results by day {} before first by {}",
            t.id,
            span + full.hi,
            first.hi
        );
    }
}

#[test]
fn notes_stay_short() {
    for t in catalog().treatments {
        for note in notes(&t) {
            assert!(note.chars().count() <= 100, "{:?} note too long for the widget: {note}", t.id);
            assert_eq!(note, note.trim(), "{:?} note has stray whitespace", t.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sourced

#[test]
fn figures_never_cite_the_safety_policy() {
    for t in catalog().treatments {
        for (name, source) in figure_sources(&t) {
            assert_ne!(source, Source::SafetyPolicy, "{:?} {name} is a figure; the policy is no source for it", t.id);
        }
        assert_ne!(t.tone.source, Source::SafetyPolicy, "{:?} tone", t.id);
        for i in t.indications {
            assert_ne!(i.source, Source::SafetyPolicy, "{:?} {:?}", t.id, i.concern);
        }
    }
}

#[test]
fn catalog_prices_are_us_dollars_from_the_sources_never_a_clinic() {
    for t in catalog().treatments {
        assert_eq!(t.price.value.currency, Currency::USD, "{:?}: the price guides are American", t.id);
        for (name, source) in figure_sources(&t) {
            assert_ne!(source, Source::Clinic, "{:?} {name}: only a clinic's configuration cites itself", t.id);
        }
    }
}

#[test]
fn every_source_has_its_own_citation() {
    let citations: std::collections::BTreeSet<&str> =
        Source::ALL.iter().map(|s| treatment_compare::text::english().results.citation(*s)).collect();
    assert_eq!(citations.len(), Source::ALL.len(), "a source is listed twice or two share a citation");
    assert!(citations.iter().all(|c| !c.trim().is_empty()));
    assert!(Source::ALL.contains(&Source::Clinic));
}

#[test]
fn microneedling_explains_where_its_sources_disagree() {
    let t = treatment(TreatmentId::Microneedling);
    for (name, note) in [
        ("sessions", t.sessions.note),
        ("interval_days", t.interval_days.note),
        ("downtime_days", t.downtime_days.note),
        ("maintenance", t.maintenance.note),
        ("price", t.price.note),
        ("isotretinoin", t.isotretinoin.note),
    ] {
        assert!(!note.is_empty(), "microneedling {name}: the sources disagree, the note should say why");
    }
}

#[test]
fn a_treatment_set_holds_each_treatment_once_in_catalog_order() {
    use treatment_compare::catalog::TreatmentSet;
    let mut set = TreatmentSet::default();
    assert!(set.insert(TreatmentId::Microdermabrasion));
    assert!(set.insert(TreatmentId::PeelMedium));
    assert!(!set.insert(TreatmentId::PeelMedium), "already there");
    assert!(set.contains(&TreatmentId::PeelMedium) && !set.contains(&TreatmentId::Filler));
    assert_eq!(set.iter().collect::<Vec<_>>(), [TreatmentId::PeelMedium, TreatmentId::Microdermabrasion]);
    assert!(set.remove(&TreatmentId::PeelMedium));
    assert!(!set.remove(&TreatmentId::PeelMedium), "gone already");
    for id in TreatmentId::ALL {
        set.insert(id);
    }
    assert_eq!(set.iter().collect::<Vec<_>>(), TreatmentId::ALL);
}
