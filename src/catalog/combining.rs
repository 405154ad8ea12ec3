//! How far apart two treatments of a combined plan are typically spaced (clinical-facts.md,
//! "Combining treatments"). The spacing figures are clinic habits and expert consensus, not trial
//! results: the widget shows them as "typical spacing; your provider sets the order".

use super::{Family, Range, Source, TreatmentId};
use serde::Serialize;

/// The days between the end of one treatment's course and the start of the next (whole weeks:
/// the results say them in weeks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Spacing {
    /// The typical range, as the source gives it.
    pub days: Range,
    /// What the joint timeline plans with.
    pub planned: u32,
    pub source: Source,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub note: &'static str,
}

/// The notes are for the clinic's reviewers (the `assess` JSON); the widget never shows them.
const fn reviewer_note(note: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        note
    }
}

/// The spacing between `before`'s last session and `after`'s first.
pub fn spacing(before: TreatmentId, after: TreatmentId) -> Spacing {
    let needling = |t: TreatmentId| t.family() == Family::Microneedling;
    match (before.is_injection(), after.is_injection()) {
        // "For same-day treatments, BoNT and fillers may be performed together in either
        // sequence."
        (true, true) => Spacing {
            days: Range::new(0, 14),
            planned: 0,
            source: Source::Carruthers2016,
            note: reviewer_note("Toxin and filler may be given the same day, in either order, or 1-2 weeks apart."),
        },
        // RF microneedling never follows filler in a plan (skin treatments come first): RF heat
        // degrades hyaluronic acid filler in the same area (Hsu 2019), a caution RF shows.
        (false, true) | (true, false) if needling(before) || needling(after) => Spacing {
            days: Range::new(14, 28),
            planned: 14,
            source: Source::ClinicSpacing,
            note: reviewer_note(
                "A clinic habit, not a trial result: at least 2 weeks either way (some clinics say 4 weeks \
                   after microneedling before an injection); the toxin needs 10-14 days to settle. The consensus \
                   on combining toxin and fillers with energy-based devices (Carruthers 2016) spaces \
                   consecutive treatments 1-2 weeks apart; it does not name microneedling.",
            ),
        },
        (false, true) | (true, false) => Spacing {
            days: Range::new(7, 14),
            planned: 14,
            source: Source::Carruthers2016,
            note: reviewer_note(
                "Consecutive treatments 1-2 weeks apart, to let side effects settle and to see results.",
            ),
        },
        // Seed 003: complementary superficial peels or facials "after the initial recovery period
        // (usually a few weeks)".
        (false, false) => Spacing {
            days: Range::new(14, 28),
            planned: 28,
            source: Source::Seed003,
            note: reviewer_note(
                "\"After the initial recovery period (usually a few weeks)\", said of peels and facials after \
                   microneedling; planned with the later end.",
            ),
        },
    }
}
