//! The pure engine: answers + catalog + today -> assessment. No web imports, no clock, no
//! randomness: the same input always gives the same output.

mod candidacy;
mod plan;
mod score;
mod timeline;

use crate::answers::Answers;
use crate::answers::Severity;
use crate::assessment::{
    Aspect, Assessment, Contribution, Detail, Factor, FamilyResult, Fit, Note, SetApart, TreatmentResult, Verdict,
    Versus,
};
use crate::catalog::{Catalog, Efficacy, Family, Source, Treatment, TreatmentId};
use crate::date::Date;
use crate::sort::sort_by_key;
use std::cmp::Reverse;

pub use candidacy::candidacy;
pub use score::score;
pub use timeline::timeline;

/// Scores, checks and plans every treatment in `catalog` for these answers.
///
/// Timelines start at the visitor's start date, or today if none was given or it is in the past.
pub fn assess(answers: &Answers, catalog: &Catalog, today: Date) -> Assessment {
    let start = answers.start_date.map_or(today, |d| d.max(today));
    let event = answers.preferences.event_date;
    // Plain loops rather than collects: no iterator machinery per closure (issue 24).
    let mut treatments: Vec<TreatmentResult> = Vec::with_capacity(catalog.treatments.len());
    for t in catalog.treatments.iter() {
        treatments.push(assess_treatment(t, catalog, answers, start, today));
    }
    // One order: what can be a match by score, then what is set apart (by reason, then score).
    sort_by_key(&mut treatments, |r| (r.set_apart, Reverse(r.score), r.id));
    let mut families: Vec<FamilyResult> = Vec::new();
    for &f in Family::ALL.iter() {
        families.extend(family_result(f, &treatments));
    }
    sort_by_key(&mut families, |f| (f.set_apart, Reverse(f.score), f.family));
    let ranked = families.iter().take_while(|f| f.set_apart.is_none()).count();
    for i in 0..ranked {
        let neighbour = if i == 0 { 1 } else { i - 1 };
        if neighbour < ranked {
            let (this, other) = (&families[i], &families[neighbour]);
            let versus = match (find(&treatments, this.best), find(&treatments, other.best)) {
                (Some(a), Some(b)) => Some(versus(a, b, other.family)),
                _ => None,
            };
            families[i].versus = versus;
        }
    }
    let mut assessment =
        Assessment { today, start, event_date: event, families, treatments, plan: None, notes: Vec::new() };
    let best_single = assessment.recommended().map(|f| f.best);
    assessment.plan = plan::plan(answers, catalog, &assessment.treatments, best_single, start);
    if answers.concerns.iter().any(|c| c.concern.may_be_melasma()) {
        assessment.notes.push(Note::MelasmaCareFirst { source: Source::OgbechieGodec2017 });
    }
    assessment
}

fn find(treatments: &[TreatmentResult], id: TreatmentId) -> Option<&TreatmentResult> {
    treatments.iter().find(|r| r.id == id)
}

fn assess_treatment(t: &Treatment, catalog: &Catalog, answers: &Answers, start: Date, today: Date) -> TreatmentResult {
    let candidacy = candidacy(t, &answers.health, answers.skin_type, &answers.concerns, today);
    let timeline = timeline(t, start, candidacy.earliest, answers.preferences.event_date);
    let (score, breakdown) = score(t, answers, &timeline, catalog.currency);
    let injection_refused = t.id.is_injection() && !answers.preferences.injections_ok;
    let recommendable = candidacy.verdict != Verdict::NotNow && treats_well(&breakdown) && !injection_refused;
    let offered = catalog.offers(t.id);
    let set_apart = if candidacy.verdict == Verdict::NotNow {
        Some(SetApart::NotNow)
    } else if injection_refused {
        Some(SetApart::InjectionsDeclined)
    } else if !offered {
        Some(SetApart::NotOffered)
    } else if concern_points(&breakdown) == 0 {
        Some(SetApart::NoBenefit)
    } else {
        None
    };
    TreatmentResult {
        id: t.id,
        family: t.family(),
        score,
        breakdown,
        candidacy,
        recommendable,
        offered,
        set_apart,
        timeline,
    }
}

fn concern_points(breakdown: &[Contribution]) -> u8 {
    breakdown.iter().find(|c| c.factor == Factor::Concerns).map_or(0, |c| c.points)
}

/// A main indication for at least one concern, and at least half the concern points: "some
/// benefit" alone is not worth recommending.
fn treats_well(breakdown: &[Contribution]) -> bool {
    breakdown.iter().find(|c| c.factor == Factor::Concerns).is_some_and(|c| {
        2 * c.points >= c.max && c.details.iter().any(|d| matches!(d, Detail::Treats { efficacy: Efficacy::Good, .. }))
    })
}

/// A family is represented by one of its variants, and its card shows that variant's score (so
/// the cards' order is the order of their numbers): its best clear match among the variants not
/// set apart, else its best variant not set apart, else the one set apart for the weightiest
/// reason. `sorted` is in rank order.
fn family_result(family: Family, sorted: &[TreatmentResult]) -> Option<FamilyResult> {
    let mut variants: Vec<&TreatmentResult> = Vec::new();
    for r in sorted {
        if r.family == family {
            variants.push(r);
        }
    }
    let best = *variants
        .iter()
        .find(|r| r.set_apart.is_none() && r.recommendable)
        .or_else(|| variants.iter().find(|r| r.set_apart.is_none()))
        .or(variants.first())?;
    Some(FamilyResult {
        family,
        best: best.id,
        score: best.score,
        verdict: best.candidacy.verdict,
        recommendable: best.recommendable,
        offered: best.offered,
        variants: {
            let mut ids = Vec::with_capacity(variants.len());
            for r in &variants {
                ids.push(r.id);
            }
            ids
        },
        set_apart: best.set_apart,
        versus: None,
    })
}

/// What `a` does better and worse than `b` (whose family is `other`), from their breakdowns:
/// the concerns by the visitor's severity (most severe first), then skin tone, downtime, budget
/// and the event.
fn versus(a: &TreatmentResult, b: &TreatmentResult, other: Family) -> Versus {
    let mut better = Vec::new();
    let mut worse = Vec::new();
    let mut push = |aspect: Aspect, x: u8, y: u8| {
        if x > y {
            better.push(aspect);
        } else if x < y {
            worse.push(aspect);
        }
    };
    // Both breakdowns list the factors in `Factor::ALL` order, and the concerns in the answers'
    // order: the same place holds the same concern.
    for severity in [Severity::Severe, Severity::Moderate, Severity::Mild] {
        for (x, y) in a.breakdown[0].details.iter().zip(&b.breakdown[0].details) {
            if let (Detail::Treats { concern, severity: s, efficacy: x, .. }, Detail::Treats { efficacy: y, .. }) =
                (x, y)
            {
                if *s == severity {
                    push(Aspect::Treats(*concern), *x as u8, *y as u8);
                }
            }
        }
    }
    push(Aspect::SkinTone, a.breakdown[2].points, b.breakdown[2].points);
    push(Aspect::Downtime, a.breakdown[1].points, b.breakdown[1].points);
    if let (Some(Detail::BudgetFit { fit: x, .. }), Some(Detail::BudgetFit { fit: y, .. })) =
        (a.breakdown[3].details.first(), b.breakdown[3].details.first())
    {
        if *x != Fit::Unknown && *y != Fit::Unknown {
            push(Aspect::Budget, *x as u8, *y as u8);
        }
    }
    if let (Some(x), Some(y)) = (a.timeline.ready_by_event, b.timeline.ready_by_event) {
        push(Aspect::ReadyByEvent, x as u8, y as u8);
    }
    Versus { family: other, better, worse }
}

#[cfg(test)]
mod tests;
