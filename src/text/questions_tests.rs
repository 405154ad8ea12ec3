//! Unit tests of `src/text/questions.rs` (the convention: docs/engineers/testing.md).

use super::*;
fn en() -> &'static QuestionText {
    crate::text::english().questions
}

#[test]
fn every_label_is_filled_in() {
    let t = en();
    let tables: [&[&str]; 13] = [
        &t.condition_names,
        &t.health_gates,
        &t.concerns,
        &t.concern_hints,
        &t.severities,
        &t.skin_types,
        &t.skin_type_descriptions,
        &t.quiz_items,
        &t.downtimes,
        &t.budgets,
        &t.conditions,
        &t.yes_no,
        &t.isotretinoin_options,
    ];
    for table in tables {
        assert!(table.iter().all(|s| !s.trim().is_empty()), "{table:?}");
    }
    assert!(t.quiz_options.iter().flatten().all(|s| !s.is_empty()));
}

#[test]
fn looks_labels_up_by_enum_position_and_key() {
    assert_eq!(en().concern(Concern::AcneScars), "Acne scars");
    assert_eq!(en().skin_type(Fitzpatrick::VI), "Type VI");
    assert!(en().skin_type_description(Fitzpatrick::I).starts_with("Always burns, never tans"));
    assert_eq!(en().condition(Condition::Under22), "Are you under 22?");
    assert_eq!(en().budget(Budget::NoFixedLimit), "No fixed limit");
    assert_eq!(en().quiz_option(QuizItem::HairColour, 4), "Black");
    assert_eq!(en().quiz_option(QuizItem::HairColour, 9), "");
    assert_eq!(en().step(Step::Health), "A few health questions");
    assert_eq!(en().isotretinoin(IsotretinoinChoice::Stopped), "I have stopped");
    assert_eq!(en().step_of(2, 5), "Step 2 of 5");
}
