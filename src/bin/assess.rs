//! `assess`: the engine on the command line, for clinics and reviewers checking the rules
//! without a browser.
//!
//! ```text
//! assess [--today YYYY-MM-DD] [--offer ID,ID,...] [ANSWERS.json | -]
//! ```
//! `--offer` assesses as a clinic offering only those treatments would (its `treatments` list);
//! without it, every treatment is offered.
//! Reads answers (see docs/answers.md) from the file, or from standard input when the path is
//! `-` or missing, and prints the assessment as JSON. Bad input: a message naming the field on
//! standard error and exit code 2.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::Write;
    // Written, not `println!`ed: a closed pipe (`assess … | head`) is an error to report, not a
    // panic.
    let written = cli::run(std::env::args().skip(1).collect()).and_then(|json| {
        writeln!(std::io::stdout().lock(), "{json}").map_err(|e| format!("cannot write the assessment: {e}"))
    });
    if let Err(message) = written {
        let _ = writeln!(std::io::stderr().lock(), "assess: {message}");
        std::process::exit(2);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Read;
    use treatment_compare::answers::Answers;
    use treatment_compare::catalog::{Catalog, ClinicOffer, Source, TreatmentId};
    use treatment_compare::date::Date;

    const USAGE: &str = "usage: assess [--today YYYY-MM-DD] [--offer ID,ID,...] [ANSWERS.json | -]";

    pub fn run(args: Vec<String>) -> Result<String, String> {
        let mut today = None;
        let mut path = None;
        let mut offer = ClinicOffer::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "-h" | "--help" => return Err(USAGE.into()),
                "--today" => {
                    let value = args.next().ok_or(format!("--today needs a date\n{USAGE}"))?;
                    today = Some(value.parse::<Date>().map_err(|e| format!("--today: {e}"))?);
                }
                "--offer" => {
                    let value = args.next().ok_or(format!("--offer needs treatment ids\n{USAGE}"))?;
                    offer.offered = offered(&value)?;
                }
                _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => path = Some(arg),
                _ => return Err(format!("unexpected argument `{arg}`\n{USAGE}")),
            }
        }
        let input = read_input(path.as_deref())?;
        let today = today.unwrap_or_else(system_today);
        let answers = parse_answers(&input, today)?;
        let assessment = treatment_compare::assess(&answers, &Catalog::for_clinic(&offer), today);
        let mut json = serde_json::to_value(&assessment).map_err(|e| e.to_string())?;
        json["sources"] = Source::ALL
            .iter()
            .map(|s| {
                (
                    serde_json::to_value(s).unwrap_or_default().as_str().unwrap_or_default().to_string(),
                    treatment_compare::text::english().results.citation(*s).into(),
                )
            })
            .collect::<serde_json::Map<String, serde_json::Value>>()
            .into();
        serde_json::to_string_pretty(&json).map_err(|e| e.to_string())
    }

    /// `microneedling,peel_superficial`: the treatments offered, each an id the catalog knows.
    fn offered(list: &str) -> Result<Vec<TreatmentId>, String> {
        let mut ids = Vec::new();
        for key in list.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            let id = TreatmentId::ALL
                .into_iter()
                .find(|t| treatment_compare::answers::snake_key(t) == key)
                .ok_or(format!("--offer: `{key}` is not a treatment id"))?;
            ids.push(id);
        }
        if ids.is_empty() {
            return Err(format!("--offer needs at least one treatment id\n{USAGE}"));
        }
        Ok(ids)
    }

    fn read_input(path: Option<&str>) -> Result<String, String> {
        let mut input = String::new();
        match path {
            None | Some("-") => std::io::stdin().read_to_string(&mut input).map(|_| input),
            Some(p) => std::fs::read_to_string(p),
        }
        .map_err(|e| format!("cannot read {}: {e}", path.unwrap_or("standard input")))
    }

    /// Parses and validates answers; every error names the field (`health.conditions.sunburn`).
    pub fn parse_answers(input: &str, today: Date) -> Result<Answers, String> {
        Answers::from_json(input, today).map_err(|e| e.to_string())
    }

    fn system_today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::from_days_since_epoch((secs / 86_400) as i32)
    }
}
