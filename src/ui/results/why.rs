//! "Why this score": the best option's breakdown (points per factor, each fact as a sentence
//! with its source) and the family's other options with their score and verdict.

//! Part of the family card (its own component until issue 24: one job, one component).

use crate::assessment::{Assessment, FamilyResult};
use crate::text::Text;
use crate::ui::nodes;
use yew::prelude::*;

/// One factor of the score: its headline and its facts.
struct Part {
    headline: String,
    points: u8,
    max: u8,
    facts: Vec<String>,
}

/// The card's "why" for `family`.
pub(super) fn why(assessment: &Assessment, family: &FamilyResult, text: &Text) -> Html {
    let t = text.results;
    let mut parts: Vec<Part> = Vec::new();
    if let Some(best) = assessment.treatment(family.best) {
        for c in &best.breakdown {
            let mut facts = Vec::new();
            for d in &c.details {
                facts.push(t.detail(d, text.questions));
            }
            parts.push(Part {
                headline: t.contribution(c.factor, c.points, c.max),
                points: c.points,
                max: c.max,
                facts,
            });
        }
    }

    let mut others: Vec<String> = Vec::new();
    for &id in &family.variants {
        if id == family.best {
            continue;
        }
        if let Some(v) = assessment.treatment(id) {
            others.push(t.variant_line(v.id, v.score, v.candidacy.verdict, v.offered));
        }
    }
    let best_name = t.treatment(family.best);

    html! {
        <details class="tc-why">
            <summary>{ t.why }</summary>
            <p class="tc-why-for">{ best_name }</p>
            <ul class="tc-breakdown">
                { for nodes(&parts, part) }
            </ul>
            if !others.is_empty() {
                <p class="tc-why-others">{ t.other_variants }</p>
                <ul class="tc-variants">
                    { for nodes(&others, |o| html! { <li>{ o.clone() }</li> }) }
                </ul>
            }
        </details>
    }
}

fn part(p: &Part) -> Html {
    html! {
        <li class="tc-factor">
            <span class="tc-factor-head">
                { p.headline.clone() }
                <meter class="tc-factor-meter" min="0" max={p.max.to_string()} value={p.points.to_string()} aria-hidden="true" />
            </span>
            if !p.facts.is_empty() {
                <ul class="tc-facts">
                    { for nodes(&p.facts, |f| html! { <li>{ f.clone() }</li> }) }
                </ul>
            }
        </li>
    }
}
