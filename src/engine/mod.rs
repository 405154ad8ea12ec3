//! The pure engine: answers + catalog + today -> assessment. No web imports, no clock, no
//! randomness: the same input always gives the same output.

mod candidacy;
mod score;
mod timeline;

use crate::answers::Answers;
use crate::assessment::{Assessment, FamilyResult, TreatmentResult, Verdict};
use crate::catalog::{Catalog, Family, Treatment};
use crate::date::Date;
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
        catalog.treatments.iter().map(|t| assess_treatment(t, answers, start, today)).collect();
    treatments.sort_by_key(rank_key);
    // Each family stands where its best variant stands in the ranking.
    let mut families: Vec<FamilyResult> = Vec::new();
    for r in &treatments {
        if !families.iter().any(|f| f.family == r.family) {
            families.extend(family_result(r.family, &treatments));
        }
    }
    Assessment { today, start, event_date: event, families, treatments }
}

fn assess_treatment(t: &Treatment, answers: &Answers, start: Date, today: Date) -> TreatmentResult {
    let candidacy = candidacy(t, &answers.health, answers.skin_type, today);
    let timeline = timeline(t, start, candidacy.earliest, answers.preferences.event_date);
    let (score, breakdown) = score(t, answers, &timeline);
    let treats_something = breakdown.first().is_some_and(|c| c.points > 0);
    let injection_refused = t.id.is_injection() && !answers.preferences.injections_ok;
    let recommendable = candidacy.verdict != Verdict::NotNow && treats_something && !injection_refused;
    TreatmentResult { id: t.id, family: t.family(), score, breakdown, candidacy, recommendable, timeline }
}

/// Best first: recommendable before not, then higher score, then catalog order.
fn rank_key(r: &TreatmentResult) -> (Reverse<bool>, Reverse<u8>, crate::catalog::TreatmentId) {
    (Reverse(r.recommendable), Reverse(r.score), r.id)
}

/// A family is represented by its best variant; `sorted` is already in rank order.
fn family_result(family: Family, sorted: &[TreatmentResult]) -> Option<FamilyResult> {
    let variants: Vec<&TreatmentResult> = sorted.iter().filter(|r| r.family == family).collect();
    let best = *variants.first()?;
    Some(FamilyResult {
        family,
        best: best.id,
        score: best.score,
        verdict: best.candidacy.verdict,
        recommendable: best.recommendable,
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
        let order: Vec<_> = a.families.iter().map(|f| (Reverse(f.recommendable), Reverse(f.score))).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        assert_eq!(a.families.len(), 5);
        for f in &a.families {
            assert_eq!(f.best, f.variants[0]);
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
