//! The candidacy check: suitable / talk to your provider first / not now (and until when).

use crate::answers::{Condition, Fitzpatrick, Health, Isotretinoin, YesNo};
use crate::assessment::{Candidacy, Cause, Reason, ReasonUntil, Verdict};
use crate::catalog::{ContraKind, IsotretinoinRule, ToneRisk, Treatment, Until};
use crate::date::Date;

/// Checks the health answers and skin type against the treatment's contraindications.
///
/// "Not sure" about an absolute contraindication becomes "talk to your provider first": the
/// widget cannot rule it in or out, a consultation can.
pub fn candidacy(t: &Treatment, health: &Health, skin_type: Fitzpatrick, today: Date) -> Candidacy {
    let mut reasons: Vec<Reason> =
        Condition::ALL.iter().filter_map(|&c| condition_reason(t, c, health.answer(c))).collect();
    reasons.extend(isotretinoin_reason(t, health.isotretinoin, today));
    // Skin tone: "not advised" rules a treatment out; a high pigmentation risk needs a word
    // with the provider (test patch, stepped strengths, pre-treatment).
    let tone_kind = match t.tone.for_type(skin_type) {
        ToneRisk::NotAdvised => Some(ContraKind::Absolute),
        ToneRisk::High => Some(ContraKind::Relative),
        ToneRisk::Low | ToneRisk::Moderate => None,
    };
    if let Some(kind) = tone_kind {
        let until = (kind == ContraKind::Absolute).then_some(ReasonUntil::When(Until::Indefinitely));
        reasons.push(Reason { cause: Cause::SkinType(skin_type), kind, not_sure: false, until, source: t.tone.source });
    }
    // Not-now reasons first; the sort is stable, so each group keeps the question order.
    crate::sort::sort_by_key(&mut reasons, |r| std::cmp::Reverse(r.kind));
    let verdict = match reasons.first().map(|r| r.kind) {
        Some(ContraKind::Absolute) => Verdict::NotNow,
        Some(ContraKind::Relative) => Verdict::TalkToProvider,
        None => Verdict::Suitable,
    };
    let earliest = if verdict == Verdict::NotNow { earliest_date(&reasons) } else { None };
    Candidacy { verdict, reasons, earliest }
}

fn condition_reason(t: &Treatment, c: Condition, answer: YesNo) -> Option<Reason> {
    if answer == YesNo::No {
        return None;
    }
    let ci = t.contraindication(c)?;
    let not_sure = answer == YesNo::NotSure;
    let kind = if not_sure { ContraKind::Relative } else { ci.kind };
    let until = (kind == ContraKind::Absolute).then_some(ReasonUntil::When(ci.until));
    Some(Reason { cause: Cause::Condition(c), kind, not_sure, until, source: ci.source })
}

fn isotretinoin_reason(t: &Treatment, use_: Isotretinoin, today: Date) -> Option<Reason> {
    let rule = t.isotretinoin;
    let reason =
        |kind, not_sure, until| Reason { cause: Cause::Isotretinoin, kind, not_sure, until, source: rule.source };
    let talk = || Some(reason(ContraKind::Relative, false, None));
    match (use_, rule.value) {
        (Isotretinoin::Never, _) | (_, IsotretinoinRule::NoWait) => None,
        (Isotretinoin::NotSure, _) => Some(reason(ContraKind::Relative, true, None)),
        (Isotretinoin::Current, IsotretinoinRule::TalkWithin { .. }) => talk(),
        (Isotretinoin::Current, IsotretinoinRule::Wait { months, .. }) => {
            Some(reason(ContraKind::Absolute, false, Some(ReasonUntil::MonthsAfterLastDose(months))))
        }
        (Isotretinoin::Stopped { last_taken }, IsotretinoinRule::TalkWithin { months }) => {
            (today < last_taken.add_whole_months(months as i32)).then(talk).flatten()
        }
        (Isotretinoin::Stopped { last_taken }, IsotretinoinRule::Wait { months, talk_until_months }) => {
            let until = last_taken.add_whole_months(months as i32);
            if today < until {
                Some(reason(ContraKind::Absolute, false, Some(ReasonUntil::Date(until))))
            } else if today < last_taken.add_whole_months(talk_until_months as i32) {
                talk()
            } else {
                None
            }
        }
    }
}

/// The date every not-now reason has passed, if each of them ends on a known date.
fn earliest_date(reasons: &[Reason]) -> Option<Date> {
    reasons
        .iter()
        .filter(|r| r.kind == ContraKind::Absolute)
        .map(|r| match r.until {
            Some(ReasonUntil::Date(d)) => Some(d),
            _ => None,
        })
        .try_fold(None, |acc: Option<Date>, d| d.map(|d| Some(acc.map_or(d, |a| a.max(d)))))
        .flatten()
}
