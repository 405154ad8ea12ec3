//! The timeline as an SVG chart: a month axis, one row per shown treatment (its name on a line
//! of its own, then a lane of sessions with their downtime and a lane of results: first and full
//! results, how long the result lasts) and the visitor's event date. The layout comes from
//! `geometry` (x in percent of the width, y in pixels); this file only draws it.

use super::{key_attr, num};
use crate::assessment::{Assessment, Timeline};
use crate::catalog::{TreatmentId, TreatmentSet};
use crate::geometry::{self, Chart, Row, Shown, Tick, BAND_HEIGHT, DOWNTIME_HEIGHT};
use crate::text::{Locale, ResultText};
use crate::ui::class_list;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    pub assessment: Rc<Assessment>,
    pub shown: TreatmentSet,
    pub locale: Locale,
}

/// A horizontal position as an SVG attribute: percent of the chart's width.
fn pct(v: f64) -> AttrValue {
    AttrValue::from(crate::text::number(v) + "%")
}

/// Horizontal positions for the language's direction: in a right-to-left language time runs
/// from right to left, as the text does (text anchors follow by themselves: SVG's `start`
/// is the right end there).
#[derive(Clone, Copy)]
struct Direction {
    rtl: bool,
}

impl Direction {
    /// A point at `x` percent from the start.
    fn x(self, x: f64) -> AttrValue {
        pct(if self.rtl { geometry::r2(100.0 - x) } else { x })
    }

    /// The left edge of a span starting `x` percent from the start, `width` percent wide.
    fn left(self, x: f64, width: f64) -> AttrValue {
        pct(if self.rtl { geometry::r2(100.0 - x - width) } else { x })
    }
}

/// Squeezes a treatment's name that is wider than the chart (a long name in a longer language
/// on a phone) into the width, rather than letting the SVG cut it off.
fn fit_row_labels(svg: &web_sys::Element) {
    let available = svg.get_bounding_client_rect().width() - 2.0;
    let Ok(labels) = svg.query_selector_all("text.tc-row-label") else { return };
    for label in (0..labels.length()).filter_map(|i| labels.item(i)) {
        let Some(label) = label.dyn_ref::<web_sys::SvgTextContentElement>() else { continue };
        let _ = label.remove_attribute("textLength");
        let _ = label.remove_attribute("lengthAdjust");
        if available > 0.0 && f64::from(label.get_computed_text_length()) > available {
            let _ = label.set_attribute("textLength", &crate::text::number(available));
            let _ = label.set_attribute("lengthAdjust", "spacingAndGlyphs");
        }
    }
}

#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let t = props.locale.text().results;
    let svg = use_node_ref();
    {
        let svg = svg.clone();
        use_effect(move || {
            let fit = move || {
                if let Some(el) = svg.cast::<web_sys::Element>() {
                    fit_row_labels(&el);
                }
            };
            // In the next animation frame: measuring the labels lays the chart out, which then is
            // the frame's own layout rather than one forced in the middle of the render.
            let first = crate::ui::paint::next_frame(fit.clone());
            let window = web_sys::window();
            // The loader cannot remove this listener if the widget's code panics: it then does nothing.
            let listener = window.map(|w| {
                gloo_events::EventListener::new(&w, "resize", move |_| {
                    if !crate::containment::panicked() {
                        fit();
                    }
                })
            });
            move || drop((first, listener))
        });
    }
    let a = &props.assessment;
    let mut timelines: Vec<(TreatmentId, &Timeline)> = Vec::new();
    for id in props.shown.iter() {
        if let Some(r) = a.treatment(id) {
            timelines.push((id, &r.timeline));
        }
    }
    if timelines.is_empty() {
        return Html::default();
    }
    let chart = geometry::layout(a.start, a.event_date, &timelines);
    let dir = Direction { rtl: props.locale.text().dir == "rtl" };
    let title = t.chart_title(chart.axis.start, chart.axis.end);
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

    // Each list built by a plain loop into a Vec<Html>: one shared instantiation of the
    // iterator machinery rather than one per closure (issue 24).
    let mut rows = Vec::new();
    let mut labels = Vec::new();
    for r in &chart.rows {
        rows.push(row(r, &chart, dir));
        labels.push(html! {
            <text key={r.id as u8} class="tc-row-label" x={dir.x(0.0)} y={num(r.label_y)}>{ t.treatment(r.id) }</text>
        });
    }
    let mut ticks = Vec::new();
    for tick in &chart.ticks {
        ticks.push(axis_tick(tick, &chart, t, dir));
    }
    let mut swatches = Vec::new();
    for (class, label) in legend {
        swatches.push(html! { <li><span {class} aria-hidden="true"></span>{ label }</li> });
    }
    html! {
        <figure class="tc-timeline-figure">
            <svg class="tc-timeline" ref={svg} role="img" width="100%" height={num(chart.height)}>
                <title>{ title }</title>
                // The rows and the ticks each as one keyed child: a treatment added to the
                // comparison adds its row, rather than redrawing every row and tick after it.
                <>{ for rows }</>
                <line class="tc-axis" x1="0%" y1={num(chart.axis_y)} x2="100%" y2={num(chart.axis_y)} />
                <>{ for ticks }</>
                if let Some(e) = chart.event {
                    <g class="tc-event-mark">
                        <line class="tc-event" x1={dir.x(e.x)} y1={num(e.y1)} x2={dir.x(e.x)} y2={num(e.y2)} />
                        <text class="tc-event-label" x={dir.x(e.x)} y={num(e.label_y)} text-anchor={e.anchor}>{ event_label }</text>
                    </g>
                }
                // Drawn last, with a halo, so the event line never runs through a name.
                <g class="tc-row-labels">
                    { for labels }
                </g>
            </svg>
            <figcaption>
                <ul class="tc-chart-legend">
                    { for swatches }
                    if chart.event.is_some() {
                        <li><span class="tc-swatch tc-swatch-event" aria-hidden="true"></span>{ t.event }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

/// A result marker: a diamond in a one-pixel nested `<svg>` at (x, y), since polygon points
/// cannot be percentages.
fn diamond(class: &'static str, x: AttrValue, y: f64, points: &str) -> Html {
    html! {
        <svg class="tc-marker" {x} y={num(y)} width="1" height="1" overflow="visible">
            <polygon {class} points={points.to_string()} />
        </svg>
    }
}

fn row(r: &Row, chart: &Chart, dir: Direction) -> Html {
    let band_y = num(r.band_y());
    let mut marks = Vec::new();
    for d in &r.downtime {
        marks.push(html! {
            <rect class="tc-downtime" x={dir.left(d.x, d.width)} y={num(r.downtime_y())} width={pct(d.width)} height={num(DOWNTIME_HEIGHT)} />
        });
    }
    for x in &r.sessions {
        marks.push(html! {
            <circle class="tc-session" cx={dir.x(*x)} cy={num(r.session_y)} r={num(r.session_radius)} />
        });
    }
    html! {
        <g key={r.id as u8} class="tc-timeline-row" data-treatment={key_attr(&r.id)}>
            <line class="tc-track" x1="0%" y1={num(r.session_y)} x2="100%" y2={num(r.session_y)} />
            <line class="tc-track tc-track-results" x1="0%" y1={num(r.results_y)} x2="100%" y2={num(r.results_y)} />
            if let Some(b) = r.lasting {
                <rect class="tc-lasting" x={dir.left(b.x, b.width)} y={band_y.clone()} width={pct(b.width)} height={num(BAND_HEIGHT)} rx="3" />
            }
            if let Some(b) = r.fading {
                <rect class="tc-fading" x={dir.left(b.x, b.width)} y={band_y} width={pct(b.width)} height={num(BAND_HEIGHT)} rx="3" />
            }
            { for marks }
            if let Some(x) = r.first_results {
                { diamond("tc-first-results", dir.x(x), r.results_y, &chart.first_results_points) }
            }
            if let Some(x) = r.full_results {
                { diamond("tc-full-results", dir.x(x), r.results_y, &chart.full_results_points) }
            }
        </g>
    }
}

/// A label's classes: its own plus the one limiting it to the narrow or the wide layout.
fn label_class(base: &'static str, shown: Shown) -> AttrValue {
    class_list(base, &[shown.class()])
}

fn axis_tick(tick: &Tick, chart: &Chart, t: &ResultText, dir: Direction) -> Html {
    let y2 = chart.axis_y + tick.length();
    let month_class = label_class("tc-month", tick.month_label);
    let year_class = label_class("tc-year", tick.year_label);
    html! {
        <g key={tick.year * 12 + tick.month as i32} class="tc-tick">
            <line x1={dir.x(tick.x)} y1={num(chart.axis_y)} x2={dir.x(tick.x)} y2={num(y2)} />
            if tick.month_label.is_shown() {
                <text class={month_class} x={dir.x(tick.x)} y={num(chart.month_label_y())} text-anchor="middle">{ t.month(tick.month) }</text>
            }
            if tick.year_label.is_shown() {
                <text class={year_class} x={dir.x(tick.x)} y={num(chart.year_label_y())} text-anchor="middle">{ tick.year.to_string() }</text>
            }
        </g>
    }
}
