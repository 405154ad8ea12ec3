//! How the engine scores and ranks: the efficacy table, severity, downtime, skin tone, budget, and the comparisons the seed articles make.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;

// ---- Scores ----------------------------------------------------------------------------------

#[test]
fn every_concern_is_scored_from_the_efficacy_table() {
    let catalog = Catalog::standard();
    for concern in Concern::ALL {
        let a = run(&visitor(&[(concern, Severity::Moderate)]));
        for t in &catalog.treatments {
            let r = result(&a, t.id);
            let max = Factor::Concerns.max_points();
            let expected = match t.indication(concern).unwrap().level {
                Efficacy::Good => max,
                Efficacy::Some => max.div_ceil(2),
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
fn a_score_is_the_concern_points_scaled_by_the_other_factors() {
    let a = run(&visitor(&[(Concern::AcneScars, Severity::Severe), (Concern::Dullness, Severity::Mild)]));
    for r in &a.treatments {
        // docs/scoring.md: concerns x (100 - shortfall)/100 for each other factor.
        let concerns = f64::from(r.breakdown[0].points);
        let kept: f64 = r.breakdown[1..].iter().map(|c| f64::from(100 - (c.max - c.points)) / 100.0).product();
        let expected = if concerns == 0.0 { 0 } else { ((concerns * kept + 0.5 + 1e-9).floor() as u8).max(1) };
        assert_eq!(r.score, expected, "{:?}", r.id);
        assert!(r.score <= 100);
        for c in &r.breakdown {
            assert!(c.points <= c.max);
            assert!(!c.details.is_empty(), "{:?} {:?} explains nothing", r.id, c.factor);
        }
    }
}

#[test]
fn severity_weights_the_concerns() {
    // Microneedling treats texture well but volume loss not at all: the more the texture
    // matters, the better it fits.
    let mild_texture =
        run(&visitor(&[(Concern::UnevenTexture, Severity::Mild), (Concern::VolumeLoss, Severity::Severe)]));
    let severe_texture =
        run(&visitor(&[(Concern::UnevenTexture, Severity::Severe), (Concern::VolumeLoss, Severity::Mild)]));
    assert!(
        result(&severe_texture, TreatmentId::Microneedling).score
            > result(&mild_texture, TreatmentId::Microneedling).score
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

// ---- The comparisons the seed articles make --------------------------------------------------

#[test]
fn darker_skin_with_acne_scars_ranks_microneedling_ahead_of_ablative_laser_and_deep_peel() {
    for skin in [Fitzpatrick::IV, Fitzpatrick::V, Fitzpatrick::VI] {
        // At every severity: even where severe scarring makes lasers the better scar treatment,
        // the pigmentation risk keeps the ablative laser and the deep peel behind.
        for severity in Severity::ALL {
            let mut v = visitor(&[(Concern::AcneScars, severity)]);
            v.skin_type = skin;
            v.downtime = Downtime::TwoWeeksOrMore;
            v.preferences.budget = Budget::NoFixedLimit;
            let a = run(&v);
            let pos = |id| a.treatments.iter().position(|r| r.id == id).unwrap();
            let case = format!("{skin:?}, {severity:?}");
            assert!(pos(TreatmentId::Microneedling) < pos(TreatmentId::LaserAblative), "{case}");
            assert!(pos(TreatmentId::Microneedling) < pos(TreatmentId::PeelDeep), "{case}");
            assert!(
                result(&a, TreatmentId::Microneedling).score > result(&a, TreatmentId::LaserAblative).score,
                "{case}: the score itself, not only the safety ordering, favours microneedling"
            );
        }
        let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
        v.skin_type = skin;
        assert_eq!(run(&v).recommended().unwrap().family, Family::Microneedling, "{skin:?}");
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
fn severe_scarring_on_light_skin_favours_lasers_over_plain_microneedling() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Severe)]);
    v.skin_type = Fitzpatrick::II;
    v.downtime = Downtime::TwoWeeksOrMore;
    v.preferences.budget = Budget::NoFixedLimit;
    let a = run(&v);
    let rank = |id| a.treatments.iter().position(|t| t.id == id).unwrap();
    assert!(rank(TreatmentId::LaserAblative) < rank(TreatmentId::Microneedling));
    // Without the variants (a clinic offering plain microneedling only) the laser family leads.
    let plain_only = ClinicOffer {
        offered: TreatmentId::ALL
            .into_iter()
            .filter(|t| !matches!(t, TreatmentId::MicroneedlingRf | TreatmentId::MicroneedlingPrp))
            .collect(),
        ..ClinicOffer::default()
    };
    let a = treatment_compare::assess(&v, &Catalog::for_clinic(&plain_only), date(TODAY));
    assert_eq!(a.recommended().map(|f| f.family), Some(Family::Laser));
}

#[test]
fn for_laxity_rf_microneedling_ranks_above_plain_microneedling() {
    let a = run(&visitor(&[(Concern::Laxity, Severity::Moderate)]));
    let rank = |id| a.treatments.iter().position(|t| t.id == id).unwrap();
    assert!(rank(TreatmentId::MicroneedlingRf) < rank(TreatmentId::Microneedling));
    assert!(rank(TreatmentId::MicroneedlingRf) < rank(TreatmentId::MicroneedlingPrp), "PRP adds nothing for laxity");
    let family = a.family(Family::Microneedling).unwrap();
    assert_eq!(family.best, TreatmentId::MicroneedlingRf, "the family card names RF as its best option");
    let laxity = result(&a, TreatmentId::MicroneedlingRf).breakdown[0].details.clone();
    assert!(
        laxity.iter().any(|d| matches!(
            d,
            Detail::Treats { efficacy: Efficacy::Good, source: Source::AlexiadesArmenakas2010, .. }
        )),
        "{laxity:?}"
    );
}

#[test]
fn for_severe_acne_scars_the_variants_rank_above_plain_microneedling() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Severe)]);
    v.preferences.budget = Budget::NoFixedLimit;
    let a = run(&v);
    let rank = |id| a.treatments.iter().position(|t| t.id == id).unwrap();
    for variant in [TreatmentId::MicroneedlingRf, TreatmentId::MicroneedlingPrp] {
        assert!(rank(variant) < rank(TreatmentId::Microneedling), "{variant:?}");
    }
    // Moderate scars: plain microneedling already gives a main result; the cheaper course leads.
    let a = run(&visitor(&[(Concern::AcneScars, Severity::Moderate)]));
    let family = a.family(Family::Microneedling).unwrap();
    assert_eq!(family.best, TreatmentId::Microneedling);
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
fn some_benefit_alone_is_never_called_a_match() {
    // Expression lines without injections: lasers and deep peels help a little, nothing well.
    let mut v = visitor(&[(Concern::ExpressionLines, Severity::Moderate)]);
    v.preferences.injections_ok = false;
    v.downtime = Downtime::TwoWeeksOrMore;
    let a = run(&v);
    assert_eq!(a.recommended(), None);
    assert!(result(&a, TreatmentId::LaserAblative).score > 0);
    assert!(!result(&a, TreatmentId::LaserAblative).recommendable);
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

#[test]
fn a_clinic_that_does_not_offer_the_best_match_recommends_its_best_offered_family() {
    let at_clinic = |v: &Answers, offered: Vec<TreatmentId>| {
        let offer = ClinicOffer { offered, ..ClinicOffer::default() };
        treatment_compare::assess(v, &Catalog::for_clinic(&offer), date(TODAY))
    };
    let v = visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::FineLines, Severity::Mild)]);
    assert_eq!(run(&v).recommended().unwrap().family, Family::Injectables);
    let a = at_clinic(&v, TreatmentId::ALL.into_iter().filter(|t| !t.is_injection()).collect());
    let no_injectables = a.recommended().unwrap();
    assert_ne!(no_injectables.family, Family::Injectables);
    assert!(no_injectables.recommendable);
    // Dullness: microdermabrasion would lead, but a clinic offering only superficial peels
    // gets the peel family, represented by the variant it offers.
    let mut v = visitor(&[(Concern::Dullness, Severity::Moderate)]);
    v.downtime = Downtime::None;
    assert_eq!(run(&v).recommended().unwrap().family, Family::Microdermabrasion);
    let a = at_clinic(&v, vec![TreatmentId::PeelSuperficial]);
    let peels_only = a.recommended().unwrap();
    assert_eq!((peels_only.family, peels_only.best), (Family::ChemicalPeel, TreatmentId::PeelSuperficial));
    // Never for a variant the clinic does not offer (a deep peel is no match for dullness).
    assert!(at_clinic(&v, vec![TreatmentId::PeelDeep]).recommended().is_none());
}

#[test]
fn a_treatment_that_does_nothing_for_the_concerns_never_ranks_above_one_that_helps() {
    // Expression lines, no injections: microneedling and microdermabrasion do nothing for them,
    // however well they fit the downtime and skin tone; lasers and peels help a little.
    let mut v = visitor(&[(Concern::ExpressionLines, Severity::Moderate)]);
    v.preferences.injections_ok = false;
    let a = run(&v);
    let treats = |f: &FamilyResult| result(&a, f.best).breakdown[0].points > 0;
    let (ranked, apart) = a.split();
    assert!(ranked.iter().all(treats));
    assert!(rank_of(&a, Family::Laser) < rank_of(&a, Family::Microneedling));
    assert!(rank_of(&a, Family::ChemicalPeel) < rank_of(&a, Family::Microdermabrasion));
    // Set apart below the others, each with its reason, and no number to compete with.
    let reasons: Vec<(Family, Option<SetApart>)> = apart.iter().map(|f| (f.family, f.set_apart)).collect();
    assert_eq!(
        reasons,
        [
            (Family::Injectables, Some(SetApart::InjectionsDeclined)),
            (Family::Microneedling, Some(SetApart::NoBenefit)),
            (Family::Microdermabrasion, Some(SetApart::NoBenefit)),
        ]
    );
    for f in apart {
        if f.set_apart == Some(SetApart::NoBenefit) {
            assert_eq!(f.score, 0, "{:?}: does nothing for expression lines", f.family);
        }
    }
}
