//! Unit tests of `src/engine/mod.rs` (the convention: docs/engineers/testing.md).

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
    let (ranked, apart) = a.split();
    let scores: Vec<u8> = ranked.iter().map(|f| f.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert_eq!(a.families.len(), 5);
    // Microdermabrasion does nothing for moderate acne scars.
    assert_eq!(
        apart.iter().map(|f| (f.family, f.set_apart)).collect::<Vec<_>>(),
        [(Family::Microdermabrasion, Some(SetApart::NoBenefit))]
    );
    for f in &a.families {
        let best = a.treatment(f.best).unwrap();
        assert_eq!((f.score, f.verdict, f.recommendable), (best.score, best.candidacy.verdict, best.recommendable));
        // The standard catalog offers everything: the best recommendable variant represents
        // the family, else the best one.
        assert!(f.offered && best.offered);
        let expected = f.variants.iter().find(|v| a.treatment(**v).unwrap().recommendable).unwrap_or(&f.variants[0]);
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
