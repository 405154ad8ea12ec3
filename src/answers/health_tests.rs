//! Unit tests of `src/answers/health.rs` (the convention: docs/engineers/testing.md).

use super::*;

#[test]
fn a_conditions_slot_is_its_place_in_all() {
    for (i, &c) in Condition::ALL.iter().enumerate() {
        assert_eq!(Conditions::slot(c), i, "{c:?}");
    }
}

#[test]
fn answers_are_kept_per_condition() {
    let mut answers = Conditions::default();
    assert!(answers.is_empty());
    assert_eq!(answers.insert(Condition::Sunburn, YesNo::Yes), None);
    assert_eq!(answers.insert(Condition::Sunburn, YesNo::No), Some(YesNo::Yes));
    answers.insert(Condition::ActiveAcne, YesNo::NotSure);
    assert_eq!(answers.get(&Condition::Sunburn), Some(&YesNo::No));
    assert_eq!(answers.get(&Condition::SkinCancer), None);
    assert_eq!(
        answers.iter().collect::<Vec<_>>(),
        [(Condition::ActiveAcne, YesNo::NotSure), (Condition::Sunburn, YesNo::No)]
    );
    assert_eq!(answers.remove(&Condition::ActiveAcne), Some(YesNo::NotSure));
    assert_eq!(answers.len(), 1);
}
