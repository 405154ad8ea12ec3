//! The candidacy check: every contraindication, "not sure", and time-based "not now" dates.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;

// ---- Candidacy -------------------------------------------------------------------------------

#[test]
fn every_contraindication_sets_the_verdict_its_catalog_entry_gives() {
    let catalog = Catalog::standard();
    for c in Condition::ALL {
        let mut v = visitor(&[(Concern::FineLines, Severity::Moderate)]);
        v.health = Health::all_no().with(c, YesNo::Yes);
        let a = run(&v);
        let mut affected = 0;
        for t in &catalog.treatments {
            let r = result(&a, t.id);
            match t.contraindication(c) {
                Some(ci) => {
                    affected += 1;
                    let expected = match ci.kind {
                        ContraKind::Absolute => Verdict::NotNow,
                        ContraKind::Relative => Verdict::TalkToProvider,
                    };
                    assert_eq!(r.candidacy.verdict, expected, "{c:?} for {:?}", t.id);
                    let reason = r.candidacy.reasons.iter().find(|x| x.cause == Cause::Condition(c)).unwrap();
                    assert_eq!(reason.source, ci.source);
                }
                None => assert_eq!(r.candidacy.verdict, Verdict::Suitable, "{c:?} for {:?}", t.id),
            }
        }
        assert!(affected > 0, "{c:?} affects no treatment");
    }
}

#[test]
fn not_sure_is_never_not_now_but_always_talk_to_your_provider() {
    let catalog = Catalog::standard();
    for c in Condition::ALL.into_iter().filter(|c| c.allows_not_sure()) {
        let mut v = visitor(&[(Concern::FineLines, Severity::Moderate)]);
        v.health = Health::all_no().with(c, YesNo::NotSure);
        let a = run(&v);
        for t in &catalog.treatments {
            let r = result(&a, t.id);
            if t.contraindication(c).is_some() {
                // "Not sure" is never taken as "no": every treatment that lists it says so.
                assert_eq!(r.candidacy.verdict, Verdict::TalkToProvider, "{c:?} for {:?}", t.id);
                let reason = r.candidacy.reasons.iter().find(|x| x.cause == Cause::Condition(c)).unwrap();
                assert!(reason.not_sure && reason.kind == ContraKind::Relative);
            } else {
                assert_eq!(r.candidacy.verdict, Verdict::Suitable, "{c:?} for {:?}", t.id);
            }
        }
    }
}

#[test]
fn a_not_now_treatment_is_never_recommended_whatever_its_score() {
    for c in Condition::ALL {
        let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate), (Concern::EnlargedPores, Severity::Moderate)]);
        v.health = Health::all_no().with(c, YesNo::Yes);
        let a = run(&v);
        if let Some(best) = a.recommended() {
            assert_ne!(best.verdict, Verdict::NotNow, "{c:?}");
        }
        for r in a.treatments.iter().filter(|r| r.candidacy.verdict == Verdict::NotNow) {
            assert!(!r.recommendable);
        }
    }
    // Active acne: microneedling would score best for these concerns, but must not lead.
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate), (Concern::EnlargedPores, Severity::Moderate)]);
    let clear = run(&v);
    assert_eq!(clear.recommended().unwrap().family, Family::Microneedling);
    v.health = Health::all_no().with(Condition::ActiveAcne, YesNo::Yes);
    let breakout = run(&v);
    let mn = breakout.family(Family::Microneedling).unwrap();
    assert_eq!(mn.verdict, Verdict::NotNow);
    assert_ne!(breakout.recommended().map(|f| f.family), Some(Family::Microneedling));
    // Not-now families come last, below treatments that are merely a weaker fit.
    let last = breakout.families.last().unwrap();
    assert_eq!(last.verdict, Verdict::NotNow);
    let first_not_now = breakout.families.iter().position(|f| f.verdict == Verdict::NotNow).unwrap();
    assert!(breakout.families[first_not_now..].iter().all(|f| f.verdict == Verdict::NotNow));
    assert!(rank_of(&breakout, Family::Microneedling) >= first_not_now);
}

#[test]
fn microneedling_in_pregnancy_is_not_now_until_after_pregnancy_and_breastfeeding() {
    let mut v = visitor(&[(Concern::StretchMarks, Severity::Moderate)]);
    v.health = Health::all_no().with(Condition::PregnantOrBreastfeeding, YesNo::Yes);
    let a = run(&v);
    let mn = &result(&a, TreatmentId::Microneedling).candidacy;
    assert_eq!(mn.verdict, Verdict::NotNow);
    assert_eq!(mn.reasons[0].until, Some(ReasonUntil::When(Until::AfterPregnancyAndBreastfeeding)));
    assert_eq!(mn.earliest, None);
}

#[test]
fn cold_sore_history_means_talk_to_your_provider_before_microneedling() {
    let mut v = visitor(&[(Concern::FineLines, Severity::Moderate)]);
    v.health = Health::all_no().with(Condition::ColdSoreHistory, YesNo::Yes);
    let a = run(&v);
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::TalkToProvider);
    assert_eq!(result(&a, TreatmentId::Neuromodulator).candidacy.verdict, Verdict::Suitable);
}

#[test]
fn neuromuscular_disorder_rules_out_the_neuromodulator_only() {
    let mut v = visitor(&[(Concern::ExpressionLines, Severity::Moderate)]);
    v.health = Health::all_no().with(Condition::NeuromuscularDisorder, YesNo::Yes);
    let a = run(&v);
    assert_eq!(result(&a, TreatmentId::Neuromodulator).candidacy.verdict, Verdict::NotNow);
    assert_ne!(a.treatments[0].id, TreatmentId::Neuromodulator);
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::Suitable);
}

#[test]
fn under_22_rules_out_filler_until_22() {
    let mut v = visitor(&[(Concern::VolumeLoss, Severity::Moderate)]);
    v.health = Health::all_no().with(Condition::Under22, YesNo::Yes);
    let a = run(&v);
    let filler = &result(&a, TreatmentId::Filler).candidacy;
    assert_eq!(filler.verdict, Verdict::NotNow);
    assert_eq!(filler.reasons[0].until, Some(ReasonUntil::When(Until::Age22)));
}

#[test]
fn darker_skin_rules_out_treatments_the_sources_advise_against() {
    let mut v = visitor(&[(Concern::SunDamage, Severity::Moderate)]);
    v.skin_type = Fitzpatrick::V;
    let a = run(&v);
    let ablative = &result(&a, TreatmentId::LaserAblative).candidacy;
    assert_eq!(ablative.verdict, Verdict::NotNow);
    assert_eq!(ablative.reasons[0].cause, Cause::SkinType(Fitzpatrick::V));
    assert_eq!(result(&a, TreatmentId::PeelDeep).candidacy.verdict, Verdict::NotNow);
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::Suitable);
    v.skin_type = Fitzpatrick::II;
    assert_eq!(result(&run(&v), TreatmentId::LaserAblative).candidacy.verdict, Verdict::Suitable);
}

// ---- Time-based candidacy --------------------------------------------------------------------

fn with_isotretinoin(use_: Isotretinoin) -> Assessment {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    v.health.isotretinoin = use_;
    run(&v)
}

#[test]
fn isotretinoin_stopped_recently_means_not_now_until_six_months_after_the_last_dose() {
    let a = with_isotretinoin(Isotretinoin::Stopped { last_taken: date("2026-08-01") });
    let mn = result(&a, TreatmentId::Microneedling);
    assert_eq!(mn.candidacy.verdict, Verdict::NotNow);
    assert_eq!(mn.candidacy.earliest, Some(date("2027-02-01")));
    assert_eq!(mn.candidacy.reasons[0].until, Some(ReasonUntil::Date(date("2027-02-01"))));
    // Its timeline starts on that date, not today.
    assert_eq!(mn.timeline.start, date("2027-02-01"));
    assert_eq!(mn.timeline.session_dates[0], date("2027-02-01"));
    // Ablative laser and medium/deep peels wait too; the ASDS task force saw no need to wait
    // for superficial peels, so those are a conversation, not a "not now".
    assert_eq!(result(&a, TreatmentId::LaserAblative).candidacy.earliest, Some(date("2027-02-01")));
    assert_eq!(result(&a, TreatmentId::PeelMedium).candidacy.verdict, Verdict::NotNow);
    assert_eq!(result(&a, TreatmentId::PeelSuperficial).candidacy.verdict, Verdict::TalkToProvider);
    assert_eq!(result(&a, TreatmentId::Neuromodulator).candidacy.verdict, Verdict::Suitable);
}

#[test]
fn six_to_twelve_months_after_isotretinoin_microneedling_is_a_conversation_not_a_wait() {
    // Exactly six months ago today: the wait is over.
    let a = with_isotretinoin(Isotretinoin::Stopped { last_taken: date("2026-05-21") });
    let mn = result(&a, TreatmentId::Microneedling);
    assert_eq!(mn.candidacy.verdict, Verdict::TalkToProvider, "seed 003: 6-12 months");
    assert_eq!(mn.candidacy.reasons[0].cause, Cause::Isotretinoin);
    assert_eq!(mn.timeline.start, date(TODAY));
    assert_eq!(result(&a, TreatmentId::PeelMedium).candidacy.verdict, Verdict::Suitable);
    assert_eq!(result(&a, TreatmentId::PeelSuperficial).candidacy.verdict, Verdict::Suitable);
    // One day short of six months: still not now, until today.
    let a = with_isotretinoin(Isotretinoin::Stopped { last_taken: date("2026-05-22") });
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.earliest, Some(date("2026-11-22")));
}

#[test]
fn isotretinoin_stopped_over_a_year_ago_no_longer_counts_for_anything() {
    let a = with_isotretinoin(Isotretinoin::Stopped { last_taken: date("2025-11-01") });
    for r in &a.treatments {
        assert!(r.candidacy.reasons.iter().all(|x| x.cause != Cause::Isotretinoin), "{:?}", r.id);
    }
}

#[test]
fn a_month_end_last_dose_never_shortens_the_wait() {
    // 31 August + 6 months has no 31 February: the wait ends on 1 March, not 28 February.
    let a = with_isotretinoin(Isotretinoin::Stopped { last_taken: date("2026-08-31") });
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.earliest, Some(date("2027-03-01")));
}

#[test]
fn a_high_pigmentation_risk_on_darker_skin_needs_a_word_with_the_provider() {
    let mut v = visitor(&[(Concern::FineLines, Severity::Moderate)]);
    v.skin_type = Fitzpatrick::IV;
    let a = run(&v);
    let peel = &result(&a, TreatmentId::PeelMedium).candidacy;
    assert_eq!(peel.verdict, Verdict::TalkToProvider);
    assert_eq!(peel.reasons[0].cause, Cause::SkinType(Fitzpatrick::IV));
    // For a laser the word with the provider is about a test spot.
    let laser = &result(&a, TreatmentId::LaserAblative).candidacy;
    assert_eq!(laser.verdict, Verdict::TalkToProvider);
    assert_eq!(laser.reasons[0].cause, Cause::TestSpot(Fitzpatrick::IV));
    assert_eq!(result(&a, TreatmentId::PeelDeep).candidacy.verdict, Verdict::NotNow);
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::Suitable);
}

#[test]
fn isotretinoin_still_taken_is_not_now_with_no_date_yet() {
    let a = with_isotretinoin(Isotretinoin::Current);
    let mn = &result(&a, TreatmentId::Microneedling).candidacy;
    assert_eq!(mn.verdict, Verdict::NotNow);
    assert_eq!(mn.reasons[0].until, Some(ReasonUntil::MonthsAfterLastDose(6)));
    assert_eq!(mn.earliest, None);
}

#[test]
fn unsure_about_isotretinoin_means_talk_to_your_provider() {
    let a = with_isotretinoin(Isotretinoin::NotSure);
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::TalkToProvider);
}

#[test]
fn the_earliest_date_is_unknown_when_another_not_now_reason_has_no_date() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    v.health = Health::all_no().with(Condition::Sunburn, YesNo::Yes);
    v.health.isotretinoin = Isotretinoin::Stopped { last_taken: date("2026-08-01") };
    let a = run(&v);
    let mn = &result(&a, TreatmentId::Microneedling).candidacy;
    assert_eq!(mn.verdict, Verdict::NotNow);
    assert_eq!(mn.reasons.len(), 2);
    assert_eq!(mn.earliest, None);
}

#[test]
fn reasons_from_health_answers_are_told_apart_from_skin_type_and_melasma_ones() {
    // A printout without the health answers leaves out exactly these reasons.
    assert!(Cause::Condition(Condition::ColdSoreHistory).is_health_answer());
    assert!(Cause::Isotretinoin.is_health_answer());
    assert!(!Cause::SkinType(Fitzpatrick::VI).is_health_answer());
    assert!(!Cause::TestSpot(Fitzpatrick::V).is_health_answer());
    assert!(!Cause::Melasma.is_health_answer());
}
