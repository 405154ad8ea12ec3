//! The combined plan: why one treatment is not enough, which treatment covers each concern
//! (with its source), and the joint timeline with the typical spacing between treatments.

use super::key_attr;
use crate::assessment::{Assessment, Plan};
use crate::catalog::TreatmentId;
use crate::text::Locale;
use crate::ui::nodes;
use yew::prelude::*;

/// One treatment of the plan in words.
struct StepView {
    id: TreatmentId,
    verdict_key: AttrValue,
    title: String,
    dates: String,
    after: Option<String>,
}

/// The plan's section (none without a plan), in [`super::advice::Advice`].
pub(super) fn combined_plan(assessment: &Assessment, locale: Locale) -> Html {
    let Some(plan) = assessment.plan.as_ref() else {
        return Html::default();
    };
    let text = locale.text();
    let (t, q) = (text.results, text.questions);
    let intro = t.plan_intro(plan.best_single, &plan.uncovered, q);
    let mut covers: Vec<String> = Vec::new();
    for c in &plan.covers {
        covers.push(t.plan_cover(c, q));
    }
    let steps = step_views(plan, assessment, locale);
    let end = t.plan_end(plan.full_results, assessment.event_date.zip(plan.ready_by_event));
    let ids = plan.treatments.iter().map(|id| key_attr(id).to_string()).collect::<Vec<_>>().join(" ");

    html! {
        <section class="tc-plan" part="plan" data-treatments={ids}>
            <h3>{ t.plan_heading }</h3>
            <p class="tc-intro">{ intro }</p>
            <ul class="tc-plan-covers">
                { for nodes(&covers, |c| html! { <li>{ c.as_str() }</li> }) }
            </ul>
            <ol class="tc-plan-steps">
                { for nodes(&steps, |s| html! {
                    <li class="tc-plan-step" data-treatment={key_attr(&s.id)} data-verdict={s.verdict_key.clone()}>
                        <p class="tc-plan-step-title">{ s.title.as_str() }</p>
                        if let Some(after) = &s.after {
                            <p class="tc-plan-after">{ after.as_str() }</p>
                        }
                        <p class="tc-plan-dates">{ s.dates.as_str() }</p>
                    </li>
                }) }
            </ol>
            <p class="tc-plan-end">{ end }</p>
            <p class="tc-plan-spacing-note">{ t.plan_spacing_note }</p>
        </section>
    }
}

fn step_views(plan: &Plan, assessment: &Assessment, locale: Locale) -> Vec<StepView> {
    let t = locale.text().results;
    let mut previous: Option<TreatmentId> = None;
    let mut views = Vec::with_capacity(plan.steps.len());
    for step in &plan.steps {
        let Some(verdict) = assessment.treatment(step.id).map(|r| r.candidacy.verdict) else { continue };
        let after = previous.zip(step.after_previous).map(|(p, gap)| t.plan_after(p, &gap));
        views.push(StepView {
            id: step.id,
            verdict_key: key_attr(&verdict),
            title: t.plan_step(step.id, verdict),
            dates: t.plan_dates(&step.timeline),
            after,
        });
        previous = Some(step.id);
    }
    views
}
