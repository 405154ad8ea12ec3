//! The candidacy check: suitable / talk to your provider first / not now (and until when).

use crate::answers::{ConcernAnswer, Condition, Fitzpatrick, Health, Isotretinoin, YesNo};
use crate::assessment::{Candidacy, Cause, Reason, ReasonUntil, Verdict};
use crate::catalog::{ContraKind, Family, IsotretinoinRule, Source, ToneRisk, Treatment, Until};
use crate::date::Date;

/// Checks the health answers, skin type and concerns against the treatment's contraindications.
///
/// "Not sure" about an absolute contraindication becomes "talk to your provider first": the
/// widget cannot rule it in or out, a consultation can.
pub fn candidacy(
    t: &Treatment,
    health: &Health,
    skin_type: Fitzpatrick,
    concerns: &[ConcernAnswer],
    today: Date,
) -> Candidacy {
    let mut reasons: Vec<Reason> = Vec::new();
    for &c in Condition::ALL.iter() {
        reasons.extend(condition_reason(t, c, health.answer(c)));
    }
    reasons.extend(isotretinoin_reason(t, health.isotretinoin, today));
    reasons.extend(tone_reason(t, skin_type));
    // Lasers for melasma are second line: rebound melasma and post-inflammatory pigmentation
    // (Kauvar 2012; Arora 2012; Trivedi 2017), whatever the skin type. "Not sure which" dark
    // patches get the same caution.
    if t.family() == Family::Laser && concerns.iter().any(|c| c.concern.may_be_melasma()) {
        let source = Source::Kauvar2012;
        reasons.push(Reason {
            cause: Cause::Melasma,
            kind: ContraKind::Relative,
            not_sure: false,
            until: None,
            source,
        });
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

/// Skin tone: "not advised" rules a treatment out; a high pigmentation risk needs a word with
/// the provider (test patch, stepped strengths, pre-treatment). On types IV-VI a laser with a
/// moderate or higher risk is "talk first" too: ask for a test spot (PIH in 4-17% of IV-VI after
/// non-ablative fractional lasers).
fn tone_reason(t: &Treatment, skin_type: Fitzpatrick) -> Option<Reason> {
    let risk = t.tone.for_type(skin_type);
    let laser_on_darker_skin = t.family() == Family::Laser && skin_type.is_darker();
    let (cause, kind) = match risk {
        ToneRisk::NotAdvised => (Cause::SkinType(skin_type), ContraKind::Absolute),
        ToneRisk::High | ToneRisk::Moderate if laser_on_darker_skin => {
            (Cause::TestSpot(skin_type), ContraKind::Relative)
        }
        ToneRisk::High => (Cause::SkinType(skin_type), ContraKind::Relative),
        ToneRisk::Low | ToneRisk::Moderate => return None,
    };
    let until = (kind == ContraKind::Absolute).then_some(ReasonUntil::When(Until::Indefinitely));
    Some(Reason { cause, kind, not_sure: false, until, source: t.tone.source })
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
