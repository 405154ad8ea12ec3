//! The events' payloads for the host page: what they carry and what they never carry.

mod common;

use common::*;
use treatment_compare::answers::*;
use treatment_compare::assessment::Verdict;
use treatment_compare::catalog::*;
use treatment_compare::config::{Booking, WidgetConfig};
use treatment_compare::events::*;

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
    let json = serde_json::to_string(&WidgetEvent::Completed(detail)).unwrap();
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
    let ready = serde_json::to_value(WidgetEvent::Ready(ReadyDetail::new(&config))).unwrap();
    assert_eq!(ready["treatments"], serde_json::json!(["microneedling", "filler"]));
    assert_eq!((ready["currency"].as_str(), ready["locale"].as_str()), (Some("EUR"), Some("en")));

    config.booking = Booking::Url("/book?from=widget".into());
    let booking = WidgetEvent::BookingRequested(BookingDetail::new(&config, Some(TreatmentId::Microneedling)));
    assert!(booking.cancelable());
    assert_eq!(booking.name(), "tc-booking-requested");
    assert_eq!(
        serde_json::to_value(&booking).unwrap(),
        serde_json::json!({"url": "/book?from=widget", "treatment": "microneedling"})
    );
    config.booking = Booking::Contact("Call us".into());
    assert_eq!(BookingDetail::new(&config, None).url, None);
}
