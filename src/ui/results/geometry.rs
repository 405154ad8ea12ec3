//! Layout math for the results' SVG (score bars and the timeline chart), kept out of `html!`.
//! All figures are in viewBox units; the SVG scales to its container's width.

use crate::assessment::Timeline;
use crate::catalog::{Lasting, TreatmentId};
use crate::date::Date;

/// Score bars: a 100-unit wide track, so the fill's width is the score itself.
pub const SCORE_BAR_WIDTH: f64 = 100.0;
pub const SCORE_BAR_HEIGHT: f64 = 8.0;

pub fn score_width(score: u8) -> f64 {
    f64::from(score.min(100)) * SCORE_BAR_WIDTH / 100.0
}

/// The timeline's viewBox width; narrow enough that labels stay legible on a phone.
pub const WIDTH: f64 = 340.0;
const PAD_X: f64 = 12.0;
const PAD_TOP: f64 = 6.0;
const ROW_HEIGHT: f64 = 50.0;
const LABEL_DY: f64 = 16.0;
const TRACK_DY: f64 = 34.0;
const AXIS_HEIGHT: f64 = 44.0;
const EVENT_LABEL_HEIGHT: f64 = 18.0;
/// Month labels need about this many units apart.
const MIN_LABEL_GAP: f64 = 36.0;
const MAX_MONTHS: i32 = 24;
const MIN_MONTHS: i32 = 3;
pub const SESSION_RADIUS: f64 = 6.0;
const MARKER: f64 = 7.0;
const DOWNTIME_MIN_WIDTH: f64 = 2.0;

/// Rounds to 0.1 unit so the SVG attributes stay short.
fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The date range the chart shows and how it maps onto x.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub start: Date,
    pub end: Date,
    x0: f64,
    x1: f64,
}

impl Axis {
    /// From `start` to a little after `wanted`, at least three months and at most two years.
    pub fn new(start: Date, wanted: Date) -> Axis {
        let lo = start.add_months(MIN_MONTHS);
        let hi = start.add_months(MAX_MONTHS);
        let end = wanted.add_days(14).max(lo).min(hi);
        Axis { start, end, x0: PAD_X, x1: WIDTH - PAD_X }
    }

    fn total_days(&self) -> f64 {
        f64::from(self.start.days_until(self.end).max(1))
    }

    pub fn contains(&self, d: Date) -> bool {
        d >= self.start && d <= self.end
    }

    /// x of a date, clamped to the plot.
    pub fn x(&self, d: Date) -> f64 {
        let t = f64::from(self.start.days_until(d)) / self.total_days();
        r1(self.x0 + t.clamp(0.0, 1.0) * (self.x1 - self.x0))
    }

    /// Width of a number of days.
    pub fn width(&self, days: u32) -> f64 {
        r1(f64::from(days) * (self.x1 - self.x0) / self.total_days())
    }

    /// Month starts inside the axis; every `step`-th one carries a label, and the first labelled
    /// tick and every January also carry the year.
    pub fn ticks(&self) -> Vec<Tick> {
        let (y, m, _) = self.start.ymd();
        let first = Date::from_ymd(y, m, 1).unwrap_or(self.start).add_months(1);
        let months = month_count(first, self.end);
        let per_month = (self.x1 - self.x0) / (self.total_days() / 30.44);
        let step = [1, 2, 3, 4, 6, 12].into_iter().find(|s| f64::from(*s) * per_month >= MIN_LABEL_GAP).unwrap_or(12);
        let mut ticks = Vec::new();
        let mut year_shown = false;
        for i in 0..months {
            let date = first.add_months(i);
            let (year, month, _) = date.ymd();
            let labelled = (month as i32 - 1) % step == 0;
            let show_year = labelled && (!year_shown || month == 1);
            year_shown |= show_year;
            ticks.push(Tick { x: self.x(date), year, month, labelled, show_year });
        }
        ticks
    }
}

fn month_count(first: Date, end: Date) -> i32 {
    (0..=MAX_MONTHS + 1).take_while(|i| first.add_months(*i) <= end).count() as i32
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub year: i32,
    /// 1-12
    pub month: u32,
    pub labelled: bool,
    pub show_year: bool,
}

/// A horizontal span (a band or a downtime tick).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub x: f64,
    pub width: f64,
}

impl Span {
    fn between(axis: &Axis, from: Date, to: Date) -> Option<Span> {
        let (x, end) = (axis.x(from), axis.x(to));
        (from < axis.end && end > x).then(|| Span { x, width: r1(end - x) })
    }
}

/// One treatment's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: TreatmentId,
    pub top: f64,
    pub label_y: f64,
    pub track_y: f64,
    pub sessions: Vec<f64>,
    pub downtime: Vec<Span>,
    pub first_results: Option<f64>,
    pub full_results: Option<f64>,
    pub lasting: Option<Span>,
    pub fading: Option<Span>,
}

impl Row {
    pub fn first_results_points(&self) -> Option<String> {
        self.first_results.map(|x| diamond(x, self.track_y, MARKER - 1.0))
    }

    pub fn full_results_points(&self) -> Option<String> {
        self.full_results.map(|x| diamond(x, self.track_y, MARKER + 1.0))
    }

    pub fn downtime_y(&self) -> f64 {
        self.track_y + SESSION_RADIUS + 2.0
    }

    pub fn band_y(&self) -> f64 {
        self.track_y - 5.0
    }

    pub const BAND_HEIGHT: f64 = 10.0;
    pub const DOWNTIME_HEIGHT: f64 = 4.0;
}

fn diamond(x: f64, y: f64, r: f64) -> String {
    let (x, y) = (r1(x), r1(y));
    format!("{},{} {},{} {},{} {},{}", x, r1(y - r), r1(x + r), y, x, r1(y + r), r1(x - r), y)
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub axis: Axis,
    pub height: f64,
    pub rows: Vec<Row>,
    pub ticks: Vec<Tick>,
    /// Where the month axis line sits.
    pub axis_y: f64,
    pub event: Option<EventMark>,
    pub plot_left: f64,
    pub plot_right: f64,
}

impl Chart {
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", WIDTH, r1(self.height))
    }

    pub fn month_label_y(&self) -> f64 {
        self.axis_y + 16.0
    }

    pub fn year_label_y(&self) -> f64 {
        self.axis_y + 31.0
    }
}

/// The event date's vertical line and where its label goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventMark {
    pub x: f64,
    pub y1: f64,
    pub y2: f64,
    pub label_y: f64,
    /// Label anchored at its end (near the right edge) rather than its start.
    pub anchor_end: bool,
}

/// The latest date the chart should reach: full results, the start of the fade, the event.
pub fn wanted_end<'a>(start: Date, timelines: impl IntoIterator<Item = &'a Timeline>, event: Option<Date>) -> Date {
    timelines
        .into_iter()
        .flat_map(|t| [Some(t.full_results), t.fades.map(|f| f.0)])
        .chain([event])
        .flatten()
        .fold(start, Date::max)
}

/// Lays out one row per timeline, in the given order.
pub fn layout(start: Date, event: Option<Date>, timelines: &[(TreatmentId, &Timeline)]) -> Chart {
    let axis = Axis::new(start, wanted_end(start, timelines.iter().map(|(_, t)| *t), event));
    let rows: Vec<Row> =
        timelines.iter().enumerate().map(|(i, (id, t))| row(&axis, *id, t, PAD_TOP + ROW_HEIGHT * i as f64)).collect();
    let axis_y = PAD_TOP + ROW_HEIGHT * rows.len() as f64 + 4.0;
    // An event outside the axis (past the cap) is drawn at the edge; its label names the date.
    let event_mark = event.map(|e| {
        let x = axis.x(e);
        EventMark { x, y1: PAD_TOP, y2: axis_y, label_y: axis_y + AXIS_HEIGHT + 10.0, anchor_end: x > WIDTH * 0.5 }
    });
    let height = axis_y + AXIS_HEIGHT + if event_mark.is_some() { EVENT_LABEL_HEIGHT } else { 0.0 };
    Chart {
        ticks: axis.ticks(),
        axis,
        height,
        rows,
        axis_y,
        event: event_mark,
        plot_left: axis.x0,
        plot_right: axis.x1,
    }
}

fn row(axis: &Axis, id: TreatmentId, t: &Timeline, top: f64) -> Row {
    let visible = |d: Date| axis.contains(d).then(|| axis.x(d));
    let downtime_width = axis.width(t.downtime_days.hi).max(DOWNTIME_MIN_WIDTH);
    let (lasting, fading) = match t.fades {
        Some((fade_start, fade_end)) => {
            (Span::between(axis, t.full_results, fade_start), Span::between(axis, fade_start, fade_end))
        }
        None if matches!(t.lasts, Lasting::Years | Lasting::Permanent) => {
            (Span::between(axis, t.full_results, axis.end), None)
        }
        None => (None, None),
    };
    Row {
        id,
        top,
        label_y: top + LABEL_DY,
        track_y: top + TRACK_DY,
        sessions: t.session_dates.iter().filter_map(|d| visible(*d)).collect(),
        downtime: if t.downtime_days.hi == 0 {
            Vec::new()
        } else {
            t.session_dates
                .iter()
                .filter(|d| axis.contains(**d))
                .map(|d| {
                    let x = axis.x(*d);
                    Span { x, width: r1(downtime_width.min(axis.x1 - x).max(0.0)) }
                })
                .collect()
        },
        first_results: visible(t.first_results),
        full_results: visible(t.full_results),
        lasting,
        fading,
    }
}
