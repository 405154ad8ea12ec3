//! The results screen's lookups (the `ResultText` struct is generated from en.json: see
//! `declare.rs`). Templates name their blanks (`{score}`, `{date}`), so another language may
//! reorder them; lookups go by an enum's position in its `ALL` array or through small match
//! tables, so a translation is a table of texts, not new code.

use crate::answers::{Fitzpatrick, YesNo};
use crate::assessment::{Cause, Factor, Fit, Reason, ReasonUntil, Verdict};
use crate::catalog::{ContraKind, Efficacy, Family, Source, ToneRisk, TreatmentId, Until};
use crate::date::Date;
use crate::text::template::fill;
use crate::text::{QuestionText, ResultText};

/// A counted unit, one phrase with an `{n}` blank per plural category of the language (the
/// Unicode CLDR's `one`, `other`, and where a language has them `zero`, `two`, `few`, `many`;
/// empty: that category is not used and `other` stands for it).
#[repr(C)]
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
