//! The catalog says what `shared/clinical-facts.md` says: the G/S/– table cell by cell, the
//! severity rules (seed 003), microneedling's contraindications (seed 003), the safety-critical
//! verdicts, the skin-tone risks and the label rules the engine relies on.
#![cfg(not(target_arch = "wasm32"))]

use treatment_compare::answers::{Concern, Condition, Fitzpatrick, Severity};
use treatment_compare::catalog::{
    CareStep, Catalog, ContraKind, Efficacy, IsotretinoinRule, Maintenance, Range, Source, ToneRisk, Treatment,
    TreatmentId, Until,
};

fn catalog() -> Catalog {
    Catalog::standard()
}

fn treatment(id: TreatmentId) -> Treatment {
    catalog().get(id).cloned().unwrap_or_else(|| panic!("{id:?} is missing from the catalog"))
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
    // Since the 2026-12 split this column rates sun spots; melasma is rated apart (below).
    ("dark spots / sun damage / melasma", Concern::SunDamage),
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
    let variants = [TreatmentId::MicroneedlingRf, TreatmentId::MicroneedlingPrp];
    let table_ids: Vec<TreatmentId> = TreatmentId::ALL.into_iter().filter(|t| !variants.contains(t)).collect();
    assert_eq!(columns, table_ids, "the table's columns are the nine treatments before the variants");
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
    let table_concerns: Vec<Concern> = Concern::ALL.into_iter().filter(|c| !c.may_be_melasma()).collect();
    assert_eq!(seen, table_concerns, "the table has a row per concern but melasma");
    assert!(wrong.is_empty(), "cells differ from clinical-facts.md:\n{}", wrong.join("\n"));
}

#[test]
fn severe_cases_never_rate_higher_than_moderate_ones() {
    for t in catalog().treatments {
        for i in t.indications {
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
    [Concern::FineLines, Concern::AcneScars, Concern::OtherScars, Concern::SunDamage];

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
    assert_eq!(peel.indication(Concern::SunDamage).unwrap().for_severity(Severity::Severe), Efficacy::Some);
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
        for i in treatment(id).indications {
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
            // Seed 003's "anticoagulants or bleeding disorder", asked apart since 2026-12.
            Condition::BleedingDisorder,
        ]),
        "talk to your provider first"
    );
    for x in t.contraindications {
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
                | Condition::KeloidTendency
                | Condition::ImplantedDevice
                | Condition::BleedingDisorder => Until::Indefinitely,
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
/// provider first, - = no effect). Columns in `TreatmentId::ALL` order: microneedling, RF
/// microneedling, microneedling with PRP, peel superficial / medium / deep, laser non-ablative /
/// ablative, neuromodulator, filler, microdermabrasion.
#[test]
fn safety_critical_verdicts_are_pinned_for_every_treatment() {
    const A: Option<ContraKind> = Some(ContraKind::Absolute);
    const R: Option<ContraKind> = Some(ContraKind::Relative);
    const N: Option<ContraKind> = None;
    let expected: [(Condition, [Option<ContraKind>; 11]); 11] = [
        (Condition::PregnantOrBreastfeeding, [A, A, A, A, A, A, A, A, A, A, N]),
        (Condition::ActiveAcne, [A, A, A, N, N, N, A, A, N, N, A]),
        (Condition::ActiveInfection, [A, A, A, A, A, A, A, A, A, A, A]),
        (Condition::SkinCancer, [A, A, A, A, A, A, A, A, A, A, A]),
        (Condition::Sunburn, [A, A, A, A, A, A, A, A, N, N, A]),
        (Condition::KeloidTendency, [R, R, R, A, A, A, R, R, N, R, N]),
        (Condition::PhotosensitisingMedication, [N, N, N, A, A, A, A, A, N, N, N]),
        (Condition::NeuromuscularDisorder, [N, N, N, N, N, N, N, N, A, N, N]),
        // An implanted device rules RF out; a bleeding disorder rules PRP out and makes the other
        // needling and the injections a talk-first (clinical-facts.md, 2026-12-07).
        (Condition::ImplantedDevice, [N, A, N, N, N, N, N, N, N, N, N]),
        (Condition::BleedingDisorder, [R, R, A, N, N, N, N, N, R, R, N]),
        (Condition::BloodThinners, [R, R, R, N, N, N, N, N, R, R, N]),
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
