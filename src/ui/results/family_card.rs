//! One family in the ranking: name, best option, score bar, badges and the "why".

use super::geometry::{score_width, SCORE_BAR_HEIGHT, SCORE_BAR_WIDTH};
use super::why::Why;
use super::{key_attr, num};
use crate::assessment::{Assessment, Verdict};
use crate::catalog::Family;
use crate::config::WidgetConfig;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FamilyCardProps {
    pub assessment: Rc<Assessment>,
    pub config: Rc<WidgetConfig>,
    pub family: Family,
    pub recommended: bool,
    pub offered: bool,
}

#[component]
pub fn FamilyCard(props: &FamilyCardProps) -> Html {
    let t = props.config.text().results;
    let Some(result) = props.assessment.family(props.family) else {
        return Html::default();
    };

    let name = t.family(result.family);
    // The best option is only worth naming when the family has more than one.
    let best = (result.family.variants().count() > 1).then(|| t.best_variant(result.best));
    let score_text = t.fit_line(result.score);
    let safety = t.safety_line(result.verdict);
    let score_label = t.score_label(result.score);
    let fill_width = num(score_width(result.score));
    // The best-match badge; the verdict has its own line under the score, always, so that a high
    // fit is never read as a safety clearance.
    let badges: Vec<(&'static str, &'static str)> =
        props.recommended.then_some((t.best_match, "tc-badge tc-badge-best")).into_iter().collect();
    let safety_class = classes!("tc-safety", (result.verdict != Verdict::Suitable).then_some("tc-safety-caution"));
    let class = classes!(
        "tc-family",
        props.recommended.then_some("tc-recommended"),
        (!props.offered).then_some("tc-not-offered"),
    );
    let offered = if props.offered { "true" } else { "false" };

    html! {
        <li
            {class}
            data-family={key_attr(&result.family)}
            data-score={result.score.to_string()}
            data-verdict={key_attr(&result.verdict)}
            data-offered={offered}
        >
            <div class="tc-family-head">
                <h4 class="tc-family-name">{ name }</h4>
                { for badges.iter().map(|(text, class)| html! { <span class={*class}>{ *text }</span> }) }
            </div>
            if let Some(best) = best {
                <p class="tc-best-variant">{ best }</p>
            }
            if !props.offered {
                <p class="tc-offer-note">{ t.not_offered }</p>
            }
            <div class="tc-score">
                <svg
                    class="tc-score-bar"
                    viewBox={format!("0 0 {} {}", num(SCORE_BAR_WIDTH), num(SCORE_BAR_HEIGHT))}
                    preserveAspectRatio="none"
                    role="img"
                    aria-label={score_label}
                >
                    <rect class="tc-score-track" x="0" y="0" width={num(SCORE_BAR_WIDTH)} height={num(SCORE_BAR_HEIGHT)} rx="4" />
                    <rect class="tc-score-fill" x="0" y="0" width={fill_width} height={num(SCORE_BAR_HEIGHT)} rx="4" />
                </svg>
                <span class="tc-score-number" aria-hidden="true">{ score_text }</span>
            </div>
            <p class={safety_class}>{ safety }</p>
            <Why assessment={props.assessment.clone()} config={props.config.clone()} family={result.family} />
        </li>
    }
}
