//! The results screen's strings (English). Templates name their blanks (`{score}`, `{date}`),
//! so another language may reorder them; lookups go by an enum's position in its `ALL` array or
//! through small match tables, so a translation is a new `ResultText` value, not new code.

use crate::answers::{Fitzpatrick, YesNo};
use crate::assessment::{Cause, Factor, Fit, Reason, ReasonUntil, Verdict};
use crate::catalog::{ContraKind, Efficacy, Family, Source, ToneRisk, TreatmentId, Until};
use crate::date::Date;
use crate::text::QuestionText;

/// A counted unit, one phrase with an `{n}` blank per plural category of the language (the
/// Unicode CLDR's `one`, `other`, and where a language has them `zero`, `two`, `few`, `many`;
/// empty: that category is not used and `other` stands for it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unit {
    pub one: &'static str,
    pub other: &'static str,
    pub zero: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

impl Unit {
    /// A unit with the two forms of English and Spanish.
    pub const fn new(one: &'static str, other: &'static str) -> Unit {
        Unit { one, other, zero: "", two: "", few: "", many: "" }
    }

    /// The phrase for a CLDR plural category ("one", "few", ...).
    pub fn form(&self, category: &str) -> &'static str {
        let form = match category {
            "one" => self.one,
            "zero" => self.zero,
            "two" => self.two,
            "few" => self.few,
            "many" => self.many,
            _ => self.other,
        };
        if form.is_empty() {
            self.other
        } else {
            form
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResultText {
    /// The BCP 47 tag dates, prices and plural forms are formatted for (not a text key: it is
    /// the language's, or the region's the page asked for).
    pub tag: &'static str,

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
    /// Beside the score bar: `{score}` (the `score` text).
    pub fit_line: &'static str,
    /// Under it, always: `{verdict}`. The fit is never read as a safety clearance.
    pub safety_line: &'static str,
    /// What the number means, once above the ranking.
    pub score_meaning: &'static str,
    /// Advice for melasma (or patches that may be melasma), above the ranking.
    pub note_melasma: &'static str,
    /// Over the families that cannot be a match, below the divider.
    pub set_apart_heading: &'static str,
    /// Why a family cannot be a match, by `SetApart::ALL`, in place of its score: `{until}` (not
    /// now: when it ends, or why), `{concerns}` (no benefit: the visitor's concerns).
    pub set_apart: [&'static str; 4],
    /// On the first card when it only gives "some benefit": no clear match.
    pub not_clear_match: &'static str,
    /// Why a card stands where it does: `{family}` (the card above, or below for the first),
    /// `{points}` (what it does better and worse, joined by `versus_separator`).
    pub versus: &'static str,
    /// The same when the two differ in nothing the score weighs: `{family}`.
    pub versus_same: &'static str,
    pub versus_separator: &'static str,
    /// What a card does better than its neighbour, by `ASPECT_KEYS`; `{concern}` (a
    /// `concern_names` entry).
    pub versus_better: [&'static str; 5],
    /// What it does worse.
    pub versus_worse: [&'static str; 5],
    /// The concerns as they read inside a sentence ("acne scars"; Spanish with its article).
    pub concern_names: [&'static str; 13],
    /// Before the last item of a list after a negation ("or"; Spanish "ni").
    pub list_or_last: &'static str,
    /// A factor that scales the concern fit: `{factor}`, `{points}`, `{max}`, `{kept}` (the
    /// percentage of the fit it keeps).
    pub contribution_scale: &'static str,

    // The combined plan.
    pub plan_heading: &'static str,
    /// `{treatment}` (the best single one), `{concerns}` (the ones it leaves uncovered).
    pub plan_intro: &'static str,
    /// A concern and the plan's treatment that covers it: `{concern}`, `{treatment}`.
    pub plan_cover: &'static str,
    /// A treatment of the plan with its own verdict: `{treatment}`, `{verdict}`.
    pub plan_step: &'static str,
    /// `{sessions}`, `{first}`, `{last}`, `{full}`.
    pub plan_dates: &'static str,
    /// A single session: `{first}`, `{full}`.
    pub plan_dates_single: &'static str,
    /// `{gap}` after the previous treatment's last session, `{treatment}`; typical `{range}`.
    pub plan_after: &'static str,
    /// The same day as the previous treatment is fine: `{treatment}`.
    pub plan_same_day: &'static str,
    pub plan_spacing_note: &'static str,
    /// `{event}`, `{full}`.
    pub plan_ready: &'static str,
    pub plan_not_ready: &'static str,
    /// No event: `{full}`.
    pub plan_full: &'static str,
    /// Joins the items of a list: between the first ones, and before the last.
    pub list_separator: &'static str,
    pub list_last: &'static str,
    /// Each source's citation, in the order of `Source::ALL`.
    pub sources: [&'static str; Source::ALL.len()],

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
    /// Does not fit, fits partly, fits fully, unknown.
    pub fits: [&'static str; 4],

    // Breakdown sentences.
    pub detail_treats: &'static str,
    pub detail_downtime: &'static str,
    pub detail_tone: &'static str,
    /// The course's cost from the catalog's sources: `{cost}`, `{budget}`, `{fit}`.
    pub detail_budget: &'static str,
    /// The same from the clinic's own price list.
    pub detail_budget_clinic: &'static str,
    /// No price in the budget's currency: `{currency}` (its code).
    pub detail_budget_unknown: &'static str,
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
    /// A laser on skin type IV-VI: `{skin_type}`.
    pub reason_test_spot: &'static str,
    /// A laser for melasma or dark patches that may be melasma.
    pub reason_melasma: &'static str,
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
    /// An amount with its currency's symbol: `{symbol}`, `{n}`.
    pub money: &'static str,
    /// An amount in a currency without a symbol in [`Self::currency_symbols`]: `{code}`, `{n}`.
    pub money_code: &'static str,
    /// ISO 4217 codes and the symbol this language writes for them.
    pub currency_symbols: &'static [(&'static str, &'static str)],
    pub thousands_separator: &'static str,
    pub month_names: [&'static str; 12],
    pub date_format: &'static str,

    // Disclaimer.
    pub disclaimer: &'static str,
    pub no_clinic: &'static str,

    // Print or save as PDF: the button and its choice on the results, then the printed summary.
    pub print_button: &'static str,
    pub print_include_health: &'static str,
    pub print_heading: &'static str,
    /// Under the heading: `{date}` (today).
    pub print_date: &'static str,
    pub print_concerns_heading: &'static str,
    /// One of the visitor's concerns: `{concern}`, `{severity}`.
    pub print_concern: &'static str,
    pub print_health_heading: &'static str,
    /// After the "yes" and "not sure" answers listed.
    pub print_health_rest: &'static str,
    /// In place of the candidacy's reasons that are health answers, when they are not printed.
    pub print_health_left_out: &'static str,
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
        if let Some(date) = super::intl::date(self.tag, y, m, day) {
            return date;
        }
        fill(self.date_format, &[("day", &day.to_string()), ("month", self.month(m)), ("year", &y.to_string())])
    }

    /// The short name of month 1-12.
    pub fn month(&self, m: u32) -> &'static str {
        self.month_names[(m.clamp(1, 12) - 1) as usize]
    }

    pub fn family(&self, f: Family) -> &'static str {
        self.families[position(&Family::ALL, &f)]
    }

    /// A source's citation in this language.
    pub fn citation(&self, s: Source) -> &'static str {
        self.sources[position(&Source::ALL, &s)]
    }

    pub fn treatment(&self, t: TreatmentId) -> &'static str {
        self.treatments[position(&TreatmentId::ALL, &t)]
    }

    pub fn concern_name(&self, c: crate::answers::Concern) -> &'static str {
        self.concern_names[position(&crate::answers::Concern::ALL, &c)]
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
            Fit::Unknown => 3,
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
            Cause::TestSpot(f) => fill(self.reason_test_spot, &[("skin_type", q.skin_type(f))]),
            Cause::Melasma => self.reason_melasma.to_string(),
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
}

pub(crate) fn verdict_index(v: Verdict) -> usize {
    match v {
        Verdict::Suitable => 0,
        Verdict::TalkToProvider => 1,
        Verdict::NotNow => 2,
    }
}

#[cfg(test)]
#[path = "results_tests.rs"]
mod tests;
