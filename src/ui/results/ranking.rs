//! The ranked families, best first, in the assessment's order.

use super::family_card::FamilyCard;
use crate::assessment::Assessment;
use crate::catalog::Family;
use crate::config::WidgetConfig;
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

struct Entry {
    family: Family,
    recommended: bool,
    offered: bool,
}

#[component]
pub fn Ranking(props: &RankingProps) -> Html {
    let t = props.config.text().results;
    let recommended = props.assessment.recommended().map(|f| f.family);
    let entries: Vec<Entry> = props
        .assessment
        .families
        .iter()
        .take(props.limit)
        .map(|f| Entry {
            family: f.family,
            recommended: recommended == Some(f.family),
            // Offered when the clinic offers at least one of the family's variants.
            offered: f.offered,
        })
        .collect();

    html! {
        <section class="tc-ranking-section">
            <h3>{ t.ranking_heading }</h3>
            <p class="tc-score-meaning">{ t.score_meaning }</p>
            <ol class="tc-ranking">
                { for entries.iter().map(|e| html! {
                    <FamilyCard
                        key={e.family as u8}
                        assessment={props.assessment.clone()}
                        config={props.config.clone()}
                        family={e.family}
                        recommended={e.recommended}
                        offered={e.offered}
                    />
                }) }
            </ol>
        </section>
    }
}
