//! The questionnaire's screens in order, the health screen's groups, and the answers the screens
//! offer before they become the engine's (a group's opening question, isotretinoin's status).

use crate::answers::Condition;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Concerns,
    SkinType,
    Downtime,
    Preferences,
    Health,
    Results,
}

impl Step {
    pub const ALL: [Step; 6] =
        [Step::Concerns, Step::SkinType, Step::Downtime, Step::Preferences, Step::Health, Step::Results];
    /// The question screens, in order.
    pub const QUESTIONS: [Step; 5] = [Step::Concerns, Step::SkinType, Step::Downtime, Step::Preferences, Step::Health];

    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// "concerns", "skin_type", "downtime", "preferences", "health", "results": the screen's
    /// `data-step` and the last part of its text keys (`questions.steps.health`).
    pub fn key(self) -> &'static str {
        ["concerns", "skin_type", "downtime", "preferences", "health", "results"][self.index()]
    }

    pub fn is_question(self) -> bool {
        self != Step::Results
    }

    pub fn next(self) -> Step {
        Step::ALL.get(self.index() + 1).copied().unwrap_or(Step::Results)
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// The health questions by group ("Right now", "Medicines", "History"; titles in
/// `QuestionText::health_groups`). Every condition appears exactly once.
pub const HEALTH_GROUPS: [&[Condition]; 3] = [
    &[
        Condition::PregnantOrBreastfeeding,
        Condition::ActiveAcne,
        Condition::ActiveInfection,
        Condition::SkinConditionFlare,
        Condition::OpenWounds,
        Condition::Sunburn,
        Condition::SkinCancer,
        Condition::UncontrolledDiabetes,
        Condition::Under22,
    ],
    &[
        Condition::BloodThinners,
        Condition::Immunosuppressants,
        Condition::PhotosensitisingMedication,
        Condition::NumbingOrMetalAllergy,
    ],
    &[
        Condition::ColdSoreHistory,
        Condition::KeloidTendency,
        Condition::RecentProcedure,
        Condition::RecentFacialSurgery,
        Condition::Scleroderma,
        Condition::NeuromuscularDisorder,
        Condition::BleedingDisorder,
        Condition::ImplantedDevice,
    ],
];

/// The group that also holds the isotretinoin question (asked first in it).
pub const MEDICINES: usize = 1;

/// Group `i`'s key: "now", "medicines", "history".
pub fn health_group_key(i: usize) -> &'static str {
    ["now", "medicines", "history"].get(i).copied().unwrap_or("")
}

/// The index in [`HEALTH_GROUPS`] of the group asking `c`.
pub fn health_group_of(c: Condition) -> usize {
    HEALTH_GROUPS.iter().position(|g| g.contains(&c)).unwrap_or(0)
}

/// The answer to a health group's opening question, "does any of these apply to you?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// None of the group's items: every question of the group is answered "no" (isotretinoin
    /// "never") at once.
    NoneApply,
    /// One or more: the group's questions open, each unanswered until answered.
    OneOrMore,
    /// Not sure: the questions open too; it is no answer to any of them (never taken as "no").
    NotSure,
}

impl Gate {
    pub const ALL: [Gate; 3] = [Gate::NoneApply, Gate::OneOrMore, Gate::NotSure];

    /// "none", "some", "not_sure" (the radios' values and the text keys).
    pub fn key(self) -> &'static str {
        ["none", "some", "not_sure"][self.index()]
    }

    pub fn index(self) -> usize {
        Gate::ALL.iter().position(|g| *g == self).unwrap_or(0)
    }

    /// Whether the group's questions are shown and answered one by one.
    pub fn opens(self) -> bool {
        self != Gate::NoneApply
    }
}

/// The isotretinoin answer before its date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IsotretinoinChoice {
    Never,
    Current,
    Stopped,
    NotSure,
}

impl IsotretinoinChoice {
    pub const ALL: [IsotretinoinChoice; 4] = [
        IsotretinoinChoice::Never,
        IsotretinoinChoice::Current,
        IsotretinoinChoice::Stopped,
        IsotretinoinChoice::NotSure,
    ];

    /// "never", "current", "stopped", "not_sure" (the engine's serde tags).
    pub fn key(self) -> &'static str {
        let i = IsotretinoinChoice::ALL.iter().position(|c| *c == self).unwrap_or(0);
        ["never", "current", "stopped", "not_sure"][i]
    }
}
