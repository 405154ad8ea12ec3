//! The questionnaire's reducer, driven natively: the same state and actions the UI dispatches.
#![cfg(not(target_arch = "wasm32"))]

use treatment_compare::answers::*;
use treatment_compare::date::Date;
use treatment_compare::questionnaire::{Action, Gate, IsotretinoinChoice, Missing, State, Step, HEALTH_GROUPS};

fn run(actions: &[Action]) -> State {
    actions.iter().fold(State::default(), |s, a| s.apply(*a))
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// "None of these" for every health group: the visitor with nothing to report.
const NONE_OF_THESE: [Action; 3] =
    [Action::SetGate(0, Gate::NoneApply), Action::SetGate(1, Gate::NoneApply), Action::SetGate(2, Gate::NoneApply)];

/// Every step answered with the minimum: one concern, a skin type and "none of these" three times.
fn complete() -> Vec<Action> {
    let mut actions = vec![
        Action::SetConcern(Concern::AcneScars, true),
        Action::Next,
        Action::SetSkinType(Fitzpatrick::IV),
        Action::Next,
        Action::Next,
        Action::Next,
    ];
    actions.extend(NONE_OF_THESE);
    actions.push(Action::Next);
    actions
}

/// Up to the health step, nothing answered on it.
fn until_health() -> Vec<Action> {
    let mut actions = complete();
    actions.truncate(6);
    actions
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
    actions.extend([Action::SetGate(1, Gate::OneOrMore)]);
    for c in HEALTH_GROUPS[1] {
        actions.push(Action::SetCondition(*c, YesNo::No));
    }
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
    assert_eq!(s.draft.condition(Condition::Sunburn), None, "not taken, and not taken as \"no\"");
    assert_eq!(s.draft.condition(Condition::KeloidTendency), Some(YesNo::NotSure));
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

#[test]
fn no_health_answer_is_given_before_the_visitor_gives_it() {
    let s = run(&until_health());
    assert_eq!(s.step, Step::Health);
    assert_eq!(s.draft.gates, [None; 3]);
    assert!(s.draft.health.conditions.is_empty(), "no question answered");
    assert_eq!(s.draft.isotretinoin, None);
    assert_eq!(s.draft.missing(Step::Health), Some(Missing::HealthGroup(0)));
    let s = s.apply(Action::Next);
    assert_eq!(s.step, Step::Health, "no results while anything is unanswered");
    assert_eq!(s.draft.to_answers(), None);
}

#[test]
fn none_of_these_answers_the_groups_questions_no_in_one_tap_each() {
    let mut actions = until_health();
    actions.push(Action::SetGate(0, Gate::NoneApply));
    let s = run(&actions);
    for c in HEALTH_GROUPS[0] {
        assert_eq!(s.draft.condition(*c), Some(YesNo::No), "{c:?}");
    }
    assert_eq!(s.draft.missing(Step::Health), Some(Missing::HealthGroup(1)), "the next group");
    let s = s.apply(Action::SetGate(1, Gate::NoneApply));
    assert_eq!(s.draft.isotretinoin, Some(IsotretinoinChoice::Never), "medicines: isotretinoin \"never\"");
    let s = s.apply(Action::SetGate(2, Gate::NoneApply)).apply(Action::Next);
    assert_eq!(s.step, Step::Results, "three taps, then the results");
    assert_eq!(s.draft.to_answers().unwrap().health, Health::all_no());
}

#[test]
fn one_or_more_and_not_sure_open_the_questions_unanswered_and_each_must_be_answered() {
    for gate in [Gate::OneOrMore, Gate::NotSure] {
        let mut actions = until_health();
        actions.extend([
            Action::SetGate(0, Gate::NoneApply),
            Action::SetGate(1, gate),
            Action::SetGate(2, Gate::NoneApply),
        ]);
        let s = run(&actions);
        assert!(HEALTH_GROUPS[1].iter().all(|c| s.draft.condition(*c).is_none()), "{gate:?}: unanswered");
        assert_eq!(s.draft.isotretinoin, None);
        // The first thing missing: isotretinoin, asked first in the medicines, then each question.
        assert_eq!(s.draft.missing(Step::Health), Some(Missing::Isotretinoin));
        let mut s = s.apply(Action::SetIsotretinoin(IsotretinoinChoice::NotSure));
        for (i, c) in HEALTH_GROUPS[1].iter().enumerate() {
            assert_eq!(s.draft.missing(Step::Health), Some(Missing::Condition(*c)));
            s = s.apply(Action::Next);
            assert_eq!(s.step, Step::Health);
            let answer = if i == 0 { YesNo::Yes } else { YesNo::No };
            s = s.apply(Action::SetCondition(*c, answer));
        }
        assert_eq!(s.draft.gates[1], Some(gate), "the group's answer stays as given");
        let s = s.apply(Action::Next);
        assert_eq!(s.step, Step::Results);
        let health = s.draft.to_answers().unwrap().health;
        assert_eq!(health.answer(Condition::BloodThinners), YesNo::Yes);
        assert_eq!(health.isotretinoin, Isotretinoin::NotSure, "a group's \"not sure\" is never taken as \"no\"");
    }
}

#[test]
fn leaving_none_of_these_leaves_the_groups_questions_unanswered_again() {
    let mut actions = until_health();
    actions.extend([Action::SetGate(2, Gate::NoneApply), Action::SetGate(2, Gate::OneOrMore)]);
    let s = run(&actions);
    // "None of these" answered them for the visitor, who now says one or more applies: which
    // ones is theirs to say.
    assert!(HEALTH_GROUPS[2].iter().all(|c| s.draft.condition(*c).is_none()));
    // Between "one or more" and "not sure", the answers given one by one stay.
    let s =
        s.apply(Action::SetCondition(Condition::ColdSoreHistory, YesNo::Yes)).apply(Action::SetGate(2, Gate::NotSure));
    assert_eq!(s.draft.condition(Condition::ColdSoreHistory), Some(YesNo::Yes));
    // Back to "none of these": every answer "no" again; a last dose left from "stopped" goes.
    let s = s.apply(Action::SetGate(2, Gate::NoneApply));
    assert_eq!(s.draft.condition(Condition::ColdSoreHistory), Some(YesNo::No));
    let s = s
        .apply(Action::SetIsotretinoin(IsotretinoinChoice::Stopped))
        .apply(Action::SetIsotretinoinLastTaken(Some(date("2026-01-01"))))
        .apply(Action::SetGate(1, Gate::NoneApply));
    assert_eq!((s.draft.isotretinoin, s.draft.isotretinoin_last_taken), (Some(IsotretinoinChoice::Never), None));
}

#[test]
fn answering_a_question_opens_its_group() {
    let s = run(&[Action::SetCondition(Condition::Sunburn, YesNo::Yes)]);
    assert_eq!(s.draft.gates, [Some(Gate::OneOrMore), None, None]);
    let s = s.apply(Action::SetIsotretinoin(IsotretinoinChoice::Current));
    assert_eq!(s.draft.gates[1], Some(Gate::OneOrMore));
    // Under "none of these" an answer is "one or more" with that answer alone.
    let s =
        s.apply(Action::SetGate(2, Gate::NoneApply)).apply(Action::SetCondition(Condition::Scleroderma, YesNo::Yes));
    assert_eq!(s.draft.gates[2], Some(Gate::OneOrMore));
    assert_eq!(s.draft.condition(Condition::Scleroderma), Some(YesNo::Yes));
    assert_eq!(s.draft.condition(Condition::ColdSoreHistory), None);
}

#[test]
fn the_missing_answers_come_in_the_order_the_screen_asks_them() {
    let mut s = run(&until_health());
    let mut seen = Vec::new();
    for i in 0..3 {
        assert_eq!(s.draft.missing(Step::Health), Some(Missing::HealthGroup(i)));
        s = s.apply(Action::SetGate(i, Gate::NotSure));
        if i == 1 {
            assert_eq!(s.draft.missing(Step::Health), Some(Missing::Isotretinoin));
            s = s.apply(Action::SetIsotretinoin(IsotretinoinChoice::Stopped));
            assert_eq!(s.draft.missing(Step::Health), Some(Missing::IsotretinoinDate));
            s = s.apply(Action::SetIsotretinoinLastTaken(Some(date("2025-01-01"))));
        }
        while let Some(Missing::Condition(c)) = s.draft.missing(Step::Health) {
            seen.push(c);
            s = s.apply(Action::SetCondition(c, YesNo::No));
        }
    }
    let asked: Vec<Condition> = HEALTH_GROUPS.iter().flat_map(|g| g.iter().copied()).collect();
    assert_eq!(seen, asked);
    assert_eq!(s.draft.missing(Step::Health), None);
}
