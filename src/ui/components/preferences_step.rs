use super::dom;
use super::radio_card::{radio_card, RadioCardProps};
use crate::answers::{snake_key, Budget, Preferences};
use crate::catalog::Currency;
use crate::date::Date;
use crate::text::Locale;
use crate::ui::paint::use_progressive;
use crate::ui::state::Step;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreferencesStepProps {
    pub preferences: Preferences,
    pub start_date: Option<Date>,
    pub today: Date,
    pub locale: Locale,
    /// The clinic's currency: the budget labels show their amounts in it.
    pub currency: Currency,
    pub on_budget: Callback<Budget>,
    pub on_injections: Callback<bool>,
    pub on_event_date: Callback<Option<Date>>,
    pub on_start_date: Callback<Option<Date>>,
}

/// Budget for the whole course, whether injections are acceptable, and optional event and start
/// dates. The two dates (the browser's date fields are costly to lay out) come in a task after
/// the rest is painted (`data-pending` until then).
#[component]
pub fn PreferencesStep(props: &PreferencesStepProps) -> Html {
    let text = props.locale.text().questions;
    let dates_shown = use_progressive(2, 1) == 2;
    let step = Step::Preferences;
    let key = step.key();
    let prefs = &props.preferences;
    let budget_label = |b| props.locale.text().results.budget_label(b, props.currency, text);
    let mut budgets = Vec::new();
    for &b in Budget::ALL.iter() {
        budgets.push(html! {
            <li>
                { radio_card(&RadioCardProps {
                    name: "budget".into(),
                    value: snake_key(&b).into(),
                    label: budget_label(b).into(),
                    hint: AttrValue::default(),
                    checked: prefs.budget == b,
                    on_select: props.on_budget.reform(move |_| b),
                }) }
            </li>
        });
    }
    let mut injections = Vec::new();
    for (ok, value, label) in [(true, "yes", text.injections_yes), (false, "no", text.injections_no)] {
        injections.push(html! {
            <li>
                { radio_card(&RadioCardProps {
                    name: "injections".into(),
                    value: value.into(),
                    label: label.into(),
                    hint: AttrValue::default(),
                    checked: prefs.injections_ok == ok,
                    on_select: props.on_injections.reform(move |_| ok),
                }) }
            </li>
        });
    }
    let on_date = props.on_event_date.reform(|e: Event| dom::date_value(&e));
    let on_start = props.on_start_date.reform(|e: Event| dom::date_value(&e));
    let today = props.today.to_string();
    let latest = crate::answers::latest_date(props.today).to_string();
    let dates = dates_shown.then(|| {
        html! {
            <>
                <div class="tc-group">
                    <label class="tc-field">
                        <span class="tc-field-label">{ text.event_label }</span>
                        <span class="tc-field-hint">{ text.event_hint }</span>
                        <input type="date" name="event-date" min={today.clone()} max={latest.clone()}
                            value={dom::date_attr(prefs.event_date)} oninput={dom::on_input(&on_date)} onchange={on_date} />
                    </label>
                </div>
                <div class="tc-group">
                    <label class="tc-field">
                        <span class="tc-field-label">{ text.start_label }</span>
                        <span class="tc-field-hint">{ text.start_hint }</span>
                        <input type="date" name="start-date" min={today} max={latest}
                            value={dom::date_attr(props.start_date)} oninput={dom::on_input(&on_start)} onchange={on_start} />
                    </label>
                </div>
            </>
        }
    });
    html! {
        <div class="tc-step" data-step={key} data-pending={(!dates_shown).then_some("")}>
            <h2 class="tc-title">{ text.step(step) }</h2>
            <fieldset class="tc-group">
                <legend class="tc-legend"><h3 class="tc-subtitle-q">{ text.budget_legend }</h3></legend>
                <p class="tc-intro">{ text.budget_hint }</p>
                <ul class="tc-choices tc-choices-row">{ for budgets }</ul>
            </fieldset>
            <fieldset class="tc-group">
                <legend class="tc-legend"><h3 class="tc-subtitle-q">{ text.injections_legend }</h3></legend>
                <p class="tc-intro">{ text.injections_hint }</p>
                <ul class="tc-choices tc-choices-row">{ for injections }</ul>
            </fieldset>
            // Always one child (an empty one until the dates come): what is above stays as it is.
            { dates.unwrap_or_default() }
        </div>
    }
}
