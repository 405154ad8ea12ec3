//! Injectables: neuromodulator and hyaluronic-acid filler (clinical-facts.md, "Injectables").
//!
//! Neither wounds or heats the skin surface, the cause of post-inflammatory hyperpigmentation
//! (clinical-facts.md, "Skin tone"), so the tone risk is low for every type and isotretinoin
//! needs no wait; the fact base names no tone risk or isotretinoin rule for them.

use super::*;
use Source::{FdaFiller, InjectableLiterature, NeuromodulatorLabel, SafetyPolicy};

/// Botulinum toxin, for dynamic expression lines.
pub(super) const NEUROMODULATOR: Treatment = Treatment {
    id: TreatmentId::Neuromodulator,
    sessions: s(Range::exactly(1), InjectableLiterature),
    planned_sessions: 1,
    interval_days: noted(Range::exactly(90), NeuromodulatorLabel, "No more often than every 90 days."),
    downtime_days: noted(Range::exactly(0), InjectableLiterature, "No downtime."),
    first_results_days: noted(Range::new(3, 7), InjectableLiterature, "Onset."),
    full_results_days: noted(Range::new(10, 14), InjectableLiterature, "Peak effect."),
    lasts: s(Lasting::Months { range: Range::new(3, 4) }, InjectableLiterature),
    maintenance: s(Maintenance::WhenItWearsOff { min_days: 90 }, NeuromodulatorLabel),
    price: noted(usd(400, 400, PriceUnit::Treatment), InjectableLiterature, "About $400 per treatment."),
    tone: tone_everywhere(ToneRisk::Low, InjectableLiterature),
    isotretinoin: noted(IsotretinoinRule::NoWait, InjectableLiterature, "An injection, not resurfacing."),
    indications: &indications(
        NeuromodulatorLabel,
        [
            S, G, N, N, N, // fine lines, expression lines, acne scars, other scars, sun spots
            N, N, N, N, N, // texture, pores, dullness, stretch marks, laxity
            N, //             volume loss
        ],
        (N, Source::NeuromodulatorLabel),
    ),
    contraindications: contraindications![
        absolute(NeuromodulatorLabel, [Condition::PregnantOrBreastfeeding, Condition::NeuromuscularDisorder]),
        absolute(SafetyPolicy, [Condition::ActiveInfection, Condition::SkinCancer]),
        // Bruising risk; another recent injection falls under the label's 90-day rule.
        relative(SafetyPolicy, [Condition::BloodThinners, Condition::RecentProcedure]),
    ],
    preparation: &[],
    aftercare: &[],
};

/// Hyaluronic-acid filler, for volume loss and deep folds.
pub(super) const FILLER: Treatment = Treatment {
    id: TreatmentId::Filler,
    sessions: s(Range::exactly(1), InjectableLiterature),
    planned_sessions: 1,
    interval_days: noted(Range::exactly(0), InjectableLiterature, "A single treatment."),
    downtime_days: noted(Range::new(0, 14), InjectableLiterature, "Bruising or swelling for days, up to 2 weeks."),
    first_results_days: noted(Range::exactly(0), InjectableLiterature, "Immediate."),
    full_results_days: noted(Range::new(0, 14), InjectableLiterature, "Once swelling settles, up to 2 weeks."),
    lasts: s(Lasting::Months { range: Range::new(6, 12) }, FdaFiller),
    maintenance: noted(
        Maintenance::EveryMonths { range: Range::new(6, 12) },
        FdaFiller,
        "Repeat as it wears off, after 6-12 months.",
    ),
    price: noted(usd(682, 682, PriceUnit::Syringe), InjectableLiterature, "About $682 per syringe."),
    tone: tone_everywhere(ToneRisk::Low, InjectableLiterature),
    isotretinoin: noted(IsotretinoinRule::NoWait, InjectableLiterature, "An injection, not resurfacing."),
    indications: &cite(
        indications(
            FdaFiller,
            [
                S, S, S, S, N, // fine lines, expression lines, acne scars, other scars, sun spots
                N, N, N, N, S, // texture, pores, dullness, stretch marks, laxity
                G, //             volume loss
            ],
            (N, Source::FdaFiller),
        ),
        // "Some rolling acne scars" (and depressed scars) is the injectables literature's.
        &[Concern::AcneScars, Concern::OtherScars],
        InjectableLiterature,
    ),
    contraindications: contraindications![
        absolute(FdaFiller, [Condition::Under22]),
        relative(InjectableLiterature, [Condition::BloodThinners]),
        // An elective injection waits in pregnancy, as the neuromodulator label says for its own.
        absolute(SafetyPolicy, [Condition::ActiveInfection, Condition::SkinCancer, Condition::PregnantOrBreastfeeding],),
        relative(
            SafetyPolicy,
            [
                Condition::KeloidTendency,
                Condition::Immunosuppressants,
                Condition::NumbingOrMetalAllergy,
                Condition::RecentProcedure,
                Condition::OpenWounds,
            ],
        ),
    ],
    preparation: &[],
    aftercare: &[],
};
