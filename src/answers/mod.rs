//! What the visitor told us: the engine's input. Plain data, serde-friendly; the JSON form is
//! documented in `docs/answers.md` with `examples/answers.json`.

mod health;

pub use health::{Condition, Health, Isotretinoin, YesNo};

use crate::date::Date;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    FineLines,
    ExpressionLines,
    AcneScars,
    OtherScars,
    /// Sun spots, age spots, photodamage (solar lentigines).
    SunDamage,
    /// Symmetric, often hormonal brown-grey patches.
    Melasma,
    /// Dark spots or patches, not sure which kind: treated with melasma's caution. Also what an
    /// answers file from before the split (one "dark spots / sun damage / melasma" concern) means.
    Pigmentation,
    UnevenTexture,
    EnlargedPores,
    Dullness,
    StretchMarks,
    Laxity,
    VolumeLoss,
}

impl Concern {
    pub const ALL: [Concern; 13] = [
        Concern::FineLines,
        Concern::ExpressionLines,
        Concern::AcneScars,
        Concern::OtherScars,
        Concern::SunDamage,
        Concern::Melasma,
        Concern::Pigmentation,
        Concern::UnevenTexture,
        Concern::EnlargedPores,
        Concern::Dullness,
        Concern::StretchMarks,
        Concern::Laxity,
        Concern::VolumeLoss,
    ];

    /// Melasma, or dark patches that may be melasma: sunscreen and topical care come first, and
    /// lasers are at least "talk to your provider first" (clinical-facts.md, "Melasma is not sun
    /// damage").
    pub fn may_be_melasma(self) -> bool {
        matches!(self, Concern::Melasma | Concern::Pigmentation)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Mild,
    #[default]
    Moderate,
    Severe,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Mild, Severity::Moderate, Severity::Severe];

    /// How much a concern of this severity counts in the treatment-fit average.
    pub fn weight(self) -> u32 {
        match self {
            Severity::Mild => 1,
            Severity::Moderate => 2,
            Severity::Severe => 3,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConcernAnswer {
    pub concern: Concern,
    pub severity: Severity,
}

/// Fitzpatrick skin type I-VI; written "I" ... "VI" in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Fitzpatrick {
    I,
    II,
    III,
    IV,
    V,
    VI,
}

impl Fitzpatrick {
    pub const ALL: [Fitzpatrick; 6] =
        [Fitzpatrick::I, Fitzpatrick::II, Fitzpatrick::III, Fitzpatrick::IV, Fitzpatrick::V, Fitzpatrick::VI];

    /// Types IV-VI tend to post-inflammatory hyperpigmentation after heat or acid injury.
    pub fn is_darker(self) -> bool {
        self >= Fitzpatrick::IV
    }

    /// Sum of the ten self-typing items (each 0-4, see [`QuizItem`]): I 0-6, II 7-13, III 14-20,
    /// IV 21-27, V 28-34, VI 35+ (clinical-facts.md, "Skin tone: Fitzpatrick type").
    pub fn from_quiz_total(total: u32) -> Fitzpatrick {
        match total {
            0..=6 => Fitzpatrick::I,
            7..=13 => Fitzpatrick::II,
            14..=20 => Fitzpatrick::III,
            21..=27 => Fitzpatrick::IV,
            28..=34 => Fitzpatrick::V,
            _ => Fitzpatrick::VI,
        }
    }
}

/// The self-typing questionnaire; each answer scores 0-4. The fact base's bands (I 0-6 …
/// VI 35+) are those of the standard ten-item Fitzpatrick questionnaire, whose items fall under
/// the six headings it names: eye, hair and skin colour, freckles, reaction to sun, tanning.
/// (Six items alone could total at most 24, and types V-VI could never come out.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuizItem {
    EyeColour,
    HairColour,
    SkinColour,
    Freckles,
    SunReaction,
    Tanning,
    BrownWithinHours,
    FaceReaction,
    LastSunExposure,
    FaceSunExposure,
}

impl QuizItem {
    pub const ALL: [QuizItem; 10] = [
        QuizItem::EyeColour,
        QuizItem::HairColour,
        QuizItem::SkinColour,
        QuizItem::Freckles,
        QuizItem::SunReaction,
        QuizItem::Tanning,
        QuizItem::BrownWithinHours,
        QuizItem::FaceReaction,
        QuizItem::LastSunExposure,
        QuizItem::FaceSunExposure,
    ];
    pub const MAX_SCORE: u8 = 4;
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Downtime {
    /// Back to normal the same day.
    None,
    #[default]
    OneToThreeDays,
    UpToAWeek,
    TwoWeeksOrMore,
}

impl Downtime {
    pub const ALL: [Downtime; 4] =
        [Downtime::None, Downtime::OneToThreeDays, Downtime::UpToAWeek, Downtime::TwoWeeksOrMore];

    /// The most days of downtime per session this answer accepts.
    pub fn max_days(self) -> u32 {
        match self {
            Downtime::None => 0,
            Downtime::OneToThreeDays => 3,
            Downtime::UpToAWeek => 7,
            Downtime::TwoWeeksOrMore => u32::MAX,
        }
    }
}

/// Budget for a whole course of treatment, in the clinic's currency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Budget {
    #[serde(rename = "up_to_1000")]
    UpTo1000,
    #[default]
    #[serde(rename = "up_to_3000")]
    UpTo3000,
    NoFixedLimit,
}

impl Budget {
    pub const ALL: [Budget; 3] = [Budget::UpTo1000, Budget::UpTo3000, Budget::NoFixedLimit];

    /// The most the visitor would spend, in whole units of the clinic's currency (the catalog's
    /// `currency`): the same figures whatever the currency.
    pub fn max_amount(self) -> u32 {
        match self {
            Budget::UpTo1000 => 1_000,
            Budget::UpTo3000 => 3_000,
            Budget::NoFixedLimit => u32::MAX,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    pub budget: Budget,
    pub injections_ok: bool,
    /// "I want to look my best by ...".
    #[serde(default)]
    pub event_date: Option<Date>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences { budget: Budget::default(), injections_ok: true, event_date: None }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    pub concerns: Vec<ConcernAnswer>,
    pub skin_type: Fitzpatrick,
    pub downtime: Downtime,
    pub preferences: Preferences,
    pub health: Health,
    /// When the visitor would start; defaults to today.
    #[serde(default)]
    pub start_date: Option<Date>,
}

/// Why a set of answers cannot be assessed; names the offending field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswersError {
    pub field: String,
    pub problem: String,
}

impl std::fmt::Display for AnswersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl std::error::Error for AnswersError {}

/// How far ahead an event or start date may be, in years: further is a slip of the keyboard
/// (`9999-12-31`), not a plan, and would run the timelines into year 10000.
pub const MAX_YEARS_AHEAD: i32 = 5;

/// The earliest year of a last isotretinoin dose accepted: before it is a typo.
pub const EARLIEST_DOSE_YEAR: i32 = 1900;

/// The latest event or start date accepted on `today`: [`MAX_YEARS_AHEAD`] years later (from
/// 29 February, the 28th).
pub fn latest_date(today: Date) -> Date {
    today.add_months(12 * MAX_YEARS_AHEAD)
}

/// Whether `date` is no further ahead of `today` than an event or start date may be.
pub fn within_horizon(date: Date, today: Date) -> bool {
    date <= latest_date(today)
}

/// Whether `date` may be the last isotretinoin dose on `today`: not after it, not before 1900.
pub fn plausible_last_dose(date: Date, today: Date) -> bool {
    date <= today && date.ymd().0 >= EARLIEST_DOSE_YEAR
}

impl Answers {
    /// Checks what the types alone cannot: at least one concern, no concern twice, every health
    /// question answered (and "not sure" only where it is offered), no isotretinoin dose after
    /// `today` or before 1900, no event date before `today`, and no event or start date more
    /// than [`MAX_YEARS_AHEAD`] years after it.
    pub fn validate(&self, today: Date) -> Result<(), AnswersError> {
        let err = |field: &str, problem: &str| Err(AnswersError { field: field.into(), problem: problem.into() });
        if self.concerns.is_empty() {
            return err("concerns", "choose at least one concern");
        }
        for (i, c) in self.concerns.iter().enumerate() {
            if self.concerns[..i].iter().any(|o| o.concern == c.concern) {
                return err(&format!("concerns[{i}]"), "this concern is listed twice");
            }
        }
        // Every missing answer at once: an answers file from before a question was added lacks
        // it, and its author should learn all that is missing in one go.
        let mut missing: Vec<String> = Vec::new();
        for c in Condition::ALL {
            if self.health.conditions.get(&c).is_none() {
                missing.push(snake_key(&c));
            }
        }
        if !missing.is_empty() {
            let added = if Condition::ALL.iter().any(|c| c.added_with_variants() && missing.contains(&snake_key(c))) {
                " (implanted_device and bleeding_disorder were added in December 2026; blood_thinners now asks \
                 about blood thinners only)"
            } else {
                ""
            };
            let (field, what) = match missing.as_slice() {
                [one] => (format!("health.conditions.{one}"), "missing answer".to_string()),
                _ => ("health.conditions".to_string(), format!("missing answers to {}", missing.join(", "))),
            };
            return err(&field, &format!("{what} (use \"no\", \"yes\" or \"not_sure\"){added}"));
        }
        for c in Condition::ALL {
            let field = format!("health.conditions.{}", snake_key(&c));
            match self.health.conditions.get(&c) {
                None => {}
                Some(YesNo::NotSure) if !c.allows_not_sure() => {
                    return err(&field, "\"not_sure\" is not an answer to this question (use \"no\" or \"yes\")")
                }
                Some(_) => {}
            }
        }
        if let Isotretinoin::Stopped { last_taken } = self.health.isotretinoin {
            if last_taken > today {
                return err("health.isotretinoin.last_taken", &format!("{last_taken} is after today ({today})"));
            }
            if !plausible_last_dose(last_taken, today) {
                return err("health.isotretinoin.last_taken", &format!("{last_taken} is before {EARLIEST_DOSE_YEAR}"));
            }
        }
        if let Some(event) = self.preferences.event_date.filter(|&e| e < today) {
            return err("preferences.event_date", &format!("{event} is in the past (today is {today})"));
        }
        let too_far =
            |d: Date| format!("{d} is more than {MAX_YEARS_AHEAD} years ahead (the latest is {})", latest_date(today));
        if let Some(event) = self.preferences.event_date.filter(|&e| !within_horizon(e, today)) {
            return err("preferences.event_date", &too_far(event));
        }
        if let Some(start) = self.start_date.filter(|&s| !within_horizon(s, today)) {
            return err("start_date", &too_far(start));
        }
        Ok(())
    }

    /// Reads answers from JSON (the `assess` command's input, `docs/answers.md`) and
    /// [validates](Answers::validate) them for `today`. Every error names the field
    /// (`health.conditions.sunburn`), `answers` when it is about the whole text (malformed JSON,
    /// with its line and column, or text after the answers). Messages are one line: a control
    /// character the input put in a key is shown escaped (`\n`). Native only (serde_json is not
    /// in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(input: &str, today: Date) -> Result<Answers, AnswersError> {
        let whole = |problem: String| AnswersError { field: "answers".into(), problem: one_line(&problem) };
        let mut reader = serde_json::Deserializer::from_str(input);
        let answers: Answers = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if path == "." || path.is_empty() {
                whole(inner.to_string())
            } else {
                AnswersError { field: one_line(&path), problem: one_line(&inner.to_string()) }
            }
        })?;
        reader.end().map_err(|e| whole(e.to_string()))?;
        answers.validate(today)?;
        Ok(answers)
    }
}

/// `text` with its control characters escaped (`\n`, `\u{1b}`), so that a message quoting the
/// input stays on one line.
#[cfg(not(target_arch = "wasm32"))]
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

pub use crate::ids::snake_key;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
