//! "Not medical advice; a consultation decides", with the clinic's name.

use crate::text::Locale;
use yew::prelude::*;

/// A paragraph of the results and of the printed summary (plain markup: it has no state).
pub(super) fn disclaimer(clinic: &str, locale: Locale) -> Html {
    let text = locale.text().results.disclaimer(clinic);
    html! { <p class="tc-disclaimer">{ text }</p> }
}
