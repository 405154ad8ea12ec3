//! Browser tests of the screens that come in parts (src/ui/paint.rs, `use_progressive` and
//! `use_deferred`): the click that opens the health step, the preferences step or the skin-type
//! quiz renders its first part only, the rest follows in later tasks (`data-pending` until then),
//! and what was already there stays the same nodes (the focus, a choice made meanwhile); a
//! language switch on the results changes the top part at once and the parts below after it.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use treatment_compare::config::WidgetConfig;
use treatment_compare::text::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Clicks without waiting for anything after Yew's render of the click.
async fn click_now(w: &Widget, selector: &str) {
    w.get(selector).dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// A widget with its first three steps answered, on the downtime step.
async fn until_downtime_answered() -> Widget {
    let w = Widget::mount(config()).await;
    w.choose("concern", "acne_scars").await;
    w.next().await;
    w.choose("skin-type", "III").await;
    w.next().await;
    w.choose("downtime", "up_to_a_week").await;
    w
}

#[wasm_bindgen_test]
async fn the_health_step_shows_its_first_group_at_once_and_the_others_after_it() {
    let w = until_downtime_answered().await;
    w.next().await;
    click_now(&w, "button.tc-next").await; // preferences: defaults

    let step = w.get(".tc-step[data-step=\"health\"]");
    assert!(step.has_attribute("data-pending"), "the rest is still to come");
    assert_eq!(w.all("section.tc-health-group").len(), 1, "the first group only");
    let heading = w.get(".tc-step h2");
    let first = w.get("input[name=\"health-group-now\"][value=\"some\"]");
    assert!(w.find("input[name=\"health-group-medicines\"]").is_none(), "the medicines come later");
    // A choice made before the rest arrives is kept.
    first.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;

    w.parts_complete().await;
    assert!(!w.get(".tc-step[data-step=\"health\"]").has_attribute("data-pending"));
    assert_eq!(w.all("section.tc-health-group").len(), 3);
    assert!(heading.is_same_node(Some(&w.get(".tc-step h2"))), "the heading (and its focus) stays");
    let now = w.get("input[name=\"health-group-now\"][value=\"some\"]");
    assert!(first.is_same_node(Some(&now)), "the first group is not redrawn");
    assert!(now.dyn_into::<web_sys::HtmlInputElement>().unwrap().checked(), "the choice stays");
    assert!(w.find("input[name=\"health-pregnant_or_breastfeeding\"]").is_some(), "and its questions are open");
}

#[wasm_bindgen_test]
async fn the_preferences_step_adds_its_dates_after_the_rest() {
    let w = until_downtime_answered().await;
    click_now(&w, "button.tc-next").await;

    assert!(w.get(".tc-step[data-step=\"preferences\"]").has_attribute("data-pending"));
    assert_eq!(w.all("input[name=\"budget\"]").len(), 3, "the budget is there at once");
    assert!(w.find("input[name=\"event-date\"]").is_none(), "the dates come later");
    let heading = w.get(".tc-step h2");

    w.parts_complete().await;
    assert!(w.find("input[name=\"event-date\"]").is_some());
    assert!(w.find("input[name=\"start-date\"]").is_some());
    assert!(heading.is_same_node(Some(&w.get(".tc-step h2"))), "the heading stays");
}

#[wasm_bindgen_test]
async fn the_quiz_opens_with_its_first_questions_and_keeps_an_answer_given_meanwhile() {
    let w = Widget::mount(config()).await;
    w.choose("concern", "acne_scars").await;
    w.next().await;
    click_now(&w, "button.tc-quiz-toggle").await;

    assert!(w.get(".tc-quiz").has_attribute("data-pending"));
    assert_eq!(w.all("li.tc-quiz-item").len(), 4);
    let first: HtmlSelectElement = w.get(".tc-quiz select").dyn_into().unwrap();
    first.set_value("2");
    fire(&first, "change");
    yew::scheduler::flush().await;

    w.parts_complete().await;
    assert_eq!(w.all("li.tc-quiz-item").len(), 10);
    let now: HtmlSelectElement = w.get(".tc-quiz select").dyn_into().unwrap();
    assert!(first.is_same_node(Some(&now)), "the first question is not redrawn");
    assert_eq!(now.value(), "2", "its answer stays");
}

#[wasm_bindgen_test]
async fn a_language_switch_on_the_results_changes_the_top_first_and_the_rest_after_it() {
    let (en, es) = (Locale::built_in("en").unwrap(), Locale::built_in("es").unwrap());
    let w = Widget::mount(WidgetConfig { locale: en, languages: vec![en, es], ..config() }).await;
    w.complete(&[("acne_scars", "severe")], "IV", "up_to_a_week").await;
    let (t_es, t_en) = (es.text().results, en.text().results);

    click_now(&w, ".tc-language[data-language=\"es\"]").await;
    assert_eq!(w.get("section.tc-results > h2").text_content().unwrap(), t_es.title, "the top at once");
    assert!(!w.get("section.tc-results").has_attribute("data-complete"), "the rest is still to come");
    let text = w.get("section.tc-results").text_content().unwrap();
    assert!(text.contains(t_en.print_button), "the actions follow later");

    w.results_complete().await;
    let text = w.get("section.tc-results").text_content().unwrap();
    assert!(!text.contains(t_en.print_button) && text.contains(t_es.print_button));
    assert!(!text.contains(t_en.timeline_heading) && text.contains(t_es.timeline_heading));
}

#[wasm_bindgen_test]
async fn a_control_that_appears_beside_others_leaves_them_as_they_are() {
    let w = Widget::mount(config()).await;
    // Ticking a concern adds its "how noticeable" choice after the box: the box (which has the
    // focus when ticked from the keyboard) is the same element afterwards.
    let box_ = w.get("input[name=\"concern\"][value=\"acne_scars\"]");
    w.choose("concern", "acne_scars").await;
    assert!(w.find("select[name=\"severity-acne_scars\"]").is_some());
    assert!(box_.is_same_node(Some(&w.get("input[name=\"concern\"][value=\"acne_scars\"]"))), "the box stays");
    // Back appears before Next on the second step: Next stays the same button.
    let next = w.get("button.tc-next");
    w.next().await;
    assert!(w.find("button.tc-back").is_some());
    assert!(next.is_same_node(Some(&w.get("button.tc-next"))), "Next stays");
    // The quiz opens after its toggle: the toggle stays.
    let toggle = w.get("button.tc-quiz-toggle");
    w.click("button.tc-quiz-toggle").await;
    assert!(toggle.is_same_node(Some(&w.get("button.tc-quiz-toggle"))), "the toggle stays");
}

#[wasm_bindgen_test]
async fn a_treatment_added_to_the_timeline_adds_its_row_and_leaves_the_others() {
    let w = Widget::mount(config()).await;
    w.complete(&[("acne_scars", "severe")], "IV", "up_to_a_week").await;
    let row = w.get("g.tc-timeline-row[data-treatment=\"microneedling\"]");
    let label = w.get("text.tc-row-label");
    let table_row = w.get("tr[data-treatment=\"microneedling\"]");
    // Another treatment's row goes in after microneedling's.
    w.click("input[name=\"compare\"][value=\"peel_superficial\"]").await;
    w.results_complete().await;
    assert_eq!(w.attr_list("g.tc-timeline-row", "data-treatment"), ["microneedling", "peel_superficial"]);
    assert!(row.is_same_node(Some(&w.get("g.tc-timeline-row[data-treatment=\"microneedling\"]"))), "its row stays");
    assert!(label.is_same_node(Some(&w.get("text.tc-row-label"))), "its label stays");
    assert!(table_row.is_same_node(Some(&w.get("tr[data-treatment=\"microneedling\"]"))), "its table row stays");
}
