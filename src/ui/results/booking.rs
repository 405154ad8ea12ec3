//! The next step after the results: the clinic's booking link with its placeholders filled
//! (which the host page may take over through `tc-booking-requested`), what the request will
//! carry, the visitor's choice to share concerns and skin type; or the clinic's contact text,
//! or a line suggesting to ask it.

use crate::assessment::Assessment;
use crate::catalog::TreatmentSet;
use crate::config::{Booking as HowToBook, WidgetConfig};
use crate::events::{booking_treatment, booking_url, BookingRequest};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BookingProps {
    pub config: Rc<WidgetConfig>,
    pub assessment: Rc<Assessment>,
    /// The treatments the visitor compares on the timeline.
    pub compared: TreatmentSet,
    /// Returns true when the host handles the booking itself.
    pub on_request: Callback<BookingRequest, bool>,
}

#[component]
pub fn Booking(props: &BookingProps) -> Html {
    let share_answers = use_state(|| false);
    let config = &props.config;
    let t = config.text().embed;
    let body = match &config.booking {
        HowToBook::Url(_) => {
            let url = booking_url(config, &props.assessment).unwrap_or_default();
            let tells = tells(config, &props.assessment, *share_answers);
            let request = BookingRequest { compared: props.compared.iter().collect(), share_answers: *share_answers };
            let on_request = props.on_request.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                if on_request.emit(request.clone()) {
                    e.prevent_default();
                }
            });
            let on_share = {
                let share_answers = share_answers.clone();
                Callback::from(move |e: Event| {
                    if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        share_answers.set(input.checked());
                    }
                })
            };
            html! {
                <>
                    <p class="tc-booking-tells">{ tells }</p>
                    <label class="tc-option">
                        <input type="checkbox" name="share-answers" checked={*share_answers} onchange={on_share} />
                        <span>{ t.booking_share_answers }</span>
                    </label>
                    <a class="tc-book" part="booking-link" href={url} {onclick}>{ t.book }</a>
                </>
            }
        }
        HowToBook::Contact(contact) => html! { <p class="tc-contact">{ contact.clone() }</p> },
        HowToBook::None => html! { <p class="tc-contact">{ t.ask(&config.clinic_name) }</p> },
    };
    html! {
        <section class="tc-booking">
            <h3>{ t.next_step }</h3>
            { body }
        </section>
    }
}

/// "Your booking request will tell Glow Clinic: Microneedling, the combined plan (…), …": what
/// the link's placeholders and the booking event can carry, at most.
fn tells(config: &WidgetConfig, assessment: &Assessment, share_answers: bool) -> String {
    let text = config.text();
    let (t, r) = (text.embed, text.results);
    let mut items: Vec<String> = Vec::new();
    if let Some(treatment) = booking_treatment(assessment) {
        items.push(r.treatment(treatment).to_string());
    }
    if let Some(plan) = assessment.plan.as_ref() {
        let mut names: Vec<&str> = Vec::new();
        for &id in &plan.treatments {
            names.push(r.treatment(id));
        }
        items.push(crate::text::fill(t.booking_item_plan, &[("plan", &r.list(&names))]));
    }
    // The booking event always carries the language; the link may too ({locale}).
    items.push(crate::text::fill(t.booking_item_language, &[("language", text.name)]));
    items.push(t.booking_item_checks.to_string());
    if share_answers {
        items.push(t.booking_item_answers.to_string());
    }
    let clinic = if config.clinic_name.is_empty() { t.no_clinic } else { config.clinic_name.as_str() };
    let mut list: Vec<&str> = Vec::new();
    for item in &items {
        list.push(item.as_str());
    }
    crate::text::fill(t.booking_tells, &[("clinic", clinic), ("what", &r.list(&list))])
}
