//! Behaviour of the engine: scores, seed-article comparisons, candidacy and timelines.
#![cfg(not(target_arch = "wasm32"))]

use treatment_compare::answers::*;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;
use treatment_compare::date::Date;
use treatment_compare::assess;

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-21";

fn visitor(concerns: &[(Concern, Severity)]) -> Answers {
    Answers {
        concerns: concerns.iter().map(|&(concern, severity)| ConcernAnswer { concern, severity }).collect(),
        skin_type: Fitzpatrick::III,
        downtime: Downtime::UpToAWeek,
        preferences: Preferences { budget: Budget::UpTo3000, injections_ok: true, event_date: None },
        health: Health::all_no(),
        start_date: None,
    }
}

fn run(a: &Answers) -> Assessment {
    assess(a, &Catalog::standard(), date(TODAY))
}

fn rank_of(a: &Assessment, f: Family) -> usize {
    a.families.iter().position(|r| r.family == f).unwrap()
}

fn result(a: &Assessment, id: TreatmentId) -> &TreatmentResult {
    a.treatment(id).unwrap()
}

// ---- Scores -------------------------------------------------------------------------------

#[test]
fn every_concern_is_scored_from_the_efficacy_table() {
    let catalog = Catalog::standard();
    for concern in Concern::ALL {
        let a = run(&visitor(&[(concern, Severity::Moderate)]));
        for t in &catalog.treatments {
            let r = result(&a, t.id);
            let expected = match t.indication(concern).unwrap().level {
                Efficacy::Good => 55,
                Efficacy::Some => 28,
                Efficacy::NotIndicated => 0,
            };
            assert_eq!(r.breakdown[0].factor, Factor::Concerns);
            assert_eq!(r.breakdown[0].points, expected, "{concern:?} with {:?}", t.id);
        }
        let best = a.recommended().expect("some family treats every concern");
        let best_variant = catalog.get(best.best).unwrap();
        assert_eq!(best_variant.indication(concern).unwrap().level, Efficacy::Good, "{concern:?}");
    }
}

#[test]
fn a_score_is_the_sum_of_its_breakdown_and_at_most_100() {
    let a = run(&visitor(&[(Concern::AcneScars, Severity::Severe), (Concern::Dullness, Severity::Mild)]));
    for r in &a.treatments {
        let sum: u32 = r.breakdown.iter().map(|c| u32::from(c.points)).sum();
        assert_eq!(u32::from(r.score), sum);
        assert!(r.score <= 100);
        for c in &r.breakdown {
            assert!(c.points <= c.max);
            assert!(!c.details.is_empty(), "{:?} {:?} explains nothing", r.id, c.factor);
        }
    }
}

#[test]
fn the_same_answers_always_give_the_same_assessment() {
    let v = visitor(&[(Concern::FineLines, Severity::Mild), (Concern::EnlargedPores, Severity::Severe)]);
    assert_eq!(run(&v), run(&v));
}

#[test]
fn severity_weights_the_concerns() {
    // Microneedling treats texture well but volume loss not at all: the more the texture
    // matters, the better it fits.
    let mild_texture = run(&visitor(&[(Concern::UnevenTexture, Severity::Mild), (Concern::VolumeLoss, Severity::Severe)]));
    let severe_texture = run(&visitor(&[(Concern::UnevenTexture, Severity::Severe), (Concern::VolumeLoss, Severity::Mild)]));
    assert!(
        result(&severe_texture, TreatmentId::Microneedling).score > result(&mild_texture, TreatmentId::Microneedling).score
    );
}

#[test]
fn severe_scarring_moves_microneedling_from_main_to_partial_indication() {
    let moderate = run(&visitor(&[(Concern::AcneScars, Severity::Moderate)]));
    let severe = run(&visitor(&[(Concern::AcneScars, Severity::Severe)]));
    let efficacy = |a: &Assessment| match &result(a, TreatmentId::Microneedling).breakdown[0].details[0] {
        Detail::Treats { efficacy, .. } => *efficacy,
        other => panic!("unexpected {other:?}"),
    };
    assert_eq!(efficacy(&moderate), Efficacy::Good);
    assert_eq!(efficacy(&severe), Efficacy::Some);
}

// ---- The comparisons the seed articles make -----------------------------------------------

#[test]
fn darker_skin_with_acne_scars_ranks_microneedling_ahead_of_ablative_laser_and_deep_peel() {
    for skin in [Fitzpatrick::IV, Fitzpatrick::V, Fitzpatrick::VI] {
        let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
        v.skin_type = skin;
        v.downtime = Downtime::TwoWeeksOrMore;
        v.preferences.budget = Budget::NoFixedLimit;
        let a = run(&v);
        let pos = |id| a.treatments.iter().position(|r| r.id == id).unwrap();
        assert!(pos(TreatmentId::Microneedling) < pos(TreatmentId::LaserAblative), "{skin:?}");
        assert!(pos(TreatmentId::Microneedling) < pos(TreatmentId::PeelDeep), "{skin:?}");
        assert!(
            result(&a, TreatmentId::Microneedling).score > result(&a, TreatmentId::LaserAblative).score,
            "{skin:?}: the score itself, not only the safety ordering, favours microneedling"
        );
        assert_eq!(a.recommended().unwrap().family, Family::Microneedling, "{skin:?}");
    }
}

#[test]
fn expression_lines_only_put_the_neuromodulator_first() {
    let a = run(&visitor(&[(Concern::ExpressionLines, Severity::Moderate)]));
    assert_eq!(a.recommended().unwrap().family, Family::Injectables);
    assert_eq!(a.families[0].best, TreatmentId::Neuromodulator);
    assert_eq!(a.treatments[0].id, TreatmentId::Neuromodulator);
}

#[test]
fn volume_loss_puts_filler_first() {
    let a = run(&visitor(&[(Concern::VolumeLoss, Severity::Moderate)]));
    assert_eq!(a.treatments[0].id, TreatmentId::Filler);
    assert_eq!(a.families[0].best, TreatmentId::Filler);
    // Nothing else treats volume loss, so nothing else is put forward.
    assert!(a.treatments[1..].iter().all(|r| !r.recommendable));
}

#[test]
fn dullness_with_no_downtime_puts_microdermabrasion_or_a_superficial_peel_first() {
    let mut v = visitor(&[(Concern::Dullness, Severity::Moderate)]);
    v.downtime = Downtime::None;
    let a = run(&v);
    assert!(matches!(a.treatments[0].id, TreatmentId::Microdermabrasion | TreatmentId::PeelSuperficial));
    assert!(rank_of(&a, Family::Microneedling) > 0);
}

#[test]
fn severe_scarring_on_light_skin_favours_lasers_over_microneedling() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Severe)]);
    v.skin_type = Fitzpatrick::II;
    v.downtime = Downtime::TwoWeeksOrMore;
    v.preferences.budget = Budget::NoFixedLimit;
    let a = run(&v);
    assert!(rank_of(&a, Family::Laser) < rank_of(&a, Family::Microneedling));
}

#[test]
fn no_injections_means_injectables_are_never_recommended() {
    let mut v = visitor(&[(Concern::ExpressionLines, Severity::Severe), (Concern::FineLines, Severity::Mild)]);
    v.preferences.injections_ok = false;
    let a = run(&v);
    assert_ne!(a.recommended().map(|f| f.family), Some(Family::Injectables));
    let neuro = result(&a, TreatmentId::Neuromodulator);
    assert!(!neuro.recommendable);
    assert_eq!(neuro.breakdown[3].details, vec![Detail::InjectionsNotWanted]);
}

#[test]
fn a_tight_budget_lowers_expensive_courses() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    v.preferences.budget = Budget::NoFixedLimit;
    let rich = result(&run(&v), TreatmentId::LaserNonAblative).score;
    v.preferences.budget = Budget::UpTo1000;
    let tight = result(&run(&v), TreatmentId::LaserNonAblative).score;
    assert!(tight < rich);
}

// ---- Candidacy ----------------------------------------------------------------------------

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
    for c in Condition::ALL.into_iter().filter(|c| c.allows_not_sure()) {
        let mut v = visitor(&[(Concern::FineLines, Severity::Moderate)]);
        v.health = Health::all_no().with(c, YesNo::NotSure);
        let a = run(&v);
        for r in &a.treatments {
            if r.candidacy.reasons.iter().any(|x| x.cause == Cause::Condition(c)) {
                assert_eq!(r.candidacy.verdict, Verdict::TalkToProvider, "{c:?} for {:?}", r.id);
                assert!(r.candidacy.reasons.iter().all(|x| x.not_sure));
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
    assert_ne!(breakout.recommended().unwrap().family, Family::Microneedling);
    assert!(rank_of(&breakout, Family::Microneedling) > 0);
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
    let mut v = visitor(&[(Concern::Pigmentation, Severity::Moderate)]);
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

// ---- Time-based candidacy -----------------------------------------------------------------

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
fn isotretinoin_stopped_more_than_six_months_ago_no_longer_counts() {
    let a = with_isotretinoin(Isotretinoin::Stopped { last_taken: date("2026-05-20") });
    assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::Suitable);
    assert_eq!(result(&a, TreatmentId::Microneedling).timeline.start, date(TODAY));
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

// ---- Timelines ----------------------------------------------------------------------------

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

// ---- Skin-type questionnaire --------------------------------------------------------------

#[test]
fn the_self_typing_quiz_total_maps_to_the_fitzpatrick_bands() {
    let cases = [(0, Fitzpatrick::I), (6, Fitzpatrick::I), (7, Fitzpatrick::II), (13, Fitzpatrick::II), (14, Fitzpatrick::III),
        (20, Fitzpatrick::III), (21, Fitzpatrick::IV), (27, Fitzpatrick::IV), (28, Fitzpatrick::V), (34, Fitzpatrick::V),
        (35, Fitzpatrick::VI), (40, Fitzpatrick::VI)];
    for (total, expected) in cases {
        assert_eq!(Fitzpatrick::from_quiz_total(total), expected, "total {total}");
    }
}
