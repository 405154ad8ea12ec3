//! Microneedling (collagen induction therapy), the treatment the widget is built around
//! (clinical-facts.md, "Microneedling").

use super::*;
use Source::{Seed003, Seeds};

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
        absolute(
            Seed003,
            [
                Condition::ActiveAcne,
                Condition::ActiveInfection,
                Condition::OpenWounds,
                Condition::SkinConditionFlare,
                Condition::Scleroderma,
                Condition::Sunburn,
                Condition::PregnantOrBreastfeeding,
                Condition::NumbingOrMetalAllergy,
            ],
        ),
        absolute(Source::AtriusHealth, [Condition::SkinCancer]),
        relative(
            Seed003,
            [
                Condition::KeloidTendency,
                Condition::BloodThinners,
                Condition::Immunosuppressants,
                Condition::UncontrolledDiabetes,
                Condition::RecentProcedure,
                Condition::ColdSoreHistory,
            ],
        ),
    ],
    preparation: &[
        s(CareStep::StopRetinoidsAndAcids { days_before: Range::new(5, 7) }, Seed003),
        s(CareStep::AvoidSunBefore { weeks_before: Range::new(1, 2) }, Seed003),
        s(CareStep::NoWaxingBefore { days_before: 7 }, Seed003),
        s(CareStep::AntiviralIfColdSores, Seed003),
    ],
    aftercare: &[
        s(CareStep::RednessLikeMildSunburn { hours: Range::new(24, 48) }, Seeds),
        s(CareStep::FlakingOnDays { days: Range::new(2, 3) }, Seeds),
        s(CareStep::NoMakeup { hours: Range::new(24, 72) }, Seeds),
        s(CareStep::AvoidSunAfter { min_weeks: 1 }, Seeds),
        s(CareStep::NoActivesAfter { days: Range::new(3, 5) }, Seeds),
    ],
};
