use super::radio_card::{radio_card, RadioCardProps};
use crate::answers::{snake_key, Downtime};
use crate::text::Locale;
use crate::ui::state::Step;
use yew::prelude::*;

pub struct DowntimeStepProps {
    pub selected: Downtime,
    pub locale: Locale,
    pub on_select: Callback<Downtime>,
}

/// How many days of redness, swelling or peeling per session the visitor accepts.
pub fn downtime_step(props: &DowntimeStepProps) -> Html {
    let text = props.locale.text().questions;
    let step = Step::Downtime;
    let key = step.key();
    let mut cards = Vec::new();
    for &d in Downtime::ALL.iter() {
        cards.push(html! {
            <li>
                { radio_card(&RadioCardProps {
                    name: "downtime".into(),
                    value: snake_key(&d).into(),
                    label: text.downtime(d).into(),
                    hint: text.downtime_hint(d).into(),
                    checked: props.selected == d,
                    on_select: props.on_select.reform(move |_| d),
                }) }
            </li>
        });
    }
    html! {
        <fieldset class="tc-step" key={key} data-step={key}>
            <legend class="tc-legend"><h2 class="tc-title">{ text.step(step) }</h2></legend>
            <p class="tc-intro">{ text.step_intro(step) }</p>
            <ul class="tc-choices">{ for cards }</ul>
        </fieldset>
    }
}
