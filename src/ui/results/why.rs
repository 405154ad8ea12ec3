//! "Why this score": the best option's breakdown (points per factor, each fact as a sentence
//! with its source) and the family's other options with their score and verdict.

use crate::assessment::Assessment;
use crate::catalog::Family;
use crate::config::WidgetConfig;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub assessment: Rc<Assessment>,
    pub config: Rc<WidgetConfig>,
    pub family: Family,
}

/// One factor of the score: its headline and its facts.
struct Part {
    headline: String,
    points: u8,
    max: u8,
    facts: Vec<String>,
}

#[component]
pub fn Why(props: &WhyProps) -> Html {
    let text = props.config.text();
    let t = text.results;
    let Some(family) = props.assessment.family(props.family) else {
        return Html::default();
    };

    let parts: Vec<Part> = props
        .assessment
        .treatment(family.best)
        .map(|best| {
            best.breakdown
                .iter()
                .map(|c| Part {
                    headline: t.contribution(c.factor, c.points, c.max),
                    points: c.points,
                    max: c.max,
                    facts: c.details.iter().map(|d| t.detail(d, text.questions)).collect(),
                })
                .collect()
        })
        .unwrap_or_default();

    let others: Vec<String> = family
        .variants
        .iter()
        .filter(|id| **id != family.best)
        .filter_map(|id| props.assessment.treatment(*id))
        .map(|v| t.variant_line(v.id, v.score, v.candidacy.verdict, v.offered))
        .collect();
    let best_name = t.treatment(family.best);

    html! {
        <details class="tc-why">
            <summary>{ t.why }</summary>
            <p class="tc-why-for">{ best_name }</p>
            <ul class="tc-breakdown">
                { for parts.iter().map(part) }
            </ul>
            if !others.is_empty() {
                <p class="tc-why-others">{ t.other_variants }</p>
                <ul class="tc-variants">
                    { for others.iter().map(|o| html! { <li>{ o.clone() }</li> }) }
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
                    { for p.facts.iter().map(|f| html! { <li>{ f.clone() }</li> }) }
                </ul>
            }
        </li>
    }
}
