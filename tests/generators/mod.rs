//! Random visitors, clinics and days for the property tests (`properties.rs`) and the fuzzers
//! (`fuzz.rs`): complete, valid answers as the questionnaire or an answers file gives them, and
//! clinic offers as the configuration gives them.
#![allow(dead_code)] // each test file uses its own share

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use treatment_compare::answers::{
    latest_date, Answers, Budget, Concern, ConcernAnswer, Condition, Downtime, Fitzpatrick, Health, Isotretinoin,
    Preferences, Severity, YesNo,
};
use treatment_compare::catalog::{ClinicOffer, ClinicPrice, Currency, PriceUnit, Range, TreatmentId};
use treatment_compare::date::Date;

/// 10,000 cases per property, or `PROPTEST_CASES` when set (to run more locally). The other
/// `PROPTEST_*` settings apply as proptest reads them; each run draws new cases.
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(10_000);
    // A failure prints its shrunk case; the fixed bugs it found are named regression tests, so
    // nothing is written next to the sources.
    ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(cases) }
}

pub fn date(s: &str) -> Date {
    s.parse().expect("a test date")
}

/// The day the assessment is made: mostly around now, sometimes decades away (leap days and
/// month ends come with it). Dates stay four-digit years, as the answers format writes them.
pub fn today() -> impl Strategy<Value = Date> {
    let now = date("2026-11-21").days_since_epoch();
    let (first, last) = (date("1950-01-01").days_since_epoch(), date("2200-12-31").days_since_epoch());
    prop_oneof![
        3 => now - 1500..=now + 1500,
        1 => first..=last,
        1 => select(vec!["2028-02-29", "2026-12-31", "2027-01-31", "2026-08-31", "2100-02-28"])
            .prop_map(|s| date(s).days_since_epoch()),
    ]
    .prop_map(Date::from_days_since_epoch)
}

/// A visitor: complete, valid answers for `today`.
#[derive(Clone, Debug)]
pub struct Visitor {
    pub today: Date,
    pub answers: Answers,
}

pub fn visitor() -> impl Strategy<Value = Visitor> {
    today().prop_flat_map(|today| answers(today).prop_map(move |answers| Visitor { today, answers }))
}

/// Any non-empty set of distinct concerns in any order, each with a severity.
pub fn concerns() -> impl Strategy<Value = Vec<ConcernAnswer>> {
    (subsequence(Concern::ALL.to_vec(), 1..=Concern::ALL.len()).prop_shuffle(), vec(severity(), Concern::ALL.len()))
        .prop_map(|(concerns, severities)| {
            concerns
                .into_iter()
                .zip(severities)
                .map(|(concern, severity)| ConcernAnswer { concern, severity })
                .collect()
        })
}

pub fn severity() -> impl Strategy<Value = Severity> {
    select(Severity::ALL.to_vec())
}

/// Every health question answered: yes, no, or "not sure" where the question offers it.
pub fn conditions() -> impl Strategy<Value = Vec<(Condition, YesNo)>> {
    let per_condition: Vec<_> = Condition::ALL
        .iter()
        .map(|&c| {
            let answers = if c.allows_not_sure() { YesNo::ALL.to_vec() } else { vec![YesNo::No, YesNo::Yes] };
            // Mostly "no", as most visitors answer: contraindications are then rare enough that
            // the best match and the plans get exercised too.
            let no = Just(YesNo::No);
            prop_oneof![3 => no, 1 => select(answers)].prop_map(move |a| (c, a))
        })
        .collect();
    per_condition
}

/// Every isotretinoin status; a last dose any day from 1900 to today, often near the 6- and
/// 12-month limits.
pub fn isotretinoin(today: Date) -> impl Strategy<Value = Isotretinoin> {
    let since_1900 = date("1900-01-01").days_until(today).max(0);
    let near_limits: Vec<Date> = [6, 12]
        .iter()
        .flat_map(|&m| {
            let limit = today.add_months(-m);
            [limit.add_days(-1), limit, limit.add_days(1)]
        })
        .filter(|d| *d <= today)
        .collect();
    let stopped = prop_oneof![
        2 => (0..=800i32).prop_map(move |back| today.add_days(-back)),
        1 => (0..=since_1900).prop_map(move |back| today.add_days(-back)),
        1 => select(near_limits),
    ]
    .prop_map(|last_taken| Isotretinoin::Stopped { last_taken });
    prop_oneof![
        2 => Just(Isotretinoin::Never),
        1 => Just(Isotretinoin::Current),
        1 => Just(Isotretinoin::NotSure),
        2 => stopped,
    ]
}

/// A date from `lo` days after `today` to the horizon ([`latest_date`]), its ends more often.
pub fn ahead(today: Date, lo: i32) -> impl Strategy<Value = Date> {
    let hi = today.days_until(latest_date(today));
    prop_oneof![4 => lo..=hi, 1 => Just(hi), 1 => Just(0.max(lo))].prop_map(move |n| today.add_days(n))
}

pub fn answers(today: Date) -> impl Strategy<Value = Answers> {
    let preferences = (select(Budget::ALL.to_vec()), any::<bool>(), proptest::option::of(ahead(today, 0)))
        .prop_map(|(budget, injections_ok, event_date)| Preferences { budget, injections_ok, event_date });
    (
        concerns(),
        select(Fitzpatrick::ALL.to_vec()),
        select(Downtime::ALL.to_vec()),
        preferences,
        conditions(),
        isotretinoin(today),
        // A start date in the past is allowed (the timelines then start today).
        proptest::option::of(ahead(today, -400)),
    )
        .prop_map(|(concerns, skin_type, downtime, preferences, conditions, isotretinoin, start_date)| Answers {
            concerns,
            skin_type,
            downtime,
            preferences,
            health: Health { isotretinoin, conditions: conditions.into_iter().collect() },
            start_date,
        })
}

pub fn currency() -> impl Strategy<Value = Currency> {
    select(vec!["USD", "EUR", "GBP", "CHF", "JPY"]).prop_map(|c| Currency::parse(c).expect("a currency code"))
}

/// A clinic's price: any range up to the configuration's limit, often near the budget limits.
pub fn clinic_price() -> impl Strategy<Value = ClinicPrice> {
    let amount = prop_oneof![
        3 => 0..=5_000u32,
        1 => select(vec![0, 1, 333, 999, 1_000, 1_001, 1_500, 2_999, 3_000, 3_001]),
        1 => 0..=1_000_000u32,
    ];
    let per = proptest::option::of(select(vec![PriceUnit::Session, PriceUnit::Treatment, PriceUnit::Syringe]));
    (amount.clone(), amount, per).prop_map(|(a, b, per)| ClinicPrice { range: Range::new(a.min(b), a.max(b)), per })
}

/// A clinic's offer: any non-empty subset offered, its own prices for some (a treatment may be
/// listed twice: the first counts), its currency, the others shown or hidden. Sometimes the
/// default: everything at the catalog's US prices.
pub fn offer() -> impl Strategy<Value = ClinicOffer> {
    let custom = (
        subsequence(TreatmentId::ALL.to_vec(), 1..=TreatmentId::ALL.len()),
        vec((select(TreatmentId::ALL.to_vec()), clinic_price()), 0..12),
        prop_oneof![2 => Just(Currency::USD), 1 => currency()],
        any::<bool>(),
    )
        .prop_map(|(offered, prices, currency, hide_not_offered)| ClinicOffer {
            offered,
            prices,
            currency,
            hide_not_offered,
        });
    prop_oneof![1 => Just(ClinicOffer::default()), 4 => custom]
}
