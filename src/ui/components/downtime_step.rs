use super::radio_card::RadioCard;
use crate::answers::{snake_key, Downtime};
use crate::text::Locale;
use crate::ui::state::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DowntimeStepProps {
    pub selected: Downtime,
    pub locale: Locale,
    pub on_select: Callback<Downtime>,
}

/// How many days of redness, swelling or peeling per session the visitor accepts.
#[component]
pub fn DowntimeStep(props: &DowntimeStepProps) -> Html {
    let text = props.locale.text().questions;
    let step = Step::Downtime;
    let key = step.key();
    let cards = Downtime::ALL.iter().map(|&d| {
        html! {
            <li>
                <RadioCard name="downtime" value={snake_key(&d)} label={text.downtime(d)} hint={text.downtime_hint(d)}
                    checked={props.selected == d} on_select={props.on_select.reform(move |_| d)} />
            </li>
        }
    });
    html! {
        <fieldset class="tc-step" data-step={key}>
            <legend class="tc-legend"><h2 class="tc-title">{ text.step(step) }</h2></legend>
            <p class="tc-intro">{ text.step_intro(step) }</p>
            <ul class="tc-choices">{ for cards }</ul>
        </fieldset>
    }
}
