//! Laser resurfacing, non-ablative and ablative (clinical-facts.md, "Laser resurfacing").

use super::*;
use Source::{Preissig2012, SafetyPolicy};

// Sessions, spacing, downtime, results and indications: Preissig, Hamilton & Markus 2012 (a review
// of both kinds). Darker skin: Kaushik & Alexis 2017 (non-ablative), Manuskiatti 2010 and Alexis
// 2013 (ablative). Prices: ASPS (ablative) and consumer price guides (non-ablative).

/// Both lasers. The laser sources name only herpes prophylaxis; the rest is the widget's
/// safety policy: heat on affected skin waits, and anything that slows healing or raises the
/// risk of scarring or pigment change is discussed first.
const LASER_CONTRAINDICATIONS: &[Contraindication] = contraindications![
    relative(Preissig2012, [Condition::ColdSoreHistory]),
    absolute(
        SafetyPolicy,
        [
            Condition::ActiveInfection,
            Condition::OpenWounds,
            Condition::SkinConditionFlare,
            Condition::Sunburn,
            Condition::SkinCancer,
            // Elective heat on the skin waits, as the peel and microneedling sources say for
            // their treatments.
            Condition::PregnantOrBreastfeeding,
            Condition::ActiveAcne,
            Condition::PhotosensitisingMedication,
        ],
    ),
    relative(
        SafetyPolicy,
        [
            Condition::KeloidTendency,
            Condition::Immunosuppressants,
            Condition::UncontrolledDiabetes,
            Condition::RecentProcedure,
            Condition::RecentFacialSurgery,
            Condition::Scleroderma,
            Condition::NumbingOrMetalAllergy,
        ],
    ),
];

/// Fractional 1540/1550 nm, in a series.
pub(super) const NON_ABLATIVE: Treatment = Treatment {
    id: TreatmentId::LaserNonAblative,
    sessions: s(Range::new(3, 6), Preissig2012),
    planned_sessions: 3,
    interval_days: noted(Range::new(14, 28), Preissig2012, "2-4 weeks apart."),
    downtime_days: noted(Range::new(1, 2), Preissig2012, "Swelling and redness 1-2 days."),
    // The sources give no earlier onset than the best results at 2-3 months, so none is
    // promised: first results are planned at the same 2-3 months.
    first_results_days: noted(
        Range::new(60, 90),
        Preissig2012,
        "Only \"best results 2-3 months after\" is given; no earlier figure is promised.",
    ),
    full_results_days: noted(Range::new(60, 90), Preissig2012, "Best results 2-3 months after."),
    lasts: noted(Lasting::NotStated, Preissig2012, "The sources give no duration."),
    maintenance: noted(Maintenance::NotStated, Preissig2012, "The sources give no maintenance schedule."),
    price: noted(usd(1_250, 1_250, PriceUnit::Session), Source::ConsumerPrices, "About $1,250 per session."),
    // PIH in 4-17% of types IV-VI.
    tone: ToneSafety {
        types_i_to_iii: ToneRisk::Low,
        type_iv: ToneRisk::Moderate,
        types_v_vi: ToneRisk::Moderate,
        source: Source::KaushikAlexis2017,
    },
    // The 6-month wait is stated for ablative lasers only; not a figure, so policy may decide.
    isotretinoin: noted(
        IsotretinoinRule::TalkWithin { months: 6 },
        SafetyPolicy,
        "The laser sources state the 6-month wait for ablative lasers only.",
    ),
    indications: &indications(
        Preissig2012,
        [
            G, N, G, G, G, // fine lines, expression lines, acne scars, other scars, sun spots
            G, G, S, G, S, // texture, pores, dullness, stretch marks, laxity
            N, //             volume loss
        ],
        // Lasers for melasma are second line, with high recurrence and a risk of PIH.
        (S, Source::Arora2012),
    ),
    contraindications: LASER_CONTRAINDICATIONS,
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};

/// Fractional CO2 / Er:YAG: the most dramatic single-session results (seed 003).
pub(super) const ABLATIVE: Treatment = Treatment {
    id: TreatmentId::LaserAblative,
    sessions: s(Range::new(1, 3), Preissig2012),
    planned_sessions: 1,
    interval_days: noted(Range::new(56, 84), Preissig2012, "8-12 weeks apart."),
    downtime_days: s(Range::new(5, 14), Preissig2012),
    first_results_days: noted(
        Range::new(14, 28),
        Preissig2012,
        "Derived: after the 5-14 days of downtime; redness lasts weeks, full results ~2 months.",
    ),
    full_results_days: noted(Range::exactly(60), Preissig2012, "About 2 months."),
    lasts: noted(Lasting::Years, Preissig2012, "\"Long-lasting (years)\"."),
    maintenance: noted(Maintenance::NotStated, Preissig2012, "The sources give no maintenance schedule."),
    price: noted(usd(2_169, 2_169, PriceUnit::Treatment), Source::Asps, "ASPS average fee."),
    // Heat: redness in fair skin; PIH in about half or more of type IV (mostly transient);
    // not advised for V-VI.
    tone: ToneSafety {
        types_i_to_iii: ToneRisk::Moderate,
        type_iv: ToneRisk::High,
        types_v_vi: ToneRisk::NotAdvised,
        source: Source::Manuskiatti2010,
    },
    isotretinoin: noted(
        IsotretinoinRule::Wait { months: 6, talk_until_months: 6 },
        Source::Waldman2017,
        "ASDS: fully ablative waits 6 months; fractional ablative evidence is thin: kept.",
    ),
    indications: &indications(
        Preissig2012,
        [
            G, S, G, G, G, // fine lines, expression lines, acne scars, other scars, sun spots
            G, S, S, S, G, // texture, pores, dullness, stretch marks, laxity
            N, //             volume loss
        ],
        // "Use with caution": a very high risk of post-inflammatory hypo- and hyperpigmentation.
        (S, Source::Trivedi2017),
    ),
    contraindications: LASER_CONTRAINDICATIONS,
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};
