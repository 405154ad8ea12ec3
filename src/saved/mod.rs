//! The visitor's answers as a short, versioned text: what the widget keeps in the tab's (or, if
//! the visitor chose, the device's) storage, and what a shared link carries in its fragment.
//! Pure: the browser layer only reads and writes the strings.
//!
//! Only answers travel: enumerated values (digits) and dates, never free text, so a link someone
//! else made can change nothing but answers (never the clinic's configuration, prices or text).
//!
//! Version 3, twelve fields separated by `.`:
//!
//! | # | field | form |
//! |---|---|---|
//! | 0 | version | `3` (`2` and `1` are still read) |
//! | 1 | screen | `0`-`5` (concerns … results) |
//! | 2 | results seen | `0`/`1` |
//! | 3 | concerns | 13 digits, one per [`Concern::ALL`]: `0` not chosen, `1`-`3` mild … severe |
//! | 4 | skin type | `0` unknown, `1`-`6` |
//! | 5 | downtime | `0`-`3` |
//! | 6 | budget | `0`-`2` |
//! | 7 | injections | `0` no, `1` yes |
//! | 8 | event date | empty or `YYYYMMDD` |
//! | 9 | start date | empty or `YYYYMMDD` |
//! | 10 | skin-type quiz | empty, or 10 characters `-` or `0`-`4` |
//! | 11 | health | empty (left out), or 3 characters, one per health group's opening question (`-` unanswered, `0`-`2` none of these, one or more, not sure), then 21 characters `-` (unanswered) or `0`-`2` (no, yes, not sure; [`Condition::ALL`]), then the isotretinoin choice `-` or `0`-`3`, then its last dose `YYYYMMDD` or nothing |
//!
//! Version 2 was the same but for its 19 health questions: it was written before the questions
//! on an implanted device and a bleeding disorder (and before "blood thinners" stopped asking
//! about a bleeding disorder too). It reads with those two questions unanswered, so that the
//! results wait until the visitor has answered them ([`Decoded::questions_added`]); a health group
//! answered "none of these" that has gained a question is unanswered again (its list changed),
//! and an earlier "yes" to blood thinners stays "yes".
//!
//! Version 1 was version 2 but for field 11: every health question answered (19 digits, then
//! the isotretinoin choice `0`-`3` and its date), no group answers. It reads as every question
//! answered, each group's answer "none of these" when all its answers are "no" (isotretinoin
//! "never"), else "one or more"; except that the all-"no" answers of a visitor who had not yet
//! reached the health step (nor the results) were the old defaults, never answered, and stay
//! unanswered.

use crate::answers::{Budget, Concern, Condition, Downtime, Fitzpatrick, Severity, YesNo};
use crate::date::Date;
use crate::questionnaire::{Draft, Gate, IsotretinoinChoice, Quiz, State, Step, HEALTH_GROUPS, MEDICINES};
use std::fmt;
use std::rc::Rc;

/// The version this code writes (and reads, with [`VERSION_2`] and [`VERSION_1`]).
pub const VERSION: &str = "3";

/// The version before the December 2026 health questions, still read (those questions
/// unanswered).
pub const VERSION_2: &str = "2";

/// The earliest version, still read: every health question answered, no group answers.
pub const VERSION_1: &str = "1";

/// What [`decode`] restores.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub state: State,
    /// The text carried health answers (a shared link may leave them out).
    pub has_health: bool,
    /// The text came from an earlier version that lacked health questions the visitor must now
    /// answer; the widget says so.
    pub questions_added: bool,
}

/// Longer input is refused before it is looked at (a stored state or a fragment is ~80
/// characters).
pub const MAX_LEN: usize = 256;

const FIELDS: usize = 12;

/// Why a saved text cannot be restored. The widget then starts afresh and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLong,
    /// Written by another version of the widget (or not by the widget at all).
    Version(String),
    /// A field is missing, extra or malformed: which one.
    Field(&'static str),
    /// A shared link whose answers are not complete enough to show results.
    Incomplete,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLong => write!(f, "longer than {MAX_LEN} characters"),
            DecodeError::Version(v) => write!(f, "version \"{v}\" is none of {VERSION}, {VERSION_2} and {VERSION_1}"),
            DecodeError::Field(name) => write!(f, "the {name} field is malformed"),
            DecodeError::Incomplete => write!(f, "the answers are incomplete"),
        }
    }
}

/// What to write: the whole state (stored answers) or the answers only (a shared link), with or
/// without the health answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Include {
    pub health: bool,
    /// The screen, the quiz and whether the results were seen; a shared link leaves them out.
    pub progress: bool,
}

/// Encodes `state` (see the module's table).
pub fn encode(state: &State, include: Include) -> String {
    let d = &state.draft;
    let mut out = String::with_capacity(96);
    let mut field = |s: &str| {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(s);
    };
    field(VERSION);
    let (step, seen) = if include.progress { (state.step, state.seen_results) } else { (Step::Results, true) };
    field(&step.index().to_string());
    field(if seen { "1" } else { "0" });
    // Plain loops rather than collects: no iterator machinery per closure (issue 24).
    let mut concerns = String::new();
    for s in &d.concerns {
        concerns.push(digit(s.map_or(0, |s| index(&Severity::ALL, s) + 1)));
    }
    field(&concerns);
    field(&d.skin_type.map_or(0, |f| index(&Fitzpatrick::ALL, f) + 1).to_string());
    field(&index(&Downtime::ALL, d.downtime).to_string());
    field(&index(&Budget::ALL, d.preferences.budget).to_string());
    field(if d.preferences.injections_ok { "1" } else { "0" });
    field(&d.preferences.event_date.map(compact_date).unwrap_or_default());
    field(&d.start_date.map(compact_date).unwrap_or_default());
    let mut quiz = String::new();
    if include.progress && state.quiz != Quiz::default() {
        for a in &state.quiz.0 {
            quiz.push(a.map_or('-', |s| digit(usize::from(s))));
        }
    }
    field(&quiz);
    let health = if include.health {
        let mut h = String::new();
        for g in &d.gates {
            h.push(g.map_or('-', |g| digit(g.index())));
        }
        for &c in Condition::ALL.iter() {
            h.push(d.condition(c).map_or('-', |a| digit(index(&YesNo::ALL, a))));
        }
        h.push(d.isotretinoin.map_or('-', |i| digit(index(&IsotretinoinChoice::ALL, i))));
        // A date left from an earlier "stopped" answer is not an answer: the decoder refuses a
        // date with any other choice.
        let stopped = d.isotretinoin == Some(IsotretinoinChoice::Stopped);
        if let Some(last) = d.isotretinoin_last_taken.filter(|_| stopped) {
            h.push_str(&compact_date(last));
        }
        h
    } else {
        String::new()
    };
    field(&health);
    out
}

/// Decodes a text written by [`encode`] (or by versions 2 and 1). Without health answers, every
/// health question is unanswered (the visitor answers them again). An event date
/// that has passed by `today` is dropped; an event or start date more than
/// [`answers::MAX_YEARS_AHEAD`] years after `today`, or a last isotretinoin dose after `today` or
/// before 1900, is a malformed field.
pub fn decode(text: &str, today: Date) -> Result<Decoded, DecodeError> {
    if text.len() > MAX_LEN {
        return Err(DecodeError::TooLong);
    }
    let fields: Vec<&str> = text.split('.').collect();
    let version_1 = fields[0] == VERSION_1;
    let before_variants = version_1 || fields[0] == VERSION_2;
    if fields[0] != VERSION && !before_variants {
        return Err(DecodeError::Version(fields[0].chars().take(8).collect()));
    }
    if fields.len() != FIELDS {
        return Err(DecodeError::Field("number of"));
    }
    let step = *Step::ALL.get(one_digit(fields[1], "screen")?).ok_or(DecodeError::Field("screen"))?;
    let seen_results = flag(fields[2], "results seen")?;
    let mut draft = Draft::default();
    let concerns = fields[3].as_bytes();
    if concerns.len() != Concern::ALL.len() {
        return Err(DecodeError::Field("concerns"));
    }
    for (slot, &b) in draft.concerns.iter_mut().zip(concerns) {
        *slot = match b {
            b'0' => None,
            b'1'..=b'3' => Some(Severity::ALL[usize::from(b - b'1')]),
            _ => return Err(DecodeError::Field("concerns")),
        };
    }
    draft.skin_type = match one_digit(fields[4], "skin type")? {
        0 => None,
        n => Some(*Fitzpatrick::ALL.get(n - 1).ok_or(DecodeError::Field("skin type"))?),
    };
    draft.downtime = *Downtime::ALL.get(one_digit(fields[5], "downtime")?).ok_or(DecodeError::Field("downtime"))?;
    draft.preferences.budget = *Budget::ALL.get(one_digit(fields[6], "budget")?).ok_or(DecodeError::Field("budget"))?;
    draft.preferences.injections_ok = flag(fields[7], "injections")?;
    draft.preferences.event_date =
        ahead(optional_date(fields[8], "event date")?, today, "event date")?.filter(|&d| d >= today);
    draft.start_date = ahead(optional_date(fields[9], "start date")?, today, "start date")?;
    let quiz = quiz(fields[10])?;
    let has_health = !fields[11].is_empty();
    let asked = if before_variants { Condition::BEFORE_VARIANTS } else { Condition::ALL.len() };
    if version_1 && has_health {
        health(fields[11], today, &mut draft, true, asked)?;
        // The old defaults (every answer "no") of a visitor who never reached the health step:
        // not answers.
        let untouched = !seen_results && step.index() < Step::Health.index();
        let all_no = draft.health.conditions.iter().all(|(_, a)| a == YesNo::No)
            && draft.isotretinoin == Some(IsotretinoinChoice::Never);
        if untouched && all_no {
            draft = Draft { health: Rc::default(), gates: [None; 3], isotretinoin: None, ..draft };
        }
    } else if has_health {
        health(fields[11], today, &mut draft, false, asked)?;
    }
    let mut state = State { step, draft, quiz, quiz_open: false, seen_results };
    let mut questions_added = false;
    if before_variants && has_health {
        questions_added = ask_added_questions(&mut state.draft);
        // The results wait for the new answers: back to the health step.
        if questions_added && state.step.index() > Step::Health.index() {
            state.step = Step::Health;
        }
    }
    Ok(Decoded { state, has_health, questions_added })
}

/// Leaves the questions added since versions 1 and 2 unanswered, and a group answered "none of
/// these" that gained one of them unanswered again (with its questions): "none of these" was said
/// of a shorter list. True if the visitor now has questions to answer (the answers had reached
/// the health step).
fn ask_added_questions(draft: &mut Draft) -> bool {
    let mut reopened = false;
    for (i, group) in HEALTH_GROUPS.iter().enumerate() {
        let gained = group.iter().any(|c| c.added_with_variants());
        if gained && draft.gates[i] == Some(Gate::NoneApply) {
            draft.gates[i] = None;
            let health = Rc::make_mut(&mut draft.health);
            for c in group.iter() {
                health.conditions.remove(c);
            }
            if i == MEDICINES {
                draft.isotretinoin = None;
                draft.isotretinoin_last_taken = None;
            }
        }
        reopened |= gained && draft.gates[i].is_some();
    }
    // Any gate answered: the visitor had reached the health step, and has new questions now.
    reopened || draft.gates.iter().any(Option::is_some)
}

/// Decodes a shared link's answers: complete enough to show the results, which it opens on. A
/// link without health answers (the visitor left them out) opens on the health step instead,
/// every health question unanswered.
/// A link from before the December 2026 health questions opens there too, those questions
/// unanswered.
pub fn decode_link(text: &str, today: Date) -> Result<Decoded, DecodeError> {
    let mut decoded = decode(text, today)?;
    let state = &mut decoded.state;
    match state.draft.first_incomplete() {
        None => {
            state.step = Step::Results;
            state.seen_results = true;
        }
        Some(Step::Health) if !decoded.has_health || decoded.questions_added => {
            state.step = Step::Health;
            state.seen_results = false;
        }
        Some(_) => return Err(DecodeError::Incomplete),
    }
    Ok(decoded)
}
mod fields;
use fields::*;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod older_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
