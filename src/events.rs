//! What the widget tells the host page: the `detail` of each CustomEvent it dispatches on the
//! `<treatment-compare>` element. Pure and serializable, built from the configuration and the
//! assessment. The completed event carries rankings and verdicts, never the visitor's answers
//! (no health answers, no dates, no concerns).

use crate::assessment::{Assessment, Verdict};
use crate::catalog::{Family, TreatmentId};
use crate::config::{Booking, WidgetConfig};
use serde::Serialize;

/// An event for the host page.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum WidgetEvent {
    Ready(ReadyDetail),
    Completed(CompletedDetail),
    BookingRequested(BookingDetail),
}

impl WidgetEvent {
    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready(_) => "tc-ready",
            WidgetEvent::Completed(_) => "tc-completed",
            WidgetEvent::BookingRequested(_) => "tc-booking-requested",
        }
    }

    /// Whether the host may call `preventDefault()` (to open its own booking flow).
    pub fn cancelable(&self) -> bool {
        matches!(self, WidgetEvent::BookingRequested(_))
    }
}

/// `tc-ready`: the widget is on screen with a valid configuration.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReadyDetail {
    pub version: &'static str,
    pub locale: &'static str,
    pub currency: String,
    /// The treatments the clinic offers, in catalog order.
    pub treatments: Vec<TreatmentId>,
}

impl ReadyDetail {
    pub fn new(config: &WidgetConfig) -> ReadyDetail {
        ReadyDetail {
            version: env!("CARGO_PKG_VERSION"),
            locale: config.locale.code(),
            currency: config.offer.currency.code().to_string(),
            treatments: config.offer.offered.clone(),
        }
    }
}

/// `tc-completed`: the visitor reached the results (again after each change of answers).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CompletedDetail {
    /// The best match the clinic offers, if any treatment is a match.
    pub recommended: Option<TreatmentId>,
    /// Families best first, each by the variant that represents it.
    pub ranking: Vec<RankedFamily>,
    /// Every assessed treatment's candidacy verdict, in rank order.
    pub candidacy: Vec<TreatmentVerdict>,
    /// The combined plan's treatments in timeline order; empty when no plan is shown.
    pub plan: Vec<TreatmentId>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankedFamily {
    pub family: Family,
    pub treatment: TreatmentId,
    pub score: u8,
    pub verdict: Verdict,
    pub offered: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TreatmentVerdict {
    pub treatment: TreatmentId,
    pub verdict: Verdict,
}

impl CompletedDetail {
    pub fn new(assessment: &Assessment) -> CompletedDetail {
        CompletedDetail {
            recommended: assessment.recommended().map(|f| f.best),
            ranking: assessment
                .families
                .iter()
                .map(|f| RankedFamily {
                    family: f.family,
                    treatment: f.best,
                    score: f.score,
                    verdict: f.verdict,
                    offered: f.offered,
                })
                .collect(),
            candidacy: assessment
                .treatments
                .iter()
                .map(|t| TreatmentVerdict { treatment: t.id, verdict: t.candidacy.verdict })
                .collect(),
            plan: assessment.plan.as_ref().map(|p| p.treatments.clone()).unwrap_or_default(),
        }
    }
}

/// `tc-booking-requested`: the visitor chose to book. Cancelable: a host that calls
/// `preventDefault()` opens its own booking flow instead of following `url`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BookingDetail {
    pub url: Option<String>,
    /// The recommended treatment, if there is one.
    pub treatment: Option<TreatmentId>,
}

impl BookingDetail {
    pub fn new(config: &WidgetConfig, treatment: Option<TreatmentId>) -> BookingDetail {
        let url = match &config.booking {
            Booking::Url(url) => Some(url.clone()),
            Booking::Contact(_) | Booking::None => None,
        };
        BookingDetail { url, treatment }
    }
}
