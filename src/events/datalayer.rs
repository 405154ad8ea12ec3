//! The funnel as pushes to the page's `window.dataLayer`, for a clinic that opts in with
//! `analytics="datalayer"`: GA4's recommended `form_start` (the first answer) and `generate_lead`
//! (the booking), the rest under one prefix, `treatment_compare_`. Pure: the page layer
//! (src/web.rs) pushes what [`entry`] gives, unless the browser sends Global Privacy Control.
//!
//! Ids only, whatever the visitor answers: a step's id and place, an action's id, a treatment's,
//! a family's or a language's id. Never a concern, a health answer, the skin type, a verdict, a
//! score or a date (`tc-completed` and `tc-booking-requested` carry scores, verdicts and, with
//! the visitor's consent, concerns, for the page's own code: none of that is pushed).

use super::json::{object, Json};
use super::{ResultAction, WidgetEvent};
use crate::catalog::{Family, TreatmentId};

/// `form_name` of every push.
pub const FORM_NAME: &str = "treatment-compare";

/// The events pushed (`event`), in funnel order.
pub const EVENTS: [&str; 5] =
    ["form_start", "treatment_compare_step", "treatment_compare_results", "treatment_compare_action", "generate_lead"];

/// Every key of a push but `event`, in order. Each push carries all of them, null where they do
/// not apply, so that a tag manager's merged data model never keeps an earlier push's value.
pub const KEYS: [&str; 9] = [
    "form_id",
    "form_name",
    "tc_step",
    "tc_step_number",
    "tc_step_count",
    "tc_action",
    "tc_treatment",
    "tc_family",
    "tc_language",
];

/// One push.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    /// One of [`EVENTS`].
    pub event: &'static str,
    /// The element's id, or its position among the page's widgets.
    pub form_id: &'a str,
    pub step: Option<&'static str>,
    pub step_number: Option<u8>,
    pub step_count: Option<u8>,
    pub action: Option<ResultAction>,
    pub treatment: Option<TreatmentId>,
    pub family: Option<Family>,
    pub language: Option<&'static str>,
}

/// The push for `event`, if it has one (`tc-ready` has none).
pub fn entry<'a>(event: &WidgetEvent, form_id: &'a str) -> Option<Entry<'a>> {
    let blank = |event| Entry {
        event,
        form_id,
        step: None,
        step_number: None,
        step_count: None,
        action: None,
        treatment: None,
        family: None,
        language: None,
    };
    Some(match event {
        WidgetEvent::Ready(_) => return None,
        WidgetEvent::Started(d) => Entry { step: Some(d.step), ..blank(EVENTS[0]) },
        WidgetEvent::Step(d) => {
            Entry { step: Some(d.step), step_number: Some(d.number), step_count: Some(d.count), ..blank(EVENTS[1]) }
        }
        // The best match only: no score, no verdict, no ranking.
        WidgetEvent::Completed(d) => Entry { treatment: d.recommended, ..blank(EVENTS[2]) },
        WidgetEvent::Action(d) => Entry {
            action: Some(d.action),
            treatment: d.treatment,
            family: d.family,
            language: d.language,
            ..blank(EVENTS[3])
        },
        // The treatment booked for only: never the summary (verdicts, shared concerns).
        WidgetEvent::BookingRequested(d) => Entry { treatment: d.treatment, ..blank(EVENTS[4]) },
    })
}

impl Json for Entry<'_> {
    fn write(&self, out: &mut String) {
        object(
            out,
            &[
                ("event", &self.event),
                (KEYS[0], &self.form_id),
                (KEYS[1], &FORM_NAME),
                (KEYS[2], &self.step),
                (KEYS[3], &self.step_number),
                (KEYS[4], &self.step_count),
                (KEYS[5], &self.action),
                (KEYS[6], &self.treatment),
                (KEYS[7], &self.family),
                (KEYS[8], &self.language),
            ],
        )
    }
}
