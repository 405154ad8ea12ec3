//! "Print or save as PDF" with its "include my health answers" box beside it (unticked until
//! the visitor ticks it): prints a summary of the results, and nothing of the page around the
//! widget (src/ui/print.rs). Plain markup rather than a component: the box keeps its own state
//! in the DOM, read when the button is pressed.

use super::print_summary::PrintSummaryProps;
use crate::answers::Answers;
use crate::assessment::Assessment;
use crate::catalog::TreatmentSet;
use crate::config::WidgetConfig;
use crate::ui::print;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

/// What the printed summary shows.
pub struct PrintButton {
    pub assessment: Rc<Assessment>,
    pub answers: Rc<Answers>,
    /// In the language shown.
    pub config: Rc<WidgetConfig>,
    /// The treatments on the timeline.
    pub shown: TreatmentSet,
}

impl PrintButton {
    pub fn view(self) -> Html {
        let t = self.config.text().results;
        let onclick = Callback::from(move |e: MouseEvent| {
            let include_health = e
                .target_unchecked_into::<Element>()
                .parent_element()
                .and_then(|actions| actions.query_selector("input").ok().flatten())
                .is_some_and(|input| input.unchecked_into::<HtmlInputElement>().checked());
            let summary = |on_rendered| PrintSummaryProps {
                assessment: self.assessment.clone(),
                answers: self.answers.clone(),
                config: self.config.clone(),
                shown: self.shown,
                include_health,
                on_rendered,
            };
            if let Err(e) = print::print(summary) {
                web_sys::console::warn_1(&format!("treatment-compare: could not print ({e:?})").into());
            }
        });

        html! {
            <div class="tc-print-actions">
                <button type="button" class="tc-print-button" part="print-button" {onclick}>{ t.print_button }</button>
                <label class="tc-print-choice">
                    <input type="checkbox" name="print-health" />
                    <span>{ t.print_include_health }</span>
                </label>
            </div>
        }
    }
}
