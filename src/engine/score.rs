//! The 0-100 score: how well a treatment treats the visitor's concerns, scaled by three
//! factors (skin-tone risk, downtime, budget and event); each with the facts (and sources) behind
//! its points. `docs/scoring.md` explains the model with a worked example.

use crate::answers::Answers;
use crate::assessment::{combine, Contribution, Detail, Factor, Fit, Timeline};
use crate::catalog::{Currency, Efficacy, Range, Treatment};

/// The score and its breakdown; the score is [`combine`] of the breakdown's points.
/// `currency` is the one the visitor's budget is in (the clinic's).
pub fn score(t: &Treatment, answers: &Answers, timeline: &Timeline, currency: Currency) -> (u8, Vec<Contribution>) {
    let breakdown = vec![
        concerns(t, answers),
        downtime(t, answers),
        skin_tone(t, answers),
        preferences(t, answers, timeline, currency),
    ];
    (combine(&breakdown), breakdown)
}

fn contribution(factor: Factor, fraction: f64, details: Vec<Detail>) -> Contribution {
    let max = factor.max_points();
    let fraction = fraction.clamp(0.0, 1.0);
    let mut points = (f64::from(max) * fraction).round() as u8;
    // Any benefit for a concern earns at least a point: it never rounds to "does nothing".
    if factor == Factor::Concerns && fraction > 0.0 {
        points = points.max(1);
    }
    Contribution { factor, points, max, details }
}

/// How well it treats the chosen concerns: the severity-weighted average of the efficacy table.
fn concerns(t: &Treatment, answers: &Answers) -> Contribution {
    let mut weighted = 0.0;
    let mut weights = 0u32;
    let mut details = Vec::new();
    for ca in &answers.concerns {
        let (efficacy, source) = match t.indication(ca.concern) {
            Some(ind) => (ind.for_severity(ca.severity), ind.source),
            // The catalog tests guarantee a row per concern; a narrowed or custom catalog
            // without one simply earns nothing for it.
            None => (Efficacy::NotIndicated, t.sessions.source),
        };
        let w = ca.severity.weight();
        weighted += f64::from(w) * efficacy.fraction();
        weights += w;
        details.push(Detail::Treats { concern: ca.concern, severity: ca.severity, efficacy, source });
    }
    let fraction = if weights == 0 { 0.0 } else { weighted / f64::from(weights) };
    contribution(Factor::Concerns, fraction, details)
}

/// Whether the downtime per session fits what the visitor accepts.
fn downtime(t: &Treatment, answers: &Answers) -> Contribution {
    let days = t.downtime_days.value;
    let fit = fit_within(days, answers.downtime.max_days());
    let detail = Detail::DowntimeFit { days, tolerance: answers.downtime, fit, source: t.downtime_days.source };
    contribution(Factor::Downtime, fit.fraction(), vec![detail])
}

/// Pigmentation risk for the visitor's Fitzpatrick type.
fn skin_tone(t: &Treatment, answers: &Answers) -> Contribution {
    let risk = t.tone.for_type(answers.skin_type);
    let detail = Detail::ToneRisk { skin_type: answers.skin_type, risk, source: t.tone.source };
    contribution(Factor::SkinTone, risk.fraction(), vec![detail])
}

/// Share of the preference points that budget carries; the event date carries the rest.
const BUDGET_SHARE: f64 = 0.5;

/// Budget and event date; nothing at all for an injection the visitor does not want. Without a
/// price in the budget's currency the budget fit is unknown, worth half its points.
fn preferences(t: &Treatment, answers: &Answers, timeline: &Timeline, currency: Currency) -> Contribution {
    let prefs = &answers.preferences;
    if t.id.is_injection() && !prefs.injections_ok {
        return contribution(Factor::Preferences, 0.0, vec![Detail::InjectionsNotWanted]);
    }
    let course = t.course_cost(currency);
    let budget_fit = course.map_or(Fit::Unknown, |c| fit_within(c, prefs.budget.max_amount()));
    let budget = Detail::BudgetFit { course, currency, budget: prefs.budget, fit: budget_fit, source: t.price.source };
    let mut details = vec![budget];
    let mut event_fraction = 1.0;
    if let (Some(event), Some(ready)) = (prefs.event_date, timeline.ready_by_event) {
        event_fraction = if ready { 1.0 } else { 0.0 };
        details.push(Detail::ReadyByEvent {
            event,
            full_results: timeline.full_results,
            ready,
            source: timeline.sources.full_results,
        });
    }
    let fraction = BUDGET_SHARE * budget_fit.fraction() + (1.0 - BUDGET_SHARE) * event_fraction;
    contribution(Factor::Preferences, fraction, details)
}

/// Fully if the whole range is within `limit`, partly if only its low end is, else not.
fn fit_within(range: Range, limit: u32) -> Fit {
    if range.hi <= limit {
        Fit::Fully
    } else if range.lo <= limit {
        Fit::Partly
    } else {
        Fit::No
    }
}
