use super::quiz::QuizPanel;
use super::radio_card::{radio_card, RadioCardProps};
use crate::answers::{Fitzpatrick, QuizItem};
use crate::text::Locale;
use crate::ui::state::{Quiz, Step};
use yew::prelude::*;

pub struct SkinTypeStepProps {
    pub selected: Option<Fitzpatrick>,
    pub quiz: Quiz,
    pub quiz_open: bool,
    pub locale: Locale,
    /// A document-unique id prefix.
    pub uid: AttrValue,
    pub on_select: Callback<Fitzpatrick>,
    pub on_quiz_answer: Callback<(QuizItem, Option<u8>)>,
    pub on_toggle_quiz: Callback<()>,
}

/// Fitzpatrick type I-VI in plain words, with the self-typing quiz for the unsure.
pub fn skin_type_step(props: &SkinTypeStepProps) -> Html {
    let text = props.locale.text().questions;
    let step = Step::SkinType;
    let key = step.key();
    let quiz_id = AttrValue::from(format!("{}-quiz", props.uid));
    let mut cards = Vec::new();
    for &f in Fitzpatrick::ALL.iter() {
        cards.push(html! {
            <li>
                { radio_card(&RadioCardProps {
                    name: "skin-type".into(),
                    value: format!("{f:?}").into(),
                    label: text.skin_type(f).into(),
                    hint: text.skin_type_description(f).into(),
                    checked: props.selected == Some(f),
                    on_select: props.on_select.reform(move |_| f),
                }) }
            </li>
        });
    }
    let toggle_label = if props.quiz_open { text.quiz_close } else { text.quiz_open };
    let on_toggle = props.on_toggle_quiz.reform(|_: MouseEvent| ());
    let quiz = props.quiz_open.then(|| {
        html! {
            <QuizPanel quiz={props.quiz} locale={props.locale} id={quiz_id.clone()}
                on_answer={props.on_quiz_answer.clone()} on_result={props.on_select.clone()} />
        }
    });
    html! {
        <div class="tc-step" key={key} data-step={key}>
            <fieldset class="tc-group">
                <legend class="tc-legend"><h2 class="tc-title">{ text.step(step) }</h2></legend>
                <p class="tc-intro">{ text.step_intro(step) }</p>
                <ul class="tc-choices tc-skin-types">{ for cards }</ul>
            </fieldset>
            <button type="button" class="tc-quiz-toggle" aria-expanded={props.quiz_open.to_string()}
                aria-controls={props.quiz_open.then_some(quiz_id.clone())} onclick={on_toggle}>
                { toggle_label }
            </button>
            { quiz.unwrap_or_default() }
        </div>
    }
}
