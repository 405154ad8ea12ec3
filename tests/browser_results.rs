//! Browser tests of the results screen's stages (src/ui/results/stages.rs): the click that shows
//! the results renders only the top part, the rest follows in later tasks, and the finished
//! screen is the engine's assessment; focus and the announcement follow in the next frame; the
//! language switch on the results keeps what the visitor did there.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use treatment_compare::answers::{Concern, Downtime, Fitzpatrick, Health, Severity};
use treatment_compare::catalog::TreatmentId;
use treatment_compare::config::WidgetConfig;
use treatment_compare::text::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Presses "See results" without waiting for anything after Yew's render.
async fn see_results_now(w: &Widget) {
    w.get("button.tc-next").dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_results_come_top_part_first_then_every_part_as_the_engine_says() {
    let w = Widget::mount(config()).await;
    w.answer_until_health(&[("acne_scars", "moderate"), ("enlarged_pores", "mild")], "V", "up_to_a_week").await;
    w.answer_health(&[]).await;
    see_results_now(&w).await;
    let expected = engine(
        &[(Concern::AcneScars, Severity::Moderate), (Concern::EnlargedPores, Severity::Mild)],
        Fitzpatrick::V,
        Downtime::UpToAWeek,
        Health::all_no(),
    );
    let t = Locale::default().text().results;

    // The click's own render: the heading and the summary naming the best match, nothing more.
    let section = w.get("section.tc-results");
    assert!(!section.has_attribute("data-complete"), "complete in the click's own task");
    assert_eq!(w.get("section.tc-results > h2").text_content().unwrap(), t.title);
    let best = expected.recommended().map(|f| (f.family, f.best, f.score, f.verdict));
    assert_eq!(w.get("p.tc-summary").text_content().unwrap(), t.summary(best));
    assert_eq!(w.all("button.tc-edit").len(), 5);
    assert!(w.find("ol.tc-ranking").is_none(), "the ranking waits for a later task");
    assert!(w.find("svg.tc-timeline").is_none(), "the timeline waits for a later task");

    // Then every part, in later tasks, and the mark that they are all there.
    w.results_complete().await;
    assert_eq!(w.attr_list(".tc-ranking > li", "data-family"), family_keys(&expected));
    let scores: Vec<String> = expected.families.iter().map(|f| f.score.to_string()).collect();
    assert_eq!(w.attr_list(".tc-ranking > li", "data-score"), scores);
    assert_eq!(w.all("details.tc-why").len(), expected.families.len());
    let candidacy = expected.treatment(TreatmentId::Microneedling).unwrap().candidacy.verdict;
    assert_eq!(
        w.get("section.tc-candidacy").get_attribute("data-verdict"),
        Some(treatment_compare::answers::snake_key(&candidacy))
    );
    let sessions = expected.treatment(TreatmentId::Microneedling).unwrap().timeline.session_dates.len();
    assert_eq!(w.all("g.tc-timeline-row[data-treatment=\"microneedling\"] circle.tc-session").len(), sessions);
    assert!(w.find("table.tc-timeline-table tr[data-treatment=\"microneedling\"]").is_some());
    assert!(w.find("button.tc-print-button").is_some());
    assert!(w.get("p.tc-disclaimer").text_content().unwrap().contains("Test Clinic"));
    // The parts come in screen order: the disclaimer is the section's last part.
    let last = w.get("section.tc-results").last_element_child().unwrap();
    assert!(last.class_list().contains("tc-disclaimer"), "{}", last.outer_html());
}

#[wasm_bindgen_test]
async fn focus_and_the_announcement_come_with_the_first_frame_of_the_results() {
    let w = Widget::mount(config()).await;
    w.answer_until_health(&[("fine_lines", "moderate")], "II", "one_to_three_days").await;
    w.answer_health(&[]).await;
    let said_before = w.announcements.borrow().len();
    see_results_now(&w).await;
    // Not in the render's own task: the heading is focused in the next animation frame.
    let active = || active_element().and_then(|e| e.closest("section.tc-results > h2").ok().flatten());
    assert!(active().is_none(), "focus moved inside the render");
    next_frame().await;
    let heading = active().expect("focus is on the results' heading");
    assert_eq!(heading.get_attribute("tabindex").as_deref(), Some("-1"), "focusable, not in the tab order");
    let said = w.announcements.borrow()[said_before..].to_vec();
    let summary = w.get("p.tc-summary").text_content().unwrap();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(!said[0].urgent && said[0].text == summary, "{said:?}");
    // The later stages leave the focus where it is.
    w.results_complete().await;
    assert!(active().is_some(), "the later stages moved the focus");
}

#[wasm_bindgen_test]
async fn switching_language_on_the_results_keeps_them_and_says_everything_in_the_new_one() {
    let (en, es) = (Locale::built_in("en").unwrap(), Locale::built_in("es").unwrap());
    let w = Widget::mount(WidgetConfig { locale: en, languages: vec![en, es], ..config() }).await;
    w.complete(&[("acne_scars", "severe")], "IV", "up_to_a_week").await;
    w.click("input[name=\"compare\"][value=\"peel_superficial\"]").await;
    let ranking = w.attr_list(".tc-ranking > li", "data-family");
    let rows = w.attr_list("g.tc-timeline-row", "data-treatment");
    assert_eq!(rows, ["microneedling", "peel_superficial"]);

    w.click(".tc-language[data-language=\"es\"]").await;
    assert_eq!(w.get(".tc-root").get_attribute("lang").as_deref(), Some("es"));
    let (t_es, t_en) = (es.text().results, en.text().results);
    assert!(w.get("section.tc-results").has_attribute("data-complete"), "every part is still there");
    assert_eq!(w.get("section.tc-results > h2").text_content().unwrap(), t_es.title);
    assert_eq!(w.attr_list(".tc-ranking > li", "data-family"), ranking, "the same ranking");
    assert_eq!(w.attr_list("g.tc-timeline-row", "data-treatment"), rows, "the compared treatment stays");
    let compared: HtmlInputElement = w.get("input[name=\"compare\"][value=\"peel_superficial\"]").dyn_into().unwrap();
    assert!(compared.checked(), "its box stays ticked");
    let text = w.get("section.tc-results").text_content().unwrap();
    for english in [t_en.ranking_heading, t_en.timeline_heading, t_en.why, t_en.print_button] {
        assert!(!text.contains(english), "still in English: {english}");
    }
    for spanish in [t_es.ranking_heading, t_es.timeline_heading, t_es.why, t_es.print_button] {
        assert!(text.contains(spanish), "not in Spanish: {spanish}");
    }
    let names: Vec<String> = w.all("text.tc-row-label").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(names, [t_es.treatment(TreatmentId::Microneedling), t_es.treatment(TreatmentId::PeelSuperficial)]);
}

/// The cards as the engine ranks them, in the language shown: the ranked ones in the order of
/// their falling scores, each with its line on why it stands there, the best-match badge on the
/// first only (or, when it is no clear match, a line saying so), and below a divider the ones set
/// apart, each with its reason in place of a score.
fn assert_cards_as_ranked(w: &Widget, expected: &treatment_compare::assessment::Assessment, locale: Locale) {
    let t = locale.text().results;
    let (ranked, apart) = expected.split();
    let keys = |fs: &[treatment_compare::assessment::FamilyResult]| -> Vec<String> {
        fs.iter().map(|f| treatment_compare::answers::snake_key(&f.family)).collect()
    };
    assert_eq!(w.attr_list("ol.tc-ranking > li", "data-family"), keys(ranked));
    assert_eq!(w.attr_list("ul.tc-ranking-apart > li", "data-family"), keys(apart));
    let scores: Vec<u8> = w.attr_list("ol.tc-ranking > li", "data-score").iter().map(|s| s.parse().unwrap()).collect();
    assert!(scores.windows(2).all(|p| p[0] >= p[1]), "the numbers fall as the cards go down: {scores:?}");
    let cards = w.all("ol.tc-ranking > li");
    for (i, (card, f)) in cards.iter().zip(ranked).enumerate() {
        let number = card.query_selector(".tc-score-number").unwrap().expect("a ranked card shows its score");
        assert_eq!(number.text_content().unwrap(), t.fit_line(f.score));
        let versus = card.query_selector(".tc-versus").unwrap().map(|p| p.text_content().unwrap());
        assert_eq!(versus, f.versus.as_ref().map(|v| t.versus_line(v)), "{:?}", f.family);
        let badge = card.query_selector(".tc-badge-best").unwrap().map(|b| b.text_content().unwrap());
        let best = i == 0 && expected.recommended().is_some();
        assert_eq!(badge.as_deref(), best.then_some(t.best_match), "{:?}", f.family);
        let not_clear = card.query_selector(".tc-not-clear").unwrap().map(|b| b.text_content().unwrap());
        assert_eq!(not_clear.as_deref(), (i == 0 && !best).then_some(t.not_clear_match));
    }
    assert_eq!(w.all(".tc-badge-best").len(), usize::from(expected.recommended().is_some()));
    let heading = w.find(".tc-set-apart-heading").map(|h| h.text_content().unwrap());
    assert_eq!(heading.as_deref(), (!apart.is_empty()).then_some(t.set_apart_heading));
    for (card, f) in w.all("ul.tc-ranking-apart > li").iter().zip(apart) {
        assert!(card.query_selector(".tc-score-number").unwrap().is_none(), "no number for {:?}", f.family);
        let reason = card.query_selector(".tc-set-apart-reason").unwrap().unwrap().text_content().unwrap();
        assert_eq!(Some(reason), t.set_apart_line(f, expected));
    }
}

#[wasm_bindgen_test]
async fn the_cards_fall_by_score_with_the_best_match_first_and_what_cannot_match_set_apart_in_both_languages() {
    use treatment_compare::assessment::SetApart;
    let (en, es) = (Locale::built_in("en").unwrap(), Locale::built_in("es").unwrap());
    // Expression lines: the injectables treat them, microneedling and microdermabrasion do not.
    let w = Widget::mount(WidgetConfig { locale: en, languages: vec![en, es], ..config() }).await;
    w.complete(&[("expression_lines", "moderate")], "II", "one_to_three_days").await;
    w.results_complete().await;
    let expected = engine(
        &[(Concern::ExpressionLines, Severity::Moderate)],
        Fitzpatrick::II,
        Downtime::OneToThreeDays,
        Health::all_no(),
    );
    let (_, apart) = expected.split();
    assert!(apart.iter().any(|f| f.set_apart == Some(SetApart::NoBenefit)), "the case sets something apart");
    assert_cards_as_ranked(&w, &expected, en);
    assert!(w.get("ol.tc-ranking > li").class_list().contains("tc-recommended"));
    let reason = w.get("ul.tc-ranking-apart > li .tc-set-apart-reason").text_content().unwrap();
    assert!(reason.starts_with("Does not treat "), "{reason}");

    w.click(".tc-language[data-language=\"es\"]").await;
    w.results_complete().await;
    assert_cards_as_ranked(&w, &expected, es);
    let reason = w.get("ul.tc-ranking-apart > li .tc-set-apart-reason").text_content().unwrap();
    assert!(reason.starts_with("No trata "), "{reason}");
}

#[wasm_bindgen_test]
async fn a_first_card_that_is_no_clear_match_says_so_and_nothing_below_is_promoted() {
    // Severe other scars and moderate dullness on type V skin with up to a week of downtime:
    // microneedling leads with only "some benefit", a treatment below it is a clear match.
    // (Severe acne scars and laxity were this case before RF microneedling, which treats both.)
    let concerns = [(Concern::OtherScars, Severity::Severe), (Concern::Dullness, Severity::Moderate)];
    let expected = engine(&concerns, Fitzpatrick::V, Downtime::UpToAWeek, Health::all_no());
    let w = Widget::mount(config()).await;
    w.complete(&[("other_scars", "severe"), ("dullness", "moderate")], "V", "up_to_a_week").await;
    w.results_complete().await;
    assert_eq!(expected.families[0].family, treatment_compare::catalog::Family::Microneedling);
    assert!(expected.recommended().is_none() && expected.families[1].recommendable, "the case: a clear match second");
    assert_cards_as_ranked(&w, &expected, Locale::default());
    assert!(w.get("ol.tc-ranking > li").query_selector(".tc-not-clear").unwrap().is_some());
    assert_eq!(w.get("p.tc-summary").text_content().unwrap(), Locale::default().text().results.summary_none);
}
