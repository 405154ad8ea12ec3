//! The sentences about a course of treatment: counted units ("3 days"), spans, care steps,
//! cautions, how long a result lasts, maintenance, downtime and the interval between sessions.
//! The words come from [`ResultText`]'s templates.

use super::template::fill;
use super::{ResultText, Unit};
use crate::catalog::{CareStep, Caution, Lasting, Maintenance, Range};

impl ResultText {
    /// "1 week", "3 days".
    pub fn count(&self, n: u32, unit: &Unit) -> String {
        let template = unit.form(&super::intl::plural(self.tag, n));
        fill(template, &[("n", &n.to_string())])
    }

    /// "1–3 days", or "2 days" when the range is a single value.
    pub fn span(&self, r: Range, unit: &Unit) -> String {
        if r.lo == r.hi {
            return self.count(r.lo, unit);
        }
        let n = fill(self.range, &[("lo", &r.lo.to_string()), ("hi", &r.hi.to_string())]);
        fill(unit.other, &[("n", &n)])
    }

    pub fn care_step(&self, step: CareStep) -> String {
        match step {
            CareStep::StopRetinoidsAndAcids { days_before } => {
                fill(self.care_stop_retinoids, &[("days", &self.span(days_before, &self.days))])
            }
            CareStep::AvoidSunBefore { weeks_before } => {
                fill(self.care_avoid_sun_before, &[("weeks", &self.span(weeks_before, &self.weeks))])
            }
            CareStep::NoWaxingBefore { days_before } => {
                fill(self.care_no_waxing, &[("days", &self.count(days_before, &self.days))])
            }
            CareStep::RednessLikeMildSunburn { hours } => {
                fill(self.care_redness, &[("hours", &self.span(hours, &self.hours))])
            }
            CareStep::FlakingOnDays { days } => {
                let days = fill(self.range, &[("lo", &days.lo.to_string()), ("hi", &days.hi.to_string())]);
                fill(self.care_flaking, &[("days", &days)])
            }
            CareStep::NoMakeup { hours } => fill(self.care_no_makeup, &[("hours", &self.span(hours, &self.hours))]),
            CareStep::AvoidSunAfter { min_weeks } => {
                fill(self.care_avoid_sun_after, &[("weeks", &self.count(min_weeks, &self.weeks))])
            }
            CareStep::NoActivesAfter { days } => fill(self.care_no_actives, &[("days", &self.span(days, &self.days))]),
            CareStep::AntiviralIfColdSores => self.care_antiviral.to_string(),
            CareStep::PauseNsaids => self.care_pause_nsaids.to_string(),
            CareStep::RednessForHours { hours } => {
                fill(self.care_redness_hours, &[("hours", &self.span(hours, &self.hours))])
            }
            CareStep::SwellingAndBruising { days } => {
                fill(self.care_swelling_bruising, &[("days", &self.span(days, &self.days))])
            }
        }
    }

    pub fn caution(&self, c: Caution) -> &'static str {
        self.cautions[c as usize]
    }

    pub fn lasting(&self, l: Lasting) -> String {
        match l {
            Lasting::Weeks { range } => self.span(range, &self.weeks),
            Lasting::Months { range } => self.span(range, &self.months),
            Lasting::Years => self.lasts_years.to_string(),
            Lasting::Permanent => self.lasts_permanent.to_string(),
            Lasting::NotStated => self.not_stated.to_string(),
        }
    }

    pub fn maintenance(&self, m: Maintenance) -> String {
        match m {
            Maintenance::EveryWeeks { range } => {
                fill(self.maintenance_every, &[("span", &self.span(range, &self.weeks))])
            }
            Maintenance::EveryMonths { range } => {
                fill(self.maintenance_every, &[("span", &self.span(range, &self.months))])
            }
            Maintenance::WhenItWearsOff { min_days } => {
                fill(self.maintenance_when_worn_off, &[("days", &self.count(min_days, &self.days))])
            }
            Maintenance::None => self.maintenance_none.to_string(),
            Maintenance::NotStated => self.not_stated.to_string(),
        }
    }

    /// Downtime per session: "1–3 days", or "None" for zero.
    pub fn downtime_days(&self, r: Range) -> String {
        if r.hi == 0 {
            self.no_downtime.to_string()
        } else {
            self.span(r, &self.days)
        }
    }

    /// "Every 4 weeks" style interval from a number of days (weeks when it divides evenly).
    pub fn interval(&self, days: u32) -> String {
        let span = if days >= 7 && days.is_multiple_of(7) {
            self.count(days / 7, &self.weeks)
        } else {
            self.count(days, &self.days)
        };
        fill(self.every, &[("span", &span)])
    }
}
