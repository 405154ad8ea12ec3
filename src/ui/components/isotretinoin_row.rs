use super::dom;
use crate::date::Date;
use crate::text::Locale;
use crate::ui::class_list;
use crate::ui::state::IsotretinoinChoice;
use yew::prelude::*;

pub struct IsotretinoinRowProps {
    /// `None` until answered.
    pub choice: Option<IsotretinoinChoice>,
    pub last_taken: Option<Date>,
    pub today: Date,
    pub locale: Locale,
    pub on_choice: Callback<IsotretinoinChoice>,
    pub on_last_taken: Callback<Option<Date>>,
}

/// Isotretinoin use: never / now / stopped (then when) / not sure.
pub fn isotretinoin_row(props: &IsotretinoinRowProps) -> Html {
    let text = props.locale.text().questions;
    let mut options = Vec::new();
    for choice in IsotretinoinChoice::ALL.into_iter() {
        let onchange = props.on_choice.reform(move |_: Event| choice);
        options.push(html! {
            <label class="tc-segment">
                <input type="radio" name="isotretinoin" value={choice.key()} checked={props.choice == Some(choice)} {onchange} />
                <span>{ text.isotretinoin(choice) }</span>
            </label>
        });
    }
    let last_taken = (props.choice == Some(IsotretinoinChoice::Stopped)).then(|| {
        let on_date = props.on_last_taken.reform(|e: Event| dom::date_value(&e));
        html! {
            <label class="tc-field tc-row-detail">
                <span class="tc-field-label">{ text.isotretinoin_last_taken }</span>
                <input type="date" name="isotretinoin-last-taken" required=true min="1900-01-01" max={props.today.to_string()}
                    value={dom::date_attr(props.last_taken)} oninput={dom::on_input(&on_date)} onchange={on_date} />
            </label>
        }
    });
    let flagged = props.choice.is_some_and(|c| c != IsotretinoinChoice::Never).then_some("tc-flagged");
    let class = class_list("tc-row tc-row-wide", &[flagged]);
    html! {
        <fieldset {class} data-condition="isotretinoin">
            <legend class="tc-row-question">{ text.isotretinoin_question }</legend>
            <div class="tc-segmented">{ for options }</div>
            { last_taken.unwrap_or_default() }
        </fieldset>
    }
}
