use crate::text::Locale;
use crate::ui::state::{health_group_key, Gate, HEALTH_GROUPS, MEDICINES};
use yew::prelude::*;

/// A health group's opening question, "does any of these apply to you?", over the short list of
/// the group's items: none of these / one or more / not sure, nothing chosen at first. `group`
/// is the group's position in [`HEALTH_GROUPS`]; `uid` a document-unique prefix for its list's
/// id. A plain function rather than a component: it re-renders with its step, and a component
/// of its own would cost the wasm more than it saves.
pub fn health_gate(
    group: usize,
    answer: Option<Gate>,
    locale: Locale,
    uid: &str,
    on_gate: &Callback<(usize, Gate)>,
) -> Html {
    let text = locale.text().questions;
    let key = health_group_key(group);
    let mut names = Vec::new();
    if group == MEDICINES {
        names.push(html! { <li>{ text.isotretinoin_name }</li> });
    }
    for &c in HEALTH_GROUPS[group].iter() {
        names.push(html! { <li>{ text.condition_name(c) }</li> });
    }
    let list_id = format!("{uid}-gate-{key}");
    let name = format!("health-group-{key}");
    let mut options = Vec::new();
    for gate in Gate::ALL.into_iter() {
        let onchange = on_gate.reform(move |_: Event| (group, gate));
        options.push(html! {
            <label class="tc-segment">
                <input type="radio" name={name.clone()} value={gate.key()} checked={answer == Some(gate)} {onchange} />
                <span>{ text.health_gates[gate.index()] }</span>
            </label>
        });
    }
    html! {
        <fieldset class="tc-row tc-gate" data-gate={key} aria-describedby={list_id.clone()}>
            <legend class="tc-row-question">{ text.health_gate_question }</legend>
            <ul class="tc-gate-items" id={list_id}>{ for names }</ul>
            <div class="tc-segmented">{ for options }</div>
        </fieldset>
    }
}
