//! Every visitor-facing string has a key (`questions.title`, `results.treatments.microneedling`,
//! `results.weeks.other`): the names a language's text table and a clinic's overrides use. This
//! module walks a language's strings with their keys, in one order, for every table: the built-in
//! English (the reference, compiled in), the built-in Spanish and any language a clinic adds.

use super::embed::EmbedText;
use super::questions::{QuestionText, GATE_KEYS, HEALTH_GROUP_KEYS, ISOTRETINOIN_KEYS, STEP_KEYS};
use super::results::{ResultText, Unit};
use crate::answers::{snake_key, Budget, Concern, Condition, Downtime, Fitzpatrick, QuizItem, Severity, YesNo};
use crate::assessment::{Factor, SetApart};
use crate::catalog::{Family, Source, TreatmentId};

/// One string of a language: its key, where it is stored, and whether a language may leave it
/// out (the plural forms most languages do not have).
pub(crate) struct Slot<'a> {
    pub key: &'a str,
    pub value: &'a mut &'static str,
    pub optional: bool,
}

/// What the walk calls for each string.
pub(crate) type Visit<'v> = dyn FnMut(Slot<'_>) + 'v;

/// The strings of one language being built or read: the parts of a [`super::Text`] that carry
/// words. (Every part is `Copy`, plain `&'static str`s: copying one is a single memory copy.)
#[derive(Clone)]
pub(crate) struct Strings {
    /// The language's own name, for the language switch ("Español").
    pub name: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub questions: QuestionText,
    pub results: ResultText,
    pub embed: EmbedText,
}

impl Strings {
    /// A copy of `text`'s strings, to lay a table over or to walk.
    pub fn of(text: &super::Text) -> Strings {
        Strings {
            name: text.name,
            dir: text.dir,
            questions: *text.questions,
            results: *text.results,
            embed: *text.embed,
        }
    }
}

/// The plural categories of the Unicode CLDR, beyond `one` and `other`, that a language may add
/// to a counted unit (`results.weeks.few`).
pub const EXTRA_PLURALS: [&str; 4] = ["zero", "two", "few", "many"];

const VERDICT_KEYS: [&str; 3] = ["suitable", "talk_to_provider", "not_now"];
const EFFICACY_KEYS: [&str; 3] = ["not_indicated", "some", "good"];
const TONE_RISK_KEYS: [&str; 4] = ["low", "moderate", "high", "not_advised"];
const FIT_KEYS: [&str; 4] = ["no", "partly", "fully", "unknown"];
/// `Aspect`'s kinds, in the order of `ResultText::versus_better`.
pub const ASPECT_KEYS: [&str; 5] = ["treats", "skin_tone", "downtime", "budget", "ready_by_event"];
const REASON_KIND_KEYS: [&str; 2] = ["relative", "absolute"];
const UNTIL_KEYS: [&str; 5] =
    ["cleared", "after_pregnancy_and_breastfeeding", "after_treatment_by_doctor", "age22", "indefinitely"];
const MONTH_KEYS: [&str; 12] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
const QUIZ_SCORE_KEYS: [&str; 5] = ["0", "1", "2", "3", "4"];

#[inline(never)]
fn keys_of<T: std::fmt::Debug>(all: &[T]) -> Vec<String> {
    all.iter().map(snake_key).collect()
}

/// Walks one section (`questions`, `results`, ...), building each key from its prefix.
struct Walker<'w, 'v> {
    prefix: &'static str,
    visit: &'w mut Visit<'v>,
}

// The walk runs rarely (building a language); it is kept small rather than fast: one call per
// group of fields, no inlined formatting.
impl Walker<'_, '_> {
    /// Fields named `names`, in order (the names are static data, only the fields are code).
    #[inline(never)]
    fn ones(&mut self, names: &[&str], fields: &mut [&mut &'static str]) {
        debug_assert_eq!(names.len(), fields.len(), "{names:?}");
        for (name, value) in names.iter().zip(fields.iter_mut()) {
            let key = format!("{}.{name}", self.prefix);
            (self.visit)(Slot { key: &key, value, optional: false });
        }
    }

    fn one(&mut self, name: &str, value: &mut &'static str) {
        self.ones(&[name], &mut [value]);
    }

    #[inline(never)]
    fn table<K: AsRef<str>>(&mut self, name: &str, items: &[K], values: &mut [&'static str]) {
        debug_assert_eq!(items.len(), values.len(), "{name}");
        for (item, value) in items.iter().zip(values.iter_mut()) {
            let key = format!("{}.{name}.{}", self.prefix, item.as_ref());
            (self.visit)(Slot { key: &key, value, optional: false });
        }
    }

    #[inline(never)]
    fn unit(&mut self, name: &str, unit: &mut Unit) {
        let Unit { one, other, zero, two, few, many } = unit;
        for (category, value, optional) in [
            ("one", one, false),
            ("other", other, false),
            ("zero", zero, true),
            ("two", two, true),
            ("few", few, true),
            ("many", many, true),
        ] {
            let key = format!("{}.{name}.{category}", self.prefix);
            (self.visit)(Slot { key: &key, value, optional });
        }
    }
}

/// Calls `visit` for every string of `s`, with its key, always in the same order.
pub(crate) fn walk(s: &mut Strings, visit: &mut Visit<'_>) {
    let mut w = Walker { prefix: "language", visit };
    w.one("name", &mut s.name);
    w.one("dir", &mut s.dir);
    questions(&mut s.questions, &mut Walker { prefix: "questions", visit: w.visit });
    results(&mut s.results, &mut Walker { prefix: "results", visit: w.visit });
    embed(&mut s.embed, &mut Walker { prefix: "embed", visit: w.visit });
}

macro_rules! ones {
    ($w:ident, $t:ident; $($field:ident),* $(,)?) => {
        $w.ones(&[$( stringify!($field) ),*], &mut [$( &mut $t.$field ),*]);
    };
}

fn questions(t: &mut QuestionText, w: &mut Walker<'_, '_>) {
    ones!(w, t; title, subtitle, privacy, progress_label, step_count);
    w.table("steps", &STEP_KEYS, &mut t.steps);
    w.table("step_names", &STEP_KEYS, &mut t.step_names);
    w.table("step_intros", &STEP_KEYS, &mut t.step_intros);
    ones!(w, t; back, next, see_results, back_to_results, hint_no_concern, hint_no_skin_type,
        hint_isotretinoin_date, hint_health_group, hint_health_question, language_label, step_announcement);
    w.table("concerns", &keys_of(&Concern::ALL), &mut t.concerns);
    w.table("concern_hints", &keys_of(&Concern::ALL), &mut t.concern_hints);
    ones!(w, t; severity_label);
    w.table("severities", &keys_of(&Severity::ALL), &mut t.severities);
    w.table("skin_types", &keys_of(&Fitzpatrick::ALL), &mut t.skin_types);
    w.table("skin_type_descriptions", &keys_of(&Fitzpatrick::ALL), &mut t.skin_type_descriptions);
    ones!(w, t; quiz_open, quiz_close, quiz_intro, quiz_choose);
    w.table("quiz_items", &keys_of(&QuizItem::ALL), &mut t.quiz_items);
    for (item, options) in QuizItem::ALL.iter().zip(t.quiz_options.iter_mut()) {
        w.table(&format!("quiz_options.{}", snake_key(item)), &QUIZ_SCORE_KEYS, options);
    }
    ones!(w, t; quiz_result, quiz_pending);
    w.table("downtimes", &keys_of(&Downtime::ALL), &mut t.downtimes);
    w.table("downtime_hints", &keys_of(&Downtime::ALL), &mut t.downtime_hints);
    ones!(w, t; budget_legend, budget_hint);
    w.table("budgets", &keys_of(&Budget::ALL), &mut t.budgets);
    ones!(w, t; injections_legend, injections_hint, injections_yes, injections_no, event_label, event_hint,
        start_label, start_hint);
    w.table("health_groups", &HEALTH_GROUP_KEYS, &mut t.health_groups);
    ones!(w, t; health_gate_question);
    w.table("health_gates", &GATE_KEYS, &mut t.health_gates);
    w.table("condition_names", &keys_of(&Condition::ALL), &mut t.condition_names);
    ones!(w, t; isotretinoin_name);
    w.table("conditions", &keys_of(&Condition::ALL), &mut t.conditions);
    w.table("yes_no", &keys_of(&YesNo::ALL), &mut t.yes_no);
    ones!(w, t; isotretinoin_question);
    w.table("isotretinoin_options", &ISOTRETINOIN_KEYS, &mut t.isotretinoin_options);
    ones!(w, t; isotretinoin_last_taken);
}

fn results(t: &mut ResultText, w: &mut Walker<'_, '_>) {
    ones!(w, t; title, intro, summary_best, summary_best_single, summary_none, edit_heading);
    w.table("edit", &STEP_KEYS[..5], &mut t.edit);
    ones!(w, t; ranking_heading, best_match, not_offered, best_variant, score, score_label, why, contribution,
        other_variants, variant_line, variant_not_offered, with_source, fit_line, safety_line, score_meaning,
        note_melasma);
    ones!(w, t; set_apart_heading);
    w.table("set_apart", &keys_of(&SetApart::ALL), &mut t.set_apart);
    ones!(w, t; not_clear_match, versus, versus_same, versus_separator);
    w.table("versus_better", &ASPECT_KEYS, &mut t.versus_better);
    w.table("versus_worse", &ASPECT_KEYS, &mut t.versus_worse);
    w.table("concern_names", &keys_of(&Concern::ALL), &mut t.concern_names);
    ones!(w, t; list_or_last, contribution_scale);
    ones!(w, t; plan_heading, plan_intro, plan_cover, plan_step, plan_dates, plan_dates_single, plan_after,
        plan_same_day, plan_spacing_note, plan_ready, plan_not_ready, plan_full, list_separator, list_last);
    w.table("sources", &keys_of(&Source::ALL), &mut t.sources);
    w.table("families", &keys_of(&Family::ALL), &mut t.families);
    w.table("treatments", &keys_of(&TreatmentId::ALL), &mut t.treatments);
    w.table("factors", &keys_of(&Factor::ALL), &mut t.factors);
    w.table("verdicts", &VERDICT_KEYS, &mut t.verdicts);
    w.table("verdict_sentences", &VERDICT_KEYS, &mut t.verdict_sentences);
    w.table("efficacy", &EFFICACY_KEYS, &mut t.efficacy);
    w.table("tone_risks", &TONE_RISK_KEYS, &mut t.tone_risks);
    w.table("fits", &FIT_KEYS, &mut t.fits);
    ones!(w, t; detail_treats, detail_downtime, detail_tone, detail_budget, detail_budget_clinic,
        detail_budget_unknown, detail_injections, detail_ready, detail_not_ready);
    ones!(w, t; candidacy_heading, reasons_heading);
    w.table("reason_kinds", &REASON_KIND_KEYS, &mut t.reason_kinds);
    ones!(w, t; not_sure, reason_condition, isotretinoin, reason_skin_type, reason_test_spot, reason_melasma, until_date,
        until_months_after_dose);
    w.table("untils", &UNTIL_KEYS, &mut t.untils);
    ones!(w, t; earliest, source, prepare_heading, aftercare_heading, care_stop_retinoids, care_avoid_sun_before,
        care_no_waxing, care_redness, care_flaking, care_no_makeup, care_avoid_sun_after, care_no_actives,
        care_antiviral);
    ones!(w, t; timeline_heading, timeline_intro, chart_title, event, event_on, legend_sessions, legend_downtime,
        legend_first_results, legend_full_results, legend_lasting, legend_fading, compare_legend, table_caption,
        col_treatment, col_first_session, col_last_session, col_first_results, col_full_results, col_ready,
        col_sessions, col_interval, col_downtime, col_lasts, col_maintenance, yes, no, unknown, sources_heading,
        timeline_not_now, timeline_delayed, note_ref, every, no_downtime, lasts_years, lasts_permanent, not_stated,
        maintenance_every, maintenance_when_worn_off, maintenance_none);
    w.unit("hours", &mut t.hours);
    w.unit("days", &mut t.days);
    w.unit("weeks", &mut t.weeks);
    w.unit("months", &mut t.months);
    w.unit("sessions", &mut t.sessions);
    ones!(w, t; range, money, money_code, thousands_separator);
    w.table("month_names", &MONTH_KEYS, &mut t.month_names);
    ones!(w, t; date_format, disclaimer, no_clinic);
    ones!(w, t; print_button, print_include_health, print_heading, print_date, print_concerns_heading, print_concern,
        print_health_heading, print_health_rest, print_health_left_out);
}

fn embed(t: &mut EmbedText, w: &mut Walker<'_, '_>) {
    ones!(w, t; book, next_step, ask_clinic, no_clinic, config_error, load_failed);
    ones!(w, t; notice_restore_failed, notice_link_failed, notice_link_without_health, notice_dismiss, start_over, keep_on_device, keep_on_device_hint, forget, forgotten, share_button, share_health, share_health_why, share_copied, share_copy_yourself, booking_tells, booking_item_plan, booking_item_language, booking_item_checks, booking_item_answers, booking_share_answers, crashed);
}

/// The `{name}` blanks of a template, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if after[..close].chars().all(|c| c.is_ascii_lowercase() || c == '_') && close > 0 => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}
