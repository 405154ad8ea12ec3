use super::concern_choice::{concern_choice, ConcernChoiceProps};
use crate::answers::{Concern, Severity};
use crate::text::Locale;
use crate::ui::state::Step;
use yew::prelude::*;

pub struct ConcernsStepProps {
    /// Severity of each ticked concern, by position in `Concern::ALL`.
    pub concerns: [Option<Severity>; Concern::ALL.len()],
    pub locale: Locale,
    pub on_toggle: Callback<(Concern, bool)>,
    pub on_severity: Callback<(Concern, Severity)>,
}

/// First screen: what the visitor wants to improve, and how noticeable each concern is.
pub fn concerns_step(props: &ConcernsStepProps) -> Html {
    let text = props.locale.text().questions;
    let step = Step::Concerns;
    let key = step.key();
    let mut choices = Vec::new();
    for (&concern, severity) in Concern::ALL.iter().zip(props.concerns) {
        choices.push(concern_choice(&ConcernChoiceProps {
            concern,
            severity,
            locale: props.locale,
            on_toggle: props.on_toggle.clone(),
            on_severity: props.on_severity.clone(),
        }));
    }
    html! {
        <fieldset class="tc-step" key={key} data-step={key}>
            <legend class="tc-legend"><h2 class="tc-title">{ text.step(step) }</h2></legend>
            <p class="tc-privacy">{ text.privacy }</p>
            <p class="tc-intro">{ text.step_intro(step) }</p>
            <ul class="tc-choices tc-concerns">{ for choices }</ul>
        </fieldset>
    }
}
