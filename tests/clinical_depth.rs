//! Melasma apart from sun spots, lasers on darker skin, and citations a visitor can read
//! (clinical-facts.md, sections added 2026-12).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;
use treatment_compare::text::Locale;

const LASERS: [TreatmentId; 2] = [TreatmentId::LaserNonAblative, TreatmentId::LaserAblative];

fn reason(a: &Assessment, id: TreatmentId, cause: Cause) -> Option<&Reason> {
    result(a, id).candidacy.reasons.iter().find(|r| r.cause == cause)
}

#[test]
fn any_laser_for_melasma_is_at_least_talk_to_your_provider_first_whatever_the_skin_type() {
    for concern in [Concern::Melasma, Concern::Pigmentation] {
        for skin_type in Fitzpatrick::ALL {
            let mut v = visitor(&[(concern, Severity::Mild)]);
            v.skin_type = skin_type;
            let a = run(&v);
            for id in LASERS {
                let r = result(&a, id);
                assert_ne!(r.candidacy.verdict, Verdict::Suitable, "{concern:?} {skin_type:?} {id:?}");
                let why = reason(&a, id, Cause::Melasma).expect("the melasma reason");
                assert_eq!((why.kind, why.source), (ContraKind::Relative, Source::Kauvar2012));
            }
        }
    }
}

#[test]
fn sun_spots_keep_lasers_and_peels_as_main_indications() {
    let a = run(&visitor(&[(Concern::SunDamage, Severity::Moderate)]));
    let catalog = Catalog::standard();
    for id in
        [TreatmentId::LaserNonAblative, TreatmentId::LaserAblative, TreatmentId::PeelMedium, TreatmentId::PeelDeep]
    {
        assert_eq!(catalog.get(id).unwrap().indication(Concern::SunDamage).unwrap().level, Efficacy::Good, "{id:?}");
    }
    for id in LASERS {
        assert_eq!(result(&a, id).candidacy.verdict, Verdict::Suitable, "type III, sun spots: {id:?}");
    }
    assert!(a.notes.is_empty(), "no melasma advice for sun spots");
}

#[test]
fn for_melasma_superficial_peels_and_microneedling_are_the_procedures_and_lasers_second_line() {
    let catalog = Catalog::standard();
    let level = |id: TreatmentId, c: Concern| catalog.get(id).unwrap().indication(c).unwrap().level;
    for c in [Concern::Melasma, Concern::Pigmentation] {
        assert_eq!(level(TreatmentId::Microneedling, c), Efficacy::Good);
        assert_eq!(level(TreatmentId::PeelSuperficial, c), Efficacy::Good);
        for id in LASERS {
            assert!(level(id, c) < Efficacy::Good, "{id:?} for {c:?}");
        }
    }
    let a = run(&visitor(&[(Concern::Melasma, Severity::Moderate)]));
    let best = a.recommended().unwrap();
    assert!(matches!(best.family, Family::Microneedling | Family::ChemicalPeel), "{:?}", best.family);
    assert_eq!(a.notes, vec![Note::MelasmaCareFirst { source: Source::OgbechieGodec2017 }]);
}

#[test]
fn not_sure_which_is_treated_with_melasmas_caution() {
    let unsure = run(&visitor(&[(Concern::Pigmentation, Severity::Moderate)]));
    let melasma = run(&visitor(&[(Concern::Melasma, Severity::Moderate)]));
    for id in TreatmentId::ALL {
        assert_eq!(result(&unsure, id).candidacy.verdict, result(&melasma, id).candidacy.verdict, "{id:?}");
        assert_eq!(result(&unsure, id).score, result(&melasma, id).score, "{id:?}");
    }
    assert_eq!(unsure.notes, melasma.notes);
}

#[test]
fn on_types_iv_to_vi_a_laser_with_a_moderate_risk_asks_for_a_test_spot() {
    for skin_type in [Fitzpatrick::IV, Fitzpatrick::V, Fitzpatrick::VI] {
        let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
        v.skin_type = skin_type;
        let a = run(&v);
        let laser = result(&a, TreatmentId::LaserNonAblative);
        assert_eq!(laser.candidacy.verdict, Verdict::TalkToProvider, "{skin_type:?}");
        let why = reason(&a, TreatmentId::LaserNonAblative, Cause::TestSpot(skin_type)).expect("a test-spot reason");
        assert_eq!((why.kind, why.source), (ContraKind::Relative, Source::KaushikAlexis2017));
        // Microneedling (no heat) stays suitable.
        assert_eq!(result(&a, TreatmentId::Microneedling).candidacy.verdict, Verdict::Suitable);
    }
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    v.skin_type = Fitzpatrick::III;
    assert_eq!(result(&run(&v), TreatmentId::LaserNonAblative).candidacy.verdict, Verdict::Suitable);
}

#[test]
fn no_visitor_facing_source_label_says_seed() {
    for tag in ["en", "es"] {
        let text = Locale::built_in(tag).unwrap().text();
        for s in Source::ALL {
            let label = text.results.citation(s);
            assert!(!label.to_lowercase().contains("seed"), "{tag} {s:?}: {label}");
            assert!(!label.to_lowercase().contains("referencia 0"), "{tag} {s:?}: {label}");
        }
    }
}

#[test]
fn the_clinic_articles_are_cited_by_their_titles() {
    let text = Locale::built_in("en").unwrap().text();
    assert!(text.results.citation(Source::Seed003).contains("Microneedling: Everything You Need to Know"));
    assert!(text.results.citation(Source::Seed000).contains("A Guide to Rejuvenating Your Complexion"));
    assert!(text.results.citation(Source::Kauvar2012).contains("2012"));
}
