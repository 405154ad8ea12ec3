use crate::answers::{snake_key, Condition, YesNo};
use crate::text::Locale;
use crate::ui::class_list;
use yew::prelude::*;

pub struct HealthRowProps {
    pub condition: Condition,
    /// `None` until answered.
    pub answer: Option<YesNo>,
    pub locale: Locale,
    pub on_answer: Callback<(Condition, YesNo)>,
}

/// One health question with No / Yes (/ Not sure) as a compact segmented radio group.
pub fn health_row(props: &HealthRowProps) -> Html {
    let text = props.locale.text().questions;
    let condition = props.condition;
    let name = format!("health-{}", snake_key(&condition));
    let mut options = Vec::new();
    for a in YesNo::ALL.into_iter().filter(|a| *a != YesNo::NotSure || condition.allows_not_sure()) {
        let onchange = props.on_answer.reform(move |_: Event| (condition, a));
        options.push(html! {
            <label class="tc-segment">
                <input type="radio" name={name.clone()} value={snake_key(&a)} checked={props.answer == Some(a)} {onchange} />
                <span>{ text.yes_no(a) }</span>
            </label>
        });
    }
    let class = class_list("tc-row", &[props.answer.is_some_and(|a| a != YesNo::No).then_some("tc-flagged")]);
    html! {
        <fieldset {class} data-condition={snake_key(&condition)}>
            <legend class="tc-row-question">{ text.condition(condition) }</legend>
            <div class="tc-segmented">{ for options }</div>
        </fieldset>
    }
}
