use crate::ui::class_list;
use yew::prelude::*;

pub struct RadioCardProps {
    pub name: AttrValue,
    pub value: AttrValue,
    pub label: AttrValue,
    /// A second, smaller line under the label (none when empty).
    pub hint: AttrValue,
    pub checked: bool,
    pub on_select: Callback<()>,
}

/// A radio button with a large tap target: the whole card is its label.
pub fn radio_card(props: &RadioCardProps) -> Html {
    let class = class_list("tc-card", &[props.checked.then_some("tc-checked")]);
    let onchange = props.on_select.reform(|_: Event| ());
    let hint = (!props.hint.is_empty()).then(|| html! { <span class="tc-card-hint">{ props.hint.clone() }</span> });
    html! {
        <label {class}>
            <input type="radio" class="tc-card-input" name={props.name.clone()} value={props.value.clone()}
                checked={props.checked} {onchange} />
            <span class="tc-card-text">
                <span class="tc-card-label">{ props.label.clone() }</span>
                { hint }
            </span>
        </label>
    }
}
