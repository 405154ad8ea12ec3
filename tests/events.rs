//! The events' payloads for the host page: what they carry and what they never carry.

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assess;
use treatment_compare::assessment::Verdict;
use treatment_compare::catalog::*;
use treatment_compare::config::{Booking, WidgetConfig};
use treatment_compare::events::*;

/// A detail as the host page's script sees it: the JSON text the widget hands `JSON.parse`.
fn value(detail: &dyn Json) -> serde_json::Value {
    serde_json::from_str(&to_json(detail)).expect("the detail is JSON")
}

/// A visitor with health answers, an event and a start date: none of it may reach the host.
fn private_visitor() -> Answers {
    let mut a = visitor(&[(Concern::AcneScars, Severity::Severe), (Concern::EnlargedPores, Severity::Mild)]);
    a.health.conditions.insert(Condition::PregnantOrBreastfeeding, YesNo::Yes);
    a.health.conditions.insert(Condition::ColdSoreHistory, YesNo::Yes);
    a.health.isotretinoin = Isotretinoin::Stopped { last_taken: date("2026-09-02") };
    a.preferences.event_date = Some(date("2027-06-12"));
    a.start_date = Some(date("2027-01-04"));
    a
}

#[test]
fn completed_lists_the_ranking_in_order_with_verdicts() {
    let assessment = run(&private_visitor());
    let detail = CompletedDetail::new(&assessment);
    let families: Vec<Family> = detail.ranking.iter().map(|f| f.family).collect();
    let expected: Vec<Family> = assessment.families.iter().map(|f| f.family).collect();
    assert_eq!(families, expected);
    assert_eq!(detail.recommended, assessment.recommended().map(|f| f.best));
    assert_eq!(detail.candidacy.len(), assessment.treatments.len());
    // Pregnancy makes microneedling "not now", and the host hears the verdict.
    let mn = detail.candidacy.iter().find(|c| c.treatment == TreatmentId::Microneedling).unwrap();
    assert_eq!(mn.verdict, Verdict::NotNow);
    assert_ne!(detail.recommended, Some(TreatmentId::Microneedling));
}

#[test]
fn completed_never_carries_answers_health_or_dates() {
    let detail = CompletedDetail::new(&run(&private_visitor()));
    let json = to_json(&WidgetEvent::Completed(detail));
    for private in ["pregnan", "cold_sore", "isotretinoin", "acne_scars", "enlarged_pores", "2026-", "2027-", "health"]
    {
        assert!(!json.contains(private), "{private} in {json}");
    }
    assert!(json.starts_with(r#"{"recommended":"#), "{json}");
}

#[test]
fn ready_names_the_offer_and_booking_carries_the_link() {
    let mut config = WidgetConfig { clinic_name: "Glow".into(), ..WidgetConfig::default() };
    config.offer.offered = vec![TreatmentId::Microneedling, TreatmentId::Filler];
    config.offer.currency = Currency::parse("eur").unwrap();
    let ready = value(&WidgetEvent::Ready(ReadyDetail::new(&config)));
    assert_eq!(ready["treatments"], serde_json::json!(["microneedling", "filler"]));
    assert_eq!((ready["currency"].as_str(), ready["locale"].as_str()), (Some("EUR"), Some("en")));

    config.booking = Booking::Url("/book?from=widget".into());
    let answers = visitor(&[(Concern::AcneScars, Severity::Moderate)]);
    let assessment = assess(&answers, &Catalog::for_clinic(&config.offer), date(TODAY));
    let request = BookingRequest { compared: vec![TreatmentId::Filler], share_answers: false };
    let booking = WidgetEvent::BookingRequested(BookingDetail::new(&config, &assessment, &answers, &request));
    assert!(booking.cancelable());
    assert_eq!(booking.name(), "tc-booking-requested");
    let json = value(&booking);
    assert_eq!(json["url"], "/book?from=widget");
    assert_eq!(json["treatment"], "microneedling");
    config.booking = Booking::Contact("Call us".into());
    assert_eq!(BookingDetail::new(&config, &assessment, &answers, &request).url, None);
}

#[test]
fn the_booking_summary_is_the_minimum_unless_the_visitor_shares_concerns_and_skin_type() {
    let config = WidgetConfig { booking: Booking::Url("/book".into()), ..WidgetConfig::default() };
    let answers = private_visitor();
    let assessment = run(&answers);
    let request = BookingRequest { compared: vec![TreatmentId::LaserNonAblative], share_answers: false };
    let minimal = to_json(&BookingDetail::new(&config, &assessment, &answers, &request));
    for private in [
        "pregnan",
        "cold_sore",
        "isotretinoin",
        "acne_scars",
        "enlarged_pores",
        "2026-",
        "2027-",
        "health",
        "skin_type",
    ] {
        assert!(!minimal.contains(private), "{private} in {minimal}");
    }
    let detail = BookingDetail::new(&config, &assessment, &answers, &request);
    assert_eq!(detail.summary.compared, vec![TreatmentId::LaserNonAblative]);
    assert_eq!(detail.summary.verdicts.len(), assessment.treatments.len());
    assert_eq!(detail.summary.locale, "en");
    let consented = BookingRequest { share_answers: true, ..request };
    let shared = to_json(&BookingDetail::new(&config, &assessment, &answers, &consented));
    assert!(shared.contains("\"acne_scars\"") && shared.contains("\"skin_type\":\"III\""), "{shared}");
    for private in ["pregnan", "cold_sore", "isotretinoin", "2026-", "2027-", "health"] {
        assert!(!shared.contains(private), "{private} in {shared}");
    }
}

#[test]
fn booking_placeholders_are_filled_for_the_results_in_the_language_shown() {
    let template =
        "https://calendly.com/glow/consult?a1={treatment_name}&a2={plan}&utm_content={treatment}&lang={locale}";
    let config = WidgetConfig { booking: Booking::Url(template.into()), ..WidgetConfig::default() };
    let answers = visitor(&[(Concern::ExpressionLines, Severity::Moderate), (Concern::AcneScars, Severity::Moderate)]);
    let assessment = run(&answers);
    let best = assessment.recommended().unwrap().best;
    let url = booking_url(&config, &assessment).unwrap();
    let name = treatment_compare::config::encode_uri_component(config.text().results.treatment(best));
    let plan: Vec<String> = assessment.plan.as_ref().unwrap().treatments.iter().map(snake_key).collect();
    assert_eq!(
        url,
        format!(
            "https://calendly.com/glow/consult?a1={name}&a2={}&utm_content={}&lang=en",
            plan.join("%2C"),
            snake_key(&best)
        )
    );
}

#[test]
fn each_detail_is_written_as_serde_writes_it() {
    // The widget writes the details by hand (src/events/json.rs); serde's derived form is the
    // reference: the same text, field for field, in the same order.
    let offers: [&[TreatmentId]; 2] = [&TreatmentId::ALL, &[TreatmentId::Microneedling, TreatmentId::PeelMedium]];
    let visitors = [
        private_visitor(),
        visitor(&[(Concern::ExpressionLines, Severity::Severe), (Concern::AcneScars, Severity::Mild)]),
        visitor(&[(Concern::Melasma, Severity::Moderate), (Concern::Laxity, Severity::Severe)]),
        visitor(&[(Concern::VolumeLoss, Severity::Mild)]),
    ];
    let mut checked = 0;
    for offered in offers {
        let mut config = WidgetConfig {
            booking: Booking::Url("https://book.example/c?t={treatment}&n={treatment_name}&p={plan}".into()),
            ..WidgetConfig::default()
        };
        config.offer.offered = offered.to_vec();
        let ready = WidgetEvent::Ready(ReadyDetail::new(&config));
        assert_eq!(to_json(&ready), serde_json::to_string(&ready).unwrap());
        for answers in &visitors {
            let assessment = assess(answers, &Catalog::for_clinic(&config.offer), date(TODAY));
            let completed = WidgetEvent::Completed(CompletedDetail::new(&assessment));
            assert_eq!(to_json(&completed), serde_json::to_string(&completed).unwrap());
            for share_answers in [false, true] {
                let request = BookingRequest { compared: vec![TreatmentId::Filler], share_answers };
                let booking =
                    WidgetEvent::BookingRequested(BookingDetail::new(&config, &assessment, answers, &request));
                assert_eq!(to_json(&booking), serde_json::to_string(&booking).unwrap());
                checked += 1;
            }
        }
        config.booking = Booking::Contact("Call us".into());
        let answers = &visitors[1];
        let assessment = assess(answers, &Catalog::for_clinic(&config.offer), date(TODAY));
        let request = BookingRequest { compared: vec![], share_answers: false };
        let no_link = WidgetEvent::BookingRequested(BookingDetail::new(&config, &assessment, answers, &request));
        assert_eq!(to_json(&no_link), serde_json::to_string(&no_link).unwrap());
    }
    assert_eq!(checked, 16);
}

#[test]
fn an_error_detail_is_json_whatever_its_message_holds() {
    let message = "expected \"a\" \\ b\n\u{1}\ttab, \u{e9}t\u{e9} \u{1F600}";
    let detail = value(&ErrorDetail { field: "treatments.\"x\"", message });
    assert_eq!(detail["field"], "treatments.\"x\"");
    assert_eq!(detail["message"], message);
}
