//! Questionnaire strings: step titles, every question and answer label, hints and the labels
//! other screens reuse (concern, severity, skin type, downtime, budget, health question).
//!
//! Tables are indexed by an enum's position in its `ALL` array; UI-only choices (the steps, the
//! isotretinoin status) are looked up by their stable key.

use crate::answers::{Budget, Concern, Condition, Downtime, Fitzpatrick, QuizItem, Severity, YesNo};

/// The keys of the widget's screens, in order (`ui::state::Step::key`).
pub const STEP_KEYS: [&str; 6] = ["concerns", "skin_type", "downtime", "preferences", "health", "results"];

/// The isotretinoin answers' keys, in order (the engine's serde `status` tags).
pub const ISOTRETINOIN_KEYS: [&str; 4] = ["never", "current", "stopped", "not_sure"];

/// The health step's groups, in order.
pub const HEALTH_GROUP_COUNT: usize = 3;

#[derive(Debug, PartialEq)]
pub struct QuestionText {
    /// BCP 47 language tag for the widget's `lang` attribute.
    pub lang: &'static str,

    // Header and first screen
    pub title: &'static str,
    pub subtitle: &'static str,
    pub privacy: &'static str,
    /// Shown in place of the widget when its configuration cannot be read; the problem follows.
    pub config_error: &'static str,

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

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |out, (name, value)| out.replace(&format!("{{{name}}}"), value))
}

impl QuestionText {
    /// [`STEP_KEYS`], for code outside this module.
    pub const STEP_KEYS: [&'static str; 6] = STEP_KEYS;
    /// [`ISOTRETINOIN_KEYS`], for code outside this module.
    pub const ISOTRETINOIN_KEYS: [&'static str; 4] = ISOTRETINOIN_KEYS;

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

    pub fn budget(&self, b: Budget) -> &'static str {
        self.budgets[position(&Budget::ALL, &b)]
    }

    /// The plain-language health question.
    pub fn condition(&self, c: Condition) -> &'static str {
        self.conditions[position(&Condition::ALL, &c)]
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

pub static EN: QuestionText = QuestionText {
    lang: "en",

    title: "Which skin treatment suits you?",
    subtitle:
        "Compare microneedling with chemical peels, lasers, injectables and microdermabrasion in about two minutes.",
    privacy: "Your answers stay in this browser; nothing is sent.",
    config_error: "The treatment comparison could not start: ",

    progress_label: "Progress",
    step_count: "Step {n} of {total}",
    steps: [
        "What would you like to improve?",
        "What is your skin type?",
        "How much downtime is OK?",
        "Your preferences",
        "A few health questions",
        "Your results",
    ],
    step_names: ["Concerns", "Skin type", "Downtime", "Preferences", "Health", "Results"],
    step_intros: [
        "Choose all that apply, then say how noticeable each one is.",
        "Skin tone matters: some treatments can leave darker or lighter patches on darker skin.",
        "After a session your skin may be red, swollen or peeling for a while. How long could you live with that?",
        "",
        "These spot anything a clinician would want to discuss first. Answer about the area you want treated.",
        "",
    ],
    back: "Back",
    next: "Next",
    see_results: "See my results",
    back_to_results: "Back to results",
    hint_no_concern: "Choose at least one concern to continue.",
    hint_no_skin_type: "Choose your skin type, or answer the quick questions below, to continue.",
    hint_isotretinoin_date: "Enter the date you last took isotretinoin to continue.",

    concerns: [
        "Fine lines and wrinkles",
        "Expression lines",
        "Acne scars",
        "Other scars",
        "Dark spots or uneven colour",
        "Rough or uneven texture",
        "Enlarged pores",
        "Dull, tired-looking skin",
        "Stretch marks",
        "Loose or sagging skin",
        "Lost volume",
    ],
    concern_hints: [
        "Small lines, for example around the eyes or mouth",
        "Frown lines, forehead lines or crow's feet that show when you move your face",
        "Pitted, rolling or boxcar marks left by acne",
        "From surgery, an injury or chickenpox",
        "Sun spots, marks left after spots, melasma",
        "Skin that feels bumpy or looks uneven",
        "Pores that look large or stretched",
        "Skin that has lost its glow",
        "Lines on the body after growth, pregnancy or weight change",
        "Skin that has lost some of its firmness",
        "Hollow cheeks or temples, thinner lips",
    ],
    severity_label: "How noticeable?",
    severities: ["Mild", "Moderate", "Severe"],

    skin_types: ["Type I", "Type II", "Type III", "Type IV", "Type V", "Type VI"],
    skin_type_descriptions: [
        "Always burns, never tans; very fair skin",
        "Usually burns, tans with difficulty; fair skin",
        "Sometimes burns, slowly tans light brown",
        "Rarely burns, tans easily to medium brown",
        "Very rarely burns, tans easily to dark brown",
        "Never burns; deeply pigmented, dark brown to black skin",
    ],
    quiz_open: "Not sure? Answer ten quick questions",
    quiz_close: "Hide the quick questions",
    quiz_intro: "Answer for your natural colouring, without a tan or make-up.",
    quiz_choose: "Choose…",
    quiz_items: [
        "What colour are your eyes?",
        "What is your natural hair colour?",
        "What colour is your skin where the sun does not reach?",
        "Do you have freckles where the sun does not reach?",
        "What happens when you stay in the sun too long?",
        "How much do you tan?",
        "Do you turn brown within a few hours in the sun?",
        "How does your face react to the sun?",
        "When did you last spend a long time in the sun (or use a sunbed)?",
        "How often is your face in the sun?",
    ],
    quiz_options: [
        ["Light blue, light grey or light green", "Blue, grey or green", "Blue", "Dark brown", "Brownish black"],
        ["Red or sandy red", "Blond", "Chestnut or dark blond", "Dark brown", "Black"],
        ["Reddish", "Very pale", "Pale with a beige tint", "Light brown", "Dark brown"],
        ["Many", "Several", "A few", "Hardly any", "None"],
        [
            "Painful redness, blistering and peeling",
            "Blistering, then peeling",
            "Burns, sometimes with peeling",
            "Rarely burns",
            "Never burns",
        ],
        ["Hardly or not at all", "A light tan", "A reasonable tan", "I tan very easily", "I turn dark brown quickly"],
        ["Never", "Seldom", "Sometimes", "Often", "Always"],
        ["Very sensitive", "Sensitive", "Normal", "Very resistant", "Never had a problem"],
        ["More than 3 months ago", "2–3 months ago", "1–2 months ago", "Less than a month ago", "Less than 2 weeks ago"],
        ["Never", "Hardly ever", "Sometimes", "Often", "Always"],
    ],
    quiz_result: "Your answers suggest {type}: {description}. We have selected it for you; you can still change it.",
    quiz_pending: "Answer all ten to see your skin type.",

    downtimes: ["None", "1–3 days", "Up to a week", "Two weeks or more"],
    downtime_hints: [
        "I need to look normal the same day",
        "A weekend at home is fine",
        "I can take a week out",
        "I can plan around a longer recovery",
    ],

    budget_legend: "Budget for the whole course",
    budget_hint: "Most treatments need several sessions; this is the total you would spend.",
    budgets: ["Up to $1,000", "Up to $3,000", "No fixed limit"],
    injections_legend: "Are injections OK for you?",
    injections_hint: "Anti-wrinkle injections and fillers are given with a fine needle.",
    injections_yes: "Yes, injections are fine",
    injections_no: "No injections, please",
    event_label: "Looking your best by a date? (optional)",
    event_hint: "For example a wedding or a holiday. We check which treatments would be ready in time.",
    start_label: "When could you start? (optional)",
    start_hint: "Leave it empty to plan from today.",

    health_groups: ["Right now", "Medicines", "History"],
    conditions: [
        "Are you pregnant or breastfeeding?",
        "Do you have an acne breakout in the area?",
        "Do you have a skin infection in the area, including an active cold sore?",
        "Do you get cold sores?",
        "Is eczema, psoriasis, rosacea or dermatitis flaring up in the area?",
        "Are there open cuts or wounds in the area?",
        "Do your scars tend to grow thick or raised (keloid scars)?",
        "Do you take blood thinners, or have a bleeding disorder?",
        "Do you take medicines that weaken the immune system?",
        "Do you have diabetes that is not well controlled, or another illness that slows healing?",
        "Have you recently had a deep peel, laser or injections in the area?",
        "Are you sunburnt in the area?",
        "Do you have skin cancer in the area, or are you being treated for it?",
        "Do you have a nerve or muscle disorder, such as myasthenia gravis?",
        "Are you allergic to numbing cream or to metals such as stainless steel?",
        "Do you take medicines that make your skin sensitive to the sun (for example some antibiotics)?",
        "Have you recently had surgery on your face?",
        "Do you have scleroderma?",
        "Are you under 22?",
    ],
    yes_no: ["No", "Yes", "Not sure"],
    isotretinoin_question: "Have you taken isotretinoin tablets for acne (Accutane, Roaccutane)?",
    isotretinoin_options: ["Never", "Yes, I take it now", "I have stopped", "Not sure"],
    isotretinoin_last_taken: "When did you last take it?",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_filled_in() {
        let t = &EN;
        let tables: [&[&str]; 11] = [
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
