use crate::text::Locale;
use yew::prelude::*;

pub struct HeaderProps {
    pub clinic_name: AttrValue,
    pub locale: Locale,
}

/// The clinic's name and what the widget does.
pub fn header(props: &HeaderProps) -> Html {
    let text = props.locale.text().questions;
    html! {
        <header class="tc-header" part="header">
            <p class="tc-clinic">{ props.clinic_name.clone() }</p>
            <p class="tc-heading">{ text.title }</p>
            <p class="tc-subtitle">{ text.subtitle }</p>
        </header>
    }
}
