// The configuration script's problems, each with the field its error names and what it says:
// checked natively (src/config/tests.rs, serde_json parsing) and in the browser
// (tests/browser.rs, the platform's JSON.parse), which must agree. `exact`: the whole message;
// otherwise its start (a parser's own words follow).

/// (JSON, field, problem, exact)
pub const JSON_CASES: &[(&str, &str, &str, bool)] = &[
    (r#"{"treatments": {"filler": {"price": {"from": "250", "to": 400}}}}"#, "treatments.filler.price.from", "invalid type: string \"250\", expected f64", true),
    (r#"{"treatments": {"filler": {"price": {"from": 1}}}}"#, "treatments.filler.price", "missing field `to`", true),
    (r#"{"treatments": {"filler": {"price": {"to": 1}}}}"#, "treatments.filler.price", "missing field `from`", true),
    (r#"{"treatments": {"filler": {"prize": 1}}}"#, "treatments.filler.prize", "unknown field `prize`, expected `price`", true),
    (r#"{"treatments": {"filler": {"price": {"from": 1, "to": 2, "cost": 3}}}}"#, "treatments.filler.price.cost", "unknown field `cost`, expected one of `from`, `to`, `per`", true),
    (r#"{"treatmnets": {}}"#, "treatmnets", "unknown field `treatmnets`, expected `treatments` or `text`", true),
    (r#"{"treatments": {"filler": 5}}"#, "treatments.filler", "invalid type: integer `5`, expected an object such as {} or {\"price\": {\"from\": 100, \"to\": 200}}", true),
    (r#"{"treatments": {"filler": {"price": 5.5}}}"#, "treatments.filler.price", "invalid type: floating point `5.5`, expected an object such as {\"from\": 100, \"to\": 200}", true),
    (r#"{"treatments": {"filler": {"price": {"from": 1, "to": 2, "per": "hour"}}}}"#, "treatments.filler.price.per", "unknown variant `hour`, expected one of `session`, `treatment`, `syringe`", true),
    (r#"{"treatments": {"filler": {"price": {"from": 1, "to": 2, "per": 5}}}}"#, "treatments.filler.price.per", "invalid type: integer `5`, expected one of `session`, `treatment`, `syringe`", true),
    (r#"{"treatments": {"filler": {"price": {"from": null, "to": 2}}}}"#, "treatments.filler.price.from", "invalid type: null, expected f64", true),
    (r#"{"treatments": {"filler": {"price": {"from": true, "to": 2}}}}"#, "treatments.filler.price.from", "invalid type: boolean `true`, expected f64", true),
    (r#"{"treatments": {"filler": {"price": {"from": [1], "to": 2}}}}"#, "treatments.filler.price.from", "invalid type: sequence, expected f64", true),
    (r#"{"treatments": {"filler": {"price": {"from": {"a": {"b": {"c": 1}}}, "to": 2}}}}"#, "treatments.filler.price.from", "invalid type: map, expected f64", true),
    (r#"{"treatments": {"filler": {"price": {"from": 1e400, "to": 2}}}}"#, "configuration script", "not valid JSON (number out of range", false),
    (r#"{"treatments": 42}"#, "treatments", "invalid type: integer `42`, expected a map", true),
    (r#"{"treatments": "x\ny"}"#, "treatments", "invalid type: string \"x\\ny\", expected a map", true),
    (r#"{"text": null}"#, "text", "invalid type: null, expected an object of keys and texts, such as {\"questions.title\": \"...\"}", true),
    (r#"{"text": {"fr": 1}}"#, "text.fr", "invalid type: integer `1`, expected an object of keys and texts, such as {\"questions.title\": \"...\"}", true),
    (r#"{"text": {"fr": {"questions.back": 1.25}}}"#, "text.fr.questions.back", "invalid type: floating point `1.25`, expected a string", true),
    (r#"{"text": {"fr": {"questions.back": -3}}}"#, "text.fr.questions.back", "invalid type: integer `-3`, expected a string", true),
    (r#"{"text": {"fr": {"questions.back": 0.0000001}}}"#, "text.fr.questions.back", "invalid type: floating point `0.0000001`, expected a string", true),
    (r#"{"x": 1, "treatments": 5}"#, "x", "unknown field `x`, expected `treatments` or `text`", true),
    (r#"{"treatments": 5, "x": 1}"#, "treatments", "invalid type: integer `5`, expected a map", true),
    (r#"{"treatments": {"filler": {"price": {"from": -5, "to": 10}}}}"#, "treatments.filler.price.from", "-5 is negative: prices start at 0", true),
    (r#"{"treatments": {"filler": {"price": {"from": -0.25, "to": 10}}}}"#, "treatments.filler.price.from", "-0.25 is negative: prices start at 0", true),
    (r#"{"treatments": {"filler": {"price": {"from": 1, "to": 2e21}}}}"#, "treatments.filler.price.to", "2000000000000000000000 is over 1000000", true),
    (r#"{"treatments": {"filler": {"price": {"from": 900.5, "to": 500}}}}"#, "treatments.filler.price", "\"from\" (900.5) is more than \"to\" (500)", true),
    ("5", "configuration script", "invalid type: integer `5`, expected an object such as {\"treatments\": {\"microneedling\": {}}}", true),
    ("null", "configuration script", "invalid type: null, expected an object such as {\"treatments\": {\"microneedling\": {}}}", true),
    (r#""microneedling""#, "configuration script", "invalid type: string \"microneedling\", expected an object such as {\"treatments\": {\"microneedling\": {}}}", true),
    ("[1, 2]", "configuration script", "expected an object such as {\"treatments\": {...}}, not a list", true),
    (r#"{"treatments": {"filler": {}},}"#, "configuration script", "not valid JSON (", false),
    ("{} {}", "configuration script", "not valid JSON (", false),
    ("{", "configuration script", "not valid JSON (", false),
];

/// Configurations that are valid: a null is an absent value, a field written twice counts once
/// (its last value), as `JSON.parse` reads it.
pub const VALID_JSON: &[&str] = &[
    r#"{"treatments": null}"#,
    r#"{"treatments": {"filler": {"price": {"from": 1, "to": 2, "per": null}}}}"#,
    r#"{"treatments": {"filler": {"price": null}}}"#,
    r#"{"treatments": {"botox": {}}, "treatments": {"filler": {}}}"#,
    r#"{"text": {"fr": {"questions.back": "Retour"}}, "treatments": {"microneedling": {}}}"#,
];
