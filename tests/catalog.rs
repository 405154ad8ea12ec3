#![cfg(not(target_arch = "wasm32"))]
//! The standard catalog is complete, sourced and sane, and says what `shared/clinical-facts.md`
//! says: the G/S/– table cell by cell, microneedling's contraindications (seed 003), the
//! skin-tone risks and the label rules the engine relies on.

use treatment_compare::answers::{Concern, Condition, Fitzpatrick, Severity};
use treatment_compare::catalog::{
    CareStep, Catalog, ContraKind, Efficacy, IsotretinoinRule, Lasting, Maintenance, Range, Source, ToneRisk,
    Treatment, TreatmentId, Until,
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
        ("price".to_string(), t.price.value.usd),
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
    for step in t.preparation.iter().chain(&t.aftercare) {
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
        | CareStep::NoActivesAfter { days: r } => Some(r),
        CareStep::NoWaxingBefore { .. } | CareStep::AvoidSunAfter { .. } | CareStep::AntiviralIfColdSores => None,
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
    for step in t.preparation.iter().chain(&t.aftercare) {
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
    out.extend(t.preparation.iter().chain(&t.aftercare).map(|s| s.note));
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
fn catalog_serialises_to_json_with_all_nine_treatments() {
    let json = serde_json::to_value(catalog()).expect("the catalog serialises");
    let treatments = json["treatments"].as_array().expect("a treatments array");
    assert_eq!(treatments.len(), 9);
    assert_eq!(treatments[0]["id"], "microneedling");
    assert_eq!(treatments[6]["maintenance"]["value"]["kind"], "when_it_wears_off");
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
        assert!(t.price.value.usd.lo > 0, "{:?} is free", t.id);
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
        for i in &t.indications {
            assert_ne!(i.source, Source::SafetyPolicy, "{:?} {:?}", t.id, i.concern);
        }
    }
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

// ---------------------------------------------------------------------------------------------
// The G/S/– table

/// clinical-facts.md, "How well each treatment addresses each concern", copied verbatim.
const FACTS_TABLE: &str = "
| concern | micro-needling | peel sup. | peel med. | peel deep | laser non-abl. | laser abl. | neuro-modulator | filler | micro-derm. |
|---|---|---|---|---|---|---|---|---|---|
| fine lines / static wrinkles | G | S | G | G | G | G | S | S | S |
| expression (dynamic) lines | – | – | – | S | – | S | G | S | – |
| acne scars (atrophic) | G | S | S | S | G | G | – | S (rolling) | – |
| other scars | G | – | S | S | G | G | – | S (depressed) | – |
| dark spots / sun damage / melasma | S | G | G | G | G | G | – | – | S |
| uneven texture | G | G | G | G | G | G | – | – | S |
| enlarged pores | G | S | S | S | G | S | – | – | S |
| dullness | S | G | G | S | S | S | – | – | G |
| stretch marks | G | – | – | – | G | S | – | – | S |
| loss of firmness (laxity) | S | – | – | S | S | G | – | S | – |
| volume loss | – | – | – | – | – | – | – | G | – |
";

const COLUMNS: [(&str, TreatmentId); 9] = [
    ("micro-needling", TreatmentId::Microneedling),
    ("peel sup.", TreatmentId::PeelSuperficial),
    ("peel med.", TreatmentId::PeelMedium),
    ("peel deep", TreatmentId::PeelDeep),
    ("laser non-abl.", TreatmentId::LaserNonAblative),
    ("laser abl.", TreatmentId::LaserAblative),
    ("neuro-modulator", TreatmentId::Neuromodulator),
    ("filler", TreatmentId::Filler),
    ("micro-derm.", TreatmentId::Microdermabrasion),
];

const ROWS: [(&str, Concern); 11] = [
    ("fine lines / static wrinkles", Concern::FineLines),
    ("expression (dynamic) lines", Concern::ExpressionLines),
    ("acne scars (atrophic)", Concern::AcneScars),
    ("other scars", Concern::OtherScars),
    ("dark spots / sun damage / melasma", Concern::Pigmentation),
    ("uneven texture", Concern::UnevenTexture),
    ("enlarged pores", Concern::EnlargedPores),
    ("dullness", Concern::Dullness),
    ("stretch marks", Concern::StretchMarks),
    ("loss of firmness (laxity)", Concern::Laxity),
    ("volume loss", Concern::VolumeLoss),
];

fn cells(line: &str) -> Vec<&str> {
    line.trim().trim_matches('|').split('|').map(str::trim).collect()
}

/// "G", "S", "S (rolling)", "–".
fn efficacy(cell: &str) -> Efficacy {
    match cell.chars().next() {
        Some('G') => Efficacy::Good,
        Some('S') => Efficacy::Some,
        Some('–') => Efficacy::NotIndicated,
        _ => panic!("unreadable table cell {cell:?}"),
    }
}

#[test]
fn indications_match_the_clinical_facts_table_cell_by_cell() {
    let mut lines = FACTS_TABLE.lines().filter(|l| !l.trim().is_empty());
    let header = cells(lines.next().unwrap());
    let columns: Vec<TreatmentId> = header[1..]
        .iter()
        .map(|h| COLUMNS.iter().find(|(name, _)| name == h).unwrap_or_else(|| panic!("unknown column {h}")).1)
        .collect();
    assert_eq!(columns, TreatmentId::ALL.to_vec(), "the table's columns are the nine treatments");
    lines.next(); // |---|---|...

    let cat = catalog();
    let mut seen = Vec::new();
    let mut wrong = Vec::new();
    for line in lines {
        let row = cells(line);
        let concern =
            ROWS.iter().find(|(name, _)| *name == row[0]).unwrap_or_else(|| panic!("unknown row {}", row[0])).1;
        seen.push(concern);
        assert_eq!(row.len(), 1 + columns.len(), "row {concern:?} has a cell per treatment");
        for (&id, &cell) in columns.iter().zip(&row[1..]) {
            let expected = efficacy(cell);
            let actual = cat.get(id).and_then(|t| t.indication(concern)).map(|i| i.level);
            if actual != Some(expected) {
                wrong.push(format!("{id:?} / {concern:?}: table says {cell}, catalog has {actual:?}"));
            }
        }
    }
    assert_eq!(seen, Concern::ALL.to_vec(), "the table has a row per concern");
    assert!(wrong.is_empty(), "cells differ from clinical-facts.md:\n{}", wrong.join("\n"));
}

#[test]
fn severe_cases_never_rate_higher_than_moderate_ones() {
    for t in catalog().treatments {
        for i in &t.indications {
            assert!(
                i.for_severity(Severity::Severe) <= i.level,
                "{:?} {:?} rates severe cases higher",
                t.id,
                i.concern
            );
        }
    }
}

const SEVERE_GOES_DEEPER: [Concern; 4] =
    [Concern::FineLines, Concern::AcneScars, Concern::OtherScars, Concern::Pigmentation];

#[test]
fn severe_scars_wrinkles_and_sun_damage_favour_lasers_over_microneedling() {
    let mn = treatment(TreatmentId::Microneedling);
    let laser = treatment(TreatmentId::LaserAblative);
    for c in SEVERE_GOES_DEEPER {
        let mn_i = mn.indication(c).unwrap();
        assert_eq!(mn_i.for_severity(Severity::Severe), Efficacy::Some, "microneedling, severe {c:?}");
        assert_eq!(laser.indication(c).unwrap().for_severity(Severity::Severe), Efficacy::Good, "laser, severe {c:?}");
    }
    assert_eq!(mn.indication(Concern::AcneScars).unwrap().for_severity(Severity::Moderate), Efficacy::Good);
    assert_eq!(mn.indication(Concern::AcneScars).unwrap().for_severity(Severity::Mild), Efficacy::Good);
}

#[test]
fn surface_treatments_rate_severe_cases_one_level_lower() {
    let lower = |e: Efficacy| match e {
        Efficacy::Good => Efficacy::Some,
        _ => Efficacy::NotIndicated,
    };
    for id in [TreatmentId::PeelSuperficial, TreatmentId::Microdermabrasion] {
        let t = treatment(id);
        for c in SEVERE_GOES_DEEPER {
            let i = t.indication(c).unwrap();
            assert_eq!(i.for_severity(Severity::Severe), lower(i.level), "{id:?}, severe {c:?}");
        }
        // Concerns outside the four keep their level.
        let dull = t.indication(Concern::Dullness).unwrap();
        assert_eq!(dull.for_severity(Severity::Severe), dull.level, "{id:?} dullness");
    }
    let peel = treatment(TreatmentId::PeelSuperficial);
    assert_eq!(peel.indication(Concern::Pigmentation).unwrap().for_severity(Severity::Severe), Efficacy::Some);
}

#[test]
fn other_treatments_rate_severe_cases_as_any_other() {
    for id in [
        TreatmentId::PeelMedium,
        TreatmentId::PeelDeep,
        TreatmentId::LaserNonAblative,
        TreatmentId::LaserAblative,
        TreatmentId::Neuromodulator,
        TreatmentId::Filler,
    ] {
        for i in &treatment(id).indications {
            assert_eq!(i.when_severe, None, "{id:?} {:?}", i.concern);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Contraindications

fn conditions(t: &Treatment, kind: ContraKind) -> Vec<Condition> {
    let mut v: Vec<Condition> = t.contraindications.iter().filter(|x| x.kind == kind).map(|x| x.condition).collect();
    v.sort();
    v
}

fn sorted(mut v: Vec<Condition>) -> Vec<Condition> {
    v.sort();
    v
}

#[test]
fn microneedling_contraindications_match_seed_003() {
    let t = treatment(TreatmentId::Microneedling);
    assert_eq!(
        conditions(&t, ContraKind::Absolute),
        sorted(vec![
            Condition::ActiveAcne,
            Condition::ActiveInfection,
            Condition::OpenWounds,
            Condition::SkinConditionFlare,
            Condition::Scleroderma,
            Condition::Sunburn,
            Condition::PregnantOrBreastfeeding,
            Condition::SkinCancer,
            Condition::NumbingOrMetalAllergy,
        ]),
        "not now"
    );
    assert_eq!(
        conditions(&t, ContraKind::Relative),
        sorted(vec![
            Condition::KeloidTendency,
            Condition::BloodThinners,
            Condition::Immunosuppressants,
            Condition::UncontrolledDiabetes,
            Condition::RecentProcedure,
            Condition::ColdSoreHistory,
        ]),
        "talk to your provider first"
    );
    for x in &t.contraindications {
        let expected = if x.condition == Condition::SkinCancer { Source::AtriusHealth } else { Source::Seed003 };
        assert_eq!(x.source, expected, "{:?}", x.condition);
    }
}

#[test]
fn absolute_contraindications_end_when_the_condition_does() {
    for t in catalog().treatments {
        for x in t.contraindications.iter().filter(|x| x.kind == ContraKind::Absolute) {
            let expected = match x.condition {
                Condition::PregnantOrBreastfeeding => Until::AfterPregnancyAndBreastfeeding,
                Condition::SkinCancer => Until::AfterTreatmentByDoctor,
                Condition::Under22 => Until::Age22,
                Condition::Scleroderma
                | Condition::NeuromuscularDisorder
                | Condition::NumbingOrMetalAllergy
                | Condition::KeloidTendency => Until::Indefinitely,
                Condition::ActiveAcne
                | Condition::ActiveInfection
                | Condition::OpenWounds
                | Condition::SkinConditionFlare
                | Condition::Sunburn
                | Condition::PhotosensitisingMedication
                | Condition::RecentFacialSurgery => Until::Cleared,
                other => panic!("{:?}: unexpected absolute contraindication {other:?}", t.id),
            };
            assert_eq!(x.until, expected, "{:?} {:?}", t.id, x.condition);
        }
    }
}

#[test]
fn relative_contraindications_have_no_waiting_period() {
    for t in catalog().treatments {
        for x in t.contraindications.iter().filter(|x| x.kind == ContraKind::Relative) {
            assert_eq!(x.until, Until::Indefinitely, "{:?} {:?}", t.id, x.condition);
        }
    }
}

/// The verdict every treatment gets for the conditions where a mistake would be unsafe, written
/// out in full so that a change to the data cannot slip through (A = not now, R = talk to your
/// provider first, - = no effect). Columns in `TreatmentId::ALL` order: microneedling, peel
/// superficial / medium / deep, laser non-ablative / ablative, neuromodulator, filler,
/// microdermabrasion.
#[test]
fn safety_critical_verdicts_are_pinned_for_every_treatment() {
    const A: Option<ContraKind> = Some(ContraKind::Absolute);
    const R: Option<ContraKind> = Some(ContraKind::Relative);
    const N: Option<ContraKind> = None;
    let expected: [(Condition, [Option<ContraKind>; 9]); 8] = [
        (Condition::PregnantOrBreastfeeding, [A, A, A, A, A, A, A, A, N]),
        (Condition::ActiveAcne, [A, N, N, N, A, A, N, N, A]),
        (Condition::ActiveInfection, [A, A, A, A, A, A, A, A, A]),
        (Condition::SkinCancer, [A, A, A, A, A, A, A, A, A]),
        (Condition::Sunburn, [A, A, A, A, A, A, N, N, A]),
        (Condition::KeloidTendency, [R, A, A, A, R, R, N, R, N]),
        (Condition::PhotosensitisingMedication, [N, A, A, A, A, A, N, N, N]),
        (Condition::NeuromuscularDisorder, [N, N, N, N, N, N, A, N, N]),
    ];
    for (condition, row) in expected {
        for (id, kind) in TreatmentId::ALL.into_iter().zip(row) {
            let actual = treatment(id).contraindication(condition).map(|x| x.kind);
            assert_eq!(actual, kind, "{condition:?} for {id:?}");
        }
    }
}

#[test]
fn filler_is_for_adults_of_22_and_over_only() {
    let x = treatment(TreatmentId::Filler).contraindication(Condition::Under22).copied().expect("filler lists Under22");
    assert_eq!((x.kind, x.until, x.source), (ContraKind::Absolute, Until::Age22, Source::FdaFiller));
}

#[test]
fn neuromodulator_is_not_for_pregnancy_or_neuromuscular_disorders() {
    let t = treatment(TreatmentId::Neuromodulator);
    for c in [Condition::PregnantOrBreastfeeding, Condition::NeuromuscularDisorder] {
        let x = t.contraindication(c).unwrap_or_else(|| panic!("{c:?} missing"));
        assert_eq!((x.kind, x.source), (ContraKind::Absolute, Source::NeuromodulatorLabel), "{c:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Skin tone, isotretinoin, label rules

#[test]
fn darker_skin_is_kept_from_ablative_lasers_and_deep_peels() {
    let ablative = treatment(TreatmentId::LaserAblative).tone;
    let deep_peel = treatment(TreatmentId::PeelDeep).tone;
    for f in [Fitzpatrick::V, Fitzpatrick::VI] {
        assert_eq!(ablative.for_type(f), ToneRisk::NotAdvised, "ablative laser, type {f:?}");
    }
    for f in [Fitzpatrick::IV, Fitzpatrick::V, Fitzpatrick::VI] {
        assert_eq!(deep_peel.for_type(f), ToneRisk::NotAdvised, "deep peel, type {f:?}");
    }
}

#[test]
fn microneedling_is_low_risk_for_every_skin_type() {
    let tone = treatment(TreatmentId::Microneedling).tone;
    for f in Fitzpatrick::ALL {
        assert_eq!(tone.for_type(f), ToneRisk::Low, "type {f:?}");
    }
}

#[test]
fn heat_and_acid_treatments_carry_more_risk_in_darker_skin() {
    for id in [TreatmentId::PeelMedium, TreatmentId::LaserNonAblative, TreatmentId::LaserAblative] {
        let tone = treatment(id).tone;
        assert!(tone.for_type(Fitzpatrick::IV) > tone.for_type(Fitzpatrick::II), "{id:?}");
    }
}

#[test]
fn neuromodulator_is_repeated_no_sooner_than_90_days() {
    let t = treatment(TreatmentId::Neuromodulator);
    assert_eq!(t.maintenance.value, Maintenance::WhenItWearsOff { min_days: 90 });
    assert_eq!(t.maintenance.source, Source::NeuromodulatorLabel);
    assert!(t.interval_days.value.lo >= 90);
}

#[test]
fn isotretinoin_rules_follow_the_sources() {
    let rule = |id| treatment(id).isotretinoin.value;
    let six_months = IsotretinoinRule::Wait { months: 6, talk_until_months: 6 };
    // Seed 003's 6-12 months: not now for 6, talk to the provider until 12.
    assert_eq!(rule(TreatmentId::Microneedling), IsotretinoinRule::Wait { months: 6, talk_until_months: 12 });
    assert_eq!(rule(TreatmentId::PeelMedium), six_months);
    assert_eq!(rule(TreatmentId::PeelDeep), six_months);
    assert_eq!(rule(TreatmentId::LaserAblative), six_months);
    // ASDS task force: no need to wait for superficial peels; the label still says 6 months.
    assert_eq!(rule(TreatmentId::PeelSuperficial), IsotretinoinRule::TalkWithin { months: 6 });
    assert_eq!(rule(TreatmentId::Neuromodulator), IsotretinoinRule::NoWait);
    assert_eq!(rule(TreatmentId::Filler), IsotretinoinRule::NoWait);
}

#[test]
fn microneedling_lists_its_preparation_and_aftercare() {
    let t = treatment(TreatmentId::Microneedling);
    let prep: Vec<CareStep> = t.preparation.iter().map(|s| s.value).collect();
    assert_eq!(
        prep,
        [
            CareStep::StopRetinoidsAndAcids { days_before: Range::new(5, 7) },
            CareStep::AvoidSunBefore { weeks_before: Range::new(1, 2) },
            CareStep::NoWaxingBefore { days_before: 7 },
            CareStep::AntiviralIfColdSores,
        ]
    );
    let after: Vec<CareStep> = t.aftercare.iter().map(|s| s.value).collect();
    assert_eq!(
        after,
        [
            CareStep::RednessLikeMildSunburn { hours: Range::new(24, 48) },
            CareStep::FlakingOnDays { days: Range::new(2, 3) },
            CareStep::NoMakeup { hours: Range::new(24, 72) },
            CareStep::AvoidSunAfter { min_weeks: 1 },
            CareStep::NoActivesAfter { days: Range::new(3, 5) },
        ]
    );
}
