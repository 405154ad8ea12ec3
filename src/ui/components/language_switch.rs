use crate::text::Locale;
use std::rc::Rc;
use yew::prelude::*;

pub struct LanguageSwitchProps {
    /// The languages offered (`languages="en es"`), in the clinic's order.
    pub languages: Rc<[Locale]>,
    /// The language shown.
    pub current: Locale,
    pub on_select: Callback<Locale>,
}

/// One button per language, each named in its own language (and marked with its `lang`, so a
/// screen reader says "Español" in Spanish); the shown one is pressed.
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let label = props.current.text().questions.language_label;
    let mut buttons = Vec::new();
    for &locale in props.languages.iter() {
        let text = locale.text();
        let pressed = locale == props.current;
        let onclick = props.on_select.reform(move |_: MouseEvent| locale);
        buttons.push(html! {
            <button type="button" class="tc-language" lang={text.tag} aria-pressed={pressed.to_string()}
                data-language={text.code} {onclick}>
                { text.name }
            </button>
        });
    }
    html! {
        <div class="tc-languages" role="group" aria-label={label} part="language-switch">
            { for buttons }
        </div>
    }
}
