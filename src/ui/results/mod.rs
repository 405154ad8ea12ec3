//! The results screen: the ranked families with their "why", the microneedling candidacy
//! panel, the timeline (chart, compare picker and table), edit buttons and the disclaimer.
//! Each component derives what it shows from its props at the top, so new answers re-render
//! everything at once; the screen itself first appears in stages (`stages`).

mod advice;
mod booking;
mod candidacy;
mod compare_picker;
mod disclaimer;
mod family_card;
mod keep_share;
mod plan;
mod print_button;
mod print_summary;
mod ranking;
#[allow(clippy::module_inception)]
mod results;
pub mod stages;
mod timeline_chart;
mod timeline_table;
mod why;

pub use print_summary::{PrintSummary, PrintSummaryProps};
pub use results::{Results, ResultsProps};

use crate::answers::snake_key;
use yew::AttrValue;

/// The snake_case key of an enum value as a DOM attribute (`data-family`, `value`, ...).
fn key_attr<T: std::fmt::Debug>(v: &T) -> AttrValue {
    AttrValue::from(snake_key(v))
}

/// A geometry figure as an SVG attribute value (as `{}` writes it: `text::number`).
fn num(v: f64) -> AttrValue {
    AttrValue::from(crate::text::number(v))
}
