use crate::text::Locale;
use crate::ui::state::{health_group_key, Gate, HEALTH_GROUPS, MEDICINES};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HealthGateProps {
    /// The group, by its position in [`HEALTH_GROUPS`].
    pub group: usize,
    pub answer: Option<Gate>,
    pub locale: Locale,
    /// A document-unique prefix for ids (several widgets may share a page).
    pub uid: AttrValue,
    pub on_gate: Callback<(usize, Gate)>,
}

/// A health group's opening question, "does any of these apply to you?", over the short list of
/// the group's items: none of these / one or more / not sure, nothing chosen at first.
#[component]
pub fn HealthGate(props: &HealthGateProps) -> Html {
    let text = props.locale.text().questions;
    let (group, key) = (props.group, health_group_key(props.group));
    let names = (group == MEDICINES)
        .then_some(text.isotretinoin_name)
        .into_iter()
        .chain(HEALTH_GROUPS[group].iter().map(|&c| text.condition_name(c)))
        .map(|name| html! { <li>{ name }</li> });
    let list_id = format!("{}-gate-{key}", props.uid);
    let name = format!("health-group-{key}");
    let options = Gate::ALL.into_iter().map(|gate| {
        let onchange = props.on_gate.reform(move |_: Event| (group, gate));
        html! {
            <label class="tc-segment">
                <input type="radio" name={name.clone()} value={gate.key()} checked={props.answer == Some(gate)} {onchange} />
                <span>{ text.gate(gate.key()) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="tc-row tc-gate" data-gate={key} aria-describedby={list_id.clone()}>
            <legend class="tc-row-question">{ text.health_gate_question }</legend>
            <ul class="tc-gate-items" id={list_id}>{ for names }</ul>
            <div class="tc-segmented">{ for options }</div>
        </fieldset>
    }
}
