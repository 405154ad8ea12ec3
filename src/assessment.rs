//! The engine's output: scores with their breakdown, candidacy and timeline per treatment, and
//! the ranked families. Plain data; the UI turns it into words through `text`.

use crate::answers::{Budget, Concern, Condition, Downtime, Fitzpatrick, Severity};
use crate::catalog::{
    ContraKind, Currency, Efficacy, Family, Lasting, Maintenance, Range, Source, Spacing, ToneRisk, TreatmentId, Until,
};
use crate::date::Date;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub today: Date,
    /// The day the timelines start from (the visitor's start date, or today).
    pub start: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_date: Option<Date>,
    /// Families best first: those that can be a match in the order of their score, then those
    /// set apart (not now, an injection the visitor declined, not offered by the clinic, no
    /// benefit for any concern), each with its reason.
    pub families: Vec<FamilyResult>,
    /// Every assessed treatment, in the same order.
    pub treatments: Vec<TreatmentResult>,
    /// Two or three treatments that together give every concern a main indication, when the
    /// best single treatment leaves one without.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// Advice that goes with the visitor's concerns, whatever the treatment.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
}

impl Assessment {
    pub fn treatment(&self, id: TreatmentId) -> Option<&TreatmentResult> {
        self.treatments.iter().find(|t| t.id == id)
    }

    pub fn family(&self, f: Family) -> Option<&FamilyResult> {
        self.families.iter().find(|r| r.family == f)
    }

    /// The family shown as the best match, if any: always the first card. It is the highest fit
    /// among the families not set apart, and only a match when it is a clear one (a main
    /// indication, at least half the concern points): a lower card is never promoted above it.
    pub fn recommended(&self) -> Option<&FamilyResult> {
        self.families.first().filter(|f| f.set_apart.is_none() && f.recommendable && f.offered)
    }

    /// The families that can be a match (in score order), and those set apart.
    pub fn split(&self) -> (&[FamilyResult], &[FamilyResult]) {
        let n = self.families.iter().take_while(|f| f.set_apart.is_none()).count();
        self.families.split_at(n)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FamilyResult {
    pub family: Family,
    /// The variant that represents the family: its best recommendable variant the clinic offers,
    /// else its best recommendable one, else its best one.
    pub best: TreatmentId,
    pub score: u8,
    pub verdict: Verdict,
    pub recommendable: bool,
    /// The clinic offers the variant that represents the family (`best`), the one its card
    /// names; else the card says "not offered at this clinic".
    pub offered: bool,
    /// The family's variants, best first.
    pub variants: Vec<TreatmentId>,
    /// Why the family cannot be a match (its representative's reason); `None`: it is ranked by
    /// its score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_apart: Option<SetApart>,
    /// How it compares with the card next to it: the one above, or for the first card the one
    /// below (families not set apart only, when there is a neighbour).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versus: Option<Versus>,
}

/// Why a treatment cannot be a match, whatever its score; in order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetApart {
    /// "Not now" for the visitor (safety wins over any score).
    NotNow,
    /// An injection, and the visitor said no to injections.
    InjectionsDeclined,
    /// The clinic does not offer it.
    NotOffered,
    /// It does nothing for any of the visitor's concerns.
    NoBenefit,
}

impl SetApart {
    pub const ALL: [SetApart; 4] =
        [SetApart::NotNow, SetApart::InjectionsDeclined, SetApart::NotOffered, SetApart::NoBenefit];
}

/// One family against its neighbour in the ranking: what it does better and worse, from the two
/// representatives' breakdowns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Versus {
    pub family: Family,
    pub better: Vec<Aspect>,
    pub worse: Vec<Aspect>,
}

/// A part of the score on which two treatments differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "concern")]
pub enum Aspect {
    /// A higher (or lower) efficacy level for this concern.
    Treats(Concern),
    SkinTone,
    Downtime,
    Budget,
    ReadyByEvent,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TreatmentResult {
    pub id: TreatmentId,
    pub family: Family,
    /// 0-100: the concern fit scaled by the other factors ([`combine`]).
    pub score: u8,
    pub breakdown: Vec<Contribution>,
    pub candidacy: Candidacy,
    /// May be shown as a recommendation: not "not now", a main indication for at least one
    /// concern and at least half the concern points, and not an injection for a visitor who said
    /// no to injections.
    pub recommendable: bool,
    /// The clinic offers it (else it is shown as "not offered here").
    pub offered: bool,
    /// Why it cannot be a match, if it cannot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_apart: Option<SetApart>,
    pub timeline: Timeline,
}

/// The four parts of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Concerns,
    Downtime,
    SkinTone,
    Preferences,
}

impl Factor {
    pub const ALL: [Factor; 4] = [Factor::Concerns, Factor::Downtime, Factor::SkinTone, Factor::Preferences];

    /// Points this factor can give. The concern fit gives up to 100; each other factor scales it:
    /// the points it falls short of its maximum are the percentage it takes off ([`combine`]), so
    /// its maximum is the most it can take off.
    pub fn max_points(self) -> u8 {
        match self {
            Factor::Concerns => 100,
            // Heavy on purpose: for types IV-VI a heat or acid treatment's pigmentation risk
            // must outweigh a better efficacy rating (Alster & Graham 2018; the darker-skin
            // comparisons): a high risk (6 of 60) keeps 46% of the fit, below a treatment with
            // "some benefit" and a low risk (50%).
            Factor::SkinTone => 60,
            Factor::Downtime => 40,
            Factor::Preferences => 30,
        }
    }
}

/// The score from a breakdown: the concern points, times (100 - shortfall) / 100 for each other
/// factor, where the shortfall is its maximum minus its points; rounded to a whole number, and at
/// least 1 when the concern points are above 0 (a treatment that helps never ties with one that
/// does not). Efficacy first: without concern points the score is 0, whatever the rest.
pub fn combine(breakdown: &[Contribution]) -> u8 {
    // In whole numbers, so that a reviewer's recomputation gives exactly this (halves round up).
    let mut numerator: u64 = 0;
    let mut denominator: u64 = 1;
    for c in breakdown {
        if c.factor == Factor::Concerns {
            numerator = u64::from(c.points);
        }
    }
    if numerator == 0 {
        return 0;
    }
    for c in breakdown.iter().filter(|c| c.factor != Factor::Concerns) {
        numerator *= u64::from(100 - c.max.saturating_sub(c.points).min(100));
        denominator *= 100;
    }
    ((numerator + denominator / 2) / denominator).clamp(1, 100) as u8
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contribution {
    pub factor: Factor,
    pub points: u8,
    pub max: u8,
    /// The facts behind the points, each with its source.
    pub details: Vec<Detail>,
}

/// How well something fits: fully, partly, or not; or unknown (no price in the visitor's
/// currency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    No,
    Partly,
    Fully,
    /// Cannot be told; worth half, like "partly", so it neither helps nor sinks a treatment.
    Unknown,
}

impl Fit {
    pub fn fraction(self) -> f64 {
        match self {
            Fit::Fully => 1.0,
            Fit::Partly | Fit::Unknown => 0.5,
            Fit::No => 0.0,
        }
    }
}

/// A fact behind a score's points. `BudgetFit::course` is the planned course's cost in the
/// budget's `currency`, `None` (and [`Fit::Unknown`]) when the only price is in another currency.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Detail {
    Treats { concern: Concern, severity: Severity, efficacy: Efficacy, source: Source },
    DowntimeFit { days: Range, tolerance: Downtime, fit: Fit, source: Source },
    ToneRisk { skin_type: Fitzpatrick, risk: ToneRisk, source: Source },
    BudgetFit { course: Option<Range>, currency: Currency, budget: Budget, fit: Fit, source: Source },
    InjectionsNotWanted,
    ReadyByEvent { event: Date, full_results: Date, ready: bool, source: Source },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Suitable,
    TalkToProvider,
    NotNow,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidacy {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    /// For "not now": the earliest date the time-based reasons allow, if every reason is
    /// time-based.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest: Option<Date>,
}

/// What a reason is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Cause {
    Condition(Condition),
    Isotretinoin,
    SkinType(Fitzpatrick),
    /// A laser on skin type IV-VI with a moderate or higher pigmentation risk: ask for a test
    /// spot first.
    TestSpot(Fitzpatrick),
    /// A laser for melasma (or dark patches that may be melasma): rebound and post-inflammatory
    /// pigmentation.
    Melasma,
}

impl Cause {
    /// The reason is one of the visitor's health answers (a condition, isotretinoin), not the
    /// skin type or a concern.
    pub fn is_health_answer(self) -> bool {
        matches!(self, Cause::Condition(_) | Cause::Isotretinoin)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub cause: Cause,
    /// Absolute (not now) or relative (talk to your provider first).
    pub kind: ContraKind,
    /// The visitor answered "not sure" (an absolute reason then becomes "talk first").
    pub not_sure: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<ReasonUntil>,
    pub source: Source,
}

/// When a "not now" reason ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum ReasonUntil {
    Date(Date),
    /// A fixed time after something whose date we don't know (e.g. 6 months after the last
    /// isotretinoin dose, while still taking it).
    MonthsAfterLastDose(u32),
    When(Until),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    /// First session; later than the assessment's start when a dated "not now" applies.
    pub start: Date,
    pub session_dates: Vec<Date>,
    pub interval_days: u32,
    pub downtime_days: Range,
    pub first_results: Date,
    /// When the full result is expected (planned with the later end of the source's range).
    pub full_results: Date,
    pub lasts: Lasting,
    /// Roughly when the result fades, where the sources give a duration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fades: Option<(Date, Date)>,
    pub maintenance: Maintenance,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_by_event: Option<bool>,
    pub sources: TimelineSources,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TimelineSources {
    pub sessions: Source,
    pub interval: Source,
    pub downtime: Source,
    pub first_results: Source,
    pub full_results: Source,
    pub lasts: Source,
    pub maintenance: Source,
}

/// Advice shown with the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Note {
    /// Melasma (or dark patches that may be): daily sunscreen and topical care come first;
    /// procedures are adjuncts.
    MelasmaCareFirst { source: Source },
}

/// A combined plan: treatments that together cover every concern the best single one leaves
/// without a main indication.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    /// The best single treatment, and the concerns it gives no main indication.
    pub best_single: TreatmentId,
    pub uncovered: Vec<Concern>,
    /// In the order of the joint timeline.
    pub treatments: Vec<TreatmentId>,
    /// Every chosen concern, with the plan's treatment that gives it a main indication.
    pub covers: Vec<PlanCover>,
    pub steps: Vec<PlanStep>,
    /// When the last of the plan's full results is expected.
    pub full_results: Date,
    /// Every treatment of the plan ready by the visitor's event (full results, out of downtime).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_by_event: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PlanCover {
    pub concern: Concern,
    pub severity: Severity,
    pub by: TreatmentId,
    pub source: Source,
}

/// One treatment of the plan on the joint timeline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanStep {
    pub id: TreatmentId,
    /// The gap after the previous step's last session (none for the first step).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_previous: Option<Spacing>,
    pub timeline: Timeline,
}
