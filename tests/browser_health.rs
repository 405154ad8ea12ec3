//! Browser tests of the health step: nothing answered at first, each group's opening question
//! ("does any of these apply to you?"), "none of these" answering a group in one tap, its
//! questions opening unanswered otherwise, and no results while anything is unanswered: "See my
//! results" then moves the focus to what is missing and says it, in the widget's language.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use treatment_compare::answers::{Concern, Downtime, Fitzpatrick, Health, Severity};
use treatment_compare::config::WidgetConfig;
use treatment_compare::text::Locale;
use treatment_compare::ui::announce::Announcement;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

const STEP: &str = ".tc-step[data-step=\"health\"]";

async fn on_health(config: WidgetConfig) -> Widget {
    let w = Widget::mount(config).await;
    w.answer_until_health(&[("acne_scars", "moderate")], "V", "up_to_a_week").await;
    assert!(w.find(STEP).is_some());
    w
}

/// The focused element (inside the widget's shadow root).
fn focused() -> (String, String) {
    let el = active_element().unwrap();
    (el.get_attribute("name").unwrap_or_default(), el.get_attribute("value").unwrap_or_default())
}

fn last_said(w: &Widget) -> Announcement {
    w.announcements.borrow().last().cloned().unwrap()
}

fn is_checked(w: &Widget, name: &str, value: &str) -> bool {
    w.get(&format!("input[name=\"{name}\"][value=\"{value}\"]")).dyn_into::<HtmlInputElement>().unwrap().checked()
}

#[wasm_bindgen_test]
async fn nothing_is_chosen_and_none_of_these_three_times_shows_the_results() {
    let w = on_health(config()).await;
    let en = Locale::default().text().questions;
    assert_eq!(w.checked(STEP), Vec::<String>::new(), "nothing pre-selected");
    // Three opening questions, each over its items' short names; no question shown yet.
    let gates = w.all("fieldset.tc-gate");
    assert_eq!(w.attr_list("fieldset.tc-gate", "data-gate"), ["now", "medicines", "history"]);
    for gate in &gates {
        assert_eq!(gate.query_selector("legend").unwrap().unwrap().text_content().unwrap(), en.health_gate_question);
        let list = gate.get_attribute("aria-describedby").unwrap();
        assert!(w.find(&format!("ul#{list}.tc-gate-items")).is_some(), "the list describes the question");
    }
    assert_eq!(w.all("fieldset[data-gate=\"now\"] .tc-gate-items li").len(), 9);
    assert_eq!(w.all("fieldset[data-gate=\"medicines\"] .tc-gate-items li").len(), 5, "isotretinoin and four");
    assert_eq!(
        w.all("fieldset[data-gate=\"history\"] .tc-gate-items li").len(),
        8,
        "six and the two added in December 2026"
    );
    assert_eq!(w.attr_list("input[name=\"health-group-now\"]", "value"), ["none", "some", "not_sure"]);
    assert!(w.find("fieldset[data-condition]").is_none(), "no question before its group is answered");
    let next = w.get("button.tc-next");
    assert_eq!(next.text_content().unwrap(), en.see_results);
    assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert_eq!(
        w.get(".tc-hint").text_content().unwrap(),
        "Right now: say whether any of these apply to you, to continue."
    );

    for group in ["now", "medicines", "history"] {
        w.choose(&format!("health-group-{group}"), "none").await;
    }
    assert_eq!(w.checked(STEP), ["health-group-now", "health-group-medicines", "health-group-history"]);
    assert!(w.find("fieldset[data-condition]").is_none(), "the questions stay closed");
    assert_eq!(w.get("button.tc-next").get_attribute("aria-disabled"), None);
    w.next().await;
    let expected =
        engine(&[(Concern::AcneScars, Severity::Moderate)], Fitzpatrick::V, Downtime::UpToAWeek, Health::all_no());
    assert_eq!(w.attr_list(".tc-ranking > li", "data-family"), family_keys(&expected));
}

#[wasm_bindgen_test]
async fn see_my_results_with_an_answer_missing_moves_the_focus_there_and_says_what_it_is() {
    let w = on_health(config()).await;
    let en = Locale::default().text().questions;
    // The first group unanswered: the focus goes to its first answer.
    w.click("button.tc-next").await;
    assert!(w.find(STEP).is_some() && w.find(".tc-results").is_none(), "no results");
    assert_eq!(focused(), ("health-group-now".into(), "none".into()));
    let hint = w.get(".tc-hint").text_content().unwrap();
    assert_eq!(last_said(&w), Announcement::urgent(hint).in_language("en"));

    w.choose("health-group-now", "none").await;
    w.click("button.tc-next").await;
    assert_eq!(focused(), ("health-group-medicines".into(), "none".into()));
    assert!(last_said(&w).urgent && last_said(&w).text.starts_with("Medicines:"), "{:?}", last_said(&w));

    // "One or more" opens the group's questions, none answered.
    w.choose("health-group-medicines", "some").await;
    let medicines = "section[data-group=\"medicines\"]";
    assert_eq!(w.attr_list(&format!("{medicines} fieldset[data-condition]"), "data-condition").len(), 5);
    assert_eq!(w.checked(medicines), ["health-group-medicines"], "the questions start unanswered");
    w.click("button.tc-next").await;
    assert_eq!(focused(), ("isotretinoin".into(), "never".into()));
    assert_eq!(last_said(&w).text.as_str(), format!("Answer this question to continue: {}", en.isotretinoin_question));
    w.choose("isotretinoin", "never").await;
    w.click("button.tc-next").await;
    assert_eq!(focused(), ("health-blood_thinners".into(), "no".into()));
    assert!(last_said(&w).text.ends_with(en.conditions[7]), "{:?}", last_said(&w));
    assert_eq!(w.get(".tc-hint").text_content().unwrap(), last_said(&w).text.as_str(), "the hint says the same");

    // "Not sure" keeps the answers given; "none of these" and back leaves them unanswered again.
    w.choose("health-group-medicines", "not_sure").await;
    assert!(is_checked(&w, "isotretinoin", "never"));
    w.choose("health-group-medicines", "none").await;
    assert!(w.find(&format!("{medicines} fieldset[data-condition]")).is_none());
    w.choose("health-group-medicines", "some").await;
    assert_eq!(w.checked(medicines), ["health-group-medicines"]);

    // Answered one by one (a "yes" among them), then the last group: the results.
    for (name, value) in [
        ("isotretinoin", "never"),
        ("health-blood_thinners", "yes"),
        ("health-immunosuppressants", "no"),
        ("health-photosensitising_medication", "not_sure"),
        ("health-numbing_or_metal_allergy", "no"),
    ] {
        assert!(w.find(".tc-results").is_none());
        w.choose(name, value).await;
    }
    w.click("button.tc-next").await;
    assert_eq!(focused(), ("health-group-history".into(), "none".into()));
    w.choose("health-group-history", "none").await;
    w.next().await;
    assert!(w.find(".tc-results").is_some());
}

#[wasm_bindgen_test]
async fn the_health_step_asks_and_says_what_is_missing_in_spanish() {
    let es = Locale::built_in("es").unwrap();
    let w = on_health(WidgetConfig { locale: es, ..config() }).await;
    let q = es.text().questions;
    assert_eq!(
        w.get("fieldset[data-gate=\"now\"] legend").text_content().unwrap(),
        "¿Se encuentra en alguno de estos casos?"
    );
    let labels: Vec<String> =
        w.all("fieldset[data-gate=\"now\"] .tc-segment span").iter().map(|s| s.text_content().unwrap()).collect();
    assert_eq!(labels, ["Ninguno de estos", "Uno o más", "No lo sé"]);
    assert!(w
        .get("fieldset[data-gate=\"now\"] .tc-gate-items")
        .text_content()
        .unwrap()
        .contains("Embarazo o lactancia"));
    w.click("button.tc-next").await;
    let said = last_said(&w);
    assert_eq!(said.lang, "es");
    assert_eq!(said.text.as_str(), "Actualmente: para continuar, indique si se encuentra en alguno de estos casos.");
    w.choose("health-group-now", "not_sure").await;
    w.click("button.tc-next").await;
    assert_eq!(focused(), ("health-pregnant_or_breastfeeding".into(), "no".into()));
    assert_eq!(last_said(&w).text.as_str(), format!("Para continuar, responda a esta pregunta: {}", q.conditions[0]));
}

#[wasm_bindgen_test]
async fn the_questions_added_with_the_variants_ask_in_both_languages_and_hold_their_variant_back() {
    for tag in ["en", "es"] {
        let locale = Locale::built_in(tag).unwrap();
        let q = locale.text().questions;
        let r = locale.text().results;
        let w = on_health(WidgetConfig { locale, ..config() }).await;
        w.choose("health-group-history", "some").await;
        let keys = w.attr_list("section[data-group=\"history\"] fieldset[data-condition]", "data-condition");
        assert_eq!(keys[keys.len() - 2..], ["bleeding_disorder", "implanted_device"], "{tag}");
        let legend = |key: &str| w.get(&format!("fieldset[data-condition=\"{key}\"] legend")).text_content().unwrap();
        assert_eq!(legend("implanted_device"), q.condition(treatment_compare::answers::Condition::ImplantedDevice));
        assert_eq!(legend("bleeding_disorder"), q.condition(treatment_compare::answers::Condition::BleedingDisorder));
        assert_eq!(
            w.attr_list("fieldset[data-condition=\"implanted_device\"] input", "value"),
            ["no", "yes", "not_sure"]
        );
        w.answer_health(&[("health-implanted_device", "yes"), ("health-bleeding_disorder", "not_sure")]).await;
        w.next().await;
        w.results_complete().await;
        let panel = |id: &str| w.get(&format!(".tc-candidacy[data-treatment=\"{id}\"]"));
        assert_eq!(panel("microneedling_rf").get_attribute("data-verdict").as_deref(), Some("not_now"), "{tag}");
        assert_eq!(panel("microneedling_prp").get_attribute("data-verdict").as_deref(), Some("talk_to_provider"));
        assert_eq!(panel("microneedling").get_attribute("data-verdict").as_deref(), Some("talk_to_provider"));
        let summary = w.get(".tc-candidacy[data-treatment=\"microneedling_rf\"] summary").text_content().unwrap();
        assert_eq!(
            summary,
            r.candidacy_heading(
                treatment_compare::catalog::TreatmentId::MicroneedlingRf,
                treatment_compare::assessment::Verdict::NotNow
            )
        );
        assert!(w.find(".tc-candidacy[data-treatment=\"microneedling_rf\"] li[data-cause=\"implanted_device\"][data-kind=\"absolute\"]").is_some());
        assert!(w.find(".tc-candidacy[data-treatment=\"microneedling_prp\"] li[data-cause=\"bleeding_disorder\"] .tc-reason-not-sure").is_some());
    }
}
