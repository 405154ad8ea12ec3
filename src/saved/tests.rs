use super::*;
use crate::answers::{Budget, Concern, Condition, Downtime, Fitzpatrick, QuizItem, Severity, YesNo};
use crate::questionnaire::{Action, Gate, IsotretinoinChoice, State, Step};

pub(super) fn today() -> Date {
    "2026-12-01".parse().unwrap()
}

/// A state with every kind of answer given.
pub(super) fn full_state() -> State {
    let actions = [
        Action::SetConcern(Concern::AcneScars, true),
        Action::SetSeverity(Concern::AcneScars, Severity::Severe),
        Action::SetConcern(Concern::Melasma, true),
        Action::SetSkinType(Fitzpatrick::V),
        Action::SetQuizAnswer(QuizItem::Freckles, Some(4)),
        Action::SetDowntime(Downtime::TwoWeeksOrMore),
        Action::SetBudget(Budget::NoFixedLimit),
        Action::SetInjectionsOk(false),
        Action::SetEventDate(Some("2027-06-12".parse().unwrap())),
        Action::SetStartDate(Some("2027-01-04".parse().unwrap())),
    ];
    let mut state = actions.into_iter().fold(State::default(), State::apply);
    for c in Condition::ALL {
        state = state.apply(Action::SetCondition(c, YesNo::No));
    }
    let actions = [
        Action::SetGate(0, Gate::NoneApply),
        Action::SetGate(1, Gate::NotSure),
        Action::SetCondition(Condition::ColdSoreHistory, YesNo::Yes),
        Action::SetCondition(Condition::BloodThinners, YesNo::NotSure),
        Action::SetIsotretinoin(IsotretinoinChoice::Stopped),
        Action::SetIsotretinoinLastTaken(Some("2026-03-31".parse().unwrap())),
        Action::Next,
        Action::Next,
        Action::Next,
        Action::Next,
        Action::Next,
    ];
    actions.into_iter().fold(state, State::apply)
}

pub(super) const ALL: Include = Include { health: true, progress: true };
pub(super) const LINK: Include = Include { health: false, progress: false };

#[test]
fn a_stored_state_round_trips_whole() {
    let state = full_state();
    assert_eq!(state.step, Step::Results);
    let text = encode(&state, ALL);
    assert!(text.len() < 100, "{text}");
    let Decoded { state: back, has_health, .. } = decode(&text, today()).unwrap();
    assert!(has_health);
    assert_eq!(back, state);
    // Part-way through, on another screen, with nothing chosen yet.
    let fresh = State::default();
    assert_eq!(decode(&encode(&fresh, ALL), today()).unwrap().state, fresh);
}

#[test]
fn a_link_carries_answers_only_and_health_answers_only_when_asked() {
    let state = full_state();
    let text = encode(&state, LINK);
    let Decoded { state: back, has_health, .. } = decode_link(&text, today()).unwrap();
    assert!(!has_health);
    assert_eq!(back.draft.concerns, state.draft.concerns);
    assert_eq!(back.draft.preferences, state.draft.preferences);
    // Health answers left out are unanswered, not "no": the link opens on the health step.
    assert!(back.draft.health.conditions.is_empty(), "health answers are left out");
    assert_eq!(back.draft.gates, [None; 3]);
    assert_eq!(back.draft.isotretinoin, None);
    assert_eq!(back.draft.to_answers(), None, "no results until they are answered");
    assert_eq!(back.quiz, Quiz::default(), "no quiz answers in a link");
    assert_eq!(back.step, Step::Health);
    assert!(!back.seen_results, "\"See my results\", not \"Back to results\"");
    let with_health = encode(&state, Include { health: true, progress: false });
    let Decoded { state: back, has_health, .. } = decode_link(&with_health, today()).unwrap();
    assert!(has_health);
    assert_eq!(back.draft.health, state.draft.health);
    assert_eq!(back.draft.gates, state.draft.gates);
    assert_eq!(back.step, Step::Results);
    assert_eq!(back.draft.isotretinoin_last_taken, state.draft.isotretinoin_last_taken);
    // Only digits, dots and dates: nothing a visitor could be shown as text.
    assert!(with_health.chars().all(|c| c.is_ascii_digit() || c == '.'), "{with_health}");
}

#[test]
fn a_link_without_complete_answers_is_refused() {
    let text = encode(&State::default(), LINK);
    assert_eq!(decode_link(&text, today()), Err(DecodeError::Incomplete));
    // With its health answers, they must be complete too (only a link without them opens on
    // the health step).
    let part = full_state().apply(Action::SetGate(0, Gate::OneOrMore));
    assert_eq!(
        part.draft.missing(Step::Health),
        Some(crate::questionnaire::Missing::Condition(Condition::PregnantOrBreastfeeding))
    );
    assert_eq!(
        decode_link(&encode(&part, Include { health: true, progress: false }), today()),
        Err(DecodeError::Incomplete)
    );
}

#[test]
fn unanswered_health_questions_and_the_groups_answers_are_kept() {
    // Part-way through the health step: one group "none of these", one opened with a question
    // answered, one not answered yet.
    let state = [
        Action::SetConcern(Concern::Dullness, true),
        Action::SetSkinType(Fitzpatrick::II),
        Action::Edit(Step::Health),
        Action::SetGate(0, Gate::NoneApply),
        Action::SetGate(1, Gate::NotSure),
        Action::SetCondition(Condition::BloodThinners, YesNo::NotSure),
    ]
    .into_iter()
    .fold(State::default(), State::apply);
    let text = encode(&state, ALL);
    let Decoded { state: back, .. } = decode(&text, today()).unwrap();
    assert_eq!(back, state, "{text}");
    assert_eq!(back.draft.gates, [Some(Gate::NoneApply), Some(Gate::NotSure), None]);
    assert_eq!(back.draft.condition(Condition::Immunosuppressants), None, "still unanswered");
    assert_eq!(back.draft.isotretinoin, None);
    assert_eq!(back.draft.to_answers(), None);
    // A fresh state: nothing answered.
    let fresh = decode(&encode(&State::default(), ALL), today()).unwrap().state;
    assert_eq!(fresh.draft.gates, [None; 3]);
    assert!(fresh.draft.health.conditions.is_empty());
}

#[test]
fn health_answers_the_questionnaire_cannot_leave_are_malformed() {
    let good = encode(&full_state(), ALL);
    let health = good.rsplit('.').next().unwrap().to_string();
    let with_health = |h: &str| format!("{}.{h}", good.rsplit_once('.').unwrap().0);
    assert!(decode(&with_health(&health), today()).is_ok());
    // A group not yet answered with an answer in it; "none of these" with a "yes" in it.
    let mut unanswered_group = health.clone().into_bytes();
    unanswered_group[0] = b'-';
    assert_eq!(
        decode(&with_health(&String::from_utf8(unanswered_group).unwrap()), today()),
        Err(DecodeError::Field("health"))
    );
    let mut yes_under_none = health.clone().into_bytes();
    yes_under_none[2] = b'0'; // history (cold sores "yes") as "none of these"
    assert_eq!(
        decode(&with_health(&String::from_utf8(yes_under_none).unwrap()), today()),
        Err(DecodeError::Field("health"))
    );
    let mut isotretinoin_under_none = health.into_bytes();
    isotretinoin_under_none[1] = b'0'; // medicines: blood thinners "not sure", isotretinoin stopped
    assert_eq!(
        decode(&with_health(&String::from_utf8(isotretinoin_under_none).unwrap()), today()),
        Err(DecodeError::Field("health"))
    );
}

#[test]
fn an_event_that_has_passed_is_dropped_and_a_future_dose_refused() {
    let text = encode(&full_state(), ALL);
    let later: Date = "2027-07-01".parse().unwrap();
    let Decoded { state: back, .. } = decode(&text, later).unwrap();
    assert_eq!(back.draft.preferences.event_date, None);
    assert_eq!(decode(&text, "2026-03-01".parse().unwrap()), Err(DecodeError::Field("isotretinoin")));
}

#[test]
fn a_last_dose_left_from_a_changed_answer_is_not_kept() {
    // Found by tests/fuzz.rs: "stopped", a date, then "current": the date stayed in the draft, was
    // written, and the decoder refused the whole text (a reload lost every answer, a link failed).
    let state = full_state().apply(Action::SetIsotretinoin(IsotretinoinChoice::Current));
    assert!(state.draft.isotretinoin_last_taken.is_some());
    let Decoded { state: back, .. } = decode(&encode(&state, ALL), today()).expect("the state is restored");
    assert_eq!(back.draft.isotretinoin, Some(IsotretinoinChoice::Current));
    assert_eq!(back.draft.isotretinoin_last_taken, None);
    assert_eq!(back.draft.to_answers(), state.draft.to_answers(), "the same answers");
    assert!(decode_link(&encode(&state, Include { health: true, progress: false }), today()).is_ok());
}

#[test]
fn dates_beyond_the_answers_limits_are_malformed_fields() {
    // Today 2026-12-01: event and start dates up to 2031-12-01, a last dose from 1900.
    let mut state = full_state();
    state.draft.preferences.event_date = Some("2031-12-01".parse().unwrap());
    state.draft.start_date = Some("2031-12-01".parse().unwrap());
    assert_eq!(decode(&encode(&state, ALL), today()).unwrap().state, state, "exactly five years ahead is kept");
    let beyond = |edit: &dyn Fn(&mut State)| {
        let mut s = full_state();
        edit(&mut s);
        decode(&encode(&s, ALL), today())
    };
    assert_eq!(
        beyond(&|s| s.draft.preferences.event_date = Some("2031-12-02".parse().unwrap())),
        Err(DecodeError::Field("event date"))
    );
    assert_eq!(
        beyond(&|s| s.draft.start_date = Some("9999-12-31".parse().unwrap())),
        Err(DecodeError::Field("start date"))
    );
    assert_eq!(
        beyond(&|s| s.draft.isotretinoin_last_taken = Some("1899-12-31".parse().unwrap())),
        Err(DecodeError::Field("isotretinoin"))
    );
    let link = encode(&state, LINK).replace("20311201", "99991231");
    assert_eq!(decode_link(&link, today()), Err(DecodeError::Field("event date")));
}

#[test]
fn every_malformed_text_is_an_error_naming_what_is_wrong() {
    let good = encode(&full_state(), ALL);
    let fields: Vec<&str> = good.split('.').collect();
    let with = |i: usize, v: &str| {
        let mut f = fields.clone();
        f[i] = v;
        f.join(".")
    };
    let cases: Vec<(String, DecodeError)> = vec![
        (String::new(), DecodeError::Version(String::new())),
        ("4.0.0".into(), DecodeError::Version("4".into())),
        ("{\"concerns\":[]}".into(), DecodeError::Version("{\"concer".into())),
        ("1".repeat(300), DecodeError::TooLong),
        (format!("{good}."), DecodeError::Field("number of")),
        (fields[..11].join("."), DecodeError::Field("number of")),
        (with(1, "6"), DecodeError::Field("screen")),
        (with(1, "12"), DecodeError::Field("screen")),
        (with(2, "2"), DecodeError::Field("results seen")),
        (with(3, "0000000000000"), good_state_with_no_concerns()),
        (with(3, "00000000000004"), DecodeError::Field("concerns")),
        (with(3, "000000000000"), DecodeError::Field("concerns")),
        (with(3, "00000000000x0"), DecodeError::Field("concerns")),
        (with(4, "7"), DecodeError::Field("skin type")),
        (with(4, ""), DecodeError::Field("skin type")),
        (with(5, "4"), DecodeError::Field("downtime")),
        (with(6, "3"), DecodeError::Field("budget")),
        (with(7, "yes"), DecodeError::Field("injections")),
        (with(8, "20270230"), DecodeError::Field("event date")),
        (with(8, "2027-06-12"), DecodeError::Field("event date")),
        (with(8, "+2027061"), DecodeError::Field("event date")),
        (with(9, "99991301"), DecodeError::Field("start date")),
        (with(10, "-----5----"), DecodeError::Field("quiz")),
        (with(10, "---"), DecodeError::Field("quiz")),
        (with(11, "000000000000000000000000"), DecodeError::Field("health")),
        (with(11, "00000000000000000000000"), DecodeError::Field("health")),
        (with(11, "0000000000000000000000000"), good_state_with_no_concerns()),
        (with(11, "-------------------------"), good_state_with_no_concerns()),
        (with(11, "3000000000000000000000000"), DecodeError::Field("health")),
        (with(11, "x000000000000000000000000"), DecodeError::Field("health")),
        (with(11, "1110000000000020000000000"), DecodeError::Field("health")),
        (with(11, "111000000000000000000-003"), good_state_with_no_concerns()),
        (with(11, "011000000000000000000-003"), DecodeError::Field("health")),
        (with(11, "1110000000000000000000004"), DecodeError::Field("isotretinoin")),
        (with(11, "111000000000000000000000120260101"), DecodeError::Field("isotretinoin")),
        (with(11, "111000000000000000000000220270101"), DecodeError::Field("isotretinoin")),
        (with(11, "11100000000000000000000022026010"), DecodeError::Field("health")),
        (with(11, "000000000000000000000é00"), DecodeError::Field("health")),
    ];
    for (text, expected) in cases {
        if expected == good_state_with_no_concerns() {
            assert!(decode(&text, today()).is_ok(), "{text}: a valid stored state");
            continue;
        }
        assert_eq!(decode(&text, today()), Err(expected.clone()), "{text:?}");
        assert!(!expected.to_string().is_empty());
    }
}

/// A marker for the cases above that decode (a stored state with no concern yet, or with
/// health answers the questionnaire can leave).
fn good_state_with_no_concerns() -> DecodeError {
    DecodeError::Field("(valid)")
}

#[test]
fn no_mutation_of_a_valid_text_panics() {
    let good = encode(&full_state(), ALL);
    let replacements = ['0', '1', '3', '9', '.', '-', 'x', 'é', '\u{0}', '%'];
    for i in 0..=good.len() {
        let _ = decode(&good[..i], today());
        let _ = decode_link(&good[..i], today());
        for r in replacements {
            let mut s: Vec<char> = good.chars().collect();
            if i < s.len() {
                s[i] = r;
            } else {
                s.push(r);
            }
            let s: String = s.into_iter().collect();
            if let Ok(Decoded { state, .. }) = decode(&s, today()) {
                // Whatever decodes is a state the widget can show.
                let _ = state.draft.to_answers();
            }
        }
    }
}
