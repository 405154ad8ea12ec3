//! `ids::snake_key` against serde's JSON names, for every enum the answers, the catalog and the
//! UI share.

use serde::Serialize;
use treatment_compare::answers::*;
use treatment_compare::catalog::{Family, TreatmentId};
use treatment_compare::ids::snake_key;

fn check<T: Serialize + std::fmt::Debug>(all: &[T]) {
    for v in all {
        let serde = serde_json::to_value(v).unwrap().as_str().unwrap().to_string();
        assert_eq!(snake_key(v), serde, "{v:?}");
    }
}

#[test]
fn snake_keys_match_the_json_names() {
    check(&Concern::ALL);
    check(&Severity::ALL);
    check(&Downtime::ALL);
    check(&Budget::ALL);
    check(&YesNo::ALL);
    check(&Condition::ALL);
    check(&QuizItem::ALL);
    check(&TreatmentId::ALL);
    check(&Family::ALL);
}
