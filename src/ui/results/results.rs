//! The results screen: summary, edit buttons, ranking, candidacy, timeline and disclaimer.

use super::advice::Advice;
use super::booking::Booking;
use super::compare_picker::compare_picker;
use super::disclaimer::disclaimer;
use super::keep_share::KeepShare;
use super::print_button::PrintButton;
use super::ranking::Ranking;
use super::stages::{use_stages, Stage, FIRST_FAMILIES};
use super::timeline_chart::TimelineChart;
use super::timeline_table::TimelineTable;
use crate::answers::Answers;
use crate::assessment::Assessment;
use crate::catalog::{TreatmentId, TreatmentSet};
use crate::config::{Remember, WidgetConfig};
use crate::events::BookingRequest;
use crate::ui::announce::Announcement;
use crate::ui::nodes;
use crate::ui::paint::use_deferred;
use crate::ui::state::Step;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: Rc<Assessment>,
    /// The answers behind it, for the printed summary.
    pub answers: Rc<Answers>,
    pub config: Rc<WidgetConfig>,
    pub on_edit: Callback<Step>,
    /// The visitor chose to book; true when the host handles it.
    pub on_booking: Callback<BookingRequest, bool>,
    pub remember: Remember,
    /// The answers are kept on this device (the visitor chose it).
    pub on_device: bool,
    pub on_start_over: Callback<()>,
    pub on_keep: Callback<bool>,
    /// A link to these results, with the health answers or without.
    pub share_link: Callback<bool, String>,
    pub on_announce: Callback<Announcement>,
}

/// One "Change ..." button per question step.
struct EditButton {
    step: Step,
    label: &'static str,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    // The treatments ticked for comparison; microneedling is always shown.
    let chosen = use_state(TreatmentSet::default);
    // The parts on screen so far (src/ui/results/stages.rs): the top part first, the rest in the
    // following tasks.
    let stage = use_stages();
    let shows = |part: Stage| stage >= part;
    let families = if shows(Stage::RankingRest) { usize::MAX } else { FIRST_FAMILIES };

    // A new configuration (the language switch, mostly) reaches the parts in screen order: the
    // top part in the click's own task, each later part in a task after the one above it is
    // painted, rather than the whole screen in one long task.
    let config_ranking = use_deferred(props.config.clone());
    let config_candidacy = use_deferred(config_ranking.clone());
    let config_timeline = use_deferred(config_candidacy.clone());
    let config_table = use_deferred(config_timeline.clone());
    let config_actions = use_deferred(config_table.clone());
    let complete = (stage.complete() && config_actions == props.config).then_some(AttrValue::Static(""));

    let assessment = &props.assessment;
    let locale = props.config.locale;
    let t = locale.text().results;
    let t_timeline = config_timeline.locale.text().results;

    let summary = t.summary(assessment.recommended().map(|f| (f.family, f.best, f.score, f.verdict)));
    let mut notes: Vec<String> = Vec::new();
    for n in &assessment.notes {
        notes.push(t.note(*n));
    }

    let mut edits: Vec<EditButton> = Vec::new();
    for (&step, label) in Step::QUESTIONS.iter().zip(t.edit) {
        edits.push(EditButton { step, label });
    }

    // Compare options: every other assessed treatment, in catalog order.
    let options = TreatmentSet::of(|id| id != TreatmentId::Microneedling && assessment.treatment(id).is_some());
    let shown = TreatmentSet::of(|id| {
        (id == TreatmentId::Microneedling || chosen.contains(&id)) && assessment.treatment(id).is_some()
    });
    // The table under the chart follows a change of the compared treatments in the next task.
    let table_shown = use_deferred(shown);

    let on_toggle = {
        let chosen = chosen.clone();
        Callback::from(move |id: TreatmentId| {
            let mut next = *chosen;
            if !next.remove(&id) {
                next.insert(id);
            }
            chosen.set(next);
        })
    };

    let timeline_intro = t_timeline.timeline_intro(assessment.start);
    let print = PrintButton {
        assessment: assessment.clone(),
        answers: props.answers.clone(),
        config: config_actions.clone(),
        shown,
    }
    .view();

    html! {
        <section class="tc-results" data-complete={complete}>
            <h2>{ t.title }</h2>
            <p class="tc-summary">{ summary }</p>
            <p class="tc-intro">{ t.intro }</p>

            <nav class="tc-edits" aria-label={ t.edit_heading }>
                { for nodes(&edits, |e| edit_button(e, &props.on_edit)) }
            </nav>

            { for nodes(&notes, |n| html! { <p class="tc-note" part="note">{ n.as_str() }</p> }) }

            if shows(Stage::Ranking) {
                <Ranking assessment={assessment.clone()} config={config_ranking.clone()} limit={families} />
            }
            if shows(Stage::Candidacy) {
                <Advice assessment={assessment.clone()} locale={config_candidacy.locale} />
            }
            if shows(Stage::Timeline) {
                <section class="tc-timeline-section">
                    <h3>{ t_timeline.timeline_heading }</h3>
                    <p class="tc-intro">{ timeline_intro }</p>
                    { compare_picker(options, *chosen, assessment, config_timeline.locale, &on_toggle) }
                    <TimelineChart assessment={assessment.clone()} {shown} locale={config_timeline.locale} />
                    if shows(Stage::TimelineTable) {
                        <TimelineTable assessment={assessment.clone()} shown={table_shown} locale={config_table.locale} />
                    }
                </section>
            }
            if shows(Stage::Actions) {
                { print }

                <Booking config={config_actions.clone()} assessment={assessment.clone()} compared={*chosen}
                    on_request={props.on_booking.clone()} />

                <KeepShare locale={config_actions.locale} remember={props.remember} on_device={props.on_device}
                    on_start_over={props.on_start_over.clone()} on_keep={props.on_keep.clone()}
                    share_link={props.share_link.clone()} on_announce={props.on_announce.clone()} />

                { disclaimer(&config_actions.clinic_name, config_actions.locale) }
            }
        </section>
    }
}

fn edit_button(e: &EditButton, on_edit: &Callback<Step>) -> Html {
    let step = e.step;
    let onclick = on_edit.reform(move |_: MouseEvent| step);
    html! {
        <button type="button" class="tc-edit" data-step={ step.key() } {onclick}>{ e.label }</button>
    }
}
