//! The results' middle part: the combined plan and microneedling's candidacy panel. One
//! component for the two: they always render together, from the same assessment and language,
//! on the results screen (one stage) and in the printed summary.

use super::candidacy::candidacy;
use super::plan::combined_plan;
use crate::assessment::Assessment;
use crate::text::Locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AdviceProps {
    pub assessment: Rc<Assessment>,
    pub locale: Locale,
    /// Leaves out the candidacy reasons that are health answers, saying so (a printout without
    /// them).
    #[prop_or_default]
    pub without_health: bool,
    /// The printed summary: every variant's panel unfolded (paper cannot open them).
    #[prop_or_default]
    pub printed: bool,
}

#[component]
pub fn Advice(props: &AdviceProps) -> Html {
    html! {
        <>
            { combined_plan(&props.assessment, props.locale) }
            { candidacy(&props.assessment, props.locale, props.without_health, props.printed) }
        </>
    }
}
