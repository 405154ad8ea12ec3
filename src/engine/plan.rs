//! Combined plans: when the best single treatment leaves one of the visitor's concerns without a
//! main indication, two or three treatments that together give every concern one (seed 003:
//! microneedling is "often used in conjunction with injectables"; peels follow "after the initial
//! recovery period").

use super::timeline;
use crate::answers::{Answers, ConcernAnswer};
use crate::assessment::{Plan, PlanCover, PlanStep, TreatmentResult, Verdict};
use crate::catalog::{spacing, Catalog, Efficacy, TreatmentId};
use crate::date::Date;

/// The plan for these answers, if one is needed and one can be made. `ranked` is every
/// treatment in rank order; `best_single` the treatment shown as the best match.
///
/// A plan's treatments are each offered by the clinic, not "not now", not an injection the
/// visitor refused, and each gives a main indication (at the visitor's severity) to a concern no
/// other treatment of the plan covers; no two come from the same family. Of the plans that cover
/// every concern, the engine takes the smallest, then one that keeps the best single treatment,
/// then the one whose treatments rank highest: the same answers always give the same plan.
pub fn plan(
    answers: &Answers,
    catalog: &Catalog,
    ranked: &[TreatmentResult],
    best_single: Option<TreatmentId>,
    start: Date,
) -> Option<Plan> {
    let best_single = best_single?;
    let covers = |id: TreatmentId, ca: &ConcernAnswer| {
        catalog
            .get(id)
            .and_then(|t| t.indication(ca.concern))
            .is_some_and(|i| i.for_severity(ca.severity) == Efficacy::Good)
    };
    let mut uncovered = Vec::new();
    for ca in &answers.concerns {
        if !covers(best_single, ca) {
            uncovered.push(ca.concern);
        }
    }
    if uncovered.is_empty() {
        return None;
    }
    let refused = |id: TreatmentId| id.is_injection() && !answers.preferences.injections_ok;
    let mut eligible: Vec<TreatmentId> = Vec::new();
    for r in ranked {
        if r.offered
            && r.candidacy.verdict != Verdict::NotNow
            && !refused(r.id)
            && answers.concerns.iter().any(|ca| covers(r.id, ca))
        {
            eligible.push(r.id);
        }
    }
    let members_of = |combo: &[usize]| {
        let mut members = Vec::with_capacity(combo.len());
        for &i in combo {
            members.push(eligible[i]);
        }
        members
    };

    let valid = |members: &[TreatmentId]| {
        let distinct_families =
            members.iter().enumerate().all(|(i, a)| members[..i].iter().all(|b| a.family() != b.family()));
        let covers_all = answers.concerns.iter().all(|ca| members.iter().any(|&m| covers(m, ca)));
        // Each treatment earns its place: a concern only it covers.
        let minimal = members.iter().all(|&m| {
            answers.concerns.iter().any(|ca| covers(m, ca) && members.iter().all(|&o| o == m || !covers(o, ca)))
        });
        distinct_families && covers_all && minimal
    };
    let mut chosen: Option<((bool, usize), Vec<usize>)> = None;
    for size in 2..=3 {
        for combo in combinations(eligible.len(), size) {
            let members: Vec<TreatmentId> = members_of(&combo);
            if !valid(&members) {
                continue;
            }
            // Keeping the best single treatment first, then the best ranks (lower positions).
            let key = (!members.contains(&best_single), combo.iter().sum::<usize>());
            if chosen.as_ref().is_none_or(|(k, _)| key < *k) {
                chosen = Some((key, combo));
            }
        }
        if chosen.is_some() {
            break;
        }
    }
    let (_, combo) = chosen?;
    // Skin treatments first, in rank order, then the injections: an injection is not disturbed by
    // needling or peeling after it.
    let mut order: Vec<TreatmentId> = members_of(&combo);
    crate::sort::sort_by_key(&mut order, |id| id.is_injection());

    let event = answers.preferences.event_date;
    let mut steps: Vec<PlanStep> = Vec::new();
    let mut next_start = start;
    for &id in &order {
        let t = catalog.get(id)?;
        let after_previous = steps.last().map(|p: &PlanStep| spacing(p.id, id));
        if let (Some(prev), Some(gap)) = (steps.last(), after_previous) {
            let last = prev.timeline.session_dates.last().copied().unwrap_or(prev.timeline.start);
            next_start = last.add_days(gap.planned as i32);
        }
        steps.push(PlanStep { id, after_previous, timeline: timeline(t, next_start, None, event) });
    }
    let mut covers_list = Vec::new();
    for ca in &answers.concerns {
        let Some(by) = order.iter().copied().find(|&m| covers(m, ca)) else { continue };
        let Some(indication) = catalog.get(by).and_then(|t| t.indication(ca.concern)) else { continue };
        covers_list.push(PlanCover { concern: ca.concern, severity: ca.severity, by, source: indication.source });
    }
    let full_results = steps.iter().map(|s| s.timeline.full_results).max()?;
    let ready_by_event = event.map(|_| steps.iter().all(|s| s.timeline.ready_by_event == Some(true)));
    Some(Plan { best_single, uncovered, treatments: order, covers: covers_list, steps, full_results, ready_by_event })
}

/// Every `k`-element subset of `0..n`, each in ascending order, in lexicographic order.
fn combinations(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut current = Vec::with_capacity(k);
    fn go(start: usize, n: usize, k: usize, current: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if current.len() == k {
            out.push(current.clone());
            return;
        }
        for i in start..n {
            current.push(i);
            go(i + 1, n, k, current, out);
            current.pop();
        }
    }
    go(0, n, k, &mut current, &mut out);
    out
}
