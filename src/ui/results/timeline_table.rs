//! The timeline in text: one row per shown treatment with its dates, "ready by your event", and
//! the course's figures, each figure numbered to its source in the list below the table.

use super::key_attr;
use crate::assessment::{Assessment, TreatmentResult, Verdict};
use crate::catalog::{Source, TreatmentId, TreatmentSet};
use crate::text::{Locale, ResultText};
use crate::ui::nodes;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineTableProps {
    pub assessment: Rc<Assessment>,
    pub shown: TreatmentSet,
    pub locale: Locale,
}

/// A cell: its column's label (for the narrow layout), its text and its source number.
struct Cell {
    label: &'static str,
    text: String,
    note: Option<usize>,
}

struct RowView {
    id: TreatmentId,
    name: &'static str,
    cells: Vec<Cell>,
}

/// Numbers sources in order of first use.
#[derive(Default)]
struct Notes(Vec<Source>);

impl Notes {
    fn number(&mut self, s: Source) -> usize {
        match self.0.iter().position(|x| *x == s) {
            Some(i) => i + 1,
            None => {
                self.0.push(s);
                self.0.len()
            }
        }
    }
}

#[component]
pub fn TimelineTable(props: &TimelineTableProps) -> Html {
    let t = props.locale.text().results;
    let a = &props.assessment;
    let has_event = a.event_date.is_some();
    let mut notes = Notes::default();
    // Plain loops rather than collects: no iterator machinery per closure (issue 24).
    let mut rows: Vec<RowView> = Vec::new();
    // Treatments that cannot start now get a note: their dates are a plan for later.
    let mut waits: Vec<String> = Vec::new();
    for r in props.shown.iter().filter_map(|id| a.treatment(id)) {
        rows.push(row_view(r, t, has_event, &mut notes));
        if r.candidacy.verdict == Verdict::NotNow {
            waits.push(t.timeline_note(r.id, (r.timeline.start > a.start).then_some(r.timeline.start)));
        }
    }
    let mut headers: Vec<&'static str> = Vec::new();
    if let Some(first) = rows.first() {
        for c in &first.cells {
            headers.push(c.label);
        }
    }
    let mut sources: Vec<&'static str> = Vec::new();
    for s in &notes.0 {
        sources.push(t.citation(*s));
    }

    html! {
        <div class="tc-table-wrap">
            if !waits.is_empty() {
                <ul class="tc-timeline-notes">
                    { for nodes(&waits, |w| html! { <li>{ w.clone() }</li> }) }
                </ul>
            }
            <table class="tc-timeline-table">
                <caption>{ t.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_treatment }</th>
                        { for nodes(&headers, |h| html! { <th scope="col">{ *h }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for nodes(&rows, |r| row(r, t)) }
                </tbody>
            </table>
            if !sources.is_empty() {
                <p class="tc-sources-heading">{ t.sources_heading }</p>
                <ol class="tc-sources">
                    { for nodes(&sources, |s| html! { <li>{ *s }</li> }) }
                </ol>
            }
        </div>
    }
}

fn row_view(r: &TreatmentResult, t: &ResultText, has_event: bool, notes: &mut Notes) -> RowView {
    let tl = &r.timeline;
    let s = &tl.sources;
    let first_session = tl.session_dates.first().copied().unwrap_or(tl.start);
    let last_session = tl.session_dates.last().copied().unwrap_or(first_session);
    let mut cells = vec![
        Cell { label: t.col_first_session, text: t.date(first_session), note: None },
        Cell { label: t.col_last_session, text: t.date(last_session), note: None },
        Cell { label: t.col_first_results, text: t.date(tl.first_results), note: Some(notes.number(s.first_results)) },
        Cell { label: t.col_full_results, text: t.date(tl.full_results), note: Some(notes.number(s.full_results)) },
    ];
    if has_event {
        let ready = match tl.ready_by_event {
            Some(true) => t.yes,
            Some(false) => t.no,
            None => t.unknown,
        };
        cells.push(Cell { label: t.col_ready, text: ready.to_string(), note: None });
    }
    let sessions = t.count(tl.session_dates.len() as u32, &t.sessions);
    // A single session has no interval.
    let interval = (tl.session_dates.len() > 1 && tl.interval_days > 0).then(|| t.interval(tl.interval_days));
    cells.extend([
        Cell { label: t.col_sessions, text: sessions, note: Some(notes.number(s.sessions)) },
        match interval {
            Some(text) => Cell { label: t.col_interval, text, note: Some(notes.number(s.interval)) },
            None => Cell { label: t.col_interval, text: t.unknown.to_string(), note: None },
        },
        Cell { label: t.col_downtime, text: t.downtime_days(tl.downtime_days), note: Some(notes.number(s.downtime)) },
        Cell { label: t.col_lasts, text: t.lasting(tl.lasts), note: Some(notes.number(s.lasts)) },
        Cell { label: t.col_maintenance, text: t.maintenance(tl.maintenance), note: Some(notes.number(s.maintenance)) },
    ]);
    RowView { id: r.id, name: t.treatment(r.id), cells }
}

fn row(r: &RowView, t: &ResultText) -> Html {
    html! {
        <tr key={r.id as u8} data-treatment={key_attr(&r.id)}>
            <th scope="row">{ r.name }</th>
            { for nodes(&r.cells, |c| cell(c, t)) }
        </tr>
    }
}

fn cell(c: &Cell, t: &ResultText) -> Html {
    let note = c.note.map(|n| t.note_ref(n));
    html! {
        <td data-label={c.label}>
            <span class="tc-cell">
                { c.text.clone() }
                if let Some(note) = note {
                    <sup class="tc-ref">{ note }</sup>
                }
            </span>
        </td>
    }
}
