use super::dom;
use crate::answers::{snake_key, Concern, Severity};
use crate::text::Locale;
use crate::ui::class_list;
use yew::prelude::*;

pub struct ConcernChoiceProps {
    pub concern: Concern,
    /// `Some` when ticked.
    pub severity: Option<Severity>,
    pub locale: Locale,
    pub on_toggle: Callback<(Concern, bool)>,
    pub on_severity: Callback<(Concern, Severity)>,
}

/// A concern's checkbox and, once ticked, how noticeable it is.
pub fn concern_choice(props: &ConcernChoiceProps) -> Html {
    let text = props.locale.text().questions;
    let concern = props.concern;
    let key = snake_key(&concern);
    let ticked = props.severity.is_some();
    let class = class_list("tc-concern", &[ticked.then_some("tc-checked")]);
    let onchange = props.on_toggle.reform(move |e: Event| (concern, dom::checked(&e)));

    let severity = props.severity.map(|current| {
        let on_severity = props.on_severity.clone();
        let pick = move |e: Event| {
            let value = dom::select_value(&e);
            if let Some(s) = Severity::ALL.into_iter().find(|s| snake_key(s) == value) {
                on_severity.emit((concern, s));
            }
        };
        let pick = Callback::from(pick);
        let mut options = Vec::new();
        for s in Severity::ALL.iter() {
            options
                .push(html! { <option value={snake_key(s)} selected={*s == current}>{ text.severity(*s) }</option> });
        }
        html! {
            <label class="tc-severity">
                <span class="tc-severity-label">{ text.severity_label }</span>
                <select name={format!("severity-{key}")} oninput={dom::on_input(&pick)} onchange={pick}>
                    { for options }
                </select>
            </label>
        }
    });

    html! {
        <li {class}>
            <label class="tc-check">
                <input type="checkbox" name="concern" value={key.clone()} checked={ticked} {onchange} />
                <span class="tc-card-text">
                    <span class="tc-card-label">{ text.concern(concern) }</span>
                    <span class="tc-card-hint">{ text.concern_hint(concern) }</span>
                </span>
            </label>
            { severity.unwrap_or_default() }
        </li>
    }
}
