use super::health_gate::health_gate;
use super::health_row::{health_row, HealthRowProps};
use super::isotretinoin_row::{isotretinoin_row, IsotretinoinRowProps};
use crate::answers::{Condition, Health, YesNo};
use crate::date::Date;
use crate::text::Locale;
use crate::ui::paint::use_progressive;
use crate::ui::state::{health_group_key, Gate, IsotretinoinChoice, Step, HEALTH_GROUPS, MEDICINES};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HealthStepProps {
    /// The health answers so far: each condition's (unanswered until answered), each group's
    /// opening answer, isotretinoin and its last dose.
    pub health: Rc<Health>,
    pub gates: [Option<Gate>; HEALTH_GROUPS.len()],
    pub isotretinoin: Option<IsotretinoinChoice>,
    pub isotretinoin_last_taken: Option<Date>,
    pub today: Date,
    pub locale: Locale,
    /// A document-unique prefix for ids.
    pub uid: AttrValue,
    pub on_gate: Callback<(usize, Gate)>,
    pub on_answer: Callback<(Condition, YesNo)>,
    pub on_isotretinoin: Callback<IsotretinoinChoice>,
    pub on_isotretinoin_last_taken: Callback<Option<Date>>,
}

/// The health screen, in three groups. Each opens with one question over the short list of its
/// items, "does any of these apply to you?": "none of these" answers them all "no" in one tap;
/// "one or more" or "not sure" opens the group's questions (compact rows), each unanswered until
/// answered. Nothing is chosen at first. The first group comes with the click that opens the
/// screen, the others each in a task after it is painted (`data-pending` until they are there).
#[component]
pub fn HealthStep(props: &HealthStepProps) -> Html {
    let text = props.locale.text().questions;
    let step = Step::Health;
    let key = step.key();
    let shown = use_progressive(HEALTH_GROUPS.len(), 1);
    let pending = (shown < HEALTH_GROUPS.len()).then_some("");
    let mut groups = Vec::new();
    for (i, (conditions, title)) in HEALTH_GROUPS.iter().zip(text.health_groups).enumerate().take(shown) {
        let gate = props.gates[i];
        let questions = gate.is_some_and(Gate::opens).then(|| {
            let mut rows = Vec::new();
            for &condition in conditions.iter() {
                rows.push(health_row(&HealthRowProps {
                    condition,
                    answer: props.health.conditions.get(&condition).copied(),
                    locale: props.locale,
                    on_answer: props.on_answer.clone(),
                }));
            }
            let isotretinoin = (i == MEDICINES).then(|| {
                isotretinoin_row(&IsotretinoinRowProps {
                    choice: props.isotretinoin,
                    last_taken: props.isotretinoin_last_taken,
                    today: props.today,
                    locale: props.locale,
                    on_choice: props.on_isotretinoin.clone(),
                    on_last_taken: props.on_isotretinoin_last_taken.clone(),
                })
            });
            html! { <>{ isotretinoin }{ for rows }</> }
        });
        groups.push(html! {
            <section class="tc-health-group" key={i} data-group={health_group_key(i)}>
                <h3 class="tc-subtitle-q">{ title }</h3>
                { health_gate(i, gate, props.locale, &props.uid, &props.on_gate) }
                { questions.unwrap_or_default() }
            </section>
        });
    }
    html! {
        <div class="tc-step" data-step={key} data-pending={pending}>
            <h2 class="tc-title">{ text.step(step) }</h2>
            <p class="tc-intro">{ text.step_intro(step) }</p>
            // One child of its own, whose groups are keyed: the groups added after a paint go in
            // after the first, which stays as it is (with the focus, if it is in it).
            <>{ for groups }</>
        </div>
    }
}
