//! The microneedling family's candidacy panels: verdict, the reasons behind it (with until when
//! and the source), the earliest date, the cautions, and the preparation and aftercare lists.
//! Plain microneedling's panel is open; each variant the clinic offers (RF, PRP) follows, folded
//! under its heading and verdict, so that a visitor told "not now" for one variant reads why.

use super::key_attr;
use crate::answers::snake_key;
use crate::assessment::TreatmentResult;
use crate::assessment::{Assessment, Cause, Reason};
use crate::catalog::{CareStep, Caution, Family, Sourced, Treatment, TreatmentId};
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

/// The panels, in [`super::advice::Advice`]; `without_health` leaves out the reasons that are
/// health answers, saying so (a printout without them).
pub(super) fn candidacy(assessment: &Assessment, locale: Locale, without_health: bool, printed: bool) -> Html {
    let mut panels: Vec<Html> = Vec::new();
    for id in Family::Microneedling.variants() {
        let Some(result) = assessment.treatment(id) else { continue };
        let variant = id != TreatmentId::Microneedling;
        if variant && !result.offered {
            continue;
        }
        panels.push(panel(result, locale, without_health, variant, printed));
    }
    html! { <>{ for panels }</> }
}

/// One treatment's panel; a variant's is folded.
fn panel(result: &TreatmentResult, locale: Locale, without_health: bool, variant: bool, printed: bool) -> Html {
    let subject = result.id;
    // The catalog is static data: the standard figures, read in place.
    let care = Treatment::standard(subject);
    let text = locale.text();
    let t = text.results;
    let candidacy = &result.candidacy;

    let heading = t.candidacy_heading(subject, candidacy.verdict);
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
    let mut cautions: Vec<CareView> = Vec::new();
    for c in care.cautions.iter() {
        cautions.push(caution_view(c, t));
    }
    let verdict = key_attr(&candidacy.verdict);
    let treatment = key_attr(&subject);

    let body = html! {
        <>
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
            if !cautions.is_empty() {
                <h4>{ t.cautions_heading }</h4>
                <ul class="tc-cautions">{ for nodes(&cautions, care_item) }</ul>
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
        </>
    };
    if variant {
        html! {
            <details class="tc-candidacy tc-candidacy-variant" data-verdict={verdict} data-treatment={treatment} open={printed}>
                <summary class="tc-candidacy-summary">{ heading }</summary>
                { body }
            </details>
        }
    } else {
        html! {
            <section class="tc-candidacy" data-verdict={verdict} data-treatment={treatment}>
                <h3>{ heading }</h3>
                { body }
            </section>
        }
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

fn caution_view(c: &Sourced<Caution>, t: &ResultText) -> CareView {
    CareView { text: t.caution(c.value).to_string(), source: t.source(c.source) }
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
