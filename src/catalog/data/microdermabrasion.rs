//! Microdermabrasion (clinical-facts.md, "Microdermabrasion").

use super::*;
use Source::{Karimipour2010, SafetyPolicy};

pub(super) const MICRODERMABRASION: Treatment = Treatment {
    id: TreatmentId::Microdermabrasion,
    sessions: s(Range::new(6, 12), Karimipour2010),
    planned_sessions: 6,
    interval_days: noted(Range::new(7, 14), Karimipour2010, "Weekly or every 2 weeks."),
    downtime_days: noted(Range::exactly(0), Karimipour2010, "No downtime; pink for about a day."),
    first_results_days: noted(Range::new(0, 1), Karimipour2010, "Derived: brighter once the day of pinkness passes."),
    full_results_days: noted(
        Range::new(0, 7),
        Karimipour2010,
        "Derived: effects last from 1 week, so they show within it.",
    ),
    lasts: noted(Lasting::Weeks { range: Range::new(1, 6) }, Karimipour2010, "1 week to 3-6 weeks."),
    maintenance: noted(Maintenance::EveryWeeks { range: Range::exactly(4) }, Karimipour2010, "Monthly."),
    price: s(usd(75, 200, PriceUnit::Session), Source::ConsumerPrices),
    // "Low PIH risk."
    tone: tone_everywhere(ToneRisk::Low, Karimipour2010),
    // The sources are silent; a rule, not a figure, so the safety policy decides.
    isotretinoin: noted(
        IsotretinoinRule::TalkWithin { months: 6 },
        SafetyPolicy,
        "The sources give no isotretinoin rule.",
    ),
    indications: &severe_rated(
        indications(
            Karimipour2010,
            [
                S, N, N, N, S, // fine lines, expression lines, acne scars, other scars, sun spots
                S, S, G, S, N, // texture, pores, dullness, stretch marks, laxity
                N, //             volume loss
            ],
            (S, Source::Karimipour2010),
        ),
        // "Limited for scars, wrinkles and pigment"; only works on the very surface (seed 003).
        WhenSevere::OneLevelLower,
    ),
    contraindications: contraindications![
        // Active rosacea, severe acne, active herpes.
        absolute(Karimipour2010, [Condition::SkinConditionFlare, Condition::ActiveAcne, Condition::ActiveInfection],),
        absolute(SafetyPolicy, [Condition::OpenWounds, Condition::Sunburn, Condition::SkinCancer]),
        relative(SafetyPolicy, [Condition::RecentProcedure]),
    ],
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};
