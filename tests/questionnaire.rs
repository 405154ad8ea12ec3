//! The questionnaire's reducer, driven natively: the same state and actions the UI dispatches.
#![cfg(not(target_arch = "wasm32"))]

use treatment_compare::answers::*;
use treatment_compare::date::Date;
use treatment_compare::questionnaire::{Action, IsotretinoinChoice, Missing, State, Step};

fn run(actions: &[Action]) -> State {
    actions.iter().fold(State::default(), |s, a| s.apply(*a))
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// Every step answered with the minimum: one concern and a skin type.
fn complete() -> Vec<Action> {
    vec![
        Action::SetConcern(Concern::AcneScars, true),
        Action::Next,
        Action::SetSkinType(Fitzpatrick::IV),
        Action::Next,
        Action::Next,
        Action::Next,
        Action::Next,
    ]
}

#[test]
fn next_waits_for_what_each_step_needs() {
    let s = run(&[Action::Next]);
    assert_eq!(s.step, Step::Concerns);
    assert_eq!(s.draft.missing(Step::Concerns), Some(Missing::Concern));
    let s = run(&[Action::SetConcern(Concern::Dullness, true), Action::Next, Action::Next]);
    assert_eq!(s.step, Step::SkinType, "no skin type chosen yet");
    assert_eq!(s.draft.missing(Step::SkinType), Some(Missing::SkinType));
}

#[test]
fn a_full_walk_ends_on_the_results_with_complete_answers() {
    let s = run(&complete());
    assert_eq!(s.step, Step::Results);
    let answers = s.draft.to_answers().unwrap();
    assert_eq!(answers.concerns, vec![ConcernAnswer { concern: Concern::AcneScars, severity: Severity::Moderate }]);
    assert_eq!(answers.skin_type, Fitzpatrick::IV);
    assert_eq!(answers.health, Health::all_no());
    assert!(answers.validate(date("2026-11-21")).is_ok());
}

#[test]
fn unticking_a_concern_forgets_its_severity_and_ticking_again_starts_at_moderate() {
    let s = run(&[
        Action::SetConcern(Concern::StretchMarks, true),
        Action::SetSeverity(Concern::StretchMarks, Severity::Severe),
        Action::SetConcern(Concern::StretchMarks, false),
    ]);
    assert_eq!(s.draft.severity(Concern::StretchMarks), None);
    let s = s.apply(Action::SetConcern(Concern::StretchMarks, true));
    assert_eq!(s.draft.severity(Concern::StretchMarks), Some(Severity::Moderate));
}

#[test]
fn editing_from_the_results_keeps_every_answer_and_next_returns_to_the_results() {
    let mut actions = complete();
    actions.extend([Action::Edit(Step::Downtime), Action::SetDowntime(Downtime::None)]);
    let s = run(&actions);
    assert_eq!(s.step, Step::Downtime);
    assert_eq!(s.draft.skin_type, Some(Fitzpatrick::IV));
    let s = s.apply(Action::Next);
    assert_eq!(s.step, Step::Results, "straight back, not through the later steps");
    assert_eq!(s.draft.to_answers().unwrap().downtime, Downtime::None);
}

#[test]
fn back_goes_one_step_and_never_before_the_first() {
    let s = run(&[Action::SetConcern(Concern::Dullness, true), Action::Next, Action::Back, Action::Back]);
    assert_eq!(s.step, Step::Concerns);
}

#[test]
fn isotretinoin_stopped_needs_its_date_before_the_results() {
    let mut actions = complete();
    actions.pop(); // stay on the health step
    actions.extend([Action::SetIsotretinoin(IsotretinoinChoice::Stopped), Action::Next]);
    let s = run(&actions);
    assert_eq!(s.step, Step::Health);
    assert_eq!(s.draft.missing(Step::Health), Some(Missing::IsotretinoinDate));
    let s = s.apply(Action::SetIsotretinoinLastTaken(Some(date("2026-08-01")))).apply(Action::Next);
    assert_eq!(s.step, Step::Results);
    let answers = s.draft.to_answers().unwrap();
    assert_eq!(answers.health.isotretinoin, Isotretinoin::Stopped { last_taken: date("2026-08-01") });
}

#[test]
fn not_sure_is_refused_where_the_question_does_not_offer_it() {
    let s = run(&[
        Action::SetCondition(Condition::Sunburn, YesNo::NotSure),
        Action::SetCondition(Condition::KeloidTendency, YesNo::NotSure),
    ]);
    assert_eq!(s.draft.health.answer(Condition::Sunburn), YesNo::No);
    assert_eq!(s.draft.health.answer(Condition::KeloidTendency), YesNo::NotSure);
}

#[test]
fn the_quiz_picks_a_skin_type_only_once_every_item_is_answered() {
    let mut s = State::default();
    for item in &QuizItem::ALL[..QuizItem::ALL.len() - 1] {
        s = s.apply(Action::SetQuizAnswer(*item, Some(3)));
    }
    assert_eq!(s.quiz.result(), None);
    s = s.apply(Action::SetQuizAnswer(QuizItem::FaceSunExposure, Some(3)));
    assert_eq!(s.quiz.result(), Some(Fitzpatrick::V));
    // An out-of-range score is not recorded.
    s = s.apply(Action::SetQuizAnswer(QuizItem::EyeColour, Some(9)));
    assert_eq!(s.quiz.answer(QuizItem::EyeColour), None);
}

#[test]
fn start_and_event_dates_reach_the_answers() {
    let mut actions =
        vec![Action::SetStartDate(Some(date("2027-01-04"))), Action::SetEventDate(Some(date("2027-03-01")))];
    actions.extend(complete());
    let answers = run(&actions).draft.to_answers().unwrap();
    assert_eq!(answers.start_date, Some(date("2027-01-04")));
    assert_eq!(answers.preferences.event_date, Some(date("2027-03-01")));
}

#[test]
fn the_health_screen_asks_every_condition_exactly_once() {
    use treatment_compare::questionnaire::HEALTH_GROUPS;
    let asked: Vec<Condition> = HEALTH_GROUPS.iter().flat_map(|g| g.iter().copied()).collect();
    for c in Condition::ALL {
        assert_eq!(asked.iter().filter(|&&x| x == c).count(), 1, "{c:?}");
    }
    assert_eq!(asked.len(), Condition::ALL.len());
}

#[test]
fn start_over_clears_every_answer_and_returns_to_the_first_screen() {
    let mut actions = complete();
    actions.push(Action::StartOver);
    assert_eq!(run(&actions), State::default());
}

#[test]
fn dates_beyond_the_answers_limits_are_ignored_on_the_day_shown() {
    let today = date("2026-11-21");
    let apply = |actions: &[Action]| actions.iter().fold(State::default(), |s, a| s.apply_on(*a, today));
    let s = apply(&[
        Action::SetEventDate(Some(date("2031-11-21"))),
        Action::SetStartDate(Some(date("2027-01-04"))),
        Action::SetIsotretinoinLastTaken(Some(date("1900-01-01"))),
    ]);
    assert_eq!(s.draft.preferences.event_date, Some(date("2031-11-21")), "five years ahead is the limit");
    let kept = s.clone();
    let s = [
        Action::SetEventDate(Some(date("2031-11-22"))),
        Action::SetStartDate(Some(date("9999-12-31"))),
        Action::SetIsotretinoinLastTaken(Some(date("1899-12-31"))),
        Action::SetIsotretinoinLastTaken(Some(date("2026-11-22"))),
    ]
    .iter()
    .fold(s, |s, a| s.apply_on(*a, today));
    assert_eq!(s, kept, "each is ignored, the earlier answer stays");
    assert!(!Action::SetStartDate(Some(date("9999-12-31"))).fits(today));
    assert!(Action::SetStartDate(None).fits(today), "clearing a date always fits");
    let s = s.apply_on(Action::SetEventDate(None), today);
    assert_eq!(s.draft.preferences.event_date, None);
}
