//! A clinic's offer: which treatments it offers (hidden or marked), which variant represents a
//! family and which family is recommended, its own prices and its currency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;
use treatment_compare::text::english;

fn offering(offered: &[TreatmentId]) -> ClinicOffer {
    ClinicOffer { offered: offered.to_vec(), ..ClinicOffer::default() }
}

fn all_but(left_out: &[TreatmentId]) -> ClinicOffer {
    offering(&TreatmentId::ALL.into_iter().filter(|t| !left_out.contains(t)).collect::<Vec<_>>())
}

fn at(a: &Answers, offer: &ClinicOffer) -> Assessment {
    treatment_compare::assess(a, &Catalog::for_clinic(offer), date(TODAY))
}

fn eur() -> Currency {
    Currency::parse("EUR").unwrap()
}

fn priced(mut offer: ClinicOffer, id: TreatmentId, lo: u32, hi: u32, per: Option<PriceUnit>) -> ClinicOffer {
    offer.prices.push((id, ClinicPrice { range: Range::new(lo, hi), per }));
    offer
}

/// The budget fact of a treatment's breakdown: course cost, currency, fit, source.
fn budget(r: &TreatmentResult) -> (Option<Range>, Currency, Fit, Source) {
    let details = r.breakdown.iter().flat_map(|c| &c.details);
    details
        .filter_map(|d| match *d {
            Detail::BudgetFit { course, currency, fit, source, .. } => Some((course, currency, fit, source)),
            _ => None,
        })
        .next()
        .unwrap_or_else(|| panic!("{:?} has no budget fact", r.id))
}

fn preference_points(r: &TreatmentResult) -> u8 {
    r.breakdown.iter().find(|c| c.factor == Factor::Preferences).unwrap().points
}

/// Fine lines with no downtime: peels are represented by the medium peel (the deep one is a
/// match too, the superficial one ranks between them but is none); microneedling leads.
fn fine_lines() -> Answers {
    let mut v = visitor(&[(Concern::FineLines, Severity::Moderate)]);
    v.downtime = Downtime::None;
    v
}

// ---- Offered treatments ----------------------------------------------------------------------

#[test]
fn the_default_offer_is_the_standard_catalog() {
    assert_eq!(Catalog::for_clinic(&ClinicOffer::default()), Catalog::standard());
    assert!(TreatmentId::ALL.into_iter().all(|t| Catalog::standard().offers(t)));
    assert_eq!(Catalog::standard().currency, Currency::USD);
}

#[test]
fn hiding_leaves_out_the_treatments_the_clinic_does_not_offer() {
    let offer =
        ClinicOffer { hide_not_offered: true, ..offering(&[TreatmentId::Microneedling, TreatmentId::PeelMedium]) };
    let catalog = Catalog::for_clinic(&offer);
    let ids: Vec<TreatmentId> = catalog.treatments.iter().map(|t| t.id).collect();
    assert_eq!(ids, [TreatmentId::Microneedling, TreatmentId::PeelMedium]);
    let a = at(&fine_lines(), &offer);
    assert_eq!(a.treatments.len(), 2);
    assert!(a.treatments.iter().all(|t| t.offered));
    let families: Vec<Family> = a.families.iter().map(|f| f.family).collect();
    assert_eq!(families, [Family::Microneedling, Family::ChemicalPeel]);
    assert_eq!(a.family(Family::ChemicalPeel).unwrap().variants, [TreatmentId::PeelMedium]);
}

#[test]
fn showing_keeps_every_treatment_and_marks_the_ones_not_offered() {
    let offer = offering(&[TreatmentId::Microneedling, TreatmentId::PeelSuperficial]);
    let a = at(&fine_lines(), &offer);
    assert_eq!(a.treatments.len(), 11);
    for t in &a.treatments {
        assert_eq!(t.offered, offer.offered.contains(&t.id), "{:?}", t.id);
    }
    for f in &a.families {
        assert_eq!(f.offered, offer.offered.contains(&f.best), "{:?}: offered when its named variant is", f.family);
    }
    // Offering is not a matter of score: the same answers score the same.
    let standard = run(&fine_lines());
    for t in &a.treatments {
        assert_eq!(t.score, result(&standard, t.id).score, "{:?}", t.id);
    }
}

// ---- Representative and recommendation -------------------------------------------------------

#[test]
fn a_family_is_represented_by_its_best_offered_recommendable_variant() {
    let standard = run(&fine_lines());
    let peels = standard.family(Family::ChemicalPeel).unwrap();
    assert_eq!(peels.variants, [TreatmentId::PeelMedium, TreatmentId::PeelSuperficial, TreatmentId::PeelDeep]);
    assert_eq!(peels.best, TreatmentId::PeelMedium);
    // Without the medium peel: the deep peel (a match), not the superficial one ranked above it.
    let a = at(&fine_lines(), &all_but(&[TreatmentId::PeelMedium]));
    let peels = a.family(Family::ChemicalPeel).unwrap();
    assert_eq!((peels.best, peels.recommendable, peels.offered), (TreatmentId::PeelDeep, true, true));
    assert_eq!(peels.score, result(&a, TreatmentId::PeelDeep).score);
    // The variants keep their rank order: the medium peel, not offered here, is set apart after
    // the others.
    assert_eq!(peels.variants, [TreatmentId::PeelSuperficial, TreatmentId::PeelDeep, TreatmentId::PeelMedium]);
}

#[test]
fn a_family_without_an_offered_match_keeps_its_best_match_and_is_not_recommended() {
    // Only the superficial peel, no match for fine lines, is offered among the peels; neither
    // microneedling nor the lasers are offered.
    let offer = offering(&[TreatmentId::PeelSuperficial, TreatmentId::Neuromodulator, TreatmentId::Microdermabrasion]);
    let a = at(&fine_lines(), &offer);
    let peels = a.family(Family::ChemicalPeel).unwrap();
    // The card names the superficial peel the clinic offers, with its own score: not a match; the
    // medium peel, not offered here, is set apart and cannot represent the family.
    assert_eq!((peels.best, peels.recommendable, peels.offered), (TreatmentId::PeelSuperficial, false, true));
    assert_eq!(peels.set_apart, None);
    let medium = result(&a, TreatmentId::PeelMedium);
    assert_eq!((medium.offered, medium.set_apart), (false, Some(SetApart::NotOffered)));
    assert_eq!(a.recommended(), None, "every match is a variant this clinic does not offer");
}

#[test]
fn a_family_with_no_offered_variant_is_never_recommended() {
    let v = visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::FineLines, Severity::Mild)]);
    assert_eq!(run(&v).recommended().unwrap().family, Family::Injectables);
    let a = at(&v, &all_but(&[TreatmentId::Neuromodulator, TreatmentId::Filler]));
    let injectables = a.family(Family::Injectables).unwrap();
    assert!(injectables.recommendable && !injectables.offered);
    let best = a.recommended().unwrap();
    assert_ne!(best.family, Family::Injectables);
    assert!(best.recommendable && result(&a, best.best).offered);
    // Microneedling leads for fine lines; a clinic without it (nor its variants) gets its next
    // match.
    let a = at(
        &fine_lines(),
        &all_but(&[TreatmentId::Microneedling, TreatmentId::MicroneedlingRf, TreatmentId::MicroneedlingPrp]),
    );
    assert_eq!(a.recommended().unwrap().family, Family::ChemicalPeel);
}

#[test]
fn the_recommendation_is_always_an_offered_match() {
    let offers = [
        all_but(&[TreatmentId::Microneedling]),
        all_but(&[TreatmentId::PeelSuperficial, TreatmentId::PeelMedium, TreatmentId::LaserNonAblative]),
        offering(&[TreatmentId::PeelDeep, TreatmentId::LaserAblative, TreatmentId::Filler]),
        offering(&[TreatmentId::Microdermabrasion]),
    ];
    for concern in Concern::ALL {
        for severity in Severity::ALL {
            for offer in &offers {
                let a = at(&visitor(&[(concern, severity)]), offer);
                for f in &a.families {
                    let rep = result(&a, f.best);
                    assert_eq!(f.offered, rep.offered, "the family is offered when the variant it names is");
                    // An offered match, where the family has one, represents it.
                    let offered_match =
                        f.variants.iter().map(|v| result(&a, *v)).find(|r| r.recommendable && r.offered);
                    if let Some(m) = offered_match {
                        assert_eq!(f.best, m.id, "{concern:?} {severity:?} {:?}", f.family);
                    }
                    assert_eq!((f.score, f.recommendable), (rep.score, rep.recommendable));
                }
                if let Some(best) = a.recommended() {
                    assert!(best.recommendable && result(&a, best.best).offered, "{concern:?} {severity:?}");
                    let first = a.families.iter().find(|f| f.recommendable && result(&a, f.best).offered).unwrap();
                    assert_eq!(best.family, first.family);
                }
            }
        }
    }
}

// ---- Prices and currency ---------------------------------------------------------------------

#[test]
fn a_clinic_price_replaces_the_catalog_price_and_cites_the_clinic() {
    let offer = priced(ClinicOffer::default(), TreatmentId::Microneedling, 150, 250, None);
    let catalog = Catalog::for_clinic(&offer);
    let t = catalog.get(TreatmentId::Microneedling).unwrap();
    let price = Price { amount: Range::new(150, 250), currency: Currency::USD, per: PriceUnit::Session };
    assert_eq!((t.price.value, t.price.source, t.price.note), (price, Source::Clinic, ""));
    assert_eq!(t.course_cost(Currency::USD), Some(Range::new(150 * 4, 250 * 4)), "four planned sessions");
    // Every other treatment keeps the catalog's price.
    for other in catalog.treatments.iter().filter(|t| t.id != TreatmentId::Microneedling) {
        assert_eq!(other.price, Catalog::standard().get(other.id).unwrap().price);
    }
    assert_eq!(english().results.citation(Source::Clinic), "The clinic's own price list");
}

#[test]
fn a_clinic_price_may_be_per_another_unit() {
    // A package price for the whole course of microneedling.
    let offer = priced(ClinicOffer::default(), TreatmentId::Microneedling, 900, 900, Some(PriceUnit::Treatment));
    let t = Catalog::for_clinic(&offer).get(TreatmentId::Microneedling).cloned().unwrap();
    assert_eq!(t.course_cost(Currency::USD), Some(Range::exactly(900)));
}

#[test]
fn the_budget_fit_uses_the_clinic_price() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    v.preferences.budget = Budget::UpTo1000;
    let standard = run(&v);
    let catalog_laser = result(&standard, TreatmentId::LaserNonAblative);
    assert_eq!(budget(catalog_laser), (Some(Range::exactly(3750)), Currency::USD, Fit::No, Source::ConsumerPrices));
    // Three sessions at 300 each fit a $1,000 budget.
    let offer = priced(ClinicOffer::default(), TreatmentId::LaserNonAblative, 300, 300, None);
    let a = at(&v, &offer);
    let clinic_laser = result(&a, TreatmentId::LaserNonAblative);
    assert_eq!(budget(clinic_laser), (Some(Range::exactly(900)), Currency::USD, Fit::Fully, Source::Clinic));
    assert_eq!(preference_points(clinic_laser), Factor::Preferences.max_points());
    assert!(clinic_laser.score > catalog_laser.score);
}

#[test]
fn without_a_price_in_the_clinic_currency_the_budget_fit_is_unknown_and_worth_half() {
    let offer = ClinicOffer { currency: eur(), ..ClinicOffer::default() };
    let catalog = Catalog::for_clinic(&offer);
    assert_eq!(catalog.currency, eur());
    assert_eq!(catalog.get(TreatmentId::Microneedling).unwrap().course_cost(eur()), None);
    let a = at(&visitor(&[(Concern::AcneScars, Severity::Moderate)]), &offer);
    for t in &a.treatments {
        let catalog_source = Catalog::standard().get(t.id).unwrap().price.source;
        assert_eq!(budget(t), (None, eur(), Fit::Unknown, catalog_source), "{:?}", t.id);
        // Half the budget's 15 points and the event's 15 (no event given): 22.5, rounded.
        assert_eq!(preference_points(t), 23, "{:?}", t.id);
    }
    assert_eq!(Fit::Unknown.fraction(), Fit::Partly.fraction());
}

#[test]
fn with_a_price_in_the_clinic_currency_the_budget_is_compared_in_it() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    v.preferences.budget = Budget::UpTo1000;
    let offer =
        priced(ClinicOffer { currency: eur(), ..ClinicOffer::default() }, TreatmentId::Microneedling, 150, 200, None);
    let a = at(&v, &offer);
    let microneedling = result(&a, TreatmentId::Microneedling);
    assert_eq!(budget(microneedling), (Some(Range::new(600, 800)), eur(), Fit::Fully, Source::Clinic));
    assert_eq!(budget(result(&a, TreatmentId::PeelSuperficial)).2, Fit::Unknown);
    // The same figures in dollars would not fit: the catalog's $400-2,800 fits partly.
    assert_eq!(budget(result(&run(&v), TreatmentId::Microneedling)).2, Fit::Partly);
}

// ---- Words -----------------------------------------------------------------------------------

#[test]
fn the_why_text_explains_a_missing_price_and_names_the_clinic_price() {
    let q = english().questions;
    let unknown = Detail::BudgetFit {
        course: None,
        currency: eur(),
        budget: Budget::UpTo1000,
        fit: Fit::Unknown,
        source: Source::ConsumerPrices,
    };
    assert_eq!(english().results.detail(&unknown, q), "No price in EUR for this treatment: ask the clinic");
    let clinic = Detail::BudgetFit {
        course: Some(Range::new(600, 800)),
        currency: eur(),
        budget: Budget::UpTo1000,
        fit: Fit::Fully,
        source: Source::Clinic,
    };
    assert_eq!(
        english().results.detail(&clinic, q),
        "A course at this clinic costs \u{20ac}600\u{2013}\u{20ac}800, you chose \u{201c}Up to \u{20ac}1,000\u{201d}: \
         fits \u{2014} The clinic's own price list"
    );
    let catalog = Detail::BudgetFit {
        course: Some(Range::new(400, 2800)),
        currency: Currency::USD,
        budget: Budget::UpTo3000,
        fit: Fit::Fully,
        source: Source::ConsumerPrices,
    };
    assert!(english()
        .results
        .detail(&catalog, q)
        .starts_with("A typical course costs $400\u{2013}$2,800, you chose \u{201c}Up to $3,000\u{201d}"));
}
