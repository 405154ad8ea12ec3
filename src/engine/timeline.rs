//! The expected-results timeline on calendar dates.

use crate::assessment::{Timeline, TimelineSources};
use crate::catalog::{Lasting, Treatment};
use crate::date::Date;

/// Whether `day` falls in the downtime after one of the sessions (red, peeling or swollen).
fn in_downtime(sessions: &[Date], downtime_days: u32, day: Date) -> bool {
    sessions.iter().any(|&s| s <= day && day < s.add_days(downtime_days as i32))
}

/// Plans the treatment's course from `start` (or from `earliest`, when a dated "not now" pushes
/// it later): sessions at the catalog's shortest interval, first results at the earliest figure,
/// full results at the latest (so "ready by your event" errs on the safe side).
pub fn timeline(t: &Treatment, start: Date, earliest: Option<Date>, event: Option<Date>) -> Timeline {
    let first = earliest.map_or(start, |e| e.max(start));
    let interval = t.interval_days.value.lo;
    let sessions = t.planned_sessions.max(1);
    let mut session_dates: Vec<Date> = Vec::with_capacity(sessions as usize);
    for i in 0..sessions {
        session_dates.push(first.add_days((i * interval) as i32));
    }
    let last = *session_dates.last().unwrap_or(&first);
    let first_results = first.add_days(t.first_results_days.value.lo as i32);
    let full_results = last.add_days(t.full_results_days.value.hi as i32).max(first_results);
    let fades = match t.lasts.value {
        Lasting::Weeks { range } => {
            Some((full_results.add_days(7 * range.lo as i32), full_results.add_days(7 * range.hi as i32)))
        }
        Lasting::Months { range } => {
            Some((full_results.add_months(range.lo as i32), full_results.add_months(range.hi as i32)))
        }
        Lasting::Years | Lasting::Permanent | Lasting::NotStated => None,
    };
    let ready_by_event = event.map(|e| full_results <= e && !in_downtime(&session_dates, t.downtime_days.value.hi, e));
    Timeline {
        start: first,
        session_dates,
        interval_days: interval,
        downtime_days: t.downtime_days.value,
        first_results,
        full_results,
        lasts: t.lasts.value,
        fades,
        maintenance: t.maintenance.value,
        ready_by_event,
        sources: TimelineSources {
            sessions: t.sessions.source,
            interval: t.interval_days.source,
            downtime: t.downtime_days.source,
            first_results: t.first_results_days.source,
            full_results: t.full_results_days.source,
            lasts: t.lasts.source,
            maintenance: t.maintenance.source,
        },
    }
}
