//! Questionnaire strings: step titles, every question and answer label, hints and the labels
//! other screens reuse (concern, severity, skin type, downtime, budget, health question).
//!
//! Tables are indexed by an enum's position in its `ALL` array; UI-only choices (the steps, the
//! isotretinoin status) are looked up by their stable key.

use super::results::fill;
use crate::answers::{Budget, Concern, Condition, Downtime, Fitzpatrick, QuizItem, Severity, YesNo};

/// The keys of the widget's screens, in order (`ui::state::Step::key`).
pub const STEP_KEYS: [&str; 6] = ["concerns", "skin_type", "downtime", "preferences", "health", "results"];

/// The isotretinoin answers' keys, in order (the engine's serde `status` tags).
pub const ISOTRETINOIN_KEYS: [&str; 4] = ["never", "current", "stopped", "not_sure"];

/// The health step's groups, in order.
pub const HEALTH_GROUP_COUNT: usize = 3;

/// The health groups' keys, in order (text keys, and the screen's `data-group` and radio names).
pub const HEALTH_GROUP_KEYS: [&str; HEALTH_GROUP_COUNT] = ["now", "medicines", "history"];

/// The answers to a health group's opening question, in order (`questionnaire::Gate::key`).
pub const GATE_KEYS: [&str; 3] = ["none", "some", "not_sure"];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuestionText {
    // Header and first screen
    pub title: &'static str,
    pub subtitle: &'static str,
    pub privacy: &'static str,

    // Progress and navigation
    pub progress_label: &'static str,
    /// "Step {n} of {total}".
    pub step_count: &'static str,
    /// Screen titles by [`STEP_KEYS`].
    pub steps: [&'static str; 6],
    /// Short names for the progress list by [`STEP_KEYS`].
    pub step_names: [&'static str; 6],
    /// One line under each screen title, by [`STEP_KEYS`] (empty: none).
    pub step_intros: [&'static str; 6],
    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub back_to_results: &'static str,
    pub hint_no_concern: &'static str,
    pub hint_no_skin_type: &'static str,
    pub hint_isotretinoin_date: &'static str,
    /// A health group's opening question is unanswered: `{group}` (its title).
    pub hint_health_group: &'static str,
    /// A health question is unanswered: `{question}`.
    pub hint_health_question: &'static str,
    /// The language switch's accessible name ("Language").
    pub language_label: &'static str,
    /// Said to screen readers when a screen appears: `{step}` ("Step 2 of 5"), `{title}`.
    pub step_announcement: &'static str,

    // Concerns
    pub concerns: [&'static str; Concern::ALL.len()],
    pub concern_hints: [&'static str; Concern::ALL.len()],
    pub severity_label: &'static str,
    pub severities: [&'static str; Severity::ALL.len()],

    // Skin type
    pub skin_types: [&'static str; Fitzpatrick::ALL.len()],
    pub skin_type_descriptions: [&'static str; Fitzpatrick::ALL.len()],
    pub quiz_open: &'static str,
    pub quiz_close: &'static str,
    pub quiz_intro: &'static str,
    pub quiz_choose: &'static str,
    pub quiz_items: [&'static str; QuizItem::ALL.len()],
    /// The five answers of each quiz item, scoring 0-4.
    pub quiz_options: [[&'static str; QuizItem::MAX_SCORE as usize + 1]; QuizItem::ALL.len()],
    /// "Your answers suggest {type} ...".
    pub quiz_result: &'static str,
    pub quiz_pending: &'static str,

    // Downtime
    pub downtimes: [&'static str; Downtime::ALL.len()],
    pub downtime_hints: [&'static str; Downtime::ALL.len()],

    // Preferences
    pub budget_legend: &'static str,
    pub budget_hint: &'static str,
    /// Templates: `{amount}` is the budget in the clinic's currency
    /// (`ResultText::budget_label` fills it).
    pub budgets: [&'static str; Budget::ALL.len()],
    pub injections_legend: &'static str,
    pub injections_hint: &'static str,
    pub injections_yes: &'static str,
    pub injections_no: &'static str,
    pub event_label: &'static str,
    pub event_hint: &'static str,
    pub start_label: &'static str,
    pub start_hint: &'static str,

    // Health
    pub health_groups: [&'static str; HEALTH_GROUP_COUNT],
    /// Each group's opening question, over the short list of its items.
    pub health_gate_question: &'static str,
    /// Its answers by [`GATE_KEYS`]: none of these, one or more, not sure.
    pub health_gates: [&'static str; GATE_KEYS.len()],
    /// The short name of each condition, for a group's list.
    pub condition_names: [&'static str; Condition::ALL.len()],
    /// The short name of the isotretinoin question, for its group's list.
    pub isotretinoin_name: &'static str,
    pub conditions: [&'static str; Condition::ALL.len()],
    pub yes_no: [&'static str; YesNo::ALL.len()],
    pub isotretinoin_question: &'static str,
    pub isotretinoin_options: [&'static str; ISOTRETINOIN_KEYS.len()],
    pub isotretinoin_last_taken: &'static str,
}

/// Position of `value` in `all` (the enum's `ALL` array). Every variant is listed there, so the
/// fallback 0 is never used.
fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

fn by_key<const N: usize>(keys: &[&str; N], table: &[&'static str; N], key: &str) -> &'static str {
    keys.iter().position(|k| *k == key).map_or("", |i| table[i])
}

impl QuestionText {
    /// [`STEP_KEYS`], for code outside this module.
    pub const STEP_KEYS: [&'static str; 6] = STEP_KEYS;
    /// [`ISOTRETINOIN_KEYS`], for code outside this module.
    pub const ISOTRETINOIN_KEYS: [&'static str; 4] = ISOTRETINOIN_KEYS;
    /// [`HEALTH_GROUP_KEYS`], for code outside this module.
    pub const HEALTH_GROUP_KEYS: [&'static str; HEALTH_GROUP_COUNT] = HEALTH_GROUP_KEYS;
    /// [`GATE_KEYS`], for code outside this module.
    pub const GATE_KEYS: [&'static str; 3] = GATE_KEYS;

    /// Replaces each `{name}` in `template` with its value (see [`fill`]).
    pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
        fill(template, values)
    }

    pub fn concern(&self, c: Concern) -> &'static str {
        self.concerns[position(&Concern::ALL, &c)]
    }

    pub fn concern_hint(&self, c: Concern) -> &'static str {
        self.concern_hints[position(&Concern::ALL, &c)]
    }

    pub fn severity(&self, s: Severity) -> &'static str {
        self.severities[position(&Severity::ALL, &s)]
    }

    /// Short name ("Type IV").
    pub fn skin_type(&self, f: Fitzpatrick) -> &'static str {
        self.skin_types[position(&Fitzpatrick::ALL, &f)]
    }

    /// Plain description ("Rarely burns, tans easily").
    pub fn skin_type_description(&self, f: Fitzpatrick) -> &'static str {
        self.skin_type_descriptions[position(&Fitzpatrick::ALL, &f)]
    }

    pub fn quiz_item(&self, q: QuizItem) -> &'static str {
        self.quiz_items[position(&QuizItem::ALL, &q)]
    }

    /// The label of answer `score` (0-4) of a quiz item.
    pub fn quiz_option(&self, q: QuizItem, score: u8) -> &'static str {
        let options = &self.quiz_options[position(&QuizItem::ALL, &q)];
        options.get(usize::from(score)).copied().unwrap_or("")
    }

    pub fn downtime(&self, d: Downtime) -> &'static str {
        self.downtimes[position(&Downtime::ALL, &d)]
    }

    pub fn downtime_hint(&self, d: Downtime) -> &'static str {
        self.downtime_hints[position(&Downtime::ALL, &d)]
    }

    /// The budget label's template; `ResultText::budget_label` fills in the amount.
    pub fn budget(&self, b: Budget) -> &'static str {
        self.budgets[position(&Budget::ALL, &b)]
    }

    /// The plain-language health question.
    pub fn condition(&self, c: Condition) -> &'static str {
        self.conditions[position(&Condition::ALL, &c)]
    }

    /// The condition's short name, for its group's list.
    pub fn condition_name(&self, c: Condition) -> &'static str {
        self.condition_names[position(&Condition::ALL, &c)]
    }

    pub fn yes_no(&self, a: YesNo) -> &'static str {
        self.yes_no[position(&YesNo::ALL, &a)]
    }

    /// Isotretinoin answer label by its key in [`ISOTRETINOIN_KEYS`].
    pub fn isotretinoin(&self, key: &str) -> &'static str {
        by_key(&ISOTRETINOIN_KEYS, &self.isotretinoin_options, key)
    }

    /// Screen title by its key in [`STEP_KEYS`].
    pub fn step(&self, key: &str) -> &'static str {
        by_key(&STEP_KEYS, &self.steps, key)
    }

    /// Short screen name (progress list, edit buttons) by its key in [`STEP_KEYS`].
    pub fn step_name(&self, key: &str) -> &'static str {
        by_key(&STEP_KEYS, &self.step_names, key)
    }

    pub fn step_intro(&self, key: &str) -> &'static str {
        by_key(&STEP_KEYS, &self.step_intros, key)
    }

    /// "Step 2 of 5".
    pub fn step_of(&self, n: usize, total: usize) -> String {
        fill(self.step_count, &[("n", &n.to_string()), ("total", &total.to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::en::QUESTIONS as EN;

    #[test]
    fn every_label_is_filled_in() {
        let t = &EN;
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
        assert_eq!(EN.concern(Concern::AcneScars), "Acne scars");
        assert_eq!(EN.skin_type(Fitzpatrick::VI), "Type VI");
        assert!(EN.skin_type_description(Fitzpatrick::I).starts_with("Always burns, never tans"));
        assert_eq!(EN.condition(Condition::Under22), "Are you under 22?");
        assert_eq!(EN.budget(Budget::NoFixedLimit), "No fixed limit");
        assert_eq!(EN.quiz_option(QuizItem::HairColour, 4), "Black");
        assert_eq!(EN.quiz_option(QuizItem::HairColour, 9), "");
        assert_eq!(EN.step("health"), "A few health questions");
        assert_eq!(EN.step("nope"), "");
        assert_eq!(EN.isotretinoin("stopped"), "I have stopped");
        assert_eq!(EN.step_of(2, 5), "Step 2 of 5");
    }
}
