//! Layout math for the results' SVG (score bars and the timeline chart), kept out of `html!`.
//!
//! The timeline has no viewBox: horizontal positions are percentages of the chart's width, so it
//! fills its container at any size while its text keeps its CSS pixel size; vertical positions
//! and marker sizes are CSS pixels. Month labels are laid out twice, for a narrow plot (a phone)
//! and a wide one; the extra labels of the wide layout carry a class that a container query shows.

use crate::assessment::Timeline;
use crate::catalog::{Lasting, TreatmentId};
use crate::date::Date;
use crate::text::number;

/// Score bars: a 100-unit wide track, so the fill's width is the score itself.
pub const SCORE_BAR_WIDTH: f64 = 100.0;
pub const SCORE_BAR_HEIGHT: f64 = 8.0;

pub fn score_width(score: u8) -> f64 {
    f64::from(score.min(100)) * SCORE_BAR_WIDTH / 100.0
}

/// Plot widths (px) the month labels are spaced for: the narrowest phone layout, and the width
/// from which `tc-wide-only` labels show (the stylesheet's container query, 640px, matches it).
const NARROW_PLOT: f64 = 270.0;
const WIDE_PLOT: f64 = 640.0;
/// Month labels need about this many pixels apart.
const MIN_LABEL_GAP: f64 = 34.0;
/// Label every n-th month; each step divides the next, so the wide labels include the narrow ones.
const LABEL_STEPS: [i32; 4] = [1, 3, 6, 12];
const MAX_MONTHS: i32 = 24;
const MIN_MONTHS: i32 = 3;

// Vertical layout, px. A row is its label on a line of its own, then the sessions lane, then the
// results lane (first and full results, how long the result lasts).
const EVENT_BAND: f64 = 24.0;
const EVENT_LABEL_Y: f64 = 15.0;
const TOP_PAD: f64 = 4.0;
const ROW_LABEL_DY: f64 = 15.0;
const SESSION_DY: f64 = 32.0;
const RESULTS_DY: f64 = 52.0;
const ROW_HEIGHT: f64 = 66.0;
const MONTH_DY: f64 = 18.0;
const YEAR_DY: f64 = 33.0;
const AXIS_HEIGHT: f64 = 40.0;

/// Session circles shrink (down to the minimum) so neighbours stay apart on a narrow plot.
const SESSION_RADIUS_MAX: f64 = 5.5;
const SESSION_RADIUS_MIN: f64 = 3.0;
const FIRST_RESULTS_RADIUS: f64 = 5.5;
const FULL_RESULTS_RADIUS: f64 = 7.0;
pub const BAND_HEIGHT: f64 = 8.0;
pub const DOWNTIME_HEIGHT: f64 = 3.0;
/// Narrowest downtime tick, percent of the width.
const DOWNTIME_MIN_WIDTH: f64 = 0.8;

/// Rounds to 0.01 so the SVG attributes stay short.
pub fn r2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The date range the chart shows and how it maps onto x (percent of the width).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub start: Date,
    pub end: Date,
}

impl Axis {
    /// From `start` to a little after `wanted`, at least three months and at most two years.
    pub fn new(start: Date, wanted: Date) -> Axis {
        let lo = start.add_months(MIN_MONTHS);
        let hi = start.add_months(MAX_MONTHS);
        let end = wanted.add_days(14).max(lo).min(hi);
        Axis { start, end }
    }

    fn total_days(&self) -> f64 {
        f64::from(self.start.days_until(self.end).max(1))
    }

    pub fn contains(&self, d: Date) -> bool {
        d >= self.start && d <= self.end
    }

    /// x of a date in percent, clamped to the plot.
    pub fn x(&self, d: Date) -> f64 {
        let t = f64::from(self.start.days_until(d)) / self.total_days();
        r2(t.clamp(0.0, 1.0) * 100.0)
    }

    /// Width of a number of days, in percent.
    pub fn width(&self, days: u32) -> f64 {
        r2(f64::from(days) * 100.0 / self.total_days())
    }

    /// Every how many months a label fits on a plot `plot_px` wide.
    fn label_step(&self, plot_px: f64) -> i32 {
        let per_month = plot_px * 30.44 / self.total_days();
        LABEL_STEPS.into_iter().find(|s| f64::from(*s) * per_month >= MIN_LABEL_GAP).unwrap_or(12)
    }

    /// Month starts inside the axis with which layouts label them; the first labelled tick of a
    /// layout (unless a December) and every January also carry the year.
    pub fn ticks(&self) -> Vec<Tick> {
        let (y, m, _) = self.start.ymd();
        let first = Date::from_ymd(y, m, 1).unwrap_or(self.start).add_months(1);
        let months = (0..=MAX_MONTHS + 1).take_while(|i| first.add_months(*i) <= self.end).count() as i32;
        let (narrow_step, wide_step) = (self.label_step(NARROW_PLOT), self.label_step(WIDE_PLOT));
        let (mut narrow_year, mut wide_year) = (false, false);
        (0..months)
            .map(|i| {
                let date = first.add_months(i);
                let (year, month, _) = date.ymd();
                let narrow = (month as i32 - 1) % narrow_step == 0;
                let wide = (month as i32 - 1) % wide_step == 0;
                // A December's year would crowd the next January's, which carries it anyway.
                let first_year = |seen: bool| !seen && month != 12;
                let narrow_year_here = narrow && (first_year(narrow_year) || month == 1);
                let wide_year_here = wide && (first_year(wide_year) || month == 1);
                narrow_year |= narrow;
                wide_year |= wide;
                Tick {
                    x: self.x(date),
                    year,
                    month,
                    month_label: Shown::of(narrow, wide),
                    year_label: Shown::of(narrow_year_here, wide_year_here),
                }
            })
            .collect()
    }
}

/// In which layouts a label shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Never,
    Always,
    NarrowOnly,
    WideOnly,
}

impl Shown {
    fn of(narrow: bool, wide: bool) -> Shown {
        match (narrow, wide) {
            (true, true) => Shown::Always,
            (true, false) => Shown::NarrowOnly,
            (false, true) => Shown::WideOnly,
            (false, false) => Shown::Never,
        }
    }

    pub fn is_shown(self) -> bool {
        self != Shown::Never
    }

    /// The class that limits the label to one layout.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Shown::NarrowOnly => Some("tc-narrow-only"),
            Shown::WideOnly => Some("tc-wide-only"),
            Shown::Always | Shown::Never => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub year: i32,
    /// 1-12
    pub month: u32,
    pub month_label: Shown,
    pub year_label: Shown,
}

impl Tick {
    /// Labelled ticks get a longer stroke.
    pub fn length(&self) -> f64 {
        if self.month_label == Shown::Always {
            6.0
        } else {
            3.0
        }
    }
}

/// A horizontal span (a band or a downtime tick), in percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub x: f64,
    pub width: f64,
}

impl Span {
    fn between(axis: &Axis, from: Date, to: Date) -> Option<Span> {
        let (x, end) = (axis.x(from), axis.x(to));
        (from < axis.end && end > x).then(|| Span { x, width: r2(end - x) })
    }
}

/// One treatment's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: TreatmentId,
    pub label_y: f64,
    pub session_y: f64,
    pub results_y: f64,
    pub sessions: Vec<f64>,
    pub session_radius: f64,
    pub downtime: Vec<Span>,
    pub first_results: Option<f64>,
    pub full_results: Option<f64>,
    pub lasting: Option<Span>,
    pub fading: Option<Span>,
}

impl Row {
    pub fn downtime_y(&self) -> f64 {
        self.session_y + self.session_radius + 2.0
    }

    pub fn band_y(&self) -> f64 {
        self.results_y - BAND_HEIGHT / 2.0
    }
}

/// A diamond centred on (0, 0), drawn inside a one-pixel nested `<svg>` placed at the marker's
/// x (percent) and y, because polygon points cannot be percentages.
fn diamond(r: f64) -> String {
    let (r, minus) = (number(r), number(-r));
    format!("0,{minus} {r},0 0,{r} {minus},0")
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
    pub first_results_points: String,
    pub full_results_points: String,
}

impl Chart {
    pub fn month_label_y(&self) -> f64 {
        self.axis_y + MONTH_DY
    }

    pub fn year_label_y(&self) -> f64 {
        self.axis_y + YEAR_DY
    }
}

/// The event date's vertical line, with its label in a band of its own above the rows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventMark {
    pub x: f64,
    pub y1: f64,
    pub y2: f64,
    pub label_y: f64,
    /// `text-anchor` keeping the label inside the chart: start near the left edge, end near the
    /// right one, middle between.
    pub anchor: &'static str,
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

/// The session radius that keeps a row's closest two sessions apart on a narrow plot.
fn session_radius(axis: &Axis, t: &Timeline) -> f64 {
    let closest = t.session_dates.windows(2).map(|w| w[0].days_until(w[1]).max(0) as u32).min();
    match closest {
        Some(days) => {
            let gap_px = axis.width(days) / 100.0 * NARROW_PLOT;
            r2((gap_px / 2.0 - 0.5).clamp(SESSION_RADIUS_MIN, SESSION_RADIUS_MAX))
        }
        None => SESSION_RADIUS_MAX,
    }
}

/// Lays out one row per timeline, in the given order.
pub fn layout(start: Date, event: Option<Date>, timelines: &[(TreatmentId, &Timeline)]) -> Chart {
    let axis = Axis::new(start, wanted_end(start, timelines.iter().map(|(_, t)| *t), event));
    let rows_top = TOP_PAD + if event.is_some() { EVENT_BAND } else { 0.0 };
    let mut rows: Vec<Row> = Vec::with_capacity(timelines.len());
    for (i, (id, t)) in timelines.iter().enumerate() {
        rows.push(row(&axis, *id, t, rows_top + ROW_HEIGHT * i as f64));
    }
    let axis_y = rows_top + ROW_HEIGHT * rows.len() as f64;
    // An event outside the axis (past the cap) is drawn at the edge; its label names the date.
    let event_mark = event.map(|e| {
        let x = axis.x(e);
        let anchor = if x < 35.0 {
            "start"
        } else if x > 65.0 {
            "end"
        } else {
            "middle"
        };
        EventMark { x, y1: EVENT_BAND - 4.0, y2: axis_y, label_y: EVENT_LABEL_Y, anchor }
    });
    Chart {
        ticks: axis.ticks(),
        axis,
        height: axis_y + AXIS_HEIGHT,
        rows,
        axis_y,
        event: event_mark,
        first_results_points: diamond(FIRST_RESULTS_RADIUS),
        full_results_points: diamond(FULL_RESULTS_RADIUS),
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
    let mut sessions = Vec::new();
    let mut downtime = Vec::new();
    for x in t.session_dates.iter().filter_map(|d| visible(*d)) {
        sessions.push(x);
        if t.downtime_days.hi != 0 {
            downtime.push(Span { x, width: r2(downtime_width.min(100.0 - x).max(0.0)) });
        }
    }
    Row {
        id,
        label_y: top + ROW_LABEL_DY,
        session_y: top + SESSION_DY,
        results_y: top + RESULTS_DY,
        sessions,
        session_radius: session_radius(axis, t),
        downtime,
        first_results: visible(t.first_results),
        full_results: visible(t.full_results),
        lasting,
        fading,
    }
}

#[cfg(test)]
#[path = "geometry_tests.rs"]
mod tests;
