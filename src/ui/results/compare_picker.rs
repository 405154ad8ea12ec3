//! Checkboxes choosing which treatments the timeline shows next to microneedling.

use super::key_attr;
use crate::assessment::Assessment;
use crate::catalog::{TreatmentId, TreatmentSet};
use crate::config::WidgetConfig;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePickerProps {
    pub options: Rc<Vec<TreatmentId>>,
    pub chosen: Rc<TreatmentSet>,
    /// Says which options the clinic offers.
    pub assessment: Rc<Assessment>,
    pub config: Rc<WidgetConfig>,
    pub on_toggle: Callback<TreatmentId>,
}

struct Choice {
    id: TreatmentId,
    label: &'static str,
    note: Option<&'static str>,
    checked: bool,
}

#[component]
pub fn ComparePicker(props: &ComparePickerProps) -> Html {
    let t = props.config.text().results;
    let choices: Vec<Choice> = props
        .options
        .iter()
        .map(|&id| Choice {
            id,
            label: t.treatment(id),
            note: (!props.assessment.treatment(id).is_some_and(|r| r.offered)).then_some(t.variant_not_offered),
            checked: props.chosen.contains(&id),
        })
        .collect();

    html! {
        <fieldset class="tc-compare">
            <legend>{ t.compare_legend }</legend>
            <div class="tc-compare-options">
                { for choices.iter().map(|c| choice(c, &props.on_toggle)) }
            </div>
        </fieldset>
    }
}

fn choice(c: &Choice, on_toggle: &Callback<TreatmentId>) -> Html {
    let id = c.id;
    let onchange = on_toggle.reform(move |_: Event| id);
    html! {
        <label class="tc-compare-check">
            <input type="checkbox" name="compare" value={key_attr(&id)} checked={c.checked} {onchange} />
            <span class="tc-compare-text">
                <span class="tc-compare-name">{ c.label }</span>
                if let Some(note) = c.note {
                    <span class="tc-muted">{ note }</span>
                }
            </span>
        </label>
    }
}
