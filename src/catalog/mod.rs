//! The clinical facts as typed data. Every figure carries the [`Source`] it comes from; the
//! figures themselves live in [`data`], the citations in [`sources`].

mod clinic;
mod combining;
mod data;
mod ids;
mod sources;

pub use clinic::{ClinicOffer, ClinicPrice, Currency};
pub use combining::{spacing, Spacing};
pub use ids::{Family, TreatmentId, TreatmentSet};
pub use sources::Source;

use crate::answers::{Concern, Condition, Fitzpatrick, Severity};
use serde::Serialize;

/// A value and where it comes from. `note` says why, where sources disagree, this one was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub note: &'static str,
}

/// An inclusive range of whole units (days, sessions, amounts of money, months).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub lo: u32,
    pub hi: u32,
}

impl Range {
    pub const fn new(lo: u32, hi: u32) -> Range {
        Range { lo, hi }
    }
    pub const fn exactly(v: u32) -> Range {
        Range { lo: v, hi: v }
    }
    pub fn scale(self, by: u32) -> Range {
        Range { lo: self.lo.saturating_mul(by), hi: self.hi.saturating_mul(by) }
    }
}

/// How well a treatment addresses a concern (clinical-facts.md, the G/S/– table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Efficacy {
    NotIndicated,
    Some,
    Good,
}

impl Efficacy {
    /// Share of the treatment-fit points this level earns.
    pub fn fraction(self) -> f64 {
        match self {
            Efficacy::Good => 1.0,
            Efficacy::Some => 0.5,
            Efficacy::NotIndicated => 0.0,
        }
    }
}

/// One cell of the efficacy table, with an optional different level for severe cases
/// (seed 003: severe scarring, deep wrinkles and significant sun damage belong with lasers and
/// deep peels; mild-to-moderate with microneedling).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Indication {
    pub concern: Concern,
    pub level: Efficacy,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when_severe: Option<Efficacy>,
    pub source: Source,
}

impl Indication {
    pub fn for_severity(&self, s: Severity) -> Efficacy {
        match (s, self.when_severe) {
            (Severity::Severe, Some(e)) => e,
            _ => self.level,
        }
    }
}

/// Pigmentation (PIH) or other skin-tone risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ToneRisk {
    Low,
    Moderate,
    High,
    /// The sources advise against it for this skin type.
    NotAdvised,
}

impl ToneRisk {
    pub fn fraction(self) -> f64 {
        match self {
            ToneRisk::Low => 1.0,
            ToneRisk::Moderate => 0.5,
            ToneRisk::High => 0.1,
            ToneRisk::NotAdvised => 0.0,
        }
    }
}

/// Skin-tone risk by Fitzpatrick group.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ToneSafety {
    pub types_i_to_iii: ToneRisk,
    pub type_iv: ToneRisk,
    pub types_v_vi: ToneRisk,
    pub source: Source,
}

impl ToneSafety {
    pub fn for_type(&self, f: Fitzpatrick) -> ToneRisk {
        match f {
            Fitzpatrick::I | Fitzpatrick::II | Fitzpatrick::III => self.types_i_to_iii,
            Fitzpatrick::IV => self.type_iv,
            Fitzpatrick::V | Fitzpatrick::VI => self.types_v_vi,
        }
    }
}

/// How long a result lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Lasting {
    Weeks {
        range: Range,
    },
    Months {
        range: Range,
    },
    /// "Long-lasting (years)" with no tighter figure in the sources.
    Years,
    Permanent,
    /// The sources give no figure; the widget says so rather than guess.
    NotStated,
}

/// Follow-up treatments to keep the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Maintenance {
    EveryWeeks {
        range: Range,
    },
    EveryMonths {
        range: Range,
    },
    /// Repeat when the effect wears off, no sooner than `min_days` (neuromodulator label: 90).
    WhenItWearsOff {
        min_days: u32,
    },
    None,
    NotStated,
}

/// What a price figure is per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceUnit {
    Session,
    Treatment,
    Syringe,
}

/// A price range per unit, in whole units of `currency`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Price {
    pub amount: Range,
    pub currency: Currency,
    pub per: PriceUnit,
}

/// How a health answer affects a treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContraKind {
    /// Talk to your provider first.
    Relative,
    /// Not now.
    Absolute,
}

/// When an absolute contraindication stops applying.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Until {
    /// Once it has cleared or healed (infection, flare, wound, sunburn, breakout).
    Cleared,
    AfterPregnancyAndBreastfeeding,
    AfterTreatmentByDoctor,
    Age22,
    /// No time limit: this treatment does not fit.
    Indefinitely,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Contraindication {
    pub condition: Condition,
    pub kind: ContraKind,
    pub until: Until,
    pub source: Source,
}

/// What isotretinoin use means for a treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "rule")]
pub enum IsotretinoinRule {
    NoWait,
    /// Talk to your provider first while taking it or within `months` of the last dose.
    TalkWithin {
        months: u32,
    },
    /// Not now until `months` after the last dose, then talk to your provider first until
    /// `talk_until_months` (equal to `months` where the sources give no such period).
    Wait {
        months: u32,
        talk_until_months: u32,
    },
}

/// Before-treatment preparation and aftercare items (shown for the microneedling family).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "step")]
pub enum CareStep {
    StopRetinoidsAndAcids {
        days_before: Range,
    },
    AvoidSunBefore {
        weeks_before: Range,
    },
    NoWaxingBefore {
        days_before: u32,
    },
    RednessLikeMildSunburn {
        hours: Range,
    },
    FlakingOnDays {
        days: Range,
    },
    NoMakeup {
        hours: Range,
    },
    AvoidSunAfter {
        min_weeks: u32,
    },
    NoActivesAfter {
        days: Range,
    },
    AntiviralIfColdSores,
    /// Anti-inflammatory painkillers (NSAIDs) are usually paused before: the provider says when.
    PauseNsaids,
    /// Redness for hours up to a day (RF microneedling).
    RednessForHours {
        hours: Range,
    },
    /// Swelling and pinpoint bruising for up to some days (RF microneedling).
    SwellingAndBruising {
        days: Range,
    },
}

/// Something a visitor should know about a treatment that is not a verdict: it informs, whatever
/// the answers (shown with the microneedling family's health checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Caution {
    /// The U.S. FDA's safety communication on RF microneedling: burns, scarring, fat loss and
    /// nerve damage reported; choose an experienced, licensed provider.
    FdaRfSafety,
    /// PRP: blood is drawn and handled, so a licensed provider with sterile single-use equipment.
    LicensedSterile,
    /// RF heat can break down hyaluronic acid filler in the area: say so, RF usually comes first.
    FillerInTheArea,
}

impl Caution {
    pub const ALL: [Caution; 3] = [Caution::FdaRfSafety, Caution::LicensedSterile, Caution::FillerInTheArea];
}

/// One treatment's figures: static data (`data::TREATMENTS`), copied where a clinic's prices
/// replace the catalog's.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Treatment {
    pub id: TreatmentId,
    /// The range of sessions the sources give for a course.
    pub sessions: Sourced<Range>,
    /// Sessions the timeline plans with (within `sessions`).
    pub planned_sessions: u32,
    /// Days between sessions; the timeline plans with `lo`.
    pub interval_days: Sourced<Range>,
    /// Days of visible downtime (redness, peeling, swelling) per session.
    pub downtime_days: Sourced<Range>,
    /// Days after the first session until first visible results.
    pub first_results_days: Sourced<Range>,
    /// Days after the last session until the full result (the timeline plans with `hi`).
    pub full_results_days: Sourced<Range>,
    pub lasts: Sourced<Lasting>,
    pub maintenance: Sourced<Maintenance>,
    pub price: Sourced<Price>,
    pub tone: ToneSafety,
    pub isotretinoin: Sourced<IsotretinoinRule>,
    pub indications: &'static [Indication],
    pub contraindications: &'static [Contraindication],
    pub preparation: &'static [Sourced<CareStep>],
    pub aftercare: &'static [Sourced<CareStep>],
    /// What to know beyond the verdict (the variants' own cautions).
    pub cautions: &'static [Sourced<Caution>],
}

impl Treatment {
    /// The standard figures for `id` (US dollars; no clinic's prices).
    pub fn standard(id: TreatmentId) -> &'static Treatment {
        &data::TREATMENTS[id as usize]
    }

    pub fn family(&self) -> Family {
        self.id.family()
    }

    pub fn indication(&self, c: Concern) -> Option<&Indication> {
        self.indications.iter().find(|i| i.concern == c)
    }

    pub fn contraindication(&self, c: Condition) -> Option<&Contraindication> {
        self.contraindications.iter().find(|x| x.condition == c)
    }

    /// Typical cost of the planned course in `currency`; `None` when the price is in another
    /// currency (no conversion: exchange rates change, the widget has no network).
    pub fn course_cost(&self, currency: Currency) -> Option<Range> {
        let price = self.price.value;
        if price.currency != currency {
            return None;
        }
        Some(match price.per {
            PriceUnit::Session => price.amount.scale(self.planned_sessions),
            PriceUnit::Treatment | PriceUnit::Syringe => price.amount,
        })
    }
}

/// The treatments a widget compares. `standard()` holds all eleven, all offered, in US dollars;
/// [`Catalog::for_clinic`] makes a clinic's (its treatments, prices and currency).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Catalog {
    pub treatments: Vec<Treatment>,
    /// The currency of the visitor's budget: the clinic's.
    pub currency: Currency,
    /// The treatments the clinic offers; the others are compared but marked as not offered.
    pub offered: Vec<TreatmentId>,
}

impl Catalog {
    pub fn standard() -> Catalog {
        Catalog { treatments: data::TREATMENTS.to_vec(), currency: Currency::USD, offered: TreatmentId::ALL.to_vec() }
    }

    pub fn offers(&self, id: TreatmentId) -> bool {
        self.offered.contains(&id)
    }

    pub fn get(&self, id: TreatmentId) -> Option<&Treatment> {
        self.treatments.iter().find(|t| t.id == id)
    }

    /// Keeps only the given treatments (a clinic's offer), in catalog order.
    pub fn only(mut self, ids: &[TreatmentId]) -> Catalog {
        self.treatments.retain(|t| ids.contains(&t.id));
        self
    }
}
