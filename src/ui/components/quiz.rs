use super::dom;
use crate::answers::{snake_key, Fitzpatrick, QuizItem};
use crate::text::{Locale, QuestionText};
use crate::ui::class_list;
use crate::ui::paint::use_progressive;
use crate::ui::state::Quiz;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizPanelProps {
    pub quiz: Quiz,
    pub locale: Locale,
    /// A document-unique id (the toggle button's `aria-controls`).
    pub id: AttrValue,
    pub on_answer: Callback<(QuizItem, Option<u8>)>,
    /// The skin type the ten answers point to, sent once all are answered.
    pub on_result: Callback<Fitzpatrick>,
}

/// How many of the quiz's questions come with the click that opens it, and with each task after
/// a paint until all are there (`data-pending` until then).
const QUESTIONS_AT_ONCE: usize = 4;

/// The ten-question self-typing quiz; when complete it selects the computed skin type.
#[component]
pub fn QuizPanel(props: &QuizPanelProps) -> Html {
    let text = props.locale.text().questions;
    let parts = QuizItem::ALL.len().div_ceil(QUESTIONS_AT_ONCE);
    let shown = use_progressive(parts, 1);
    let pending = (shown < parts).then_some("");
    let scores: Vec<u8> = (0..=QuizItem::MAX_SCORE).collect();
    let mut items = Vec::new();
    for &item in QuizItem::ALL.iter().take(shown * QUESTIONS_AT_ONCE) {
        let answer = props.quiz.answer(item);
        let (quiz, on_answer, on_result) = (props.quiz, props.on_answer.clone(), props.on_result.clone());
        let pick = Callback::from(move |e: Event| {
            let score = dom::select_value(&e).parse::<u8>().ok();
            on_answer.emit((item, score));
            if let Some(skin_type) = quiz.with(item, score).result() {
                on_result.emit(skin_type);
            }
        });
        let mut options = Vec::new();
        for &s in &scores {
            options.push(html! { <option value={s.to_string()} selected={answer == Some(s)}>{ text.quiz_option(item, s) }</option> });
        }
        items.push(html! {
            <li class="tc-quiz-item" key={snake_key(&item)}>
                <label>
                    <span class="tc-quiz-question">{ text.quiz_item(item) }</span>
                    <select name={format!("quiz-{}", snake_key(&item))} oninput={dom::on_input(&pick)} onchange={pick}>
                        <option value="" selected={answer.is_none()}>{ text.quiz_choose }</option>
                        { for options }
                    </select>
                </label>
            </li>
        });
    }
    let outcome = outcome(text, props.quiz.result());
    let outcome_class = class_list("tc-quiz-result", &[props.quiz.result().map(|_| "tc-quiz-done")]);
    html! {
        <div class="tc-quiz" id={props.id.clone()} data-pending={pending}>
            <p class="tc-intro">{ text.quiz_intro }</p>
            <ol class="tc-quiz-items">{ for items }</ol>
            <p class={outcome_class}>{ outcome }</p>
        </div>
    }
}

/// What the answers point to (the app also announces it once all ten are answered).
pub fn outcome(text: &QuestionText, result: Option<Fitzpatrick>) -> String {
    match result {
        Some(f) => crate::text::fill(
            text.quiz_result,
            &[("type", text.skin_type(f)), ("description", text.skin_type_description(f))],
        ),
        None => text.quiz_pending.to_string(),
    }
}
