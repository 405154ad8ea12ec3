//! The questionnaire's state: which screen is showing and the answers so far, changed only
//! through typed [`Action`]s by a pure reducer ([`State::apply`]). No web imports: the UI wraps
//! it in a Yew reducer (`ui::state`), and native tests drive it directly.

use crate::answers::{
    self, Answers, Budget, Concern, ConcernAnswer, Condition, Downtime, Fitzpatrick, Health, Isotretinoin, Preferences,
    QuizItem, Severity, YesNo,
};
use crate::date::Date;
use std::rc::Rc;

mod screens;

pub use screens::{health_group_key, health_group_of, Gate, IsotretinoinChoice, Step, HEALTH_GROUPS, MEDICINES};

/// Why the current screen cannot be left forwards yet: the first thing missing, named so that
/// the screen can say it and move the focus there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Concern,
    SkinType,
    /// A health group's opening question (its index in [`HEALTH_GROUPS`]) is unanswered.
    HealthGroup(usize),
    /// A health question the visitor opened is unanswered.
    Condition(Condition),
    Isotretinoin,
    IsotretinoinDate,
}

/// Answers so far. Unlike [`Answers`], the skin type and the isotretinoin date may be unset.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Severity of each ticked concern, by position in [`Concern::ALL`].
    pub concerns: [Option<Severity>; Concern::ALL.len()],
    pub skin_type: Option<Fitzpatrick>,
    pub downtime: Downtime,
    pub preferences: Preferences,
    /// The condition answers, each unanswered until answered (directly, or "no" through its
    /// group's "none of these"); its `isotretinoin` is rebuilt from the two fields below.
    pub health: Rc<Health>,
    /// Each health group's opening question, by position in [`HEALTH_GROUPS`]; unanswered first.
    pub gates: [Option<Gate>; HEALTH_GROUPS.len()],
    pub isotretinoin: Option<IsotretinoinChoice>,
    pub isotretinoin_last_taken: Option<Date>,
    /// When the visitor could start; the timelines plan from today when unset.
    pub start_date: Option<Date>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            concerns: [None; Concern::ALL.len()],
            skin_type: None,
            downtime: Downtime::default(),
            preferences: Preferences::default(),
            health: Rc::new(Health::default()),
            gates: [None; HEALTH_GROUPS.len()],
            isotretinoin: None,
            isotretinoin_last_taken: None,
            start_date: None,
        }
    }
}

impl Draft {
    pub fn severity(&self, c: Concern) -> Option<Severity> {
        Concern::ALL.iter().position(|x| *x == c).and_then(|i| self.concerns[i])
    }

    pub fn concern_answers(&self) -> Vec<ConcernAnswer> {
        let mut answers = Vec::new();
        for (&concern, s) in Concern::ALL.iter().zip(self.concerns) {
            if let Some(severity) = s {
                answers.push(ConcernAnswer { concern, severity });
            }
        }
        answers
    }

    /// The answer to health question `c`, if given.
    pub fn condition(&self, c: Condition) -> Option<YesNo> {
        self.health.conditions.get(&c).copied()
    }

    pub fn isotretinoin_answer(&self) -> Option<Isotretinoin> {
        Some(match self.isotretinoin? {
            IsotretinoinChoice::Never => Isotretinoin::Never,
            IsotretinoinChoice::Current => Isotretinoin::Current,
            IsotretinoinChoice::Stopped => Isotretinoin::Stopped { last_taken: self.isotretinoin_last_taken? },
            IsotretinoinChoice::NotSure => Isotretinoin::NotSure,
        })
    }

    /// What `step` still needs before the visitor may go on.
    pub fn missing(&self, step: Step) -> Option<Missing> {
        match step {
            Step::Concerns if self.concerns.iter().all(Option::is_none) => Some(Missing::Concern),
            Step::SkinType if self.skin_type.is_none() => Some(Missing::SkinType),
            Step::Health => self.missing_health(),
            _ => None,
        }
    }

    /// The health step's first unanswered question, in the order the screen asks them: each
    /// group's opening question, then (once opened) its questions, isotretinoin first in its group.
    pub fn missing_health(&self) -> Option<Missing> {
        for (i, (group, gate)) in HEALTH_GROUPS.iter().zip(self.gates).enumerate() {
            if gate.is_none() {
                return Some(Missing::HealthGroup(i));
            }
            if i == MEDICINES {
                match self.isotretinoin {
                    None => return Some(Missing::Isotretinoin),
                    Some(IsotretinoinChoice::Stopped) if self.isotretinoin_last_taken.is_none() => {
                        return Some(Missing::IsotretinoinDate)
                    }
                    _ => {}
                }
            }
            if let Some(&c) = group.iter().find(|&&c| self.condition(c).is_none()) {
                return Some(Missing::Condition(c));
            }
        }
        None
    }

    /// Answers group `i`'s opening question. "None of these" answers its questions "no"
    /// (isotretinoin "never"); leaving "none of these" for another answer leaves them unanswered
    /// again (they were never answered one by one); between "one or more" and "not sure" the
    /// answers given stay.
    pub fn set_gate(&mut self, i: usize, gate: Gate) {
        let Some(group) = HEALTH_GROUPS.get(i) else { return };
        let before = self.gates[i].replace(gate);
        let health = Rc::make_mut(&mut self.health);
        if !gate.opens() {
            for &c in group.iter() {
                health.conditions.insert(c, YesNo::No);
            }
            if i == MEDICINES {
                self.isotretinoin = Some(IsotretinoinChoice::Never);
                self.isotretinoin_last_taken = None;
            }
        } else if before == Some(Gate::NoneApply) {
            for c in group.iter() {
                health.conditions.remove(c);
            }
            if i == MEDICINES {
                self.isotretinoin = None;
            }
        }
    }

    /// Opens the group asking `c` for answers one by one, if it is not open yet (an answer to
    /// one of its questions says the visitor is answering them one by one).
    fn open_group_of(&mut self, i: usize) {
        if !self.gates[i].is_some_and(Gate::opens) {
            self.set_gate(i, Gate::OneOrMore);
        }
    }

    /// The first question screen that is not complete.
    pub fn first_incomplete(&self) -> Option<Step> {
        Step::QUESTIONS.into_iter().find(|s| self.missing(*s).is_some())
    }

    /// The engine's input, once every required answer is given.
    pub fn to_answers(&self) -> Option<Answers> {
        if self.first_incomplete().is_some() {
            return None;
        }
        let mut health = (*self.health).clone();
        health.isotretinoin = self.isotretinoin_answer()?;
        Some(Answers {
            concerns: self.concern_answers(),
            skin_type: self.skin_type?,
            downtime: self.downtime,
            preferences: self.preferences.clone(),
            health,
            start_date: self.start_date,
        })
    }
}

/// Answers to the ten skin-typing questions, each 0-4, by position in [`QuizItem::ALL`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Quiz(pub [Option<u8>; QuizItem::ALL.len()]);

impl Quiz {
    pub fn answer(&self, item: QuizItem) -> Option<u8> {
        QuizItem::ALL.iter().position(|x| *x == item).and_then(|i| self.0[i])
    }

    pub fn with(mut self, item: QuizItem, score: Option<u8>) -> Quiz {
        if let Some(i) = QuizItem::ALL.iter().position(|x| *x == item) {
            self.0[i] = score.filter(|s| *s <= QuizItem::MAX_SCORE);
        }
        self
    }

    /// The skin type the answers point to, once all ten are answered.
    pub fn result(&self) -> Option<Fitzpatrick> {
        let total = self.0.iter().try_fold(0u32, |sum, a| a.map(|s| sum + u32::from(s)))?;
        Some(Fitzpatrick::from_quiz_total(total))
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub step: Step,
    pub draft: Draft,
    pub quiz: Quiz,
    pub quiz_open: bool,
    /// The visitor has seen the results; "next" then leads straight back to them.
    pub seen_results: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    SetConcern(Concern, bool),
    SetSeverity(Concern, Severity),
    SetSkinType(Fitzpatrick),
    SetQuizAnswer(QuizItem, Option<u8>),
    ToggleQuiz,
    SetDowntime(Downtime),
    SetBudget(Budget),
    SetInjectionsOk(bool),
    SetEventDate(Option<Date>),
    SetStartDate(Option<Date>),
    /// A health group's opening question, by its position in [`HEALTH_GROUPS`].
    SetGate(usize, Gate),
    SetCondition(Condition, YesNo),
    SetIsotretinoin(IsotretinoinChoice),
    SetIsotretinoinLastTaken(Option<Date>),
    Next,
    Back,
    /// Jump to a screen from the results.
    Edit(Step),
    /// Every answer cleared, back to the first screen.
    StartOver,
}

impl Action {
    /// Whether the questionnaire shown on `today` takes this action: an event or start date more
    /// than [`MAX_YEARS_AHEAD`](crate::answers::MAX_YEARS_AHEAD) years ahead, or a last
    /// isotretinoin dose after `today` or before 1900, is no answer (the same limits as
    /// [`Answers::validate`] and the saved answers). Clearing a date always fits.
    pub fn fits(&self, today: Date) -> bool {
        match *self {
            Action::SetEventDate(Some(d)) | Action::SetStartDate(Some(d)) => answers::within_horizon(d, today),
            Action::SetIsotretinoinLastTaken(Some(d)) => answers::plausible_last_dose(d, today),
            _ => true,
        }
    }
}

impl State {
    /// [`State::apply`] for the questionnaire shown on `today`: an action that does not
    /// [fit](Action::fits) that day is ignored, so no answer beyond the dates' limits gets in.
    pub fn apply_on(self, action: Action, today: Date) -> State {
        if action.fits(today) {
            self.apply(action)
        } else {
            self
        }
    }

    /// Where "next" leads from the current screen, if it may be left.
    pub fn next_step(&self) -> Option<Step> {
        if self.draft.missing(self.step).is_some() {
            return None;
        }
        if self.seen_results {
            return Some(self.draft.first_incomplete().unwrap_or(Step::Results));
        }
        Some(self.step.next())
    }

    pub fn apply(mut self, action: Action) -> State {
        let draft = &mut self.draft;
        match action {
            Action::SetConcern(c, on) => {
                if let Some(i) = Concern::ALL.iter().position(|x| *x == c) {
                    let current = draft.concerns[i];
                    draft.concerns[i] = on.then(|| current.unwrap_or_default());
                }
            }
            Action::SetSeverity(c, s) => {
                if let Some(i) = Concern::ALL.iter().position(|x| *x == c) {
                    draft.concerns[i] = Some(s);
                }
            }
            Action::SetSkinType(f) => draft.skin_type = Some(f),
            Action::SetQuizAnswer(item, score) => self.quiz = self.quiz.with(item, score),
            Action::ToggleQuiz => self.quiz_open = !self.quiz_open,
            Action::SetDowntime(d) => draft.downtime = d,
            Action::SetBudget(b) => draft.preferences.budget = b,
            Action::SetInjectionsOk(ok) => draft.preferences.injections_ok = ok,
            Action::SetEventDate(d) => draft.preferences.event_date = d,
            Action::SetStartDate(d) => draft.start_date = d,
            Action::SetCondition(c, a) => {
                let allowed = a != YesNo::NotSure || c.allows_not_sure();
                if allowed {
                    draft.open_group_of(health_group_of(c));
                    Rc::make_mut(&mut draft.health).conditions.insert(c, a);
                }
            }
            Action::SetGate(i, gate) => draft.set_gate(i, gate),
            Action::SetIsotretinoin(choice) => {
                draft.open_group_of(MEDICINES);
                draft.isotretinoin = Some(choice);
            }
            Action::SetIsotretinoinLastTaken(d) => draft.isotretinoin_last_taken = d,
            Action::Next => {
                if let Some(step) = self.next_step() {
                    self.seen_results |= step == Step::Results;
                    self.step = step;
                }
            }
            Action::Back => {
                if let Some(step) = self.step.previous() {
                    self.step = step;
                }
            }
            Action::Edit(step) => self.step = step,
            Action::StartOver => return State::default(),
        }
        self
    }
}
