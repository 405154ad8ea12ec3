//! Injectables: neuromodulator and hyaluronic-acid filler (clinical-facts.md, "Injectables").
//!
//! Neither wounds or heats the skin surface, the cause of post-inflammatory hyperpigmentation
//! (clinical-facts.md, "Skin tone"), so the tone risk is low for every type and isotretinoin
//! needs no wait; the fact base names no tone risk or isotretinoin rule for them.

use super::*;
use Source::{FdaFiller, HammanGoldman2013, NeuromodulatorLabel, SafetyPolicy};

// The neuromodulator's figures are its label's; the filler's the FDA's, with bruising and blood
// thinners from Hamman & Goldman 2013; prices are ASPS national averages.

/// Botulinum toxin, for dynamic expression lines.
pub(super) const NEUROMODULATOR: Treatment = Treatment {
    id: TreatmentId::Neuromodulator,
    sessions: s(Range::exactly(1), NeuromodulatorLabel),
    planned_sessions: 1,
    interval_days: noted(Range::exactly(90), NeuromodulatorLabel, "No more often than every 90 days."),
    downtime_days: noted(Range::exactly(0), NeuromodulatorLabel, "No downtime."),
    first_results_days: noted(Range::new(3, 7), NeuromodulatorLabel, "Onset."),
    full_results_days: noted(Range::new(10, 14), NeuromodulatorLabel, "Peak effect."),
    lasts: s(Lasting::Months { range: Range::new(3, 4) }, NeuromodulatorLabel),
    maintenance: s(Maintenance::WhenItWearsOff { min_days: 90 }, NeuromodulatorLabel),
    price: noted(usd(400, 400, PriceUnit::Treatment), Source::Asps, "About $400 per treatment."),
    tone: tone_everywhere(ToneRisk::Low, NeuromodulatorLabel),
    isotretinoin: noted(IsotretinoinRule::NoWait, NeuromodulatorLabel, "An injection, not resurfacing."),
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
        relative(SafetyPolicy, [Condition::BloodThinners, Condition::BleedingDisorder, Condition::RecentProcedure]),
    ],
    preparation: &[],
    aftercare: &[],
    cautions: &[],
};

/// Hyaluronic-acid filler, for volume loss and deep folds.
pub(super) const FILLER: Treatment = Treatment {
    id: TreatmentId::Filler,
    sessions: s(Range::exactly(1), FdaFiller),
    planned_sessions: 1,
    interval_days: noted(Range::exactly(0), FdaFiller, "A single treatment."),
    downtime_days: noted(Range::new(0, 14), HammanGoldman2013, "Bruising or swelling for days, up to 2 weeks."),
    first_results_days: noted(Range::exactly(0), FdaFiller, "Immediate."),
    full_results_days: noted(Range::new(0, 14), HammanGoldman2013, "Once swelling settles, up to 2 weeks."),
    lasts: s(Lasting::Months { range: Range::new(6, 12) }, FdaFiller),
    maintenance: noted(
        Maintenance::EveryMonths { range: Range::new(6, 12) },
        FdaFiller,
        "Repeat as it wears off, after 6-12 months.",
    ),
    price: noted(usd(682, 682, PriceUnit::Syringe), Source::Asps, "About $682 per syringe."),
    tone: tone_everywhere(ToneRisk::Low, FdaFiller),
    isotretinoin: noted(IsotretinoinRule::NoWait, FdaFiller, "An injection, not resurfacing."),
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
        // "Some rolling acne scars" (and depressed scars): the FDA lists fillers approved for
        // acne scars.
        &[Concern::AcneScars, Concern::OtherScars],
        FdaFiller,
    ),
    contraindications: contraindications![
        absolute(FdaFiller, [Condition::Under22]),
        relative(FdaFiller, [Condition::BleedingDisorder]),
        relative(HammanGoldman2013, [Condition::BloodThinners]),
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
    cautions: &[],
};
