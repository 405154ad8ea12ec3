//! "Not medical advice; a consultation decides", with the clinic's name.

use crate::text::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclaimerProps {
    pub clinic: AttrValue,
    pub locale: Locale,
}

#[component]
pub fn Disclaimer(props: &DisclaimerProps) -> Html {
    let text = props.locale.text().results.disclaimer(&props.clinic);
    html! { <p class="tc-disclaimer">{ text }</p> }
}
