//! The ranked families, best first, in the assessment's order: those that can be a match in the
//! order of the score they show, then, below a divider, those set apart, each with its reason.

use super::family_card::FamilyCard;
use crate::assessment::Assessment;
use crate::catalog::Family;
use crate::config::WidgetConfig;
use crate::ui::nodes;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RankingProps {
    pub assessment: Rc<Assessment>,
    pub config: Rc<WidgetConfig>,
    /// How many families to show, best first (the results' stages show them in two steps);
    /// default: all.
    #[prop_or(usize::MAX)]
    pub limit: usize,
}

#[component]
pub fn Ranking(props: &RankingProps) -> Html {
    let t = props.config.text().results;
    let recommended = props.assessment.recommended().map(|f| f.family);
    let (ranked, apart) = props.assessment.split();
    let mut families: Vec<Family> = Vec::new();
    for f in ranked.iter().take(props.limit) {
        families.push(f.family);
    }
    let ranked = families;
    let mut families: Vec<Family> = Vec::new();
    for f in apart.iter().take(props.limit.saturating_sub(ranked.len())) {
        families.push(f.family);
    }
    let apart = families;
    let text = props.config.text();
    let card = |family: Family, first: bool| {
        let recommended = recommended == Some(family);
        FamilyCard { assessment: &props.assessment, text, family, recommended, first }.view()
    };
    let mut cards = Vec::with_capacity(ranked.len());
    for (i, &f) in ranked.iter().enumerate() {
        cards.push(card(f, i == 0));
    }
    // Always the same children (the set-apart part empty until it has cards), so that the
    // results' second stage adds cards without re-creating the first ones.
    let set_apart = (!apart.is_empty()).then(|| {
        html! {
            <div class="tc-set-apart">
                <h4 class="tc-set-apart-heading">{ t.set_apart_heading }</h4>
                <ul class="tc-ranking tc-ranking-apart">
                    { for nodes(&apart, |&f| card(f, false)) }
                </ul>
            </div>
        }
    });

    html! {
        <section class="tc-ranking-section">
            <h3>{ t.ranking_heading }</h3>
            <p class="tc-score-meaning">{ t.score_meaning }</p>
            <ol class="tc-ranking">
                { for cards }
            </ol>
            { set_apart.unwrap_or_default() }
        </section>
    }
}
