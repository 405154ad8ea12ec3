//! Questionnaire strings: step titles, every question and answer label, hints and the labels
//! other screens reuse (concern, severity, skin type, downtime, budget, health question).
//!
//! The struct itself is generated from en.json (see `declare.rs`); its tables are indexed by an
//! enum's position in its `ALL` array.

use super::template::fill;
use super::QuestionText;
use crate::answers::{Budget, Concern, Condition, Downtime, Fitzpatrick, QuizItem, Severity, YesNo};
use crate::questionnaire::{IsotretinoinChoice, Step};

/// Position of `value` in `all` (the enum's `ALL` array). Every variant is listed there, so the
/// fallback 0 is never used.
fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

impl QuestionText {
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

    /// An isotretinoin answer's label.
    pub fn isotretinoin(&self, c: IsotretinoinChoice) -> &'static str {
        self.isotretinoin_options[position(&IsotretinoinChoice::ALL, &c)]
    }

    /// A screen's title.
    pub fn step(&self, s: Step) -> &'static str {
        self.steps[s.index()]
    }

    /// A screen's short name (progress list, edit buttons).
    pub fn step_name(&self, s: Step) -> &'static str {
        self.step_names[s.index()]
    }

    /// The line under a screen's title (empty: none).
    pub fn step_intro(&self, s: Step) -> &'static str {
        self.step_intros[s.index()]
    }

    /// "Step 2 of 5".
    pub fn step_of(&self, n: usize, total: usize) -> String {
        fill(self.step_count, &[("n", &n.to_string()), ("total", &total.to_string())])
    }
}

#[cfg(test)]
#[path = "questions_tests.rs"]
mod tests;
