//! The pure engine: answers + catalog + today -> assessment. No web imports, no clock, no
//! randomness: the same input always gives the same output.

mod candidacy;
mod plan;
mod score;
mod timeline;

use crate::answers::Answers;
use crate::assessment::{Assessment, Contribution, Detail, Factor, FamilyResult, Note, TreatmentResult, Verdict};
use crate::catalog::{Catalog, Efficacy, Family, Source, Treatment};
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
    let mut treatments: Vec<TreatmentResult> =
        catalog.treatments.iter().map(|t| assess_treatment(t, catalog, answers, start, today)).collect();
    let group = |r: &TreatmentResult| rank_group(r, answers);
    sort_by_key(&mut treatments, |r| (group(r), Reverse(r.score), r.id));
    let mut families: Vec<FamilyResult> = Family::ALL.iter().filter_map(|&f| family_result(f, &treatments)).collect();
    let best_group = |f: &FamilyResult| treatments.iter().find(|r| r.id == f.best).map_or(RankGroup::Excluded, group);
    sort_by_key(&mut families, |f| (best_group(f), Reverse(f.score), f.family));
    let best_single = families.iter().find(|f| f.recommendable && f.offered).map(|f| f.best);
    let plan = plan::plan(answers, catalog, &treatments, best_single, start);
    let mut notes = Vec::new();
    if answers.concerns.iter().any(|c| c.concern.may_be_melasma()) {
        notes.push(Note::MelasmaCareFirst { source: Source::OgbechieGodec2017 });
    }
    Assessment { today, start, event_date: event, families, treatments, plan, notes }
}

fn assess_treatment(t: &Treatment, catalog: &Catalog, answers: &Answers, start: Date, today: Date) -> TreatmentResult {
    let candidacy = candidacy(t, &answers.health, answers.skin_type, &answers.concerns, today);
    let timeline = timeline(t, start, candidacy.earliest, answers.preferences.event_date);
    let (score, breakdown) = score(t, answers, &timeline, catalog.currency);
    let injection_refused = t.id.is_injection() && !answers.preferences.injections_ok;
    let recommendable = candidacy.verdict != Verdict::NotNow && treats_well(&breakdown) && !injection_refused;
    let offered = catalog.offers(t.id);
    TreatmentResult { id: t.id, family: t.family(), score, breakdown, candidacy, recommendable, offered, timeline }
}

/// The ranking sorts by group first, then by score: a treatment that does nothing for the
/// visitor's concerns never stands above one that does, and "not now" or an unwanted injection
/// comes last whatever its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum RankGroup {
    Treats,
    TreatsNone,
    Excluded,
}

fn rank_group(r: &TreatmentResult, answers: &Answers) -> RankGroup {
    let refused = r.id.is_injection() && !answers.preferences.injections_ok;
    if r.candidacy.verdict == Verdict::NotNow || refused {
        RankGroup::Excluded
    } else if r.breakdown.iter().any(|c| c.factor == Factor::Concerns && c.points == 0) {
        RankGroup::TreatsNone
    } else {
        RankGroup::Treats
    }
}

/// A main indication for at least one concern, and at least half the concern points: "some
/// benefit" alone is not worth recommending.
fn treats_well(breakdown: &[Contribution]) -> bool {
    breakdown.iter().find(|c| c.factor == Factor::Concerns).is_some_and(|c| {
        2 * c.points >= c.max && c.details.iter().any(|d| matches!(d, Detail::Treats { efficacy: Efficacy::Good, .. }))
    })
}

/// A family is represented by its best recommendable variant the clinic offers, else its best
/// recommendable one, else its best one; `sorted` is in rank order.
fn family_result(family: Family, sorted: &[TreatmentResult]) -> Option<FamilyResult> {
    let variants: Vec<&TreatmentResult> = sorted.iter().filter(|r| r.family == family).collect();
    let best = *variants
        .iter()
        .find(|r| r.recommendable && r.offered)
        .or_else(|| variants.iter().find(|r| r.recommendable))
        .or(variants.first())?;
    Some(FamilyResult {
        family,
        best: best.id,
        score: best.score,
        verdict: best.candidacy.verdict,
        recommendable: best.recommendable,
        offered: best.offered,
        variants: variants.iter().map(|r| r.id).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::*;

    fn answers(concerns: &[(Concern, Severity)]) -> Answers {
        Answers {
            concerns: concerns.iter().map(|&(concern, severity)| ConcernAnswer { concern, severity }).collect(),
            skin_type: Fitzpatrick::III,
            downtime: Downtime::UpToAWeek,
            preferences: Preferences::default(),
            health: Health::all_no(),
            start_date: None,
        }
    }

    #[test]
    fn families_follow_the_order_of_their_best_variants() {
        let today: Date = "2026-11-21".parse().unwrap();
        let a = assess(&answers(&[(Concern::AcneScars, Severity::Moderate)]), &Catalog::standard(), today);
        let scores: Vec<u8> = a.families.iter().map(|f| f.score).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "no family is excluded here: {scores:?}");
        assert_eq!(a.families.len(), 5);
        for f in &a.families {
            let best = a.treatment(f.best).unwrap();
            assert_eq!((f.score, f.verdict, f.recommendable), (best.score, best.candidacy.verdict, best.recommendable));
            // The standard catalog offers everything: the best recommendable variant represents
            // the family, else the best one.
            assert!(f.offered && best.offered);
            let expected =
                f.variants.iter().find(|v| a.treatment(**v).unwrap().recommendable).unwrap_or(&f.variants[0]);
            assert_eq!(f.best, *expected);
        }
    }

    #[test]
    fn a_start_date_in_the_past_starts_today() {
        let today: Date = "2026-11-21".parse().unwrap();
        let mut ans = answers(&[(Concern::Dullness, Severity::Mild)]);
        ans.start_date = Some("2026-01-01".parse().unwrap());
        assert_eq!(assess(&ans, &Catalog::standard(), today).start, today);
        ans.start_date = Some("2027-01-04".parse().unwrap());
        assert_eq!(assess(&ans, &Catalog::standard(), today).start, "2027-01-04".parse().unwrap());
    }
}
