//! Combined plans: when no single treatment gives every concern a main indication.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assess;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;

fn plan_of(a: &Assessment) -> Vec<TreatmentId> {
    let mut ids = a.plan.as_ref().map(|p| p.treatments.clone()).unwrap_or_default();
    ids.sort();
    ids
}

fn offering_all_but(missing: &[TreatmentId]) -> Catalog {
    let mut catalog = Catalog::standard();
    catalog.offered.retain(|id| !missing.contains(id));
    catalog
}

#[test]
fn expression_lines_and_acne_scars_give_microneedling_with_a_neuromodulator() {
    let a = run(&visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)]));
    assert_eq!(plan_of(&a), [TreatmentId::Microneedling, TreatmentId::Neuromodulator]);
    let plan = a.plan.unwrap();
    let by = |c: Concern| plan.covers.iter().find(|x| x.concern == c).map(|x| x.by);
    assert_eq!(by(Concern::ExpressionLines), Some(TreatmentId::Neuromodulator));
    assert_eq!(by(Concern::AcneScars), Some(TreatmentId::Microneedling));
    assert!(!plan.uncovered.is_empty(), "the best single treatment leaves a concern uncovered");
}

#[test]
fn volume_loss_and_uneven_texture_give_microneedling_with_a_filler() {
    let a = run(&visitor(&[(Concern::VolumeLoss, Severity::Moderate), (Concern::UnevenTexture, Severity::Moderate)]));
    assert_eq!(plan_of(&a), [TreatmentId::Microneedling, TreatmentId::Filler]);
}

#[test]
fn no_plan_when_the_best_single_treatment_covers_every_concern() {
    let a = run(&visitor(&[(Concern::AcneScars, Severity::Moderate), (Concern::EnlargedPores, Severity::Mild)]));
    let best = a.recommended().unwrap().best;
    assert_eq!(best, TreatmentId::Microneedling);
    assert_eq!(a.plan, None);
}

#[test]
fn a_visitor_who_refuses_injections_gets_no_injectable_in_any_plan() {
    for concerns in [
        [(Concern::ExpressionLines, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)],
        [(Concern::VolumeLoss, Severity::Moderate), (Concern::UnevenTexture, Severity::Severe)],
    ] {
        let mut v = visitor(&concerns);
        v.preferences.injections_ok = false;
        let a = run(&v);
        assert!(plan_of(&a).iter().all(|id| !id.is_injection()), "{concerns:?}: {:?}", plan_of(&a));
    }
}

#[test]
fn a_not_now_treatment_is_never_part_of_a_plan() {
    // Pregnancy rules out the neuromodulator (label) and microneedling for now.
    let mut v = visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)]);
    v.health = Health::all_no().with(Condition::PregnantOrBreastfeeding, YesNo::Yes);
    let a = run(&v);
    for id in plan_of(&a) {
        assert_ne!(result(&a, id).candidacy.verdict, Verdict::NotNow, "{id:?}");
    }
    assert_eq!(a.plan, None, "only the neuromodulator gives expression lines a main indication");
}

#[test]
fn a_clinic_without_the_partner_gets_the_next_valid_plan_or_none() {
    let v = visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)]);
    // Without microneedling, another treatment for acne scars partners the neuromodulator.
    let a = assess(&v, &offering_all_but(&[TreatmentId::Microneedling]), date(TODAY));
    let ids = plan_of(&a);
    assert!(ids.contains(&TreatmentId::Neuromodulator) && !ids.contains(&TreatmentId::Microneedling), "{ids:?}");
    assert_eq!(ids.len(), 2);
    // Without the neuromodulator nothing else gives expression lines a main indication.
    let a = assess(&v, &offering_all_but(&[TreatmentId::Neuromodulator]), date(TODAY));
    assert_eq!(a.plan, None);
}

#[test]
fn melasma_and_laxity_combine_a_melasma_procedure_with_a_laxity_one() {
    let a = run(&visitor(&[(Concern::Melasma, Severity::Moderate), (Concern::Laxity, Severity::Moderate)]));
    let plan = a.plan.as_ref().expect("a plan");
    let by = |c: Concern| plan.covers.iter().find(|x| x.concern == c).map(|x| x.by).unwrap();
    assert_eq!(by(Concern::Melasma).family(), Family::Microneedling);
    // The partner for laxity is a laser, and for melasma a laser is "talk to your provider first":
    // the plan shows it with that verdict, never as a clearance.
    let partner = by(Concern::Laxity);
    assert_eq!(result(&a, partner).candidacy.verdict, Verdict::TalkToProvider);
}

#[test]
fn every_plan_treatment_is_offered_allowed_and_earns_its_place() {
    let catalog = Catalog::standard();
    let mut plans = 0;
    for (i, &a) in Concern::ALL.iter().enumerate() {
        for &b in &Concern::ALL[i + 1..] {
            for skin_type in Fitzpatrick::ALL {
                let mut v = visitor(&[(a, Severity::Moderate), (b, Severity::Severe)]);
                v.skin_type = skin_type;
                let result_of = run(&v);
                let Some(plan) = &result_of.plan else { continue };
                plans += 1;
                assert!((2..=3).contains(&plan.treatments.len()));
                for &id in &plan.treatments {
                    let r = result(&result_of, id);
                    assert!(r.offered && r.candidacy.verdict != Verdict::NotNow, "{a:?}+{b:?} {skin_type:?}: {id:?}");
                    assert!(plan.covers.iter().any(|c| c.by == id), "{id:?} covers nothing in {a:?}+{b:?}");
                }
                for c in &plan.covers {
                    let level = catalog.get(c.by).unwrap().indication(c.concern).unwrap().for_severity(c.severity);
                    assert_eq!(level, Efficacy::Good, "{c:?}");
                }
                assert_eq!(plan.covers.len(), 2, "every concern is covered");
            }
        }
    }
    assert!(plans > 20, "pairs of concerns often need a plan: {plans}");
}

#[test]
fn the_joint_timeline_spaces_injections_two_weeks_after_microneedling() {
    let mut v = visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)]);
    v.preferences.event_date = Some(date("2027-12-01"));
    let a = run(&v);
    let plan = a.plan.unwrap();
    assert_eq!(plan.steps[0].id, TreatmentId::Microneedling);
    assert_eq!(plan.steps[0].timeline.start, a.start);
    let last_needling = *plan.steps[0].timeline.session_dates.last().unwrap();
    let gap = plan.steps[1].after_previous.unwrap();
    assert_eq!((gap.planned, gap.source), (14, Source::ClinicSpacing));
    assert_eq!(plan.steps[1].timeline.start, last_needling.add_days(14));
    let latest = plan.steps.iter().map(|s| s.timeline.full_results).max().unwrap();
    assert_eq!(plan.full_results, latest);
    assert_eq!(plan.ready_by_event, Some(true));
    v.preferences.event_date = Some(a.start.add_days(30));
    assert_eq!(run(&v).plan.unwrap().ready_by_event, Some(false));
}
