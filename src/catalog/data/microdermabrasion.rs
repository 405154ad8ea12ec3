//! Microdermabrasion (clinical-facts.md, "Microdermabrasion").

use super::*;
use Source::{MicrodermLiterature, SafetyPolicy};

pub(super) const MICRODERMABRASION: Treatment = Treatment {
    id: TreatmentId::Microdermabrasion,
    sessions: s(Range::new(6, 12), MicrodermLiterature),
    planned_sessions: 6,
    interval_days: noted(Range::new(7, 14), MicrodermLiterature, "Weekly or every 2 weeks."),
    downtime_days: noted(Range::exactly(0), MicrodermLiterature, "No downtime; pink for about a day."),
    first_results_days: noted(
        Range::new(0, 1),
        MicrodermLiterature,
        "Derived: brighter once the day of pinkness passes.",
    ),
    full_results_days: noted(
        Range::new(0, 7),
        MicrodermLiterature,
        "Derived: effects last from 1 week, so they show within it.",
    ),
    lasts: noted(Lasting::Weeks { range: Range::new(1, 6) }, MicrodermLiterature, "1 week to 3-6 weeks."),
    maintenance: noted(Maintenance::EveryWeeks { range: Range::exactly(4) }, MicrodermLiterature, "Monthly."),
    price: s(usd(75, 200, PriceUnit::Session), MicrodermLiterature),
    // "Low PIH risk."
    tone: tone_everywhere(ToneRisk::Low, MicrodermLiterature),
    // The sources are silent; a rule, not a figure, so the safety policy decides.
    isotretinoin: noted(
        IsotretinoinRule::TalkWithin { months: 6 },
        SafetyPolicy,
        "The sources give no isotretinoin rule.",
    ),
    indications: &severe_rated(
        indications(
            MicrodermLiterature,
            [
                S, N, N, N, S, // fine lines, expression lines, acne scars, other scars, sun spots
                S, S, G, S, N, // texture, pores, dullness, stretch marks, laxity
                N, //             volume loss
            ],
            (S, Source::MicrodermLiterature),
        ),
        // "Limited for scars, wrinkles and pigment"; only works on the very surface (seed 003).
        WhenSevere::OneLevelLower,
    ),
    contraindications: contraindications![
        // Active rosacea, severe acne, active herpes.
        absolute(
            MicrodermLiterature,
            [Condition::SkinConditionFlare, Condition::ActiveAcne, Condition::ActiveInfection],
        ),
        absolute(SafetyPolicy, [Condition::OpenWounds, Condition::Sunburn, Condition::SkinCancer]),
        relative(SafetyPolicy, [Condition::RecentProcedure]),
    ],
    preparation: &[],
    aftercare: &[],
};
