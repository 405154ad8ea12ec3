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
    /// Families best first: by score, except that one doing nothing for the visitor's concerns
    /// comes after those that do, and "not now" ones (and injectables for a visitor who does not
    /// want injections) come last whatever their score.
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

    /// The family shown as "recommended", if any is: the first one that is recommendable and
    /// whose representative the clinic offers (which need not be the first in the list: a higher
    /// score from "some benefit" alone is no match). A family is never recommended for a variant
    /// the clinic cannot provide.
    pub fn recommended(&self) -> Option<&FamilyResult> {
        self.families.iter().find(|f| f.recommendable && f.offered)
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
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TreatmentResult {
    pub id: TreatmentId,
    pub family: Family,
    /// 0-100: the sum of the breakdown's points.
    pub score: u8,
    pub breakdown: Vec<Contribution>,
    pub candidacy: Candidacy,
    /// May be shown as a recommendation: not "not now", a main indication for at least one
    /// concern and at least half the concern points, and not an injection for a visitor who said
    /// no to injections.
    pub recommendable: bool,
    /// The clinic offers it (else it is shown as "not offered here").
    pub offered: bool,
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

    /// Points this factor can contribute; the four add up to 100.
    pub fn max_points(self) -> u8 {
        match self {
            Factor::Concerns => 45,
            Factor::Downtime => 15,
            // Heavy on purpose: for types IV-VI a heat or acid treatment's pigmentation risk
            // must outweigh a better efficacy rating (seed 003; the darker-skin comparisons).
            Factor::SkinTone => 30,
            Factor::Preferences => 10,
        }
    }
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
