//! The combined plan's sentences: what the best treatment leaves uncovered, each step with its
//! dates and the gap before it, and whether the whole plan is ready by the visitor's event.

use super::template::fill;
use super::{QuestionText, ResultText};
use crate::answers::Concern;
use crate::assessment::{PlanCover, Timeline, Verdict};
use crate::catalog::{Range, Spacing, TreatmentId};
use crate::date::Date;

impl ResultText {
    /// The plan's opening: what the best single treatment leaves without a main result.
    pub fn plan_intro(&self, best: TreatmentId, uncovered: &[Concern], q: &QuestionText) -> String {
        let concerns: Vec<&str> = uncovered.iter().map(|&c| q.concern(c)).collect();
        fill(self.plan_intro, &[("treatment", self.treatment(best)), ("concerns", &self.list(&concerns))])
    }

    /// One concern of the plan with the treatment that covers it, and its source.
    pub fn plan_cover(&self, c: &PlanCover, q: &QuestionText) -> String {
        let line = fill(self.plan_cover, &[("concern", q.concern(c.concern)), ("treatment", self.treatment(c.by))]);
        self.with_source(&line, self.citation(c.source))
    }

    pub fn plan_step(&self, t: TreatmentId, v: Verdict) -> String {
        fill(self.plan_step, &[("treatment", self.treatment(t)), ("verdict", self.verdict(v))])
    }

    /// A plan step's dates.
    pub fn plan_dates(&self, tl: &Timeline) -> String {
        let first = self.date(tl.start);
        let full = self.date(tl.full_results);
        match tl.session_dates.as_slice() {
            [_, .., last] => {
                let sessions = self.count(tl.session_dates.len() as u32, &self.sessions);
                fill(
                    self.plan_dates,
                    &[("sessions", &sessions), ("first", &first), ("last", &self.date(*last)), ("full", &full)],
                )
            }
            _ => fill(self.plan_dates_single, &[("first", &first), ("full", &full)]),
        }
    }

    /// The gap before a plan step, with its source.
    pub fn plan_after(&self, previous: TreatmentId, gap: &Spacing) -> String {
        let line = if gap.planned == 0 {
            fill(self.plan_same_day, &[("treatment", self.treatment(previous))])
        } else {
            fill(
                self.plan_after,
                &[
                    ("gap", &self.count(gap.planned / 7, &self.weeks)),
                    ("treatment", self.treatment(previous)),
                    ("range", &self.span(Range::new(gap.days.lo / 7, gap.days.hi / 7), &self.weeks)),
                ],
            )
        };
        self.with_source(&line, self.citation(gap.source))
    }

    /// Whether the whole plan is ready by the event, or when it is complete.
    pub fn plan_end(&self, full: Date, event: Option<(Date, bool)>) -> String {
        let full = self.date(full);
        match event {
            Some((event, ready)) => fill(
                if ready { self.plan_ready } else { self.plan_not_ready },
                &[("event", &self.date(event)), ("full", &full)],
            ),
            None => fill(self.plan_full, &[("full", &full)]),
        }
    }
}
