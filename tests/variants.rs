//! The microneedling variants (RF microneedling, microneedling with PRP) and the two health
//! questions that came with them (an implanted device, a bleeding disorder), rule by rule, as
//! clinical-facts.md's 2026-12-07 section gives them; and the sources a visitor sees.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod generators;

use common::*;
use proptest::prelude::*;
use treatment_compare::answers::*;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;

const RF: TreatmentId = TreatmentId::MicroneedlingRf;
const PRP: TreatmentId = TreatmentId::MicroneedlingPrp;
const PLAIN: TreatmentId = TreatmentId::Microneedling;

fn with(c: Condition, answer: YesNo) -> Assessment {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate), (Concern::Laxity, Severity::Moderate)]);
    v.health = Health::all_no().with(c, answer);
    run(&v)
}

fn verdict(a: &Assessment, id: TreatmentId) -> Verdict {
    result(a, id).candidacy.verdict
}

fn reason(a: &Assessment, id: TreatmentId, c: Condition) -> Option<Reason> {
    result(a, id).candidacy.reasons.iter().find(|r| r.cause == Cause::Condition(c)).cloned()
}

/// Every treatment but `these` is as it was with every answer "no".
fn others_unaffected(a: &Assessment, these: &[TreatmentId]) {
    for id in TreatmentId::ALL.into_iter().filter(|id| !these.contains(id)) {
        assert_eq!(verdict(a, id), Verdict::Suitable, "{id:?}");
    }
}

#[test]
fn an_implanted_device_rules_rf_microneedling_out_and_nothing_else() {
    let a = with(Condition::ImplantedDevice, YesNo::Yes);
    assert_eq!(verdict(&a, RF), Verdict::NotNow);
    let why = reason(&a, RF, Condition::ImplantedDevice).expect("the device is the reason");
    assert_eq!(
        (why.kind, why.until, why.not_sure),
        (ContraKind::Absolute, Some(ReasonUntil::When(Until::Indefinitely)), false)
    );
    assert_eq!(result(&a, RF).set_apart, Some(SetApart::NotNow));
    assert_eq!(result(&a, RF).candidacy.earliest, None, "no date ends it");
    others_unaffected(&a, &[RF]);
    // The family card names another variant as its best option, and RF stays listed with its verdict.
    let family = a.family(Family::Microneedling).unwrap();
    assert_ne!(family.best, RF);
    assert!(family.variants.contains(&RF));
}

#[test]
fn not_sure_about_an_implanted_device_is_a_word_with_the_provider_never_a_no() {
    let a = with(Condition::ImplantedDevice, YesNo::NotSure);
    assert_eq!(verdict(&a, RF), Verdict::TalkToProvider);
    let why = reason(&a, RF, Condition::ImplantedDevice).unwrap();
    assert!(why.not_sure && why.kind == ContraKind::Relative);
    others_unaffected(&a, &[RF]);
    let a = with(Condition::ImplantedDevice, YesNo::No);
    others_unaffected(&a, &[]);
}

#[test]
fn a_bleeding_disorder_rules_prp_out_and_makes_other_needling_and_injections_a_talk_first() {
    let a = with(Condition::BleedingDisorder, YesNo::Yes);
    assert_eq!(verdict(&a, PRP), Verdict::NotNow);
    assert_eq!(reason(&a, PRP, Condition::BleedingDisorder).unwrap().source, Source::Nanda2021);
    let talk = [PLAIN, RF, TreatmentId::Neuromodulator, TreatmentId::Filler];
    for id in talk {
        assert_eq!(verdict(&a, id), Verdict::TalkToProvider, "{id:?}");
    }
    others_unaffected(&a, &[&talk[..], &[PRP]].concat());
    // Not sure: every one of them a talk-first, PRP included (never taken as "no").
    let a = with(Condition::BleedingDisorder, YesNo::NotSure);
    for id in [PRP, PLAIN, RF, TreatmentId::Neuromodulator, TreatmentId::Filler] {
        assert_eq!(verdict(&a, id), Verdict::TalkToProvider, "{id:?}");
        assert!(reason(&a, id, Condition::BleedingDisorder).unwrap().not_sure);
    }
    others_unaffected(&with(Condition::BleedingDisorder, YesNo::No), &[]);
}

#[test]
fn blood_thinners_alone_are_a_talk_first_for_every_kind_of_needling_not_a_not_now() {
    let a = with(Condition::BloodThinners, YesNo::Yes);
    for id in [PLAIN, RF, PRP] {
        assert_eq!(verdict(&a, id), Verdict::TalkToProvider, "{id:?}");
    }
}

#[test]
fn pregnancy_rules_both_variants_out_until_after_pregnancy_and_breastfeeding() {
    let a = with(Condition::PregnantOrBreastfeeding, YesNo::Yes);
    for id in [RF, PRP] {
        assert_eq!(verdict(&a, id), Verdict::NotNow, "{id:?}");
        let why = reason(&a, id, Condition::PregnantOrBreastfeeding).unwrap();
        assert_eq!(why.until, Some(ReasonUntil::When(Until::AfterPregnancyAndBreastfeeding)));
    }
}

#[test]
fn isotretinoin_holds_both_variants_for_six_months_then_a_word_until_twelve() {
    let mut v = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    let cases = [
        (Isotretinoin::Current, Verdict::NotNow),
        (Isotretinoin::Stopped { last_taken: date("2026-08-21") }, Verdict::NotNow),
        (Isotretinoin::Stopped { last_taken: date("2026-03-21") }, Verdict::TalkToProvider),
        (Isotretinoin::Stopped { last_taken: date("2025-10-21") }, Verdict::Suitable),
        (Isotretinoin::NotSure, Verdict::TalkToProvider),
    ];
    for (use_, expected) in cases {
        v.health.isotretinoin = use_;
        let a = run(&v);
        for id in [RF, PRP] {
            assert_eq!(verdict(&a, id), expected, "{id:?} {use_:?}");
        }
    }
    // Three months after the last dose: not before six months after it.
    v.health.isotretinoin = Isotretinoin::Stopped { last_taken: date("2026-08-21") };
    let a = run(&v);
    assert_eq!(result(&a, RF).candidacy.earliest, Some(date("2027-02-21")));
    assert_eq!(result(&a, PRP).timeline.start, date("2027-02-21"), "its timeline starts then");
}

#[test]
fn rf_carries_more_pigment_risk_than_plain_microneedling_on_darker_skin_prp_the_same() {
    for skin in Fitzpatrick::ALL {
        let plain = Treatment::standard(PLAIN).tone.for_type(skin);
        let rf = Treatment::standard(RF).tone.for_type(skin);
        let prp = Treatment::standard(PRP).tone.for_type(skin);
        assert_eq!(prp, plain, "{skin:?}");
        if skin.is_darker() {
            assert_eq!(rf, ToneRisk::Moderate, "{skin:?}: transient PIH reported (Syder 2023)");
        } else {
            assert_eq!(rf, plain, "{skin:?}");
        }
    }
    assert_eq!(Treatment::standard(RF).tone.source, Source::Syder2023);
    // A moderate risk informs the score; it is not a verdict ("not ruled out by it either").
    let mut v = visitor(&[(Concern::Laxity, Severity::Moderate)]);
    v.skin_type = Fitzpatrick::VI;
    let a = run(&v);
    assert_eq!(verdict(&a, RF), Verdict::Suitable);
    let tone = |id| result(&a, id).breakdown.iter().find(|c| c.factor == Factor::SkinTone).unwrap().points;
    assert!(tone(RF) < tone(PLAIN), "RF's tone points are lower than plain microneedling's on type VI");
}

#[test]
fn neither_variant_is_ready_for_an_event_a_few_weeks_away() {
    let mut v = visitor(&[(Concern::Laxity, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)]);
    v.preferences.event_date = Some(date("2026-12-19")); // four weeks after TODAY
    let a = run(&v);
    for id in [RF, PRP] {
        let t = &result(&a, id).timeline;
        assert_eq!(t.ready_by_event, Some(false), "{id:?}");
        assert!(t.full_results > date("2026-12-19"));
    }
    // RF's improvement builds for about 6 months after the last session (Tan 2021).
    let rf = &result(&a, RF).timeline;
    assert_eq!(rf.full_results, rf.session_dates.last().unwrap().add_days(180));
    assert_eq!(rf.lasts, Lasting::NotStated, "how long it lasts is not established");
}

#[test]
fn in_a_plan_rf_microneedling_comes_before_filler_never_after() {
    let a = run(&visitor(&[(Concern::Laxity, Severity::Moderate), (Concern::VolumeLoss, Severity::Moderate)]));
    let plan = a.plan.as_ref().expect("laxity and lost volume need two treatments");
    if let (Some(rf), Some(filler)) =
        (plan.treatments.iter().position(|&t| t == RF), plan.treatments.iter().position(|&t| t == TreatmentId::Filler))
    {
        assert!(rf < filler, "{:?}", plan.treatments);
    }
    assert_eq!(plan.treatments.last(), Some(&TreatmentId::Filler));
    // Needling of any kind and an injection: typical spacing at least two weeks.
    for needling in [PLAIN, RF, PRP] {
        let gap = spacing(needling, TreatmentId::Filler);
        assert!(gap.days.lo >= 14 && gap.planned >= 14, "{needling:?}: {gap:?}");
    }
}

#[test]
fn each_variant_shows_its_own_cautions_and_asks_for_nsaids_to_be_paused() {
    let cautions = |id| Treatment::standard(id).cautions.iter().map(|c| (c.value, c.source)).collect::<Vec<_>>();
    assert_eq!(cautions(RF), [(Caution::FdaRfSafety, Source::FdaRf2025), (Caution::FillerInTheArea, Source::Hsu2019)]);
    assert_eq!(cautions(PRP), [(Caution::LicensedSterile, Source::StadelmanBehar2024)]);
    assert!(cautions(PLAIN).is_empty());
    for id in [RF, PRP] {
        assert!(Treatment::standard(id).preparation.iter().any(|p| p.value == CareStep::PauseNsaids), "{id:?}");
    }
    assert!(!Treatment::standard(PLAIN).preparation.iter().any(|p| p.value == CareStep::PauseNsaids));
}

#[test]
fn a_clinic_offering_only_plain_microneedling_sees_the_same_recommendation_as_before() {
    // The same visitor, with and without the variants in the catalog: what a clinic offering
    // only plain microneedling (and the rest) recommends does not depend on the variants.
    let plain_only = ClinicOffer {
        offered: TreatmentId::ALL.into_iter().filter(|t| ![RF, PRP].contains(t)).collect(),
        ..ClinicOffer::default()
    };
    let visitors = [
        visitor(&[(Concern::FineLines, Severity::Moderate)]),
        visitor(&[(Concern::AcneScars, Severity::Severe), (Concern::Laxity, Severity::Mild)]),
        visitor(&[(Concern::Laxity, Severity::Moderate)]),
    ];
    for v in visitors {
        let a = treatment_compare::assess(&v, &Catalog::for_clinic(&plain_only), date(TODAY));
        let best = a.recommended().map(|f| f.best);
        assert!(!matches!(best, Some(RF) | Some(PRP)), "{best:?}");
        if let Some(f) = a.family(Family::Microneedling) {
            assert_eq!(f.best, PLAIN, "the family card shows what the clinic offers");
        }
    }
}

/// Sources that are not publications, each said so in its own label: the seed articles (cited by
/// title, as the fact base prescribes), the widget's own policy, the clinic's price list, and the
/// two consumer-web buckets the fact base names no publication for.
const NOT_PUBLICATIONS: [Source; 7] = [
    Source::Seed000,
    Source::Seed001,
    Source::Seed003,
    Source::Seeds,
    Source::SafetyPolicy,
    Source::Clinic,
    Source::ConsumerPrices,
];

/// Web pages without an author, cited by the organisation and the year read.
const WEB_BUCKETS: [Source; 1] = [Source::ClinicSpacing];

fn year_in(label: &str) -> bool {
    label.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}

/// "Alam M. et al.", "Tan MG, Jo CE, ...", "Hamman MS, Goldman MP", "Kaur et al.", or an
/// organisation's name.
fn names_who(label: &str) -> bool {
    let organisations = [
        "American Society of Plastic Surgeons",
        "U.S. Food and Drug Administration",
        "RealSelf",
        "Atrius Health",
        "Botulinum toxin type A, U.S. prescribing information (Allergan",
        "Sociedad Estadounidense de Cirujanos Plásticos",
        "Administración de Alimentos y Medicamentos de EE. UU.",
        "Toxina botulínica tipo A, ficha técnica de EE. UU. (Allergan",
    ];
    let first = label.split(',').next().unwrap_or_default();
    let mut words = first.split_whitespace();
    let surname = words.next().unwrap_or_default();
    let rest: Vec<&str> = words.collect();
    let is_surname = surname.chars().next().is_some_and(char::is_uppercase)
        && surname.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c.is_uppercase());
    let initials_or_et_al = match rest.as_slice() {
        [] => label.contains(&format!("{surname},")),
        [initials, ..] => {
            initials.chars().all(|c| c.is_ascii_uppercase() || c == '.') || rest.join(" ").starts_with("et al.")
        }
    };
    organisations.iter().any(|o| label.starts_with(o)) || (is_surname && initials_or_et_al)
}

#[test]
fn every_source_label_names_its_authors_or_organisation_and_a_year() {
    use treatment_compare::text::Locale;
    let spanish = Locale::built_in("es").expect("Spanish is built in").text();
    for lang in [treatment_compare::text::english(), spanish] {
        for s in Source::ALL {
            let label = lang.results.citation(s);
            assert!(!label.to_lowercase().contains("literature") && !label.contains("Bibliografía"), "{s:?}: {label}");
            assert!(!label.to_lowercase().contains("seed"), "{s:?}: {label}");
            if NOT_PUBLICATIONS.contains(&s) {
                continue;
            }
            assert!(year_in(label), "{s:?} has no year: {label}");
            if !WEB_BUCKETS.contains(&s) {
                assert!(names_who(label), "{s:?} names no author or organisation: {label}");
            }
        }
    }
    // The non-publications say what they are.
    let en = treatment_compare::text::english().results;
    for s in [Source::ConsumerPrices, Source::ClinicSpacing] {
        assert!(en.citation(s).contains("not a publication"), "{s:?}");
    }
    // The check itself tells a bucket from a citation.
    assert!(!names_who("Laser resurfacing literature (fractional 1540/1550 nm, CO2, Er:YAG)"));
    assert!(!year_in("Microdermabrasion literature"));
    assert!(names_who("Tan MG, Jo CE, Chapas A, Khetarpal S, Dover JS, Dermatologic Surgery 2021"));
    assert!(names_who("Kaur et al., Journal of Cutaneous and Aesthetic Surgery 2024"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Whatever else a visitor answers: with a device (or not sure), RF is never "suitable"; with a
    /// bleeding disorder (or not sure), PRP is never "suitable"; and neither is ever the best
    /// match or in a plan while "not now".
    #[test]
    fn the_new_questions_always_hold_back_their_variant(v in generators::visitor(), offer in generators::offer()) {
        let a = treatment_compare::assess(&v.answers, &Catalog::for_clinic(&offer), v.today);
        let health = &v.answers.health;
        // (A clinic may leave out what it does not offer.)
        let verdict = |id| a.treatment(id).map(|r| r.candidacy.verdict);
        if health.answer(Condition::ImplantedDevice) != YesNo::No {
            prop_assert_ne!(verdict(RF), Some(Verdict::Suitable));
        }
        if health.answer(Condition::BleedingDisorder) != YesNo::No {
            prop_assert_ne!(verdict(PRP), Some(Verdict::Suitable));
        }
        for id in [RF, PRP] {
            if verdict(id) == Some(Verdict::NotNow) {
                prop_assert_ne!(a.recommended().map(|f| f.best), Some(id));
                prop_assert!(a.plan.as_ref().is_none_or(|p| !p.treatments.contains(&id)));
            }
        }
    }
}
