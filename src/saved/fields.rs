//! The stored text's fields one by one (the table in `saved`): the health field in each
//! version's form, the skin-type quiz, a digit, a flag, a date.

use super::DecodeError;
use crate::answers::{self, Condition, Health, QuizItem, YesNo};
use crate::date::Date;
use crate::questionnaire::{Draft, Gate, IsotretinoinChoice, Quiz, HEALTH_GROUPS, MEDICINES};
use std::rc::Rc;

/// One health answer: `-` unanswered, else a digit indexing `all`.
pub(super) fn slot<T: Copy>(b: u8, all: &[T], name: &'static str) -> Result<Option<T>, DecodeError> {
    match b {
        b'-' => Ok(None),
        b'0'..=b'9' => all.get(usize::from(b - b'0')).copied().map(Some).ok_or(DecodeError::Field(name)),
        _ => Err(DecodeError::Field(name)),
    }
}

/// The health field: version 2's (the groups' answers, then the questions', isotretinoin and
/// its date, as the questionnaire leaves them: a group's questions unanswered until it is
/// answered, all "no" under "none of these"), or version 1's (no groups' answers, every question
/// answered; the groups' answers follow from them).
/// `asked`: how many of [`Condition::ALL`] the field's version asks (the others stay unanswered).
pub(super) fn health(
    field: &str,
    today: Date,
    draft: &mut Draft,
    version_1: bool,
    asked: usize,
) -> Result<(), DecodeError> {
    let bytes = field.as_bytes();
    let g = if version_1 { 0 } else { HEALTH_GROUPS.len() };
    let n = g + asked;
    // (Every byte before the date is checked to be ASCII, so the date starts on a character.)
    if !(bytes.len() == n + 1 || bytes.len() == n + 9) {
        return Err(DecodeError::Field("health"));
    }
    for (gate, &b) in draft.gates.iter_mut().zip(&bytes[..g]) {
        *gate = slot(b, &Gate::ALL, "health")?;
    }
    let mut h = Health::default();
    for (&c, &b) in Condition::ALL[..asked].iter().zip(&bytes[g..n]) {
        match slot(b, &YesNo::ALL, "health")? {
            Some(YesNo::NotSure) if !c.allows_not_sure() => return Err(DecodeError::Field("health")),
            Some(answer) => drop(h.conditions.insert(c, answer)),
            None if version_1 => return Err(DecodeError::Field("health")),
            None => {}
        }
    }
    draft.health = Rc::new(h);
    draft.isotretinoin = slot(bytes[n], &IsotretinoinChoice::ALL, "isotretinoin")?;
    if version_1 && draft.isotretinoin.is_none() {
        return Err(DecodeError::Field("isotretinoin"));
    }
    isotretinoin_date(&field[n + 1..], today, draft)?;
    for (i, group) in HEALTH_GROUPS.iter().enumerate() {
        let isotretinoin = if i == MEDICINES { draft.isotretinoin } else { Some(IsotretinoinChoice::Never) };
        // The questions this version asked (the later ones are unanswered here).
        let group = group.iter().filter(|c| (**c as usize) < asked);
        let all_no = group.clone().all(|c| draft.condition(*c) == Some(YesNo::No))
            && isotretinoin == Some(IsotretinoinChoice::Never);
        let none = group.clone().all(|c| draft.condition(*c).is_none()) && (i != MEDICINES || isotretinoin.is_none());
        let gate = &mut draft.gates[i];
        if version_1 {
            *gate = Some(if all_no { Gate::NoneApply } else { Gate::OneOrMore });
        }
        // Only what the questionnaire can leave: nothing answered in a group not yet answered,
        // and every answer "no" in a group answered "none of these".
        let consistent = match *gate {
            None => none,
            Some(Gate::NoneApply) => all_no,
            Some(_) => true,
        };
        if !consistent {
            return Err(DecodeError::Field("health"));
        }
    }
    Ok(())
}

/// The last isotretinoin dose: present exactly when the answer is "stopped", and plausible.
pub(super) fn isotretinoin_date(field: &str, today: Date, draft: &mut Draft) -> Result<(), DecodeError> {
    let last = optional_date(field, "isotretinoin")?;
    if last.is_some_and(|d| !answers::plausible_last_dose(d, today))
        || (last.is_some() != (draft.isotretinoin == Some(IsotretinoinChoice::Stopped)))
    {
        return Err(DecodeError::Field("isotretinoin"));
    }
    draft.isotretinoin_last_taken = last;
    Ok(())
}

pub(super) fn quiz(field: &str) -> Result<Quiz, DecodeError> {
    let mut quiz = Quiz::default();
    if field.is_empty() {
        return Ok(quiz);
    }
    if field.len() != QuizItem::ALL.len() {
        return Err(DecodeError::Field("quiz"));
    }
    for (slot, b) in quiz.0.iter_mut().zip(field.bytes()) {
        *slot = match b {
            b'-' => None,
            b'0'..=b'4' => Some(b - b'0'),
            _ => return Err(DecodeError::Field("quiz")),
        };
    }
    Ok(quiz)
}

pub(super) fn index<T: PartialEq>(all: &[T], v: T) -> usize {
    all.iter().position(|x| *x == v).unwrap_or(0)
}

pub(super) fn digit(n: usize) -> char {
    char::from_digit(n as u32, 10).unwrap_or('0')
}

pub(super) fn one_digit(field: &str, name: &'static str) -> Result<usize, DecodeError> {
    match field.as_bytes() {
        [b @ b'0'..=b'9'] => Ok(usize::from(b - b'0')),
        _ => Err(DecodeError::Field(name)),
    }
}

pub(super) fn flag(field: &str, name: &'static str) -> Result<bool, DecodeError> {
    match field {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(DecodeError::Field(name)),
    }
}

pub(super) fn compact_date(d: Date) -> String {
    let (y, m, day) = d.ymd();
    format!("{y:04}{m:02}{day:02}")
}

/// An event or start date no further ahead than the answers accept ([`answers::within_horizon`]).
pub(super) fn ahead(date: Option<Date>, today: Date, name: &'static str) -> Result<Option<Date>, DecodeError> {
    match date {
        Some(d) if !answers::within_horizon(d, today) => Err(DecodeError::Field(name)),
        _ => Ok(date),
    }
}

pub(super) fn optional_date(field: &str, name: &'static str) -> Result<Option<Date>, DecodeError> {
    if field.is_empty() {
        return Ok(None);
    }
    let b = field.as_bytes();
    if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
        return Err(DecodeError::Field(name));
    }
    let n = |r: std::ops::Range<usize>| field[r].parse::<u32>().map_err(|_| DecodeError::Field(name));
    let (y, m, d) = (n(0..4)?, n(4..6)?, n(6..8)?);
    Date::from_ymd(y as i32, m, d).map(Some).ok_or(DecodeError::Field(name))
}
