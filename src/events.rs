//! What the widget tells the host page: the `detail` of each CustomEvent it dispatches on the
//! `<treatment-compare>` element. Pure and serializable, built from the configuration and the
//! assessment. The completed event carries rankings and verdicts, never the visitor's answers
//! (no health answers, no dates, no concerns).

use crate::answers::{Answers, ConcernAnswer, Fitzpatrick};
use crate::assessment::{Assessment, Verdict};
use crate::catalog::{Family, TreatmentId};
use crate::config::{fill_booking_url, Booking, WidgetConfig};
use crate::questionnaire::Step;
use serde::Serialize;

pub mod datalayer;
mod json;
pub use json::{to_json, ErrorDetail, Json};

/// An event for the host page.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum WidgetEvent {
    Ready(ReadyDetail),
    Started(StartedDetail),
    Step(StepDetail),
    Completed(CompletedDetail),
    Action(ActionDetail),
    BookingRequested(BookingDetail),
}

impl WidgetEvent {
    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready(_) => "tc-ready",
            WidgetEvent::Started(_) => "tc-started",
            WidgetEvent::Step(_) => "tc-step",
            WidgetEvent::Completed(_) => "tc-completed",
            WidgetEvent::Action(_) => "tc-action",
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

/// `tc-started`: the visitor's first answer (again after "Start over"). Ids only.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StartedDetail {
    /// The step of that first answer: `concerns`.
    pub step: &'static str,
}

/// `tc-step`: a question step is shown (the first one too). Ids only.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepDetail {
    /// `concerns`, `skin_type`, `downtime`, `preferences`, `health`.
    pub step: &'static str,
    /// Its place, from 1.
    pub number: u8,
    /// How many question steps there are.
    pub count: u8,
}

impl StepDetail {
    pub fn new(step: Step) -> StepDetail {
        StepDetail { step: step.key(), number: step.index() as u8 + 1, count: Step::QUESTIONS.len() as u8 }
    }
}

/// What the visitor did on the results (`tc-action`'s `action`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultAction {
    /// A treatment ticked for the timeline comparison.
    Compare,
    /// "Why this score" opened on a family's card.
    Why,
    Print,
    Share,
    /// "Keep my answers on this device" ticked.
    Keep,
    /// The language switched.
    Language,
    StartOver,
}

impl ResultAction {
    pub const ALL: [ResultAction; 7] = [
        ResultAction::Compare,
        ResultAction::Why,
        ResultAction::Print,
        ResultAction::Share,
        ResultAction::Keep,
        ResultAction::Language,
        ResultAction::StartOver,
    ];
}

/// `tc-action`: an action on the results. Ids only: the treatment compared, the family whose
/// "why" was opened, the language switched to; null otherwise.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActionDetail {
    pub action: ResultAction,
    pub treatment: Option<TreatmentId>,
    pub family: Option<Family>,
    pub language: Option<&'static str>,
}

impl ActionDetail {
    pub fn new(action: ResultAction) -> ActionDetail {
        ActionDetail { action, treatment: None, family: None, language: None }
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
            ranking: {
                let mut ranking = Vec::with_capacity(assessment.families.len());
                for f in &assessment.families {
                    ranking.push(RankedFamily {
                        family: f.family,
                        treatment: f.best,
                        score: f.score,
                        verdict: f.verdict,
                        offered: f.offered,
                    });
                }
                ranking
            },
            candidacy: verdicts(assessment),
            plan: plan_ids(assessment),
        }
    }
}

/// `tc-booking-requested`: the visitor chose to book. Cancelable: a host that calls
/// `preventDefault()` opens its own booking flow instead of following `url`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BookingDetail {
    /// The booking link with its placeholders filled, as the visitor follows it.
    pub url: Option<String>,
    /// The recommended treatment, if there is one.
    pub treatment: Option<TreatmentId>,
    pub summary: BookingSummary,
}

/// What the booking request tells the clinic: the minimum by default (treatments and verdicts,
/// never health answers, concerns or dates); concerns and skin type only when the visitor ticked
/// "share my answers with the clinic"; health answers never.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BookingSummary {
    pub recommended: Option<TreatmentId>,
    /// The combined plan's treatments in timeline order; empty when none.
    pub plan: Vec<TreatmentId>,
    /// Every treatment's health-check verdict, in rank order.
    pub verdicts: Vec<TreatmentVerdict>,
    /// The treatments the visitor compared with microneedling on the timeline.
    pub compared: Vec<TreatmentId>,
    /// The language shown.
    pub locale: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concerns: Option<Vec<ConcernAnswer>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skin_type: Option<Fitzpatrick>,
}

/// What the visitor's booking click carries from the results screen.
#[derive(Clone, Debug, PartialEq)]
pub struct BookingRequest {
    pub compared: Vec<TreatmentId>,
    /// The visitor ticked "share my concerns and skin type".
    pub share_answers: bool,
}

impl BookingDetail {
    pub fn new(
        config: &WidgetConfig,
        assessment: &Assessment,
        answers: &Answers,
        request: &BookingRequest,
    ) -> BookingDetail {
        let shared = request.share_answers;
        BookingDetail {
            url: booking_url(config, assessment),
            treatment: assessment.recommended().map(|f| f.best),
            summary: BookingSummary {
                recommended: assessment.recommended().map(|f| f.best),
                plan: plan_ids(assessment),
                verdicts: verdicts(assessment),
                compared: request.compared.clone(),
                locale: config.locale.code(),
                concerns: shared.then(|| answers.concerns.clone()),
                skin_type: shared.then_some(answers.skin_type),
            },
        }
    }
}

/// Each treatment's verdict, in the assessment's order.
fn verdicts(assessment: &Assessment) -> Vec<TreatmentVerdict> {
    let mut verdicts = Vec::with_capacity(assessment.treatments.len());
    for t in &assessment.treatments {
        verdicts.push(TreatmentVerdict { treatment: t.id, verdict: t.candidacy.verdict });
    }
    verdicts
}

/// The treatment a booking link names: the recommended one, else the plan's first.
pub fn booking_treatment(assessment: &Assessment) -> Option<TreatmentId> {
    assessment.recommended().map(|f| f.best).or_else(|| plan_ids(assessment).first().copied())
}

/// The clinic's booking link with its placeholders filled for these results, in the language
/// shown; `None` without a booking link.
pub fn booking_url(config: &WidgetConfig, assessment: &Assessment) -> Option<String> {
    let Booking::Url(template) = &config.booking else { return None };
    let t = config.text().results;
    let treatment = booking_treatment(assessment);
    let mut plan: Vec<String> = Vec::new();
    for id in &plan_ids(assessment) {
        plan.push(crate::answers::snake_key(id));
    }
    let id = treatment.map(|t| crate::answers::snake_key(&t)).unwrap_or_default();
    let values = [
        ("treatment", id.as_str()),
        ("treatment_name", treatment.map_or("", |id| t.treatment(id))),
        ("plan", &plan.join(",")),
        ("locale", config.locale.code()),
    ];
    let url = fill_booking_url(template, &values);
    // The page's campaign parameters (`forward-params`), onto a web link only: never onto an
    // e-mail or a phone number.
    let web = !["mailto:", "tel:"].iter().any(|s| url.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s)));
    Some(if web && !config.forwarded.is_empty() { crate::config::forward_to(&url, &config.forwarded) } else { url })
}

fn plan_ids(assessment: &Assessment) -> Vec<TreatmentId> {
    assessment.plan.as_ref().map(|p| p.treatments.clone()).unwrap_or_default()
}
