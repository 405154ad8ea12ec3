use crate::text::Locale;
use crate::ui::class_list;
use crate::ui::state::Step;
use yew::prelude::*;

pub struct ProgressProps {
    pub current: Step,
    pub locale: Locale,
}

/// One item per question screen; done ones are marked, the current one has
/// `aria-current="step"`.
pub fn progress(props: &ProgressProps) -> Html {
    let text = props.locale.text().questions;
    let current = props.current.index();
    let count = text.step_of(current + 1, Step::QUESTIONS.len());
    let mut items = Vec::new();
    for step in Step::QUESTIONS.iter() {
        let i = step.index();
        let class = class_list(
            "tc-progress-step",
            &[(i < current).then_some("tc-done"), (i == current).then_some("tc-current")],
        );
        let aria_current = (i == current).then_some("step");
        items.push(html! {
            <li {class} aria-current={aria_current} data-step={step.key()}>
                <span class="tc-progress-name">{ text.step_name(*step) }</span>
            </li>
        });
    }
    html! {
        <nav class="tc-progress-nav" aria-label={text.progress_label}>
            <p class="tc-step-count">{ count }</p>
            <ol class="tc-progress">{ for items }</ol>
        </nav>
    }
}
