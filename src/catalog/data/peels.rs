//! Chemical peels by depth (clinical-facts.md, "Chemical peels").

use super::*;
use Source::{SafetyPolicy, Soleymani2018, Waldman2017};

/// The peel literature's contraindications, the same for every depth (the sources list keloid
/// tendency for peels without distinguishing depths, so it is "not now" for all of them).
const PEEL_CONTRAINDICATIONS: &[Contraindication] = contraindications![
    absolute(
        Soleymani2018,
        [
            Condition::ActiveInfection,
            Condition::OpenWounds,
            Condition::PhotosensitisingMedication,
            Condition::SkinConditionFlare, // "inflammatory dermatoses"
            Condition::PregnantOrBreastfeeding,
            Condition::RecentFacialSurgery,
            Condition::KeloidTendency,
        ],
    ),
    // Valacyclovir prophylaxis.
    relative(Source::Gilbert2000, [Condition::ColdSoreHistory]),
    // The peel sources are silent on these; an acid on affected skin waits or is discussed.
    absolute(SafetyPolicy, [Condition::Sunburn, Condition::SkinCancer]),
    relative(
        SafetyPolicy,
        [
            Condition::RecentProcedure,
            Condition::Immunosuppressants,
            Condition::UncontrolledDiabetes,
            Condition::Scleroderma,
        ],
    ),
];

/// Glycolic, salicylic, Jessner's or 10% TCA, in a monthly series.
pub(super) const SUPERFICIAL: Treatment = Treatment {
    id: TreatmentId::PeelSuperficial,
    sessions: s(Range::new(4, 6), Soleymani2018),
    planned_sessions: 4,
    interval_days: noted(Range::exactly(28), Soleymani2018, "Monthly."),
    downtime_days: noted(Range::new(0, 4), Soleymani2018, "0-4 days of flaking."),
    first_results_days: noted(
        Range::new(4, 7),
        Soleymani2018,
        "Derived: after the 0-4 days of flaking; the sources give no onset figure.",
    ),
    // A series of monthly peels: each peel's effect shows within the month before the next,
    // so the last one's full effect is taken to show within 28 days. Not a published figure.
    full_results_days: noted(
        Range::new(0, 28),
        Soleymani2018,
        "Derived: within the monthly interval; the sources give no separate figure.",
    ),
    lasts: s(Lasting::Months { range: Range::new(1, 2) }, Soleymani2018),
    maintenance: noted(
        Maintenance::EveryMonths { range: Range::new(1, 2) },
        Soleymani2018,
        "Derived: repeat as the 1-2 month effect fades.",
    ),
    price: s(usd(100, 300, PriceUnit::Session), Source::ConsumerPrices),
    // "Safe in IV-VI with stepped strengths."
    tone: tone_everywhere(ToneRisk::Low, Soleymani2018),
    isotretinoin: noted(
        IsotretinoinRule::TalkWithin { months: 6 },
        Waldman2017,
        "The label says wait 6 months; the ASDS task force found no need to: talk first.",
    ),
    indications: &severe_rated(
        indications(
            Soleymani2018,
            [
                S, N, S, N, G, // fine lines, expression lines, acne scars, other scars, sun spots
                G, S, G, N, N, // texture, pores, dullness, stretch marks, laxity
                N, //             volume loss
            ],
            // Superficial peels are a primary or adjunctive procedure for melasma (stepped strengths
            // in darker skin).
            (G, Source::OgbechieGodec2017),
        ),
        // Severe scarring, deep wrinkles and significant sun damage need deeper treatment
        // (seed 003): a surface peel rates one level lower there.
        WhenSevere::OneLevelLower,
    ),
    contraindications: PEEL_CONTRAINDICATIONS,
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};

/// 35% TCA, or Jessner's + TCA: one session.
pub(super) const MEDIUM: Treatment = Treatment {
    id: TreatmentId::PeelMedium,
    sessions: s(Range::exactly(1), Soleymani2018),
    planned_sessions: 1,
    interval_days: noted(Range::exactly(0), Soleymani2018, "A single session."),
    downtime_days: noted(Range::new(5, 10), Soleymani2018, "Peeling from day 3, healed by day 5-10."),
    first_results_days: noted(Range::new(5, 10), Soleymani2018, "Once healed, day 5-10."),
    full_results_days: noted(Range::new(5, 10), Soleymani2018, "Once healed, day 5-10."),
    lasts: noted(
        Lasting::Months { range: Range::exactly(12) },
        Soleymani2018,
        "\"A year or more\": 12 months is the floor.",
    ),
    maintenance: s(Maintenance::NotStated, Soleymani2018),
    price: s(usd(300, 1_500, PriceUnit::Treatment), Source::ConsumerPrices),
    // "Higher PIH and hypopigmentation risk in IV-VI."
    tone: ToneSafety {
        types_i_to_iii: ToneRisk::Low,
        type_iv: ToneRisk::High,
        types_v_vi: ToneRisk::High,
        source: Soleymani2018,
    },
    isotretinoin: noted(
        IsotretinoinRule::Wait { months: 6, talk_until_months: 6 },
        Waldman2017,
        "Medium and deep peels still wait 6 months.",
    ),
    indications: &indications(
        Soleymani2018,
        [
            G, N, S, S, G, // fine lines, expression lines, acne scars, other scars, sun spots
            G, S, G, N, N, // texture, pores, dullness, stretch marks, laxity
            N, //             volume loss
        ],
        // Not among the procedures the melasma sources name; a deeper peel's PIH risk.
        (S, Soleymani2018),
    ),
    contraindications: PEEL_CONTRAINDICATIONS,
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};

/// Phenol / croton oil: one session, with cardiac monitoring.
pub(super) const DEEP: Treatment = Treatment {
    id: TreatmentId::PeelDeep,
    sessions: s(Range::exactly(1), Soleymani2018),
    planned_sessions: 1,
    interval_days: noted(Range::exactly(0), Soleymani2018, "A single session."),
    downtime_days: noted(Range::new(14, 28), Soleymani2018, "2-4 weeks off normal activity."),
    first_results_days: noted(Range::new(14, 28), Soleymani2018, "Derived: once back to normal activity, weeks 2-4."),
    full_results_days: noted(Range::new(90, 180), Soleymani2018, "Redness fades over 3-6 months."),
    lasts: s(Lasting::Permanent, Soleymani2018),
    maintenance: noted(Maintenance::None, Soleymani2018, "Permanent results."),
    price: s(usd(1_500, 6_000, PriceUnit::Treatment), Source::ConsumerPrices),
    // Permanent lightening (can no longer tan) even in fair skin; "not for darker types".
    tone: ToneSafety {
        types_i_to_iii: ToneRisk::Moderate,
        type_iv: ToneRisk::NotAdvised,
        types_v_vi: ToneRisk::NotAdvised,
        source: Soleymani2018,
    },
    isotretinoin: noted(
        IsotretinoinRule::Wait { months: 6, talk_until_months: 6 },
        Waldman2017,
        "Medium and deep peels still wait 6 months.",
    ),
    indications: &indications(
        Soleymani2018,
        [
            G, S, S, S, G, // fine lines, expression lines, acne scars, other scars, sun spots
            G, S, S, N, S, // texture, pores, dullness, stretch marks, laxity
            N, //             volume loss
        ],
        // Not among the procedures the melasma sources name; permanent lightening.
        (N, Source::OgbechieGodec2017),
    ),
    contraindications: PEEL_CONTRAINDICATIONS,
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};
