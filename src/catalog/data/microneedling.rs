//! Microneedling (collagen induction therapy), the treatment the widget is built around
//! (clinical-facts.md, "Microneedling"), and its two variants: RF microneedling and microneedling
//! with PRP ("Microneedling variants", 2026-12-07). The variants' evidence is thinner than plain
//! microneedling's; where it is, the rating stays at "some benefit" and the duration "not stated".

use super::*;
use Source::{Seed003, Seeds};

/// Microneedling's "not now" list (seed 003), which both variants share: needling into skin
/// that is not ready, or in pregnancy.
const NOT_NOW: [Condition; 8] = [
    Condition::ActiveAcne,
    Condition::ActiveInfection,
    Condition::OpenWounds,
    Condition::SkinConditionFlare,
    Condition::Scleroderma,
    Condition::Sunburn,
    Condition::PregnantOrBreastfeeding,
    Condition::NumbingOrMetalAllergy,
];

/// Microneedling's "talk first" list (seed 003) but for blood: each variant adds its own rule
/// for bleeding.
const TALK_FIRST: [Condition; 6] = [
    Condition::KeloidTendency,
    Condition::BloodThinners,
    Condition::Immunosuppressants,
    Condition::UncontrolledDiabetes,
    Condition::RecentProcedure,
    Condition::ColdSoreHistory,
];

/// Microneedling's preparation, which the variants share (seed 003).
const PREPARATION: [Sourced<CareStep>; 4] = [
    s(CareStep::StopRetinoidsAndAcids { days_before: Range::new(5, 7) }, Seed003),
    s(CareStep::AvoidSunBefore { weeks_before: Range::new(1, 2) }, Seed003),
    s(CareStep::NoWaxingBefore { days_before: 7 }, Seed003),
    s(CareStep::AntiviralIfColdSores, Seed003),
];

pub(super) const MICRONEEDLING: Treatment = Treatment {
    id: TreatmentId::Microneedling,
    sessions: noted(Range::new(3, 6), Seeds, "Seed: 4-6 sessions for visible improvement."),
    planned_sessions: 4,
    // Clinics' 4-6 weeks, not the trials' 2 weeks: it is what visitors will be booked at.
    interval_days: noted(
        Range::new(28, 42),
        Seeds,
        "Clinics book 4-6 weeks apart; trials used 2 weeks (Alam 2014, El-Domyati).",
    ),
    downtime_days: noted(Range::new(1, 3), Source::RealSelf, "Seed: redness 24-48 h."),
    first_results_days: noted(
        Range::new(14, 28),
        Seeds,
        "Weeks 2-4: subtle texture and tone; the day 1-7 glow is superficial.",
    ),
    full_results_days: noted(Range::new(42, 56), Seeds, "About 6-8 weeks after the last session."),
    lasts: s(Lasting::Months { range: Range::new(12, 18) }, Seeds),
    maintenance: noted(
        Maintenance::EveryMonths { range: Range::new(6, 12) },
        Seed003,
        "Seeds 001 and 003; seed 000 says every 12-18 months.",
    ),
    price: noted(usd(100, 700, PriceUnit::Session), Source::ConsumerPrices, "A clinic page says $250-1,000."),
    // No heat, so safer across all types than lasers or deeper peels (also JAAD 2016;74:348);
    // a small PIH risk only with aggressive settings.
    tone: tone_everywhere(ToneRisk::Low, Seed003),
    isotretinoin: noted(
        IsotretinoinRule::Wait { months: 6, talk_until_months: 12 },
        Seed003,
        "Seed 003 says 6-12 months: not before 6, and a word with the provider until 12.",
    ),
    indications: &severe_rated(
        indications(
            Seeds,
            [
                G, N, G, G, S, // fine lines, expression lines, acne scars, other scars, sun spots
                G, G, S, G, S, // texture, pores, dullness, stretch marks, laxity
                N, //             volume loss
            ],
            // A primary or adjunctive procedure for melasma.
            (G, Source::OgbechieGodec2017),
        ),
        // Severe scarring, deep wrinkles and significant sun damage belong with lasers and
        // deep peels (seed 003); mild-to-moderate with microneedling.
        WhenSevere::Some,
    ),
    contraindications: contraindications![
        absolute(Seed003, NOT_NOW),
        absolute(Source::AtriusHealth, [Condition::SkinCancer]),
        // Seed 003: "anticoagulants or bleeding disorder", talk first.
        relative(Seed003, TALK_FIRST),
        relative(Seed003, [Condition::BleedingDisorder]),
    ],
    preparation: &PREPARATION,
    aftercare: &[
        s(CareStep::RednessLikeMildSunburn { hours: Range::new(24, 48) }, Seeds),
        s(CareStep::FlakingOnDays { days: Range::new(2, 3) }, Seeds),
        s(CareStep::NoMakeup { hours: Range::new(24, 72) }, Seeds),
        s(CareStep::AvoidSunAfter { min_weeks: 1 }, Seeds),
        s(CareStep::NoActivesAfter { days: Range::new(3, 5) }, Seeds),
    ],
    cautions: &[],
};

/// Radiofrequency microneedling (Morpheus8, Vivace, Potenza, Secret RF and similar): needles that
/// heat the skin beneath. Its distinguishing use is modest tightening of lax skin.
pub(super) const RF: Treatment = Treatment {
    id: TreatmentId::MicroneedlingRf,
    sessions: noted(Range::new(3, 5), Source::Tan2021, "Manufacturer's manual 3-5; the trials are similar."),
    planned_sessions: 3,
    interval_days: noted(Range::new(21, 42), Source::Tan2021, "3-6 weeks apart."),
    downtime_days: noted(
        Range::new(1, 2),
        Source::AlexiadesArmenakas2010,
        "Redness up to a day, swelling and bruising up to 5-10 days; most back to normal in 1-2 days.",
    ),
    // No source gives an onset; collagen remodelling as for microneedling.
    first_results_days: noted(
        Range::new(28, 56),
        Source::Tan2021,
        "Derived: no onset is given; improvement builds over months, as for microneedling.",
    ),
    full_results_days: noted(Range::new(90, 180), Source::Tan2021, "Improvement continues to about 6 months."),
    lasts: noted(
        Lasting::NotStated,
        Source::Tan2021,
        "No trial follows results beyond about 6 months: not established.",
    ),
    maintenance: noted(Maintenance::NotStated, Source::Tan2021, "No source gives a maintenance schedule."),
    price: noted(
        usd(500, 3_900, PriceUnit::Session),
        Source::RealSelf,
        "Second-hand RealSelf figures by area; one consumer source, no society survey.",
    ),
    // Not safer than plain microneedling on dark skin, not ruled out by it either: transient PIH
    // in 7 of 35 studies and permanent scarring in 1 (weak evidence); the manufacturer advises
    // caution in type VI.
    tone: ToneSafety {
        types_i_to_iii: ToneRisk::Low,
        type_iv: ToneRisk::Moderate,
        types_v_vi: ToneRisk::Moderate,
        source: Source::Syder2023,
    },
    isotretinoin: noted(
        IsotretinoinRule::Wait { months: 6, talk_until_months: 12 },
        Seed003,
        "Manufacturer: 6 months; the ASDS consensus does not name RF: microneedling's rule.",
    ),
    indications: &cite(
        cite(
            cite(
                severe_kept(
                    severe_rated(
                        indications(
                            Source::Tan2021,
                            [
                                G, N, G, S, N, // fine lines, expression lines, acne scars, other scars, sun spots
                                G, G, S, S, G, // texture, pores, dullness, stretch marks, laxity
                                N, //             volume loss
                            ],
                            // Only studied as an add-on to lasers.
                            (N, Source::Tan2021),
                        ),
                        WhenSevere::Some,
                    ),
                    // 80.6% of types III-V improved by two grades of scarring.
                    Concern::AcneScars,
                ),
                &[Concern::AcneScars],
                Source::Chandrashekar2014,
            ),
            &[Concern::EnlargedPores],
            Source::Cho2012,
        ),
        // About 16% better against 49% for a face-lift: modest, but its distinguishing use.
        &[Concern::Laxity],
        Source::AlexiadesArmenakas2010,
    ),
    contraindications: contraindications![
        // A pacemaker, defibrillator or other implanted electronic device, or metal implants in the
        // area: the current rules it out.
        absolute(Source::Tan2021, [Condition::ImplantedDevice]),
        absolute(Seed003, NOT_NOW),
        absolute(Source::AtriusHealth, [Condition::SkinCancer]),
        relative(Seed003, TALK_FIRST),
        relative(Seed003, [Condition::BleedingDisorder]),
    ],
    preparation: &[
        PREPARATION[0],
        PREPARATION[1],
        PREPARATION[2],
        PREPARATION[3],
        // Clinic guidance (it varies) where needling leaves pinpoint bruising.
        noted(
            CareStep::PauseNsaids,
            Source::AlexiadesArmenakas2010,
            "Clinic guidance, as for PRP; bruising is common.",
        ),
    ],
    aftercare: &[
        s(CareStep::RednessForHours { hours: Range::new(1, 24) }, Source::AlexiadesArmenakas2010),
        s(CareStep::SwellingAndBruising { days: Range::new(5, 10) }, Source::AlexiadesArmenakas2010),
    ],
    cautions: &[s(Caution::FdaRfSafety, Source::FdaRf2025), s(Caution::FillerInTheArea, Source::Hsu2019)],
};

/// Microneedling with platelet-rich plasma (the "vampire facial"): the visitor's own blood is
/// drawn, spun and applied during microneedling. Best supported for atrophic acne scars.
pub(super) const PRP: Treatment = Treatment {
    id: TreatmentId::MicroneedlingPrp,
    sessions: noted(Range::new(3, 4), Source::Asif2016, "Asif 2016: 3 sessions; Chawla 2014: 4."),
    planned_sessions: 3,
    interval_days: noted(Range::exactly(28), Source::Chawla2014, "About 4 weeks apart."),
    downtime_days: noted(Range::new(2, 3), Source::Chawla2014, "Redness about 2-3 days."),
    first_results_days: noted(
        Range::new(14, 28),
        Seeds,
        "As microneedling (weeks 2-4); the PRP trials measure at the end of the course.",
    ),
    full_results_days: noted(Range::new(42, 56), Seeds, "As microneedling: about 6-8 weeks after the last session."),
    lasts: noted(Lasting::NotStated, Source::KangLu2022, "No trial figure found for how long results last."),
    maintenance: noted(Maintenance::NotStated, Source::KangLu2022, "No source gives a maintenance schedule."),
    price: noted(
        usd(1_000, 1_000, PriceUnit::Session),
        Source::RealSelf,
        "About $1,000 a session at a dermatologist: one RealSelf figure.",
    ),
    // One of 30 type IV-V patients withdrew for marked PIH; otherwise as plain microneedling.
    tone: tone_everywhere(ToneRisk::Low, Source::Chawla2014),
    isotretinoin: noted(
        IsotretinoinRule::Wait { months: 6, talk_until_months: 12 },
        Seed003,
        "Microneedling's rule: the PRP sources add none.",
    ),
    indications: &cite(
        cite(
            cite(
                severe_kept(
                    severe_rated(
                        indications(
                            Seeds,
                            [
                                G, N, G, G, S, // fine lines, expression lines, acne scars, other scars, sun spots
                                S, S, S, G, S, // texture, pores, dullness, stretch marks, laxity
                                N, //             volume loss
                            ],
                            // Small trials disagree on PRP for melasma: no more than "some".
                            (S, Source::OgbechieGodec2017),
                        ),
                        WhenSevere::Some,
                    ),
                    // Adding PRP about triples the odds of > 50% improvement of acne scars.
                    Concern::AcneScars,
                ),
                &[Concern::AcneScars],
                Source::KangLu2022,
            ),
            // No added benefit of PRP for fine lines and laxity in a randomised trial: as plain.
            &[Concern::FineLines, Concern::Laxity],
            Source::Pincelli2024,
        ),
        &[Concern::StretchMarks],
        Source::Kaur2024,
    ),
    contraindications: contraindications![
        // Blood is drawn and processed: bleeding or platelet disorders rule it out.
        absolute(Source::Nanda2021, [Condition::BleedingDisorder]),
        absolute(Seed003, NOT_NOW),
        absolute(Source::AtriusHealth, [Condition::SkinCancer]),
        relative(Seed003, TALK_FIRST),
    ],
    preparation: &[
        PREPARATION[0],
        PREPARATION[1],
        PREPARATION[2],
        PREPARATION[3],
        s(CareStep::PauseNsaids, Source::Nanda2021),
    ],
    aftercare: &[
        s(CareStep::RednessLikeMildSunburn { hours: Range::new(48, 72) }, Source::Chawla2014),
        s(CareStep::NoMakeup { hours: Range::new(24, 72) }, Seeds),
        s(CareStep::AvoidSunAfter { min_weeks: 1 }, Seeds),
        s(CareStep::NoActivesAfter { days: Range::new(3, 5) }, Seeds),
    ],
    cautions: &[s(Caution::LicensedSterile, Source::StadelmanBehar2024)],
};
