//! Checkboxes choosing which treatments the timeline shows next to microneedling.

use super::key_attr;
use crate::assessment::Assessment;
use crate::catalog::{TreatmentId, TreatmentSet};
use crate::text::Locale;
use crate::ui::nodes;
use yew::prelude::*;

struct Choice {
    id: TreatmentId,
    label: &'static str,
    note: Option<&'static str>,
    checked: bool,
}

/// The `options` as checkboxes, the `chosen` ones ticked; the assessment says which the clinic
/// offers. Plain markup of the results' timeline part (no state of its own).
pub(super) fn compare_picker(
    options: TreatmentSet,
    chosen: TreatmentSet,
    assessment: &Assessment,
    locale: Locale,
    on_toggle: &Callback<TreatmentId>,
) -> Html {
    let t = locale.text().results;
    let mut choices: Vec<Choice> = Vec::new();
    for id in options.iter() {
        choices.push(Choice {
            id,
            label: t.treatment(id),
            note: (!assessment.treatment(id).is_some_and(|r| r.offered)).then_some(t.variant_not_offered),
            checked: chosen.contains(&id),
        });
    }

    html! {
        <fieldset class="tc-compare">
            <legend>{ t.compare_legend }</legend>
            <div class="tc-compare-options">
                { for nodes(&choices, |c| choice(c, on_toggle)) }
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
