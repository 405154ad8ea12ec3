//! The results screen's strings (English). Templates name their blanks (`{score}`, `{date}`),
//! so another language may reorder them; lookups go by an enum's position in its `ALL` array or
//! through small match tables, so a translation is a new `ResultText` value, not new code.

use crate::answers::{Budget, Concern, Downtime, Fitzpatrick, Severity, YesNo};
use crate::assessment::{Cause, Detail, Factor, Fit, Reason, ReasonUntil, Verdict};
use crate::catalog::{
    CareStep, ContraKind, Efficacy, Family, Lasting, Maintenance, Range, Source, ToneRisk, TreatmentId, Until,
};
use crate::date::Date;
use crate::text::QuestionText;

/// A counted unit: `one` and `other` hold the whole phrase with an `{n}` blank.
#[derive(Debug, PartialEq)]
pub struct Unit {
    pub one: &'static str,
    pub other: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct ResultText {
    // The screen.
    pub title: &'static str,
    pub intro: &'static str,
    /// The live summary: `{family}`, `{treatment}`, `{score}`.
    pub summary_best: &'static str,
    /// The same for a family with a single option: `{family}`, `{score}`.
    pub summary_best_single: &'static str,
    pub summary_none: &'static str,
    pub edit_heading: &'static str,
    /// "Change ..." per question step, in the order of the questionnaire's steps.
    pub edit: [&'static str; 5],

    // Ranking.
    pub ranking_heading: &'static str,
    pub best_match: &'static str,
    pub not_offered: &'static str,
    pub best_variant: &'static str,
    pub score: &'static str,
    pub score_label: &'static str,
    pub why: &'static str,
    pub contribution: &'static str,
    pub other_variants: &'static str,
    pub variant_line: &'static str,
    pub variant_not_offered: &'static str,
    /// A sentence followed by its source: `{text}`, `{source}`.
    pub with_source: &'static str,

    // Names, in the order of the enums' `ALL` arrays.
    pub families: [&'static str; 5],
    pub treatments: [&'static str; 9],
    pub factors: [&'static str; 4],
    /// Suitable, talk to your provider first, not now.
    pub verdicts: [&'static str; 3],
    pub verdict_sentences: [&'static str; 3],
    /// Not an indication, some benefit, main indication.
    pub efficacy: [&'static str; 3],
    /// Low, moderate, high, not advised.
    pub tone_risks: [&'static str; 4],
    /// Does not fit, fits partly, fits fully.
    pub fits: [&'static str; 3],

    // Breakdown sentences.
    pub detail_treats: &'static str,
    pub detail_downtime: &'static str,
    pub detail_tone: &'static str,
    pub detail_budget: &'static str,
    pub detail_injections: &'static str,
    pub detail_ready: &'static str,
    pub detail_not_ready: &'static str,

    // Candidacy.
    pub candidacy_heading: &'static str,
    pub reasons_heading: &'static str,
    /// Relative, absolute.
    pub reason_kinds: [&'static str; 2],
    pub not_sure: &'static str,
    /// A health answer behind a reason: `{answer}` ("Yes", "Not sure") to `{question}`.
    pub reason_condition: &'static str,
    pub isotretinoin: &'static str,
    /// `{skin_type}` is the questionnaire's short name ("Type IV").
    pub reason_skin_type: &'static str,
    pub until_date: &'static str,
    pub until_months_after_dose: &'static str,
    /// Cleared, after pregnancy and breastfeeding, after treatment by a doctor, age 22,
    /// indefinitely.
    pub untils: [&'static str; 5],
    pub earliest: &'static str,
    pub source: &'static str,
    pub prepare_heading: &'static str,
    pub aftercare_heading: &'static str,
    pub care_stop_retinoids: &'static str,
    pub care_avoid_sun_before: &'static str,
    pub care_no_waxing: &'static str,
    pub care_redness: &'static str,
    pub care_flaking: &'static str,
    pub care_no_makeup: &'static str,
    pub care_avoid_sun_after: &'static str,
    pub care_no_actives: &'static str,
    pub care_antiviral: &'static str,

    // Timeline.
    pub timeline_heading: &'static str,
    pub timeline_intro: &'static str,
    pub chart_title: &'static str,
    pub event: &'static str,
    /// The event line's label in the chart: `{date}`.
    pub event_on: &'static str,
    pub legend_sessions: &'static str,
    pub legend_downtime: &'static str,
    pub legend_first_results: &'static str,
    pub legend_full_results: &'static str,
    pub legend_lasting: &'static str,
    pub legend_fading: &'static str,
    pub compare_legend: &'static str,
    pub table_caption: &'static str,
    pub col_treatment: &'static str,
    pub col_first_session: &'static str,
    pub col_last_session: &'static str,
    pub col_first_results: &'static str,
    pub col_full_results: &'static str,
    pub col_ready: &'static str,
    pub col_sessions: &'static str,
    pub col_interval: &'static str,
    pub col_downtime: &'static str,
    pub col_lasts: &'static str,
    pub col_maintenance: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub unknown: &'static str,
    pub sources_heading: &'static str,
    /// Under the timeline, for a shown treatment that is "not now": `{treatment}`.
    pub timeline_not_now: &'static str,
    /// For a shown treatment whose first session waits: `{treatment}`, `{date}`.
    pub timeline_delayed: &'static str,
    /// A table figure's source number: `{n}`.
    pub note_ref: &'static str,
    pub every: &'static str,
    pub no_downtime: &'static str,
    pub lasts_years: &'static str,
    pub lasts_permanent: &'static str,
    pub not_stated: &'static str,
    pub maintenance_every: &'static str,
    pub maintenance_when_worn_off: &'static str,
    pub maintenance_none: &'static str,

    // Numbers and dates.
    pub hours: Unit,
    pub days: Unit,
    pub weeks: Unit,
    pub months: Unit,
    pub sessions: Unit,
    /// `{lo}` and `{hi}` of a range ("1–3").
    pub range: &'static str,
    pub money: &'static str,
    pub thousands_separator: &'static str,
    pub month_names: [&'static str; 12],
    pub date_format: &'static str,

    // Disclaimer.
    pub disclaimer: &'static str,
    pub no_clinic: &'static str,
}

/// Replaces each `{name}` in `template` with its value; unknown blanks stay as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| args.iter().find(|(k, _)| *k == &after[..close]).map(|a| (close, a.1))) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn position<T: PartialEq>(all: &[T], v: &T) -> usize {
    all.iter().position(|x| x == v).unwrap_or(0)
}

impl ResultText {
    /// A visitor-facing date: "21 Nov 2026".
    pub fn date(&self, d: Date) -> String {
        let (y, m, day) = d.ymd();
        fill(self.date_format, &[("day", &day.to_string()), ("month", self.month(m)), ("year", &y.to_string())])
    }

    /// The short name of month 1-12.
    pub fn month(&self, m: u32) -> &'static str {
        self.month_names[(m.clamp(1, 12) - 1) as usize]
    }

    pub fn family(&self, f: Family) -> &'static str {
        self.families[position(&Family::ALL, &f)]
    }

    pub fn treatment(&self, t: TreatmentId) -> &'static str {
        self.treatments[position(&TreatmentId::ALL, &t)]
    }

    pub fn factor(&self, f: Factor) -> &'static str {
        self.factors[position(&Factor::ALL, &f)]
    }

    pub fn verdict(&self, v: Verdict) -> &'static str {
        self.verdicts[verdict_index(v)]
    }

    pub fn verdict_sentence(&self, v: Verdict) -> &'static str {
        self.verdict_sentences[verdict_index(v)]
    }

    pub fn efficacy(&self, e: Efficacy) -> &'static str {
        self.efficacy[match e {
            Efficacy::NotIndicated => 0,
            Efficacy::Some => 1,
            Efficacy::Good => 2,
        }]
    }

    pub fn tone_risk(&self, r: ToneRisk) -> &'static str {
        self.tone_risks[match r {
            ToneRisk::Low => 0,
            ToneRisk::Moderate => 1,
            ToneRisk::High => 2,
            ToneRisk::NotAdvised => 3,
        }]
    }

    pub fn fit(&self, f: Fit) -> &'static str {
        self.fits[match f {
            Fit::No => 0,
            Fit::Partly => 1,
            Fit::Fully => 2,
        }]
    }

    /// What a candidacy reason is about, in words: the health answer, isotretinoin or the skin
    /// type.
    pub fn cause(&self, r: &Reason, q: &QuestionText) -> String {
        match r.cause {
            Cause::Condition(c) => {
                let answer = q.yes_no(if r.not_sure { YesNo::NotSure } else { YesNo::Yes });
                fill(self.reason_condition, &[("answer", answer), ("question", q.condition(c))])
            }
            Cause::Isotretinoin => self.isotretinoin.to_string(),
            Cause::SkinType(f) => self.skin_type(f, q),
        }
    }

    fn skin_type(&self, f: Fitzpatrick, q: &QuestionText) -> String {
        fill(self.reason_skin_type, &[("skin_type", q.skin_type(f))])
    }

    pub fn reason_kind(&self, k: ContraKind) -> &'static str {
        self.reason_kinds[match k {
            ContraKind::Relative => 0,
            ContraKind::Absolute => 1,
        }]
    }

    pub fn until(&self, u: Until) -> &'static str {
        self.untils[match u {
            Until::Cleared => 0,
            Until::AfterPregnancyAndBreastfeeding => 1,
            Until::AfterTreatmentByDoctor => 2,
            Until::Age22 => 3,
            Until::Indefinitely => 4,
        }]
    }

    pub fn reason_until(&self, u: ReasonUntil) -> String {
        match u {
            ReasonUntil::Date(d) => fill(self.until_date, &[("date", &self.date(d))]),
            ReasonUntil::MonthsAfterLastDose(m) => {
                fill(self.until_months_after_dose, &[("months", &self.count(m, &self.months))])
            }
            ReasonUntil::When(w) => self.until(w).to_string(),
        }
    }

    /// "1 week", "3 days".
    pub fn count(&self, n: u32, unit: &Unit) -> String {
        let template = if n == 1 { unit.one } else { unit.other };
        fill(template, &[("n", &n.to_string())])
    }

    /// "1–3 days", or "2 days" when the range is a single value.
    pub fn span(&self, r: Range, unit: &Unit) -> String {
        if r.lo == r.hi {
            return self.count(r.lo, unit);
        }
        let n = fill(self.range, &[("lo", &r.lo.to_string()), ("hi", &r.hi.to_string())]);
        fill(unit.other, &[("n", &n)])
    }

    /// "$1,000".
    pub fn money(&self, usd: u32) -> String {
        let digits = usd.to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(self.thousands_separator);
            }
            grouped.push(ch);
        }
        fill(self.money, &[("n", &grouped)])
    }

    /// "$400–2,800", or one figure.
    pub fn money_range(&self, r: Range) -> String {
        if r.lo == r.hi {
            return self.money(r.lo);
        }
        fill(self.range, &[("lo", &self.money(r.lo)), ("hi", &self.money(r.hi))])
    }

    pub fn care_step(&self, step: CareStep) -> String {
        match step {
            CareStep::StopRetinoidsAndAcids { days_before } => {
                fill(self.care_stop_retinoids, &[("days", &self.span(days_before, &self.days))])
            }
            CareStep::AvoidSunBefore { weeks_before } => {
                fill(self.care_avoid_sun_before, &[("weeks", &self.span(weeks_before, &self.weeks))])
            }
            CareStep::NoWaxingBefore { days_before } => {
                fill(self.care_no_waxing, &[("days", &self.count(days_before, &self.days))])
            }
            CareStep::RednessLikeMildSunburn { hours } => {
                fill(self.care_redness, &[("hours", &self.span(hours, &self.hours))])
            }
            CareStep::FlakingOnDays { days } => {
                let days = fill(self.range, &[("lo", &days.lo.to_string()), ("hi", &days.hi.to_string())]);
                fill(self.care_flaking, &[("days", &days)])
            }
            CareStep::NoMakeup { hours } => fill(self.care_no_makeup, &[("hours", &self.span(hours, &self.hours))]),
            CareStep::AvoidSunAfter { min_weeks } => {
                fill(self.care_avoid_sun_after, &[("weeks", &self.count(min_weeks, &self.weeks))])
            }
            CareStep::NoActivesAfter { days } => fill(self.care_no_actives, &[("days", &self.span(days, &self.days))]),
            CareStep::AntiviralIfColdSores => self.care_antiviral.to_string(),
        }
    }

    pub fn lasting(&self, l: Lasting) -> String {
        match l {
            Lasting::Weeks { range } => self.span(range, &self.weeks),
            Lasting::Months { range } => self.span(range, &self.months),
            Lasting::Years => self.lasts_years.to_string(),
            Lasting::Permanent => self.lasts_permanent.to_string(),
            Lasting::NotStated => self.not_stated.to_string(),
        }
    }

    pub fn maintenance(&self, m: Maintenance) -> String {
        match m {
            Maintenance::EveryWeeks { range } => {
                fill(self.maintenance_every, &[("span", &self.span(range, &self.weeks))])
            }
            Maintenance::EveryMonths { range } => {
                fill(self.maintenance_every, &[("span", &self.span(range, &self.months))])
            }
            Maintenance::WhenItWearsOff { min_days } => {
                fill(self.maintenance_when_worn_off, &[("days", &self.count(min_days, &self.days))])
            }
            Maintenance::None => self.maintenance_none.to_string(),
            Maintenance::NotStated => self.not_stated.to_string(),
        }
    }

    /// Downtime per session: "1–3 days", or "None" for zero.
    pub fn downtime_days(&self, r: Range) -> String {
        if r.hi == 0 {
            self.no_downtime.to_string()
        } else {
            self.span(r, &self.days)
        }
    }

    /// "Every 4 weeks" style interval from a number of days (weeks when it divides evenly).
    pub fn interval(&self, days: u32) -> String {
        let span = if days >= 7 && days.is_multiple_of(7) {
            self.count(days / 7, &self.weeks)
        } else {
            self.count(days, &self.days)
        };
        fill(self.every, &[("span", &span)])
    }

    pub fn contribution(&self, factor: Factor, points: u8, max: u8) -> String {
        fill(
            self.contribution,
            &[("factor", self.factor(factor)), ("points", &points.to_string()), ("max", &max.to_string())],
        )
    }

    pub fn score(&self, score: u8) -> String {
        fill(self.score, &[("score", &score.to_string())])
    }

    /// A breakdown fact as a sentence, with its source where it has one.
    pub fn detail(&self, d: &Detail, q: &QuestionText) -> String {
        let (text, source) = match *d {
            Detail::Treats { concern, severity, efficacy, source } => {
                (self.treats(concern, severity, efficacy, q), Some(source))
            }
            Detail::DowntimeFit { days, tolerance, fit, source } => {
                (self.downtime_fit(days, tolerance, fit, q), Some(source))
            }
            Detail::ToneRisk { skin_type, risk, source } => (
                fill(self.detail_tone, &[("skin_type", q.skin_type(skin_type)), ("risk", self.tone_risk(risk))]),
                Some(source),
            ),
            Detail::BudgetFit { course_usd, budget, fit, source } => {
                (self.budget_fit(course_usd, budget, fit, q), Some(source))
            }
            Detail::InjectionsNotWanted => (self.detail_injections.to_string(), None),
            Detail::ReadyByEvent { event, full_results, ready, source } => {
                let template = if ready { self.detail_ready } else { self.detail_not_ready };
                (fill(template, &[("full", &self.date(full_results)), ("event", &self.date(event))]), Some(source))
            }
        };
        match source {
            Some(s) => self.with_source(&text, s.citation()),
            None => text,
        }
    }

    pub fn with_source(&self, text: &str, citation: &str) -> String {
        fill(self.with_source, &[("text", text), ("source", citation)])
    }

    fn treats(&self, c: Concern, s: Severity, e: Efficacy, q: &QuestionText) -> String {
        let (concern, severity) = (q.concern(c).to_string(), q.severity(s).to_string());
        fill(self.detail_treats, &[("concern", &concern), ("severity", &severity), ("efficacy", self.efficacy(e))])
    }

    fn downtime_fit(&self, days: Range, tolerance: Downtime, fit: Fit, q: &QuestionText) -> String {
        let tolerance = q.downtime(tolerance).to_string();
        fill(
            self.detail_downtime,
            &[("days", &self.downtime_days(days)), ("tolerance", &tolerance), ("fit", self.fit(fit))],
        )
    }

    fn budget_fit(&self, cost: Range, budget: Budget, fit: Fit, q: &QuestionText) -> String {
        let budget = q.budget(budget).to_string();
        fill(self.detail_budget, &[("cost", &self.money_range(cost)), ("budget", &budget), ("fit", self.fit(fit))])
    }

    /// The live summary line: the recommended family, its best option and score; `None` when
    /// nothing is recommended.
    pub fn summary(&self, best: Option<(Family, TreatmentId, u8)>) -> String {
        match best {
            Some((family, treatment, score)) => {
                let template = if family.variants().count() > 1 { self.summary_best } else { self.summary_best_single };
                fill(
                    template,
                    &[
                        ("family", self.family(family)),
                        ("treatment", self.treatment(treatment)),
                        ("score", &score.to_string()),
                    ],
                )
            }
            None => self.summary_none.to_string(),
        }
    }

    /// "Best option: Superficial peel".
    pub fn best_variant(&self, t: TreatmentId) -> String {
        fill(self.best_variant, &[("treatment", self.treatment(t))])
    }

    /// "Match score: 72 / 100" (the score bar's accessible name).
    pub fn score_label(&self, score: u8) -> String {
        format!("{}: {}", self.score_label, self.score(score))
    }

    /// Another option of a family: "Medium peel: 54 / 100, Not now".
    pub fn variant_line(&self, t: TreatmentId, score: u8, verdict: Verdict, offered: bool) -> String {
        let line = fill(
            self.variant_line,
            &[("treatment", self.treatment(t)), ("score", &self.score(score)), ("verdict", self.verdict(verdict))],
        );
        if offered {
            line
        } else {
            format!("{line} ({})", self.variant_not_offered)
        }
    }

    /// "Microneedling for you: Not now".
    pub fn candidacy_heading(&self, t: TreatmentId, v: Verdict) -> String {
        fill(self.candidacy_heading, &[("treatment", self.treatment(t)), ("verdict", self.verdict(v))])
    }

    pub fn earliest(&self, d: Date) -> String {
        fill(self.earliest, &[("date", &self.date(d))])
    }

    /// "Source: Alam M. et al., JAMA Dermatology 2014".
    pub fn source(&self, s: Source) -> String {
        fill(self.source, &[("source", s.citation())])
    }

    pub fn timeline_intro(&self, start: Date) -> String {
        fill(self.timeline_intro, &[("date", &self.date(start))])
    }

    pub fn chart_title(&self, start: Date, end: Date) -> String {
        fill(self.chart_title, &[("start", &self.date(start)), ("end", &self.date(end))])
    }

    /// A note under the timeline for a treatment that cannot start now: `delayed_to` is its
    /// first session when that is later than the plan's start.
    pub fn timeline_note(&self, t: TreatmentId, delayed_to: Option<Date>) -> String {
        match delayed_to {
            Some(d) => fill(self.timeline_delayed, &[("treatment", self.treatment(t)), ("date", &self.date(d))]),
            None => fill(self.timeline_not_now, &[("treatment", self.treatment(t))]),
        }
    }

    pub fn event_on(&self, d: Date) -> String {
        fill(self.event_on, &[("date", &self.date(d))])
    }

    /// A table cell's source number: "[2]".
    pub fn note_ref(&self, n: usize) -> String {
        fill(self.note_ref, &[("n", &n.to_string())])
    }

    /// The disclaimer with the clinic's name, or a generic provider when none is configured.
    pub fn disclaimer(&self, clinic: &str) -> String {
        let clinic = if clinic.trim().is_empty() { self.no_clinic } else { clinic.trim() };
        fill(self.disclaimer, &[("clinic", clinic)])
    }
}

fn verdict_index(v: Verdict) -> usize {
    match v {
        Verdict::Suitable => 0,
        Verdict::TalkToProvider => 1,
        Verdict::NotNow => 2,
    }
}

pub static EN: ResultText = ResultText {
    title: "Your results",
    intro: "How each treatment fits your answers, best match first. Open \u{201c}Why this score\u{201d} to see the facts behind each score and where they come from.",
    summary_best: "Best match for you: {family} ({treatment}), {score} out of 100.",
    summary_best_single: "Best match for you: {family}, {score} out of 100.",
    summary_none: "No treatment is a clear match for you right now. A consultation can look at your options.",
    edit_heading: "Change your answers",
    edit: ["Change concerns", "Change skin type", "Change downtime", "Change preferences", "Change health answers"],

    ranking_heading: "How the treatments compare",
    best_match: "Best match",
    not_offered: "Not offered at this clinic",
    best_variant: "Best option: {treatment}",
    score: "{score} / 100",
    score_label: "Match score",
    why: "Why this score",
    contribution: "{factor}: {points} of {max} points",
    other_variants: "Other options in this family",
    variant_line: "{treatment}: {score}, {verdict}",
    variant_not_offered: "not offered at this clinic",
    with_source: "{text} \u{2014} {source}",

    families: ["Microneedling", "Chemical peel", "Laser resurfacing", "Injectables", "Microdermabrasion"],
    treatments: [
        "Microneedling",
        "Superficial peel",
        "Medium peel",
        "Deep peel",
        "Non-ablative laser",
        "Ablative laser",
        "Wrinkle-relaxing injection",
        "Hyaluronic acid filler",
        "Microdermabrasion",
    ],
    factors: ["Your concerns", "Downtime", "Skin tone", "Budget and preferences"],
    verdicts: ["Suitable", "Talk to your provider first", "Not now"],
    verdict_sentences: [
        "Nothing in your answers rules it out; your provider confirms this at a consultation.",
        "Something in your answers needs a word with your provider before you book.",
        "Something in your answers means this should wait for now.",
    ],
    efficacy: ["not an indication", "some benefit", "main indication"],
    tone_risks: ["low", "moderate", "high", "not advised"],
    fits: ["does not fit", "fits partly", "fits"],

    detail_treats: "{concern} ({severity}): {efficacy}",
    detail_downtime: "Downtime {days} per session, you chose \u{201c}{tolerance}\u{201d}: {fit}",
    detail_tone: "Risk of dark or light patches for {skin_type} skin: {risk}",
    detail_budget: "A typical course costs {cost}, you chose \u{201c}{budget}\u{201d}: {fit}",
    detail_injections: "You prefer no injections",
    detail_ready: "Full results by {full}, in time for your event on {event}",
    detail_not_ready: "Full results by {full}, after your event on {event}",

    candidacy_heading: "{treatment} for you: {verdict}",
    reasons_heading: "What this is based on",
    reason_kinds: ["Talk to your provider first", "Not now"],
    not_sure: "You were not sure, so a provider should check this with you.",
    reason_condition: "You answered \u{201c}{answer}\u{201d} to \u{201c}{question}\u{201d}",
    isotretinoin: "Isotretinoin tablets (Accutane, Roaccutane)",
    reason_skin_type: "Your skin type: {skin_type}",
    until_date: "Until {date}",
    until_months_after_dose: "Until {months} after your last dose",
    untils: [
        "Until it has cleared or healed",
        "Until after pregnancy and breastfeeding",
        "Until a doctor has treated it",
        "Until you are 22",
        "This treatment does not fit",
    ],
    earliest: "Earliest start: {date}",
    source: "Source: {source}",
    prepare_heading: "Before your treatment",
    aftercare_heading: "After your treatment",
    care_stop_retinoids: "Stop retinoids and AHA/BHA acids {days} before",
    care_avoid_sun_before: "Avoid the sun for {weeks} before",
    care_no_waxing: "No waxing in the {days} before",
    care_redness: "Redness and swelling like a mild sunburn for {hours}",
    care_flaking: "Some flaking on days {days}",
    care_no_makeup: "No makeup for {hours}",
    care_avoid_sun_after: "Avoid the sun for at least {weeks}",
    care_no_actives: "No retinoids, acids or other active skincare for {days}",
    care_antiviral: "If you get cold sores, ask about antiviral medicine before treatment",

    timeline_heading: "Your timeline",
    timeline_intro: "Planned from {date}. Dates are estimates from the sources; your provider sets the real schedule.",
    chart_title: "Timeline from {start} to {end}",
    event: "Your event",
    event_on: "Your event, {date}",
    legend_sessions: "Session",
    legend_downtime: "Downtime",
    legend_first_results: "First results",
    legend_full_results: "Full results",
    legend_lasting: "Result lasts",
    legend_fading: "Result fades",
    compare_legend: "Compare microneedling with",
    table_caption: "Timeline in detail",
    col_treatment: "Treatment",
    col_first_session: "First session",
    col_last_session: "Last session",
    col_first_results: "First results",
    col_full_results: "Full results",
    col_ready: "Ready by your event",
    col_sessions: "Sessions",
    col_interval: "Interval",
    col_downtime: "Downtime per session",
    col_lasts: "Lasts",
    col_maintenance: "Maintenance",
    yes: "Yes",
    no: "No",
    unknown: "\u{2014}",
    sources_heading: "Sources",
    timeline_not_now: "{treatment} is \u{201c}not now\u{201d} for you: its dates only show how a course would run once it can start.",
    timeline_delayed: "{treatment} starts on {date} at the earliest, because of your health answers.",
    note_ref: "[{n}]",
    every: "Every {span}",
    no_downtime: "None",
    lasts_years: "Years",
    lasts_permanent: "Permanent",
    not_stated: "Not stated in the sources",
    maintenance_every: "Every {span}",
    maintenance_when_worn_off: "When it wears off, at least {days} apart",
    maintenance_none: "None needed",

    hours: Unit { one: "{n} hour", other: "{n} hours" },
    days: Unit { one: "{n} day", other: "{n} days" },
    weeks: Unit { one: "{n} week", other: "{n} weeks" },
    months: Unit { one: "{n} month", other: "{n} months" },
    sessions: Unit { one: "{n} session", other: "{n} sessions" },
    range: "{lo}\u{2013}{hi}",
    money: "${n}",
    thousands_separator: ",",
    month_names: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    date_format: "{day} {month} {year}",

    disclaimer: "This is general information, not medical advice. A consultation with {clinic} decides what is right for you.",
    no_clinic: "a qualified provider",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_blanks_and_keeps_unknown_ones() {
        assert_eq!(fill("{a} and {b}", &[("a", "x"), ("b", "y")]), "x and y");
        assert_eq!(fill("{a} {c}", &[("a", "x")]), "x {c}");
        assert_eq!(fill("no blanks", &[]), "no blanks");
    }

    #[test]
    fn formats_dates_for_visitors() {
        assert_eq!(EN.date("2026-11-21".parse().unwrap()), "21 Nov 2026");
        assert_eq!(EN.date("2027-01-05".parse().unwrap()), "5 Jan 2027");
    }

    #[test]
    fn formats_counts_ranges_and_money() {
        assert_eq!(EN.count(1, &EN.weeks), "1 week");
        assert_eq!(EN.span(Range::new(1, 3), &EN.days), "1\u{2013}3 days");
        assert_eq!(EN.span(Range::exactly(2), &EN.days), "2 days");
        assert_eq!(EN.money(2169), "$2,169");
        assert_eq!(EN.money(100), "$100");
        assert_eq!(EN.money_range(Range::new(400, 2800)), "$400\u{2013}$2,800");
        assert_eq!(EN.interval(28), "Every 4 weeks");
    }

    #[test]
    fn names_every_enum_value() {
        for t in TreatmentId::ALL {
            assert!(!EN.treatment(t).is_empty());
        }
        assert_eq!(EN.family(Family::ChemicalPeel), "Chemical peel");
        assert_eq!(EN.verdict(Verdict::TalkToProvider), "Talk to your provider first");
        assert_eq!(
            EN.care_step(CareStep::StopRetinoidsAndAcids { days_before: Range::new(5, 7) }),
            "Stop retinoids and AHA/BHA acids 5\u{2013}7 days before"
        );
        assert_eq!(EN.reason_until(ReasonUntil::MonthsAfterLastDose(6)), "Until 6 months after your last dose");
    }

    #[test]
    fn writes_breakdown_facts_as_sentences_naming_their_source() {
        use crate::answers::{Concern, Severity};
        use crate::catalog::Source;
        let d = Detail::Treats {
            concern: Concern::AcneScars,
            severity: Severity::Moderate,
            efficacy: Efficacy::Good,
            source: Source::Alam2014,
        };
        assert_eq!(
            EN.detail(&d, crate::text::EN.questions),
            "Acne scars (Moderate): main indication \u{2014} Alam M. et al., JAMA Dermatology 2014"
        );
        assert_eq!(EN.detail(&Detail::InjectionsNotWanted, crate::text::EN.questions), "You prefer no injections");
    }

    #[test]
    fn names_what_a_reason_is_about() {
        use crate::answers::Condition;
        use crate::catalog::Source;
        let q = crate::text::EN.questions;
        let reason = |cause, not_sure| Reason {
            cause,
            kind: ContraKind::Relative,
            not_sure,
            until: None,
            source: Source::Seed003,
        };
        let cold_sores = EN.cause(&reason(Cause::Condition(Condition::ColdSoreHistory), true), q);
        assert!(
            cold_sores.contains(q.yes_no(YesNo::NotSure))
                && cold_sores.contains(q.condition(Condition::ColdSoreHistory))
        );
        assert_eq!(EN.cause(&reason(Cause::SkinType(Fitzpatrick::VI), false), q), "Your skin type: Type VI");
    }

    #[test]
    fn summarises_the_best_match_without_repeating_a_single_option() {
        assert_eq!(
            EN.summary(Some((Family::Microneedling, TreatmentId::Microneedling, 81))),
            "Best match for you: Microneedling, 81 out of 100."
        );
        assert!(EN
            .summary(Some((Family::ChemicalPeel, TreatmentId::PeelSuperficial, 70)))
            .contains("(Superficial peel)"));
        assert_eq!(EN.summary(None), EN.summary_none);
    }

    #[test]
    fn falls_back_to_a_generic_provider_without_a_clinic_name() {
        assert!(EN.disclaimer("").contains("a qualified provider"));
        assert!(EN.disclaimer("Glow Clinic").contains("with Glow Clinic decides"));
    }
}
