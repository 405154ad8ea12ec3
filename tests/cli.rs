//! The `assess` command line: answers file in, assessment JSON out, clear errors otherwise.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = include_str!("../examples/answers.json");

/// Runs `assess` on a fixed day (unless the test gives its own `--today`), so that the example's
/// dates stay in the future whenever the tests run.
fn assess(args: &[&str], stdin: &str) -> Output {
    let today: &[&str] = if args.contains(&"--today") { &[] } else { &["--today", "2026-11-21"] };
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(today)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The example with one JSON value replaced: `path` is a list of object keys.
fn example_with(path: &[&str], value: Option<serde_json::Value>) -> String {
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    let (last, parents) = path.split_last().unwrap();
    let mut node = &mut json;
    for p in parents {
        node = node.get_mut(*p).unwrap();
    }
    let obj = node.as_object_mut().unwrap();
    match value {
        Some(v) => obj.insert(last.to_string(), v),
        None => obj.remove(*last),
    };
    json.to_string()
}

#[test]
fn the_example_file_gives_a_full_assessment_as_json() {
    let out = assess(&["--today", "2026-11-21", "examples/answers.json"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["today"], "2026-11-21");
    assert_eq!(json["start"], "2026-12-01");
    assert_eq!(json["families"].as_array().unwrap().len(), 5);
    assert_eq!(json["treatments"].as_array().unwrap().len(), 11);
    // Isotretinoin stopped 2026-08-01: microneedling waits until 2027-02-01.
    let mn = json["treatments"].as_array().unwrap().iter().find(|t| t["id"] == "microneedling").unwrap();
    assert_eq!(mn["candidacy"]["verdict"], "not_now");
    assert_eq!(mn["candidacy"]["earliest"], "2027-02-01");
    assert_eq!(mn["timeline"]["session_dates"][0], "2027-02-01");
    // Sources are spelled out for reviewers.
    assert!(json["sources"]["alam2014"].as_str().unwrap().contains("JAMA"));
}

#[test]
fn answers_can_come_from_standard_input() {
    let out = assess(&["--today", "2026-11-21"], EXAMPLE);
    assert!(out.status.success(), "{}", stderr(&out));
    let from_file = assess(&["--today", "2026-11-21", "examples/answers.json"], "");
    assert_eq!(out.stdout, from_file.stdout);
}

#[test]
fn a_missing_field_is_named_and_exits_non_zero() {
    let out = assess(&[], &example_with(&["downtime"], None));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing field `downtime`"), "{}", stderr(&out));
}

#[test]
fn a_bad_value_is_named_with_its_path() {
    let out = assess(&[], &example_with(&["health", "conditions", "sunburn"], Some("maybe".into())));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("health.conditions: sunburn: unknown variant `maybe`"), "{err}");
    assert!(err.contains("not_sure"), "{err}");
}

#[test]
fn an_unanswered_health_question_is_named() {
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    json["health"]["conditions"].as_object_mut().unwrap().remove("skin_cancer");
    let out = assess(&[], &json.to_string());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("health.conditions.skin_cancer: missing answer"), "{}", stderr(&out));
}

#[test]
fn an_answers_file_from_before_the_december_2026_questions_names_both_missing_answers() {
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    let conditions = json["health"]["conditions"].as_object_mut().unwrap();
    conditions.remove("implanted_device");
    conditions.remove("bleeding_disorder");
    let out = assess(&[], &json.to_string());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("health.conditions: missing answers to implanted_device, bleeding_disorder"), "{err}");
    assert!(err.contains("added in December 2026"), "says why an old file lacks them: {err}");
    // Only one of them missing: named as the field.
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    json["health"]["conditions"].as_object_mut().unwrap().remove("bleeding_disorder");
    let err = stderr(&assess(&[], &json.to_string()));
    assert!(err.contains("health.conditions.bleeding_disorder: missing answer"), "{err}");
}

#[test]
fn offer_assesses_as_a_clinic_offering_only_those_treatments() {
    let out =
        assess(&["--today", "2026-11-21", "--offer", "microneedling,peel_superficial", "examples/answers.json"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut offered: Vec<&str> = json["treatments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["offered"] == true)
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    offered.sort_unstable();
    assert_eq!(offered, ["microneedling", "peel_superficial"]);
    let out = assess(&["--offer", "microneedling,rf", "examples/answers.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--offer: `rf` is not a treatment id"), "{}", stderr(&out));
}

#[test]
fn an_impossible_date_is_named() {
    let out = assess(&[], &example_with(&["preferences", "event_date"], Some("2027-02-30".into())));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("preferences.event_date"), "{}", stderr(&out));
}

#[test]
fn no_concerns_and_unknown_fields_are_refused() {
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    json["health"]["conditions"]["sunbrn"] = "no".into();
    let out = assess(&[], &json.to_string());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("health.conditions: sunbrn: unknown variant `sunbrn`"), "{}", stderr(&out));
    let out = assess(&[], &example_with(&["concerns"], Some(serde_json::json!([]))));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("concerns: choose at least one concern"), "{}", stderr(&out));
    let out = assess(&[], &example_with(&["skin_tone"], Some("V".into())));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("skin_tone"), "{}", stderr(&out));
}

#[test]
fn impossible_answers_are_named() {
    let cases = [
        (
            example_with(&["health", "conditions", "sunburn"], Some("not_sure".into())),
            "health.conditions.sunburn: \"not_sure\" is not an answer",
        ),
        (
            example_with(&["preferences", "event_date"], Some("2026-11-20".into())),
            "preferences.event_date: 2026-11-20 is in the past",
        ),
        (
            example_with(
                &["health", "isotretinoin"],
                Some(serde_json::json!({ "status": "stopped", "last_taken": "2026-12-01" })),
            ),
            "health.isotretinoin.last_taken: 2026-12-01 is after today (2026-11-21)",
        ),
    ];
    for (input, message) in cases {
        let out = assess(&["--today", "2026-11-21"], &input);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
    }
}

#[test]
fn dates_years_ahead_are_refused_naming_the_field() {
    // Before the horizon, `start_date: 9999-12-31` was accepted and the timelines ran into year 10000.
    let cases = [
        (example_with(&["start_date"], Some("9999-12-31".into())), "start_date: 9999-12-31 is more than 5 years ahead"),
        (
            example_with(&["preferences", "event_date"], Some("2031-11-22".into())),
            "preferences.event_date: 2031-11-22 is more than 5 years ahead (the latest is 2031-11-21)",
        ),
        (
            example_with(
                &["health", "isotretinoin"],
                Some(serde_json::json!({ "status": "stopped", "last_taken": "0001-01-01" })),
            ),
            "health.isotretinoin.last_taken: 0001-01-01 is before 1900",
        ),
    ];
    for (input, message) in cases {
        let out = assess(&["--today", "2026-11-21"], &input);
        assert_eq!(out.status.code(), Some(2), "{message}");
        assert!(out.stdout.is_empty());
        assert!(stderr(&out).starts_with("assess: "), "{}", stderr(&out));
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
    }
    let out = assess(&["--today", "2026-11-21"], &example_with(&["start_date"], Some("2031-11-21".into())));
    assert!(out.status.success(), "exactly five years ahead is accepted: {}", stderr(&out));
}

#[test]
fn text_after_the_answers_is_refused() {
    let out = assess(&[], &format!("{EXAMPLE} trailing"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("assess: answers: trailing characters"), "{}", stderr(&out));
}

#[test]
fn a_closed_output_pipe_is_an_error_not_a_panic() {
    // `assess answers.json | head -1`: the reader goes away before the assessment is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(["--today", "2026-11-21", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.stdin.take().unwrap().write_all(EXAMPLE.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("assess: cannot write the assessment"), "{err}");
}

#[test]
fn malformed_json_and_a_missing_file_are_clear_errors() {
    let out = assess(&[], "{ \"concerns\": [ ");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("assess: "), "{}", stderr(&out));
    let out = assess(&["no-such-file.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read no-such-file.json"), "{}", stderr(&out));
}

#[test]
fn a_combined_plan_and_readable_sources_are_in_the_json() {
    let answers = example_with(
        &["concerns"],
        Some(serde_json::json!([
            { "concern": "expression_lines", "severity": "moderate" },
            { "concern": "acne_scars", "severity": "moderate" }
        ])),
    );
    let answers = {
        let mut v: serde_json::Value = serde_json::from_str(&answers).unwrap();
        v["preferences"]["injections_ok"] = true.into();
        v["health"]["isotretinoin"] = serde_json::json!({ "status": "never" });
        v.to_string()
    };
    let out = assess(&["-"], &answers);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut plan: Vec<&str> =
        json["plan"]["treatments"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    plan.sort();
    assert_eq!(plan, ["microneedling", "neuromodulator"]);
    assert_eq!(json["plan"]["covers"].as_array().unwrap().len(), 2);
    for (id, citation) in json["sources"].as_object().unwrap() {
        assert!(!citation.as_str().unwrap().to_lowercase().contains("seed"), "{id}: {citation}");
    }
}

#[test]
fn the_old_pigmentation_id_is_accepted_as_not_sure_which() {
    for id in ["pigmentation", "melasma", "sun_damage"] {
        let answers = example_with(&["concerns"], Some(serde_json::json!([{ "concern": id, "severity": "mild" }])));
        let out = assess(&["-"], &answers);
        assert!(out.status.success(), "{id}: {}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let laser = json["treatments"].as_array().unwrap().iter().find(|t| t["id"] == "laser_non_ablative").unwrap();
        let melasma_reason =
            laser["candidacy"]["reasons"].as_array().unwrap().iter().any(|r| r["cause"]["kind"] == "melasma");
        assert_eq!(melasma_reason, id != "sun_damage", "{id}");
    }
}
