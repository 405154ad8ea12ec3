//! The results screen's lookups and sentences in English.

use super::*;
use crate::answers::*;
use crate::assessment::*;
use crate::catalog::*;
use crate::text::template::fill;
fn en() -> &'static ResultText {
    crate::text::english().results
}

#[test]
fn fills_named_blanks_and_keeps_unknown_ones() {
    assert_eq!(fill("{a} and {b}", &[("a", "x"), ("b", "y")]), "x and y");
    assert_eq!(fill("{a} {c}", &[("a", "x")]), "x {c}");
    assert_eq!(fill("no blanks", &[]), "no blanks");
}

#[test]
fn formats_dates_for_visitors() {
    assert_eq!(en().date("2026-11-21".parse().unwrap()), "21 Nov 2026");
    assert_eq!(en().date("2027-01-05".parse().unwrap()), "5 Jan 2027");
}

#[test]
fn formats_counts_and_ranges() {
    // Money: `money.rs`.
    assert_eq!(en().count(1, &en().weeks), "1 week");
    assert_eq!(en().span(Range::new(1, 3), &en().days), "1\u{2013}3 days");
    assert_eq!(en().span(Range::exactly(2), &en().days), "2 days");
    assert_eq!(en().interval(28), "Every 4 weeks");
}

#[test]
fn names_every_enum_value() {
    for t in TreatmentId::ALL {
        assert!(!en().treatment(t).is_empty());
    }
    assert_eq!(en().family(Family::ChemicalPeel), "Chemical peel");
    assert_eq!(en().verdict(Verdict::TalkToProvider), "Talk to your provider first");
    assert_eq!(
        en().care_step(CareStep::StopRetinoidsAndAcids { days_before: Range::new(5, 7) }),
        "Stop retinoids and AHA/BHA acids 5\u{2013}7 days before"
    );
    assert_eq!(en().reason_until(ReasonUntil::MonthsAfterLastDose(6)), "Until 6 months after your last dose");
}

#[test]
fn writes_breakdown_facts_as_sentences_naming_their_source() {
    use crate::answers::{Concern, Severity};
    use crate::catalog::Source;
    let d = Detail::Treats {
        concern: Concern::AcneScars,
        severity: Severity::Moderate,
        efficacy: Efficacy::Good,
        source: Source::Alam2014,
    };
    assert_eq!(
        en().detail(&d, crate::text::english().questions),
        "Acne scars (Moderate): main indication \u{2014} Alam M. et al., JAMA Dermatology 2014"
    );
    assert_eq!(en().detail(&Detail::InjectionsNotWanted, crate::text::english().questions), "You prefer no injections");
}

#[test]
fn names_what_a_reason_is_about() {
    use crate::answers::Condition;
    use crate::catalog::Source;
    let q = crate::text::english().questions;
    let reason =
        |cause, not_sure| Reason { cause, kind: ContraKind::Relative, not_sure, until: None, source: Source::Seed003 };
    let cold_sores = en().cause(&reason(Cause::Condition(Condition::ColdSoreHistory), true), q);
    assert!(
        cold_sores.contains(q.yes_no(YesNo::NotSure)) && cold_sores.contains(q.condition(Condition::ColdSoreHistory))
    );
    assert_eq!(en().cause(&reason(Cause::SkinType(Fitzpatrick::VI), false), q), "Your skin type: Type VI");
}

#[test]
fn summarises_the_best_match_without_repeating_a_single_option() {
    assert_eq!(
        en().summary(Some((Family::Microneedling, TreatmentId::Microneedling, 81, Verdict::TalkToProvider))),
        "Best match for you: Microneedling, fits your answers 81 out of 100. Health check: Talk to your provider first."
    );
    let peel = en().summary(Some((Family::ChemicalPeel, TreatmentId::PeelSuperficial, 70, Verdict::Suitable)));
    assert!(peel.contains("(Superficial peel)") && peel.ends_with("Health check: Suitable."), "{peel}");
    assert_eq!(en().summary(None), en().summary_none);
}

#[test]
fn falls_back_to_a_generic_provider_without_a_clinic_name() {
    assert!(en().disclaimer("").contains("a qualified provider"));
    assert!(en().disclaimer("Glow Clinic").contains("with Glow Clinic decides"));
}

#[test]
fn prints_the_date_and_the_concerns_with_their_severity() {
    let q = crate::text::english().questions;
    assert_eq!(en().print_date("2026-12-01".parse().unwrap()), "Printed on 1 Dec 2026");
    assert_eq!(en().print_concern(Concern::AcneScars, Severity::Severe, q), "Acne scars: Severe");
}

#[test]
fn prints_isotretinoin_and_only_the_yes_and_not_sure_health_answers() {
    let q = crate::text::english().questions;
    let lines = |h: &Health| -> Vec<(String, String)> {
        en().health_answers(h, q).into_iter().map(|(question, answer)| (question.to_string(), answer)).collect()
    };
    let none = lines(&Health::all_no());
    assert_eq!(none, [(q.isotretinoin_question.to_string(), "Never".to_string())]);

    let h = Health {
        isotretinoin: Isotretinoin::Stopped { last_taken: "2026-03-14".parse().unwrap() },
        ..Health::all_no().with(Condition::Sunburn, YesNo::Yes).with(Condition::ColdSoreHistory, YesNo::NotSure)
    };
    assert_eq!(
        lines(&h),
        [
            (q.isotretinoin_question.to_string(), "I have stopped".to_string()),
            (q.isotretinoin_last_taken.to_string(), "14 Mar 2026".to_string()),
            (q.condition(Condition::ColdSoreHistory).to_string(), "Not sure".to_string()),
            (q.condition(Condition::Sunburn).to_string(), "Yes".to_string()),
        ]
    );
}
