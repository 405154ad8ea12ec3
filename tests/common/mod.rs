//! Shared helpers for the engine's behaviour tests, and the documentation as the tests read it.
#![allow(dead_code)]

pub mod docs;

use treatment_compare::answers::*;
use treatment_compare::assess;
use treatment_compare::assessment::*;
use treatment_compare::catalog::*;
use treatment_compare::date::Date;

pub fn date(s: &str) -> Date {
    s.parse().unwrap()
}

pub const TODAY: &str = "2026-11-21";

pub fn visitor(concerns: &[(Concern, Severity)]) -> Answers {
    Answers {
        concerns: concerns.iter().map(|&(concern, severity)| ConcernAnswer { concern, severity }).collect(),
        skin_type: Fitzpatrick::III,
        downtime: Downtime::UpToAWeek,
        preferences: Preferences { budget: Budget::UpTo3000, injections_ok: true, event_date: None },
        health: Health::all_no(),
        start_date: None,
    }
}

pub fn run(a: &Answers) -> Assessment {
    assess(a, &Catalog::standard(), date(TODAY))
}

pub fn rank_of(a: &Assessment, f: Family) -> usize {
    a.families.iter().position(|r| r.family == f).unwrap()
}

pub fn result(a: &Assessment, id: TreatmentId) -> &TreatmentResult {
    a.treatment(id).unwrap()
}
