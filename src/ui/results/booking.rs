//! The next step after the results: the clinic's booking link (which the host page may take
//! over through `tc-booking-requested`), its contact text, or a line suggesting to ask it.

use crate::catalog::TreatmentId;
use crate::config::{Booking as HowToBook, WidgetConfig};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BookingProps {
    pub config: Rc<WidgetConfig>,
    /// The recommended treatment, passed on to the host with the request.
    pub treatment: Option<TreatmentId>,
    /// Returns true when the host handles the booking itself.
    pub on_request: Callback<Option<TreatmentId>, bool>,
}

#[component]
pub fn Booking(props: &BookingProps) -> Html {
    let t = props.config.locale.text().embed;
    let body = match &props.config.booking {
        HowToBook::Url(url) => {
            let (on_request, treatment) = (props.on_request.clone(), props.treatment);
            let onclick = Callback::from(move |e: MouseEvent| {
                if on_request.emit(treatment) {
                    e.prevent_default();
                }
            });
            html! {
                <a class="tc-book" part="booking-link" href={url.clone()} {onclick}>{ t.book }</a>
            }
        }
        HowToBook::Contact(contact) => html! { <p class="tc-contact">{ contact.clone() }</p> },
        HowToBook::None => html! { <p class="tc-contact">{ t.ask(&props.config.clinic_name) }</p> },
    };
    html! {
        <section class="tc-booking">
            <h3>{ t.next_step }</h3>
            { body }
        </section>
    }
}
