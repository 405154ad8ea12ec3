//! The timeline as an SVG chart: a month axis, one row per shown treatment (sessions, downtime,
//! first and full results, how long the result lasts) and the visitor's event date. The layout
//! comes from `geometry`; this file only draws it.

use super::geometry::{self, Chart, Row, Tick, SESSION_RADIUS};
use super::{key_attr, num};
use crate::assessment::{Assessment, Timeline};
use crate::catalog::TreatmentId;
use crate::text::{Locale, ResultText};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    pub assessment: Rc<Assessment>,
    pub shown: Rc<Vec<TreatmentId>>,
    pub locale: Locale,
}

#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let t = props.locale.text().results;
    let a = &props.assessment;
    let timelines: Vec<(TreatmentId, &Timeline)> =
        props.shown.iter().filter_map(|id| a.treatment(*id).map(|r| (*id, &r.timeline))).collect();
    if timelines.is_empty() {
        return Html::default();
    }
    let chart = geometry::layout(a.start, a.event_date, &timelines);
    let title = t.chart_title(chart.axis.start, chart.axis.end);
    let event_label_anchor = chart.event.map(|e| if e.anchor_end { "end" } else { "start" });
    let event_label = a.event_date.map(|d| t.event_on(d)).unwrap_or_default();
    // Legend entries: the swatch's class and its label.
    let legend = [
        ("tc-swatch tc-swatch-session", t.legend_sessions),
        ("tc-swatch tc-swatch-downtime", t.legend_downtime),
        ("tc-swatch tc-swatch-first", t.legend_first_results),
        ("tc-swatch tc-swatch-full", t.legend_full_results),
        ("tc-swatch tc-swatch-lasting", t.legend_lasting),
        ("tc-swatch tc-swatch-fading", t.legend_fading),
    ];

    html! {
        <figure class="tc-timeline-figure">
            <svg class="tc-timeline" role="img" viewBox={chart.view_box()} preserveAspectRatio="xMinYMin meet">
                <title>{ title }</title>
                { for chart.rows.iter().map(|r| row(r, &chart, t)) }
                <line class="tc-axis" x1={num(chart.plot_left)} y1={num(chart.axis_y)} x2={num(chart.plot_right)} y2={num(chart.axis_y)} />
                { for chart.ticks.iter().map(|tick| axis_tick(tick, &chart, t)) }
                if let (Some(e), Some(anchor)) = (chart.event, event_label_anchor) {
                    <g class="tc-event-mark">
                        <line class="tc-event" x1={num(e.x)} y1={num(e.y1)} x2={num(e.x)} y2={num(e.y2)} />
                        <text class="tc-event-label" x={num(e.x)} y={num(e.label_y)} text-anchor={anchor}>{ event_label }</text>
                    </g>
                }
            </svg>
            <figcaption>
                <ul class="tc-legend">
                    { for legend.iter().map(|(class, label)| html! {
                        <li><span class={*class} aria-hidden="true"></span>{ *label }</li>
                    }) }
                    if chart.event.is_some() {
                        <li><span class="tc-swatch tc-swatch-event" aria-hidden="true"></span>{ t.event }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

fn row(r: &Row, chart: &Chart, t: &ResultText) -> Html {
    html! {
        <g class="tc-timeline-row" data-treatment={key_attr(&r.id)}>
            <text class="tc-row-label" x={num(chart.plot_left)} y={num(r.label_y)}>{ t.treatment(r.id) }</text>
            <line class="tc-track" x1={num(chart.plot_left)} y1={num(r.track_y)} x2={num(chart.plot_right)} y2={num(r.track_y)} />
            if let Some(b) = r.lasting {
                <rect class="tc-lasting" x={num(b.x)} y={num(r.band_y())} width={num(b.width)} height={num(Row::BAND_HEIGHT)} rx="3" />
            }
            if let Some(b) = r.fading {
                <rect class="tc-fading" x={num(b.x)} y={num(r.band_y())} width={num(b.width)} height={num(Row::BAND_HEIGHT)} rx="3" />
            }
            { for r.downtime.iter().map(|d| html! {
                <rect class="tc-downtime" x={num(d.x)} y={num(r.downtime_y())} width={num(d.width)} height={num(Row::DOWNTIME_HEIGHT)} />
            }) }
            { for r.sessions.iter().map(|x| html! {
                <circle class="tc-session" cx={num(*x)} cy={num(r.track_y)} r={num(SESSION_RADIUS)} />
            }) }
            if let Some(points) = r.first_results_points() {
                <polygon class="tc-first-results" points={points} />
            }
            if let Some(points) = r.full_results_points() {
                <polygon class="tc-full-results" points={points} />
            }
        </g>
    }
}

fn axis_tick(tick: &Tick, chart: &Chart, t: &ResultText) -> Html {
    let y2 = chart.axis_y + if tick.labelled { 5.0 } else { 3.0 };
    html! {
        <g class="tc-tick">
            <line x1={num(tick.x)} y1={num(chart.axis_y)} x2={num(tick.x)} y2={num(y2)} />
            if tick.labelled {
                <text class="tc-month" x={num(tick.x)} y={num(chart.month_label_y())} text-anchor="middle">{ t.month(tick.month) }</text>
            }
            if tick.show_year {
                <text class="tc-year" x={num(tick.x)} y={num(chart.year_label_y())} text-anchor="middle">{ tick.year.to_string() }</text>
            }
        </g>
    }
}
