//! Properties of the engine over random visitors and clinics (proptest): what must hold for every
//! visitor, not only the ones the example tests thought of. 10,000 cases each (`PROPTEST_CASES`
//! raises it); a failure prints the shrunk visitor, clinic and day.
#![cfg(not(target_arch = "wasm32"))]

mod generators;

use generators::{config, offer, visitor, Visitor};
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeMap;
use treatment_compare::answers::{Answers, Condition, Health, Isotretinoin, YesNo};
use treatment_compare::assessment::{
    Assessment, Cause, Detail, Factor, Note, Plan, ReasonUntil, SetApart, Timeline, TimelineSources, TreatmentResult,
    Verdict,
};
use treatment_compare::catalog::{Catalog, ClinicOffer, Source, TreatmentId};
use treatment_compare::date::Date;

fn assess(v: &Visitor, offer: &ClinicOffer) -> Assessment {
    treatment_compare::assess(&v.answers, &Catalog::for_clinic(offer), v.today)
}

/// Why a treatment may never be the best match nor part of a plan, if it may not.
fn excluded(r: &TreatmentResult, answers: &Answers) -> Option<&'static str> {
    if r.candidacy.verdict == Verdict::NotNow {
        Some("not now")
    } else if !r.offered {
        Some("not offered")
    } else if r.id.is_injection() && !answers.preferences.injections_ok {
        Some("an injection the visitor refused")
    } else {
        None
    }
}

/// Every source the assessment cites, with where.
fn cited(a: &Assessment) -> Vec<(String, Source)> {
    let mut out = Vec::new();
    let timeline = |out: &mut Vec<(String, Source)>, at: &str, s: &TimelineSources| {
        let TimelineSources { sessions, interval, downtime, first_results, full_results, lasts, maintenance } = *s;
        for (name, source) in [
            ("sessions", sessions),
            ("interval", interval),
            ("downtime", downtime),
            ("first_results", first_results),
            ("full_results", full_results),
            ("lasts", lasts),
            ("maintenance", maintenance),
        ] {
            out.push((format!("{at}.timeline.{name}"), source));
        }
    };
    for t in &a.treatments {
        let at = format!("{:?}", t.id);
        for c in &t.breakdown {
            for d in &c.details {
                let source = match *d {
                    Detail::Treats { source, .. }
                    | Detail::DowntimeFit { source, .. }
                    | Detail::ToneRisk { source, .. }
                    | Detail::BudgetFit { source, .. }
                    | Detail::ReadyByEvent { source, .. } => source,
                    Detail::InjectionsNotWanted => continue,
                };
                out.push((format!("{at}.breakdown.{:?}", c.factor), source));
            }
        }
        for r in &t.candidacy.reasons {
            out.push((format!("{at}.candidacy.{:?}", r.cause), r.source));
        }
        timeline(&mut out, &at, &t.timeline.sources);
    }
    if let Some(plan) = &a.plan {
        for c in &plan.covers {
            out.push((format!("plan.covers.{:?}", c.concern), c.source));
        }
        for s in &plan.steps {
            if let Some(gap) = &s.after_previous {
                out.push((format!("plan.steps.{:?}.after_previous", s.id), gap.source));
            }
            timeline(&mut out, &format!("plan.steps.{:?}", s.id), &s.timeline.sources);
        }
    }
    for n in &a.notes {
        let Note::MelasmaCareFirst { source } = *n;
        out.push(("notes".into(), source));
    }
    out
}

/// Every string under a `source` key or in a `sources` object of the JSON form (what the
/// `assess` command prints and the UI reads).
fn json_sources(v: &serde_json::Value, under_sources: bool, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == "source" {
                    out.extend(v.as_str().map(str::to_string));
                } else if k == "sources" {
                    json_sources(v, true, out);
                } else {
                    json_sources(v, false, out);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_sources(v, under_sources, out)),
        serde_json::Value::String(s) if under_sources => out.push(s.clone()),
        _ => {}
    }
}

/// A timeline is in order from `from` (the day it may start at the earliest).
fn check_timeline(at: &str, t: &Timeline, from: Date, event: Option<Date>) -> Result<(), TestCaseError> {
    prop_assert!(t.start >= from, "{at}: starts {} before {from}", t.start);
    prop_assert!(!t.session_dates.is_empty(), "{at}: no session");
    prop_assert_eq!(t.session_dates[0], t.start, "{}: the first session is the start", at);
    for w in t.session_dates.windows(2) {
        prop_assert_eq!(w[0].days_until(w[1]), t.interval_days as i32, "{}: sessions {:?}", at, t.session_dates);
    }
    let last = *t.session_dates.last().unwrap();
    prop_assert!(t.first_results >= t.start, "{at}: first results before the start");
    prop_assert!(t.first_results <= t.full_results, "{at}: first results after full results");
    prop_assert!(t.full_results >= last, "{at}: full results before the last session");
    if let Some((soonest, latest)) = t.fades {
        prop_assert!(t.full_results <= soonest && soonest <= latest, "{at}: fades {soonest}..{latest}");
    }
    let ready = event.map(|e| {
        let in_downtime = t.session_dates.iter().any(|&s| s <= e && e < s.add_days(t.downtime_days.hi as i32));
        t.full_results <= e && !in_downtime
    });
    prop_assert_eq!(t.ready_by_event, ready, "{}: ready by the event {:?}", at, event);
    Ok(())
}

fn verdicts(v: &Visitor, offer: &ClinicOffer, health: &Health) -> BTreeMap<TreatmentId, Verdict> {
    let answers = Answers { health: health.clone(), ..v.answers.clone() };
    let a = treatment_compare::assess(&answers, &Catalog::for_clinic(offer), v.today);
    a.treatments.iter().map(|t| (t.id, t.candidacy.verdict)).collect()
}

/// `better` is never a worse verdict than `worse`, treatment by treatment.
fn no_better(
    what: &str,
    better: &BTreeMap<TreatmentId, Verdict>,
    worse: &BTreeMap<TreatmentId, Verdict>,
) -> Result<(), TestCaseError> {
    for (id, b) in better {
        let w = worse[id];
        prop_assert!(*b <= w, "{what}: {id:?} is {b:?} on the safer answer but {w:?} on the riskier one");
    }
    Ok(())
}

/// Where "yes" would change a verdict, "not sure" is never taken as "no": it is at least "talk to
/// your provider first".
fn never_taken_as_no(
    what: &str,
    no: &BTreeMap<TreatmentId, Verdict>,
    not_sure: &BTreeMap<TreatmentId, Verdict>,
    yes: &BTreeMap<TreatmentId, Verdict>,
) -> Result<(), TestCaseError> {
    for (id, n) in no {
        if yes[id] > *n {
            prop_assert!(not_sure[id] >= Verdict::TalkToProvider, "{what}: {id:?} is {:?} on not sure", not_sure[id]);
        }
    }
    Ok(())
}

/// The reason a treatment cannot be a match, worked out from the answers and the result here
/// rather than read from the engine: not now, an injection declined, not offered, no benefit.
fn expected_set_apart(r: &TreatmentResult, answers: &Answers) -> Option<SetApart> {
    let concern_points = r.breakdown.iter().find(|c| c.factor == Factor::Concerns).unwrap().points;
    if r.candidacy.verdict == Verdict::NotNow {
        Some(SetApart::NotNow)
    } else if r.id.is_injection() && !answers.preferences.injections_ok {
        Some(SetApart::InjectionsDeclined)
    } else if !r.offered {
        Some(SetApart::NotOffered)
    } else if concern_points == 0 {
        Some(SetApart::NoBenefit)
    } else {
        None
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn one_order_the_best_match_on_top_and_what_cannot_match_set_apart_with_its_reason(v in visitor(), offer in offer()) {
        let a = assess(&v, &offer);
        for t in &a.treatments {
            prop_assert_eq!(t.set_apart, expected_set_apart(t, &v.answers), "{:?}", t.id);
        }
        let (ranked, apart) = a.split();
        prop_assert_eq!(ranked.len() + apart.len(), a.families.len());
        // The families not set apart fall in the order of the score they show.
        let scores: Vec<u8> = ranked.iter().map(|f| f.score).collect();
        prop_assert!(scores.windows(2).all(|w| w[0] >= w[1]), "scores {:?}", scores);
        // Every family set apart carries its representative's reason; none is ranked above.
        for f in apart {
            let best = a.treatment(f.best).unwrap();
            prop_assert!(f.set_apart.is_some(), "{:?}", f.family);
            prop_assert_eq!(f.set_apart, best.set_apart);
            // Its whole family is set apart: a variant that could match would represent it.
            for id in &f.variants {
                prop_assert!(a.treatment(*id).unwrap().set_apart.is_some(), "{:?} in {:?}", id, f.family);
            }
        }
        // The best match is the first card, or there is none.
        match a.recommended() {
            Some(best) => {
                prop_assert_eq!(best.family, a.families[0].family);
                prop_assert!(best.set_apart.is_none() && best.recommendable && best.offered);
            }
            None => prop_assert!(ranked.first().is_none_or(|f| !f.recommendable)),
        }
        // Each ranked card is compared with its neighbour: the one above, the first with the second.
        for (i, f) in ranked.iter().enumerate() {
            let neighbour = if i == 0 { ranked.get(1) } else { ranked.get(i - 1) };
            prop_assert_eq!(f.versus.as_ref().map(|v| v.family), neighbour.map(|n| n.family), "{:?}", f.family);
        }
        for f in apart {
            prop_assert!(f.versus.is_none());
        }
    }

    #[test]
    fn a_treatment_that_does_nothing_for_the_concerns_never_outscores_one_that_does(v in visitor(), offer in offer()) {
        let a = assess(&v, &offer);
        let concern_points = |t: &TreatmentResult| t.breakdown.iter().find(|c| c.factor == Factor::Concerns).unwrap().points;
        let helps = a.treatments.iter().filter(|t| concern_points(t) > 0).map(|t| t.score).min();
        let useless = a.treatments.iter().filter(|t| concern_points(t) == 0).map(|t| t.score).max();
        if let (Some(lowest_helping), Some(highest_useless)) = (helps, useless) {
            prop_assert!(highest_useless < lowest_helping, "{} vs {}", highest_useless, lowest_helping);
        }
    }

    #[test]
    fn nothing_not_now_not_offered_or_refused_is_the_best_match_or_in_a_plan(v in visitor(), offer in offer()) {
        let a = assess(&v, &offer);
        if let Some(best) = a.recommended() {
            let t = a.treatment(best.best).unwrap();
            prop_assert_eq!(excluded(t, &v.answers), None, "the best match {:?}", t.id);
            prop_assert!(t.recommendable && best.offered);
        }
        if let Some(plan) = &a.plan {
            prop_assert_eq!(Some(plan.best_single), a.recommended().map(|f| f.best), "a plan completes the best match");
            prop_assert!(plan.treatments.len() >= 2 && plan.treatments.len() <= 3);
            for id in &plan.treatments {
                let t = a.treatment(*id).unwrap();
                prop_assert_eq!(excluded(t, &v.answers), None, "{:?} in the plan {:?}", id, plan.treatments);
            }
            let steps: Vec<TreatmentId> = plan.steps.iter().map(|s| s.id).collect();
            prop_assert_eq!(&steps, &plan.treatments);
        }
        // A clinic that hides what it does not offer shows none of it.
        if offer.hide_not_offered {
            prop_assert!(a.treatments.iter().all(|t| t.offered));
        }
    }

    #[test]
    fn every_score_is_0_to_100_and_its_concern_points_scaled_by_the_rest(v in visitor(), offer in offer()) {
        let a = assess(&v, &offer);
        prop_assert_eq!(Factor::Concerns.max_points(), 100);
        for t in &a.treatments {
            prop_assert!(t.score <= 100, "{:?}: {}", t.id, t.score);
            let factors: Vec<Factor> = t.breakdown.iter().map(|c| c.factor).collect();
            prop_assert_eq!(&factors, &Factor::ALL.to_vec(), "{:?}: one part per factor", t.id);
            for c in &t.breakdown {
                prop_assert_eq!(c.max, c.factor.max_points());
                prop_assert!(c.points <= c.max, "{:?} {:?}: {} of {}", t.id, c.factor, c.points, c.max);
            }
            // docs/scoring.md: concerns x (100 - shortfall)/100 for each other factor, at least 1
            // when the concern points are.
            let concerns = f64::from(t.breakdown[0].points);
            let kept: f64 = t.breakdown[1..].iter().map(|c| f64::from(100 - (c.max - c.points)) / 100.0).product();
            let expected = if concerns == 0.0 { 0 } else { ((concerns * kept + 0.5 + 1e-9).floor() as u8).max(1) };
            prop_assert_eq!(t.score, expected, "{:?}: the score from its breakdown", t.id);
        }
        for f in &a.families {
            prop_assert_eq!(f.score, a.treatment(f.best).unwrap().score);
        }
    }

    #[test]
    fn the_same_answers_catalog_and_day_always_give_the_same_assessment(v in visitor(), offer in offer()) {
        let first = assess(&v, &offer);
        let again = treatment_compare::assess(&v.answers.clone(), &Catalog::for_clinic(&offer.clone()), v.today);
        // Every part of an assessment is compared, the ranking and the combined plan among them
        // (derived PartialEq; no floats, no hash maps): the one determinism test.
        prop_assert_eq!(&first, &again);
    }

    #[test]
    fn safety_is_monotone_in_every_health_answer(
        v in visitor(),
        offer in offer(),
        condition in select(Condition::ALL.to_vec()),
        back in 0..=800i32,
        longer in 0..=800i32,
    ) {
        let health = &v.answers.health;
        let answered = |a: YesNo| verdicts(&v, &offer, &health.clone().with(condition, a));
        let (no, yes) = (answered(YesNo::No), answered(YesNo::Yes));
        no_better(&format!("{condition:?} no -> yes"), &no, &yes)?;
        if condition.allows_not_sure() {
            let not_sure = answered(YesNo::NotSure);
            no_better(&format!("{condition:?} no -> not sure"), &no, &not_sure)?;
            no_better(&format!("{condition:?} not sure -> yes"), &not_sure, &yes)?;
            never_taken_as_no(&format!("{condition:?}"), &no, &not_sure, &yes)?;
        }
        // Isotretinoin: never taking it is the safest answer, taking it now the riskiest, and a
        // more recent last dose never helps.
        let taking = |i: Isotretinoin| verdicts(&v, &offer, &Health { isotretinoin: i, ..health.clone() });
        let never = taking(Isotretinoin::Never);
        let current = taking(Isotretinoin::Current);
        let not_sure = taking(Isotretinoin::NotSure);
        let recent = taking(Isotretinoin::Stopped { last_taken: v.today.add_days(-back) });
        let older = taking(Isotretinoin::Stopped { last_taken: v.today.add_days(-back - longer) });
        never_taken_as_no("isotretinoin", &never, &not_sure, &current)?;
        for (what, better, worse) in [
            ("isotretinoin never -> current", &never, &current),
            ("isotretinoin never -> not sure", &never, &not_sure),
            ("isotretinoin not sure -> current", &not_sure, &current),
            ("isotretinoin never -> stopped", &never, &older),
            ("isotretinoin stopped earlier -> later", &older, &recent),
            ("isotretinoin stopped -> current", &recent, &current),
        ] {
            no_better(what, better, worse)?;
        }
    }

    #[test]
    fn every_cited_source_is_one_the_catalog_knows(v in visitor(), offer in offer()) {
        let a = assess(&v, &offer);
        for (at, source) in cited(&a) {
            prop_assert!(Source::ALL.contains(&source), "{at}: {source:?} is not in Source::ALL");
            // The clinic's price list is cited for its prices, and only where it gave one.
            if source == Source::Clinic {
                prop_assert!(at.ends_with("breakdown.Preferences"), "{at} cites the clinic's price list");
            }
        }
        let known: Vec<String> =
            Source::ALL.iter().map(|s| serde_json::to_value(s).unwrap().as_str().unwrap().to_string()).collect();
        let mut in_json = Vec::new();
        json_sources(&serde_json::to_value(&a).unwrap(), false, &mut in_json);
        prop_assert!(!in_json.is_empty());
        for s in in_json {
            prop_assert!(known.contains(&s), "the JSON cites {s:?}, which Source::ALL does not have");
        }
    }

    #[test]
    fn timelines_are_in_order_and_ready_by_the_event_agrees_with_the_dates(v in visitor(), offer in offer()) {
        let a = assess(&v, &offer);
        let event = v.answers.preferences.event_date;
        prop_assert_eq!(a.start, v.answers.start_date.map_or(v.today, |d| d.max(v.today)));
        prop_assert!(a.start >= v.today);
        for t in &a.treatments {
            let at = format!("{:?}", t.id);
            check_timeline(&at, &t.timeline, a.start, event)?;
            let c = &t.candidacy;
            if let Some(earliest) = c.earliest {
                prop_assert_eq!(c.verdict, Verdict::NotNow, "{}: a date only for not now", at);
                prop_assert!(earliest > v.today, "{at}: not now until {earliest}, today is {}", v.today);
                prop_assert_eq!(t.timeline.start, earliest.max(a.start), "{}: the timeline waits for it", at);
            } else {
                prop_assert_eq!(t.timeline.start, a.start, "{}", at);
            }
            // A dated reason ends after today; the dose it counts from is before.
            for r in &c.reasons {
                if let (Cause::Isotretinoin, Some(ReasonUntil::Date(d))) = (r.cause, r.until) {
                    prop_assert!(d > v.today, "{at}: isotretinoin wait until {d}");
                }
            }
            // The score's "ready by your event" is the timeline's.
            let in_score = t.breakdown.iter().flat_map(|c| &c.details).find_map(|d| match d {
                Detail::ReadyByEvent { event: e, full_results, ready, .. } => Some((*e, *full_results, *ready)),
                _ => None,
            });
            if let Some((e, full, ready)) = in_score {
                prop_assert_eq!(Some(e), event);
                prop_assert_eq!(full, t.timeline.full_results);
                prop_assert_eq!(Some(ready), t.timeline.ready_by_event);
            }
        }
        if let Some(plan) = &a.plan {
            check_plan(plan, a.start, event)?;
        }
    }
}

/// A plan's steps one after the other at their spacing, each in order, its end and readiness
/// those of its steps.
fn check_plan(plan: &Plan, start: Date, event: Option<Date>) -> Result<(), TestCaseError> {
    let mut from = start;
    for (i, s) in plan.steps.iter().enumerate() {
        let at = format!("plan step {i} {:?}", s.id);
        prop_assert_eq!(s.after_previous.is_some(), i > 0, "{}", at);
        if let (Some(gap), Some(prev)) = (s.after_previous, i.checked_sub(1).map(|p| &plan.steps[p])) {
            let last = *prev.timeline.session_dates.last().unwrap();
            prop_assert_eq!(s.timeline.start, last.add_days(gap.planned as i32), "{}: spacing", at);
            prop_assert!(gap.days.lo <= gap.planned && gap.planned <= gap.days.hi, "{at}: {gap:?}");
        } else {
            prop_assert_eq!(s.timeline.start, start, "{}", at);
        }
        check_timeline(&at, &s.timeline, from, event)?;
        from = s.timeline.start;
    }
    let full = plan.steps.iter().map(|s| s.timeline.full_results).max();
    prop_assert_eq!(Some(plan.full_results), full);
    let ready = event.map(|_| plan.steps.iter().all(|s| s.timeline.ready_by_event == Some(true)));
    prop_assert_eq!(plan.ready_by_event, ready);
    Ok(())
}
