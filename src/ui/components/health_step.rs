use super::health_row::HealthRow;
use super::isotretinoin_row::IsotretinoinRow;
use crate::answers::{Condition, Health, YesNo};
use crate::date::Date;
use crate::text::Locale;
use crate::ui::paint::use_progressive;
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

/// The health screen: every answer starts at "no"; compact rows in three groups. The first group
/// comes with the click that opens the screen, the others each in a task after it is painted
/// (`data-pending` until they are there).
#[component]
pub fn HealthStep(props: &HealthStepProps) -> Html {
    let text = props.locale.text().questions;
    let key = Step::Health.key();
    let shown = use_progressive(HEALTH_GROUPS.len(), 1);
    let pending = (shown < HEALTH_GROUPS.len()).then_some("");
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
            <section class="tc-health-group" key={i}>
                <h3 class="tc-subtitle-q">{ title }</h3>
                { isotretinoin }
                { for rows }
            </section>
        }
    });
    let groups = groups.take(shown);
    html! {
        <div class="tc-step" data-step={key} data-pending={pending}>
            <h2 class="tc-title">{ text.step(key) }</h2>
            <p class="tc-intro">{ text.step_intro(key) }</p>
            // One child of its own, whose groups are keyed: the groups added after a paint go in
            // after the first, which stays as it is (with the focus, if it is in it).
            <>{ for groups }</>
        </div>
    }
}
