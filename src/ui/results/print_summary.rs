//! The printed summary: the clinic, today's date, the visitor's concerns (and health answers if
//! the visitor asked for them), the ranking with each family's fit and health check, the
//! combined plan, microneedling's candidacy with its care, the timeline table with its sources,
//! and the disclaimer. Rendered on its own (src/ui/print.rs), never inside the widget, from the
//! results screen's own components; styles/print.css leaves out what only a screen needs.

use super::advice::Advice;
use super::disclaimer::disclaimer;
use super::ranking::Ranking;
use super::timeline_table::TimelineTable;
use crate::answers::Answers;
use crate::assessment::Assessment;
use crate::catalog::TreatmentSet;
use crate::config::WidgetConfig;
use crate::ui::nodes;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    /// In the language shown.
    pub config: Rc<WidgetConfig>,
    /// The treatments on the timeline, as on the results screen.
    pub shown: TreatmentSet,
    /// The visitor ticked "include my health answers".
    pub include_health: bool,
    /// Called once, when the summary is on the page.
    pub on_rendered: Callback<()>,
}

#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    {
        let on_rendered = props.on_rendered.clone();
        use_effect_with((), move |_| on_rendered.emit(()));
    }
    let (a, locale) = (&props.assessment, props.config.locale);
    let text = locale.text();
    let (t, q) = (text.results, text.questions);

    let clinic = AttrValue::from(props.config.clinic_name.clone());
    let date = t.print_date(a.today);
    let summary = t.summary(a.recommended().map(|f| (f.family, f.best, f.score, f.verdict)));
    let mut notes: Vec<String> = Vec::new();
    for n in &a.notes {
        notes.push(t.note(*n));
    }
    let mut concerns: Vec<String> = Vec::new();
    for c in &props.answers.concerns {
        concerns.push(t.print_concern(c.concern, c.severity, q));
    }
    let health = if props.include_health { t.health_answers(&props.answers.health, q) } else { Vec::new() };
    let timeline_intro = t.timeline_intro(a.start);

    html! {
        <div class="tc-root tc-print" lang={text.tag} dir={text.dir}>
            <header class="tc-print-header">
                <p class="tc-print-clinic">{ clinic.clone() }</p>
                <h2>{ t.print_heading }</h2>
                <p class="tc-intro">{ date }</p>
            </header>
            <p class="tc-summary">{ summary }</p>
            { for nodes(&notes, |n| html! { <p class="tc-note">{ n.as_str() }</p> }) }

            <section>
                <h3>{ t.print_concerns_heading }</h3>
                <ul class="tc-print-list">
                    { for nodes(&concerns, |c| html! { <li>{ c.as_str() }</li> }) }
                </ul>
            </section>
            if props.include_health {
                <section class="tc-print-health">
                    <h3>{ t.print_health_heading }</h3>
                    <ul class="tc-print-list">
                        { for nodes(&health, |(question, answer)| html! {
                            <li>{ *question }{ " " }<strong>{ answer.as_str() }</strong></li>
                        }) }
                    </ul>
                    <p>{ t.print_health_rest }</p>
                </section>
            }

            <Ranking assessment={a.clone()} config={props.config.clone()} />
            <Advice assessment={a.clone()} {locale} without_health={!props.include_health} printed=true />

            <section class="tc-print-timeline">
                <h3>{ t.timeline_heading }</h3>
                <p class="tc-intro">{ timeline_intro }</p>
                <TimelineTable assessment={a.clone()} shown={props.shown} {locale} />
            </section>

            { disclaimer(&clinic, locale) }
        </div>
    }
}
