use crate::text::Locale;
use yew::prelude::*;

pub struct NavProps {
    pub locale: Locale,
    pub show_back: bool,
    pub next_label: AttrValue,
    /// Why "next" is disabled; `None` when the screen is complete.
    pub hint: Option<AttrValue>,
    /// A document-unique id for the hint.
    pub hint_id: AttrValue,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
}

/// Back and Next buttons (never submit buttons), with the reason Next is disabled. A disabled
/// Next is `aria-disabled`, not `disabled`: it stays in the tab order and can be pressed, and
/// the app then announces the reason (src/ui/app.rs).
pub fn nav(props: &NavProps) -> Html {
    let text = props.locale.text().questions;
    let disabled = props.hint.is_some();
    let described_by = disabled.then(|| props.hint_id.clone());
    let aria_disabled = disabled.then_some("true");
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    let back = props.show_back.then(|| {
        html! { <button type="button" class="tc-back" part="back-button" onclick={on_back}>{ text.back }</button> }
    });
    html! {
        <div class="tc-nav">
            <p class="tc-hint" id={props.hint_id.clone()}>{ props.hint.clone() }</p>
            <div class="tc-nav-buttons">
                { back.unwrap_or_default() }
                <button type="button" class="tc-next" part="next-button" aria-disabled={aria_disabled} aria-describedby={described_by} onclick={on_next}>
                    { props.next_label.clone() }
                </button>
            </div>
        </div>
    }
}
