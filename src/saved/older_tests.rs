//! Reading the texts older versions wrote: version 2 (before two health questions were added)
//! and version 1 (before the health groups).

use super::tests::{full_state, today, ALL, LINK};
use super::*;
use crate::answers::{Concern, Condition, Fitzpatrick, YesNo};
use crate::questionnaire::{Action, Gate, State, Step};

/// `text` (version 3) as version 2 wrote it: the health field without the two questions added
/// since (an empty health field stays empty).
fn as_version_2(text: &str) -> String {
    let mut fields: Vec<String> = text.split('.').map(str::to_string).collect();
    fields[0] = "2".into();
    let added = 3 + Condition::BEFORE_VARIANTS..3 + Condition::ALL.len();
    if !fields[11].is_empty() {
        fields[11].replace_range(added, "");
    }
    fields.join(".")
}

/// `text` (version 3) as version 1 wrote it: version 2's, without the groups' answers.
fn as_version_1(text: &str) -> String {
    let mut fields: Vec<String> = as_version_2(text).split('.').map(str::to_string).collect();
    fields[0] = "1".into();
    fields[11] = fields[11].get(3..).unwrap_or_default().to_string();
    fields.join(".")
}

/// `state` without answers to the questions added since version 2: what reading its version-2
/// text gives (the history group, which gained them, unanswered again if it was "none of these").
fn without_added_questions(state: &State) -> State {
    let mut expected = state.clone();
    let health = Rc::make_mut(&mut expected.draft.health);
    for c in Condition::ALL.into_iter().filter(|c| c.added_with_variants()) {
        health.conditions.remove(&c);
    }
    if expected.draft.gates[2] == Some(Gate::NoneApply) {
        expected.draft.gates[2] = None;
        for c in crate::questionnaire::HEALTH_GROUPS[2] {
            Rc::make_mut(&mut expected.draft.health).conditions.remove(c);
        }
    }
    if expected.step == Step::Results {
        expected.step = Step::Health;
    }
    expected
}

#[test]
fn version_2_texts_open_with_the_added_questions_unanswered() {
    let state = full_state();
    let v2 = as_version_2(&encode(&state, ALL));
    let decoded = decode(&v2, today()).unwrap();
    assert!(decoded.has_health && decoded.questions_added);
    assert_eq!(decoded.state, without_added_questions(&state));
    for c in [Condition::ImplantedDevice, Condition::BleedingDisorder] {
        assert_eq!(decoded.state.draft.condition(c), None, "{c:?}");
    }
    assert_eq!(decoded.state.draft.condition(Condition::BloodThinners), Some(YesNo::NotSure), "kept as it was");
    assert_eq!(decoded.state.draft.first_incomplete(), Some(Step::Health));
    assert_eq!(decoded.state.step, Step::Health, "the results wait for the new answers");
    // Answering the two questions gives the same answers as before.
    let answered = [Condition::ImplantedDevice, Condition::BleedingDisorder]
        .into_iter()
        .fold(decoded.state, |s, c| s.apply(Action::SetCondition(c, YesNo::No)));
    assert_eq!(answered.draft.to_answers(), state.draft.to_answers());

    // A link opens on the health step, saying why.
    let link = decode_link(&as_version_2(&encode(&state, Include { health: true, progress: false })), today()).unwrap();
    assert!(link.questions_added);
    assert_eq!(link.state.step, Step::Health);
    assert!(!link.state.seen_results);

    // "None of these" for history was said of a shorter list: asked again, with its questions.
    let all_no = [Action::SetConcern(Concern::Dullness, true), Action::SetSkinType(Fitzpatrick::II)]
        .into_iter()
        .chain((0..3).map(|i| Action::SetGate(i, Gate::NoneApply)))
        .chain([Action::Next; 5])
        .fold(State::default(), State::apply);
    let back = decode(&as_version_2(&encode(&all_no, ALL)), today()).unwrap().state;
    assert_eq!(back.draft.gates, [Some(Gate::NoneApply), Some(Gate::NoneApply), None]);
    for &c in crate::questionnaire::HEALTH_GROUPS[2] {
        assert_eq!(back.draft.condition(c), None, "{c:?}");
    }
    assert_eq!(back, without_added_questions(&all_no));

    // A visitor who had not reached the health step has nothing new to be told.
    let early =
        [Action::SetConcern(Concern::Dullness, true), Action::Next].into_iter().fold(State::default(), State::apply);
    let decoded = decode(&as_version_2(&encode(&early, ALL)), today()).unwrap();
    assert!(!decoded.questions_added);
    assert_eq!(decoded.state, early);
}

#[test]
fn version_1_texts_still_open_with_every_health_question_answered() {
    let state = full_state();
    let v1 = as_version_1(&encode(&state, ALL));
    assert!(v1.starts_with("1.5.1.") && !v1.rsplit('.').next().unwrap().contains('-'), "{v1}");
    let Decoded { state: back, has_health, .. } = decode(&v1, today()).unwrap();
    assert!(has_health);
    // Right now all "no": "none of these"; medicines and history have a "yes" or "not sure":
    // "one or more".
    assert_eq!(back.draft.gates, [Some(Gate::NoneApply), Some(Gate::OneOrMore), Some(Gate::OneOrMore)]);
    assert_eq!(back.draft.health, without_added_questions(&state).draft.health);
    assert_eq!(back.step, Step::Health, "the questions added since wait to be answered");
    // A version-1 link, with health answers and without.
    let link = as_version_1(&encode(&state, Include { health: true, progress: false }));
    assert_eq!(decode_link(&link, today()).unwrap().state.draft.health, without_added_questions(&state).draft.health);
    let Decoded { state: back, has_health, .. } = decode_link(&as_version_1(&encode(&state, LINK)), today()).unwrap();
    assert!(!has_health);
    assert_eq!(back.step, Step::Health);
    assert!(back.draft.health.conditions.is_empty());
    // Every answer "no" is "none of these" three times.
    let all_no = [Action::SetConcern(Concern::Dullness, true), Action::SetSkinType(Fitzpatrick::II)]
        .into_iter()
        .chain((0..3).map(|i| Action::SetGate(i, Gate::NoneApply)))
        .chain([Action::Next; 5])
        .fold(State::default(), State::apply);
    assert_eq!(all_no.step, Step::Results);
    let Decoded { state: back, .. } = decode(&as_version_1(&encode(&all_no, ALL)), today()).unwrap();
    assert_eq!(back, without_added_questions(&all_no));
}

#[test]
fn version_1_defaults_never_shown_to_the_visitor_are_not_answers() {
    // Version 1 started every health answer at "no": a visitor kept on an earlier screen, who
    // never saw the results, never gave them.
    let early = [Action::SetConcern(Concern::Dullness, true), Action::Next]
        .into_iter()
        .chain((0..3).map(|i| Action::SetGate(i, Gate::NoneApply)))
        .fold(State::default(), State::apply);
    assert_eq!(early.step, Step::SkinType);
    let Decoded { state: back, .. } = decode(&as_version_1(&encode(&early, ALL)), today()).unwrap();
    assert_eq!(back.draft.gates, [None; 3]);
    assert!(back.draft.health.conditions.is_empty());
    assert_eq!(back.draft.isotretinoin, None);
    assert_eq!(back.draft.concerns, early.draft.concerns, "the other answers stay");
    // An answer other than "no" on an earlier screen was given (the visitor went there and back).
    let given = crate::questionnaire::HEALTH_GROUPS[0].iter().fold(
        early.apply(Action::SetCondition(Condition::Sunburn, YesNo::Yes)),
        |s, &c| {
            if c == Condition::Sunburn {
                s
            } else {
                s.apply(Action::SetCondition(c, YesNo::No))
            }
        },
    );
    let Decoded { state: back, .. } = decode(&as_version_1(&encode(&given, ALL)), today()).unwrap();
    assert_eq!(back.draft.condition(Condition::Sunburn), Some(YesNo::Yes));
    assert_eq!(back.draft.gates[0], Some(Gate::OneOrMore));
}
