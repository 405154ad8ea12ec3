//! The microneedling candidacy panel: verdict, the reasons behind it (with until when and the
//! source), the earliest date, and the preparation and aftercare lists.

use super::key_attr;
use crate::answers::snake_key;
use crate::assessment::{Assessment, Cause, Reason};
use crate::catalog::{CareStep, Sourced, Treatment, TreatmentId};
use crate::text::{Locale, QuestionText, ResultText};
use crate::ui::nodes;
use yew::prelude::*;

/// A reason in words.
struct ReasonView {
    cause_key: String,
    kind_key: AttrValue,
    what: String,
    kind: &'static str,
    not_sure: bool,
    until: Option<String>,
    source: String,
}

/// A preparation or aftercare item in words.
struct CareView {
    text: String,
    source: String,
}

const SUBJECT: TreatmentId = TreatmentId::Microneedling;

/// The panel, in [`super::advice::Advice`]; `without_health` leaves out the reasons that are
/// health answers, saying so (a printout without them).
pub(super) fn candidacy(assessment: &Assessment, locale: Locale, without_health: bool) -> Html {
    // The catalog is static data: the standard figures, read in place.
    let care = Treatment::standard(SUBJECT);
    let text = locale.text();
    let t = text.results;
    let Some(result) = assessment.treatment(SUBJECT) else {
        return Html::default();
    };
    let candidacy = &result.candidacy;

    let heading = t.candidacy_heading(SUBJECT, candidacy.verdict);
    let sentence = t.verdict_sentence(candidacy.verdict);
    let mut reasons: Vec<ReasonView> = Vec::new();
    for r in &candidacy.reasons {
        if !(without_health && r.cause.is_health_answer()) {
            reasons.push(reason_view(r, t, text.questions));
        }
    }
    let left_out = (reasons.len() < candidacy.reasons.len()).then_some(t.print_health_left_out);
    let earliest = candidacy.earliest.map(|d| t.earliest(d));
    let mut preparation: Vec<CareView> = Vec::new();
    for c in care.preparation.iter() {
        preparation.push(care_view(c, t));
    }
    let mut aftercare: Vec<CareView> = Vec::new();
    for c in care.aftercare.iter() {
        aftercare.push(care_view(c, t));
    }

    html! {
        <section class="tc-candidacy" data-verdict={key_attr(&candidacy.verdict)}>
            <h3>{ heading }</h3>
            <p class="tc-verdict">{ sentence }</p>
            if let Some(earliest) = earliest {
                <p class="tc-earliest">{ earliest }</p>
            }
            if !candidacy.reasons.is_empty() {
                <h4>{ t.reasons_heading }</h4>
            }
            <ul class="tc-reasons" hidden={reasons.is_empty()}>
                { for nodes(&reasons, |r| reason(r, t)) }
            </ul>
            if let Some(left_out) = left_out {
                <p class="tc-reasons-left-out">{ left_out }</p>
            }
            <div class="tc-care">
                <div class="tc-care-list">
                    <h4>{ t.prepare_heading }</h4>
                    <ul class="tc-prepare">{ for nodes(&preparation, care_item) }</ul>
                </div>
                <div class="tc-care-list">
                    <h4>{ t.aftercare_heading }</h4>
                    <ul class="tc-aftercare">{ for nodes(&aftercare, care_item) }</ul>
                </div>
            </div>
        </section>
    }
}

fn reason_view(r: &Reason, t: &ResultText, q: &QuestionText) -> ReasonView {
    let cause_key = match r.cause {
        Cause::Condition(c) => snake_key(&c),
        Cause::Isotretinoin => "isotretinoin".to_string(),
        Cause::SkinType(_) => "skin_type".to_string(),
        Cause::TestSpot(_) => "test_spot".to_string(),
        Cause::Melasma => "melasma".to_string(),
    };
    ReasonView {
        cause_key,
        kind_key: key_attr(&r.kind),
        what: t.cause(r, q),
        kind: t.reason_kind(r.kind),
        not_sure: r.not_sure,
        until: r.until.map(|u| t.reason_until(u)),
        source: t.source(r.source),
    }
}

fn care_view(c: &Sourced<CareStep>, t: &ResultText) -> CareView {
    CareView { text: t.care_step(c.value), source: t.source(c.source) }
}

fn reason(r: &ReasonView, t: &ResultText) -> Html {
    html! {
        <li data-cause={r.cause_key.clone()} data-kind={r.kind_key.clone()}>
            <span class="tc-reason-what">{ r.what.clone() }</span>
            <span class="tc-reason-kind">{ r.kind }</span>
            if r.not_sure {
                <span class="tc-reason-not-sure">{ t.not_sure }</span>
            }
            if let Some(until) = &r.until {
                <span class="tc-reason-until">{ until.clone() }</span>
            }
            <span class="tc-source">{ r.source.clone() }</span>
        </li>
    }
}

fn care_item(c: &CareView) -> Html {
    html! {
        <li>
            { c.text.clone() }
            <span class="tc-source">{ c.source.clone() }</span>
        </li>
    }
}
