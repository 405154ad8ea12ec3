use super::health_row::HealthRow;
use super::isotretinoin_row::IsotretinoinRow;
use crate::answers::{Condition, Health, YesNo};
use crate::date::Date;
use crate::text::Locale;
use crate::ui::state::{IsotretinoinChoice, Step, HEALTH_GROUPS};
use std::rc::Rc;
use yew::prelude::*;

/// The group that also holds the isotretinoin question.
const MEDICINES: usize = 1;

#[derive(Properties, PartialEq)]
pub struct HealthStepProps {
    pub health: Rc<Health>,
    pub isotretinoin: IsotretinoinChoice,
    pub isotretinoin_last_taken: Option<Date>,
    pub today: Date,
    pub locale: Locale,
    pub on_answer: Callback<(Condition, YesNo)>,
    pub on_isotretinoin: Callback<IsotretinoinChoice>,
    pub on_isotretinoin_last_taken: Callback<Option<Date>>,
}

/// The health screen: every answer starts at "no"; compact rows in three groups.
#[component]
pub fn HealthStep(props: &HealthStepProps) -> Html {
    let text = props.locale.text().questions;
    let key = Step::Health.key();
    let groups = HEALTH_GROUPS.iter().zip(text.health_groups).enumerate().map(|(i, (conditions, title))| {
        let rows = conditions.iter().map(|&condition| {
            html! {
                <HealthRow {condition} answer={props.health.answer(condition)} locale={props.locale}
                    on_answer={props.on_answer.clone()} />
            }
        });
        let isotretinoin = (i == MEDICINES).then(|| {
            html! {
                <IsotretinoinRow choice={props.isotretinoin} last_taken={props.isotretinoin_last_taken}
                    today={props.today} locale={props.locale} on_choice={props.on_isotretinoin.clone()}
                    on_last_taken={props.on_isotretinoin_last_taken.clone()} />
            }
        });
        html! {
            <section class="tc-health-group">
                <h3 class="tc-subtitle-q">{ title }</h3>
                { isotretinoin }
                { for rows }
            </section>
        }
    });
    html! {
        <div class="tc-step" data-step={key}>
            <h2 class="tc-title">{ text.step(key) }</h2>
            <p class="tc-intro">{ text.step_intro(key) }</p>
            { for groups }
        </div>
    }
}
