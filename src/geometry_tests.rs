//! Unit tests of `src/geometry.rs` (the convention: docs/engineers/testing.md): the results'
//! layout math, natively, with timelines the engine makes.

use super::*;
use crate::catalog::Treatment;
use crate::engine::timeline;

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn a_score_bar_is_as_wide_as_the_score_and_never_wider_than_its_track() {
    assert_eq!(score_width(0), 0.0);
    assert_eq!(score_width(73), 73.0);
    assert_eq!(score_width(250), SCORE_BAR_WIDTH);
    assert_eq!(r2(12.3456), 12.35);
}

#[test]
fn the_axis_runs_from_three_months_to_two_years_and_maps_dates_to_percent() {
    let start = date("2026-12-07");
    assert_eq!(Axis::new(start, start).end, start.add_months(3), "at least three months");
    assert_eq!(Axis::new(start, start.add_months(60)).end, start.add_months(24), "at most two years");
    let axis = Axis::new(start, date("2027-06-01"));
    assert_eq!(axis.end, date("2027-06-15"), "two weeks after what is wanted");
    assert_eq!((axis.x(start), axis.x(axis.end)), (0.0, 100.0));
    assert_eq!(axis.x(date("2020-01-01")), 0.0, "clamped to the plot");
    assert_eq!(axis.x(date("2030-01-01")), 100.0);
    assert!(axis.x(date("2027-01-01")) < axis.x(date("2027-02-01")));
}

#[test]
fn month_ticks_rise_and_the_wide_layout_labels_every_month_the_narrow_one_does() {
    let start = date("2026-12-07");
    for months in [3, 7, 13, 24] {
        let axis = Axis::new(start, start.add_months(months));
        let ticks = axis.ticks();
        assert!(!ticks.is_empty());
        assert_eq!((ticks[0].year, ticks[0].month), (2027, 1), "the first month start after the start");
        assert!(ticks.windows(2).all(|w| w[0].x < w[1].x), "{months} months: ticks left to right");
        assert!(
            ticks.iter().all(|t| t.month_label != Shown::NarrowOnly),
            "{months} months: the wide labels include the narrow"
        );
        for t in ticks.iter().filter(|t| t.month == 1 && t.month_label.is_shown()) {
            assert!(t.year_label.is_shown(), "{months} months: a labelled January carries its year");
        }
    }
}

#[test]
fn the_chart_has_a_row_per_treatment_with_its_sessions_in_order_and_the_event_inside() {
    let start = date("2026-12-07");
    let event = date("2027-06-20");
    let timelines: Vec<(TreatmentId, Timeline)> = [TreatmentId::Microneedling, TreatmentId::PeelSuperficial]
        .into_iter()
        .map(|id| (id, timeline(Treatment::standard(id), start, None, Some(event))))
        .collect();
    let shown: Vec<(TreatmentId, &Timeline)> = timelines.iter().map(|(id, t)| (*id, t)).collect();
    let chart = layout(start, Some(event), &shown);
    assert_eq!(
        chart.rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        [TreatmentId::Microneedling, TreatmentId::PeelSuperficial]
    );
    assert!(chart.rows.windows(2).all(|w| w[0].label_y < w[1].label_y), "rows top to bottom");
    for (row, (_, t)) in chart.rows.iter().zip(&timelines) {
        assert_eq!(row.sessions.len(), t.session_dates.len(), "{:?}: every session inside two years", row.id);
        assert!(row.sessions.windows(2).all(|w| w[0] < w[1]), "{:?}: sessions left to right", row.id);
        assert!(
            row.full_results.is_some_and(|x| row.sessions.iter().all(|s| *s <= x)),
            "{:?}: full results after the sessions",
            row.id
        );
        assert!(row.session_y < row.results_y);
    }
    let mark = chart.event.expect("the event is on the chart");
    assert!((0.0..=100.0).contains(&mark.x) && mark.y1 < mark.y2);
    assert!(chart.height > chart.axis_y, "the month labels sit under the rows");
    assert!(
        chart.axis.end >= wanted_end(start, timelines.iter().map(|(_, t)| t), Some(event)).min(start.add_months(24))
    );
}
