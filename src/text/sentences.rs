//! The results screen's sentences and figures: each score fact with its source, the summary, the
//! candidacy and timeline lines, the printed answers (counted units, care steps and how long a
//! result lasts: `course_sentences.rs`; money: `money.rs`). The words come from [`ResultText`]'s
//! templates.

use super::template::fill;
use super::ResultText;
use crate::answers::{Concern, Downtime, Health, Isotretinoin, Severity, YesNo};
use crate::assessment::{Aspect, Assessment, Detail, Factor, FamilyResult, Fit, Note, SetApart, Verdict, Versus};
use crate::catalog::{Efficacy, Family, Range, Source, TreatmentId};
use crate::date::Date;
use crate::text::QuestionText;

impl ResultText {
    /// "Your concerns: 67 of 100 points"; a factor that scales the fit also says how much of it
    /// it keeps ("Skin tone: 30 of 60 points, keeps 70% of the fit").
    pub fn contribution(&self, factor: Factor, points: u8, max: u8) -> String {
        let template = if factor == Factor::Concerns { self.contribution } else { self.contribution_scale };
        let kept = (100 - max.saturating_sub(points).min(100)).to_string();
        fill(
            template,
            &[
                ("factor", self.factor(factor)),
                ("points", &points.to_string()),
                ("max", &max.to_string()),
                ("kept", &kept),
            ],
        )
    }

    /// Why a family cannot be a match, in one line in place of its score.
    pub fn set_apart_line(&self, family: &FamilyResult, assessment: &Assessment) -> Option<String> {
        let why = family.set_apart?;
        let template = self.set_apart[position_of(&SetApart::ALL, why)];
        let best = assessment.treatment(family.best)?;
        Some(match why {
            SetApart::NotNow => {
                // Until when, from the first "not now" reason that says; else why.
                let mut until = self.verdict_sentences[2].to_string();
                for r in best.candidacy.reasons.iter().rev() {
                    if let (Some(u), crate::catalog::ContraKind::Absolute, false) = (r.until, r.kind, r.not_sure) {
                        until = self.reason_until(u);
                    }
                }
                fill(template, &[("until", &until)])
            }
            SetApart::NoBenefit => {
                // The concerns (the breakdown's first factor), the most bothersome first.
                let mut concerns = Vec::new();
                for level in [Severity::Severe, Severity::Moderate, Severity::Mild] {
                    for d in &best.breakdown[0].details {
                        if let Detail::Treats { concern, severity, .. } = d {
                            if *severity == level {
                                concerns.push(self.concern_name(*concern));
                            }
                        }
                    }
                }
                fill(template, &[("concerns", &self.list_with(&concerns, self.list_or_last))])
            }
            _ => template.to_string(),
        })
    }

    /// Why a card stands where it does next to its neighbour: "Compared with laser resurfacing:
    /// treats acne scars better; higher risk of dark marks for your skin tone, ask for a test spot".
    pub fn versus_line(&self, v: &Versus) -> String {
        let family = self.family(v.family);
        if v.better.is_empty() && v.worse.is_empty() {
            return fill(self.versus_same, &[("family", family)]);
        }
        let aspect = |table: &[&'static str; 5], a: &Aspect| {
            let (i, concern) = match *a {
                Aspect::Treats(c) => (0, Some(c)),
                Aspect::SkinTone => (1, None),
                Aspect::Downtime => (2, None),
                Aspect::Budget => (3, None),
                Aspect::ReadyByEvent => (4, None),
            };
            fill(table[i], &[("concern", concern.map_or("", |c| self.concern_name(c)))])
        };
        let points: Vec<String> = v
            .better
            .iter()
            .map(|a| aspect(&self.versus_better, a))
            .chain(v.worse.iter().map(|a| aspect(&self.versus_worse, a)))
            .collect();
        fill(self.versus, &[("family", family), ("points", &points.join(self.versus_separator))])
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
            Detail::BudgetFit { course: Some(cost), currency, budget, fit, source } => {
                let template = if source == Source::Clinic { self.detail_budget_clinic } else { self.detail_budget };
                let (cost, budget) = (self.money_range(cost, currency), self.budget_label(budget, currency, q));
                (fill(template, &[("cost", &cost), ("budget", &budget), ("fit", self.fit(fit))]), Some(source))
            }
            // The catalog's price is in another currency: its source says nothing here.
            Detail::BudgetFit { course: None, currency, .. } => {
                (fill(self.detail_budget_unknown, &[("currency", currency.code())]), None)
            }
            Detail::InjectionsNotWanted => (self.detail_injections.to_string(), None),
            Detail::ReadyByEvent { event, full_results, ready, source } => {
                let template = if ready { self.detail_ready } else { self.detail_not_ready };
                (fill(template, &[("full", &self.date(full_results)), ("event", &self.date(event))]), Some(source))
            }
        };
        match source {
            Some(s) => self.with_source(&text, self.citation(s)),
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

    /// The live summary line: the recommended family, its best option and score; `None` when
    /// nothing is recommended.
    pub fn summary(&self, best: Option<(Family, TreatmentId, u8, Verdict)>) -> String {
        match best {
            Some((family, treatment, score, verdict)) => {
                // "Microneedling (Microneedling)" says nothing: the plain variant goes unnamed.
                let named = family.variants().count() > 1 && self.treatment(treatment) != self.family(family);
                let template = if named { self.summary_best } else { self.summary_best_single };
                fill(
                    template,
                    &[
                        ("family", self.family(family)),
                        ("treatment", self.treatment(treatment)),
                        ("score", &score.to_string()),
                        ("verdict", self.verdict(verdict)),
                    ],
                )
            }
            None => self.summary_none.to_string(),
        }
    }

    /// "Fits your answers: 72 / 100".
    pub fn fit_line(&self, score: u8) -> String {
        fill(self.fit_line, &[("score", &self.score(score))])
    }

    /// "Health check: Talk to your provider first".
    pub fn safety_line(&self, v: Verdict) -> String {
        fill(self.safety_line, &[("verdict", self.verdict(v))])
    }

    /// "a, b and c".
    pub fn list(&self, items: &[&str]) -> String {
        self.list_with(items, self.list_last)
    }

    /// "a, b or c": a list with `last` before its last item.
    pub fn list_with(&self, items: &[&str], last: &str) -> String {
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(if i + 1 == items.len() { last } else { self.list_separator });
            }
            out.push_str(item);
        }
        out
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
        fill(self.source, &[("source", self.citation(s))])
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

    /// Advice that goes with the visitor's concerns, with its source.
    pub fn note(&self, n: Note) -> String {
        match n {
            Note::MelasmaCareFirst { source } => self.with_source(self.note_melasma, self.citation(source)),
        }
    }

    /// The printed summary's date line: "Printed on 1 Dec 2026".
    pub fn print_date(&self, today: Date) -> String {
        fill(self.print_date, &[("date", &self.date(today))])
    }

    /// One of the visitor's concerns, printed: "Acne scars: Moderate".
    pub fn print_concern(&self, c: Concern, s: Severity, q: &QuestionText) -> String {
        fill(self.print_concern, &[("concern", q.concern(c)), ("severity", q.severity(s))])
    }

    /// The health answers a printed summary lists, as (question, answer): isotretinoin first
    /// (with the last dose's date when the visitor has stopped), then every question answered
    /// "yes" or "not sure", in the health screen's order. The rest were "no".
    pub fn health_answers(&self, h: &Health, q: &QuestionText) -> Vec<(&'static str, String)> {
        use crate::questionnaire::IsotretinoinChoice as Choice;
        let choice = match h.isotretinoin {
            Isotretinoin::Never => Choice::Never,
            Isotretinoin::Current => Choice::Current,
            Isotretinoin::Stopped { .. } => Choice::Stopped,
            Isotretinoin::NotSure => Choice::NotSure,
        };
        let mut out = vec![(q.isotretinoin_question, q.isotretinoin(choice).to_string())];
        if let Isotretinoin::Stopped { last_taken } = h.isotretinoin {
            out.push((q.isotretinoin_last_taken, self.date(last_taken)));
        }
        for c in crate::answers::Condition::ALL {
            let answer = h.answer(c);
            if answer != YesNo::No {
                out.push((q.condition(c), q.yes_no(answer).to_string()));
            }
        }
        out
    }

    /// The disclaimer with the clinic's name, or a generic provider when none is configured.
    pub fn disclaimer(&self, clinic: &str) -> String {
        let clinic = if clinic.trim().is_empty() { self.no_clinic } else { clinic.trim() };
        fill(self.disclaimer, &[("clinic", clinic)])
    }
}

fn position_of<T: PartialEq>(all: &[T], v: T) -> usize {
    all.iter().position(|x| *x == v).unwrap_or(0)
}
