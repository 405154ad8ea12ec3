// TypeScript declarations for <treatment-compare> (`import 'treatment-compare'` defines it).
//
// Types only: nothing here reaches a visitor. tests/manifest.rs checks this file against the
// code (the attributes of src/config/mod.rs, the events' payloads of src/events.rs and
// src/web.rs, the configuration fields of src/config/json.rs, the text keys of
// src/text/en.json) and tests/e2e/package.test.mjs type-checks code that uses it, and code
// that misuses it, with `tsc --strict`.

/** The eleven treatments, by id (`TreatmentId` in src/catalog/ids.rs). */
export type TreatmentId =
  | 'microneedling'
  | 'microneedling_rf'
  | 'microneedling_prp'
  | 'peel_superficial'
  | 'peel_medium'
  | 'peel_deep'
  | 'laser_non_ablative'
  | 'laser_ablative'
  | 'neuromodulator'
  | 'filler'
  | 'microdermabrasion';

/** The five families the visitor compares. */
export type TreatmentFamily = 'microneedling' | 'chemical_peel' | 'laser' | 'injectables' | 'microdermabrasion';

/** A treatment's health check (candidacy). */
export type Verdict = 'suitable' | 'talk_to_provider' | 'not_now';

/** The visitor's concerns. */
export type Concern =
  | 'fine_lines'
  | 'expression_lines'
  | 'acne_scars'
  | 'other_scars'
  | 'sun_damage'
  | 'melasma'
  | 'pigmentation'
  | 'uneven_texture'
  | 'enlarged_pores'
  | 'dullness'
  | 'stretch_marks'
  | 'laxity'
  | 'volume_loss';

/** How much a concern bothers the visitor. */
export type Severity = 'mild' | 'moderate' | 'severe';

/** Fitzpatrick skin type. */
export type SkinType = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';

/** What a clinic's price is for. */
export type PriceUnit = 'session' | 'treatment' | 'syringe';

/** `not-offered`: show the treatments the clinic does not offer as such, or hide them. */
export type NotOffered = 'show' | 'hide';

/** `remember`: where the answers are kept between reloads. */
export type Remember = 'tab' | 'none' | 'device';

/** `analytics`: nothing pushed (default), or the funnel pushed to `window.dataLayer` too. */
export type Analytics = 'none' | 'datalayer';

/** A question step's id, in order. */
export type StepId = 'concerns' | 'skin_type' | 'downtime' | 'preferences' | 'health';

/** An action on the results (`tc-action`). */
export type ResultAction = 'compare' | 'why' | 'print' | 'share' | 'keep' | 'language' | 'start_over';

/** The element's attributes (all strings in HTML). */
export interface TreatmentCompareAttributes {
  /** Shown in the header, the booking line and the disclaimer. */
  'clinic-name'?: string;
  /** A path on the site or an http(s):, mailto: or tel: URL; may carry {treatment}, {treatment_name}, {plan} and {locale}. */
  'booking-url'?: string;
  /** Shown instead of the booking link when there is no `booking-url`. */
  'contact-text'?: string;
  /** The language shown: `en`, `es` or a language the configuration adds; a regional tag (`es-MX`) sets dates and prices. */
  locale?: string;
  /** The languages the visitor may switch between, separated by spaces (`en es`). */
  languages?: string;
  /** ISO 4217 code; default `USD`. */
  currency?: string;
  /** Default `show`. */
  'not-offered'?: NotOffered;
  /** Any CSS colour (the same as `--tc-accent`). */
  'accent-color'?: string;
  /** Default `tab`. */
  remember?: Remember;
  /** Default `none`; `datalayer` also pushes the funnel (ids only) to `window.dataLayer`, unless the browser sends Global Privacy Control. */
  analytics?: Analytics;
  /** Names of the page's query parameters copied onto the booking link (`utm_source utm_medium utm_campaign gclid`); default none. */
  'forward-params'?: string;
}

/** An attribute's name. */
export type TreatmentCompareAttributeName = keyof TreatmentCompareAttributes;

/** The JSON of the element's `<script type="application/json">` child. */
export interface TreatmentCompareConfig {
  /** The treatments the clinic offers (only these); absent or null: all eleven at the catalog's prices. */
  treatments?: { [id in TreatmentId]?: TreatmentOffer } | null;
  /** Language code to the clinic's texts for it: overrides of a built-in language or a language of its own. */
  text?: { [language: string]: TextTable };
}

/** What the clinic says about one treatment it offers. */
export interface TreatmentOffer {
  price?: TreatmentPrice | null;
}

/** The clinic's price range, in the element's `currency`. */
export interface TreatmentPrice {
  /** At least 0. */
  from: number;
  /** At least `from`. */
  to: number;
  /** Default: the catalog's unit for the treatment. */
  per?: PriceUnit | null;
}

/** A language's texts by key (src/text/en.json lists every key with its English text). */
export interface TextTable extends Partial<Record<Exclude<TextKey, 'language.dir'>, string>> {
  /** The writing direction. */
  'language.dir'?: 'ltr' | 'rtl';
}

/** `tc-ready`: the widget is on screen. */
export interface ReadyDetail {
  /** The widget's version. */
  version: string;
  /** The language shown. */
  locale: string;
  /** The currency's ISO 4217 code. */
  currency: string;
  /** The treatments the clinic offers, in catalog order. */
  treatments: TreatmentId[];
}

/** `tc-started`: the visitor's first answer (again after "Start over"). */
export interface StartedDetail {
  /** The step of that answer. */
  step: StepId;
}

/** `tc-step`: a question step is shown (the first one too). */
export interface StepDetail {
  step: StepId;
  /** Its place, from 1. */
  number: number;
  /** How many question steps there are (5). */
  count: number;
}

/** `tc-action`: an action on the results. Ids only; the fields that do not apply are null. */
export interface ActionDetail {
  action: ResultAction;
  /** The treatment ticked for the comparison (`compare`). */
  treatment: TreatmentId | null;
  /** The family whose "Why this score" was opened (`why`). */
  family: TreatmentFamily | null;
  /** The language switched to (`language`). */
  language: string | null;
}

/** `tc-completed`: the results appear (again after changed answers). Never the answers. */
export interface CompletedDetail {
  /** The best match the clinic offers, or null when nothing is a clear match. */
  recommended: TreatmentId | null;
  /** Families best first, each by the treatment that represents it. */
  ranking: RankedFamily[];
  /** Every assessed treatment's health check, in rank order. */
  candidacy: TreatmentVerdict[];
  /** The combined plan's treatments in timeline order; empty when none. */
  plan: TreatmentId[];
}

/** One family in the ranking. */
export interface RankedFamily {
  family: TreatmentFamily;
  treatment: TreatmentId;
  /** The fit, 0 to 100. */
  score: number;
  verdict: Verdict;
  offered: boolean;
}

/** A treatment's health check. */
export interface TreatmentVerdict {
  treatment: TreatmentId;
  verdict: Verdict;
}

/** `tc-booking-requested`: the visitor clicked "Book a consultation". Cancelable. */
export interface BookingDetail {
  /** `booking-url` with its placeholders filled; null without one. */
  url: string | null;
  /** The recommended treatment, or null. */
  treatment: TreatmentId | null;
  summary: BookingSummary;
}

/** What the booking request tells the clinic. Never health answers or dates. */
export interface BookingSummary {
  recommended: TreatmentId | null;
  /** The combined plan's treatments in timeline order; empty when none. */
  plan: TreatmentId[];
  /** Every treatment's health check, in rank order. */
  verdicts: TreatmentVerdict[];
  /** The treatments the visitor compared on the timeline. */
  compared: TreatmentId[];
  /** The language shown. */
  locale: string;
  /** Only when the visitor ticked "Also share my concerns and skin type with the clinic". */
  concerns?: ConcernAnswer[];
  /** Only when the visitor ticked "Also share my concerns and skin type with the clinic". */
  skin_type?: SkinType;
}

/** A concern and its severity. */
export interface ConcernAnswer {
  concern: Concern;
  severity: Severity;
}

/** `tc-error`: the configuration is invalid, or the widget failed (`field` is then "widget"). */
export interface ErrorDetail {
  /** The attribute or JSON field (`treatments.filler.price.from`), or "widget". */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/** The events the element dispatches; all bubble and are composed. */
export interface TreatmentCompareEventMap {
  'tc-ready': CustomEvent<ReadyDetail>;
  'tc-started': CustomEvent<StartedDetail>;
  'tc-step': CustomEvent<StepDetail>;
  'tc-completed': CustomEvent<CompletedDetail>;
  'tc-action': CustomEvent<ActionDetail>;
  'tc-booking-requested': CustomEvent<BookingDetail>;
  'tc-error': CustomEvent<ErrorDetail>;
}

/**
 * A `<treatment-compare>` element. The loader defines the element's class but does not export
 * it: get one with `document.createElement('treatment-compare')` or
 * `document.querySelector('treatment-compare')`. It has no properties of its own: configure it
 * with its attributes (`TreatmentCompareAttributes`) and its JSON child (`TreatmentCompareConfig`).
 */
export interface TreatmentCompareElement extends HTMLElement {
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: TreatmentCompareElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: TreatmentCompareElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'treatment-compare': TreatmentCompareElement;
  }
  // The events bubble out of the shadow root: typed on every element, the document and the window.
  interface HTMLElementEventMap extends TreatmentCompareEventMap {}
  interface DocumentEventMap extends TreatmentCompareEventMap {}
  interface WindowEventMap extends TreatmentCompareEventMap {}
}

/**
 * Every text key a language may have, in screen order: src/text/en.json's keys and the plural
 * forms beyond `one` and `other` (`results.weeks.few`).
 */
export type TextKey =
  // BEGIN text keys: generated from src/text/en.json by scripts/text-keys.mjs (`node scripts/text-keys.mjs --write`)
  | 'language.name'
  | 'language.dir'
  | 'questions.title'
  | 'questions.subtitle'
  | 'questions.privacy'
  | 'questions.progress_label'
  | 'questions.step_count'
  | 'questions.steps.concerns'
  | 'questions.steps.skin_type'
  | 'questions.steps.downtime'
  | 'questions.steps.preferences'
  | 'questions.steps.health'
  | 'questions.steps.results'
  | 'questions.step_names.concerns'
  | 'questions.step_names.skin_type'
  | 'questions.step_names.downtime'
  | 'questions.step_names.preferences'
  | 'questions.step_names.health'
  | 'questions.step_names.results'
  | 'questions.step_intros.concerns'
  | 'questions.step_intros.skin_type'
  | 'questions.step_intros.downtime'
  | 'questions.step_intros.preferences'
  | 'questions.step_intros.health'
  | 'questions.step_intros.results'
  | 'questions.back'
  | 'questions.next'
  | 'questions.see_results'
  | 'questions.back_to_results'
  | 'questions.hint_no_concern'
  | 'questions.hint_no_skin_type'
  | 'questions.hint_isotretinoin_date'
  | 'questions.hint_health_group'
  | 'questions.hint_health_question'
  | 'questions.language_label'
  | 'questions.step_announcement'
  | 'questions.concerns.fine_lines'
  | 'questions.concerns.expression_lines'
  | 'questions.concerns.acne_scars'
  | 'questions.concerns.other_scars'
  | 'questions.concerns.sun_damage'
  | 'questions.concerns.melasma'
  | 'questions.concerns.pigmentation'
  | 'questions.concerns.uneven_texture'
  | 'questions.concerns.enlarged_pores'
  | 'questions.concerns.dullness'
  | 'questions.concerns.stretch_marks'
  | 'questions.concerns.laxity'
  | 'questions.concerns.volume_loss'
  | 'questions.concern_hints.fine_lines'
  | 'questions.concern_hints.expression_lines'
  | 'questions.concern_hints.acne_scars'
  | 'questions.concern_hints.other_scars'
  | 'questions.concern_hints.sun_damage'
  | 'questions.concern_hints.melasma'
  | 'questions.concern_hints.pigmentation'
  | 'questions.concern_hints.uneven_texture'
  | 'questions.concern_hints.enlarged_pores'
  | 'questions.concern_hints.dullness'
  | 'questions.concern_hints.stretch_marks'
  | 'questions.concern_hints.laxity'
  | 'questions.concern_hints.volume_loss'
  | 'questions.severity_label'
  | 'questions.severities.mild'
  | 'questions.severities.moderate'
  | 'questions.severities.severe'
  | 'questions.skin_types.i'
  | 'questions.skin_types.i_i'
  | 'questions.skin_types.i_i_i'
  | 'questions.skin_types.i_v'
  | 'questions.skin_types.v'
  | 'questions.skin_types.v_i'
  | 'questions.skin_type_descriptions.i'
  | 'questions.skin_type_descriptions.i_i'
  | 'questions.skin_type_descriptions.i_i_i'
  | 'questions.skin_type_descriptions.i_v'
  | 'questions.skin_type_descriptions.v'
  | 'questions.skin_type_descriptions.v_i'
  | 'questions.quiz_open'
  | 'questions.quiz_close'
  | 'questions.quiz_intro'
  | 'questions.quiz_choose'
  | 'questions.quiz_items.eye_colour'
  | 'questions.quiz_items.hair_colour'
  | 'questions.quiz_items.skin_colour'
  | 'questions.quiz_items.freckles'
  | 'questions.quiz_items.sun_reaction'
  | 'questions.quiz_items.tanning'
  | 'questions.quiz_items.brown_within_hours'
  | 'questions.quiz_items.face_reaction'
  | 'questions.quiz_items.last_sun_exposure'
  | 'questions.quiz_items.face_sun_exposure'
  | 'questions.quiz_options.eye_colour.0'
  | 'questions.quiz_options.eye_colour.1'
  | 'questions.quiz_options.eye_colour.2'
  | 'questions.quiz_options.eye_colour.3'
  | 'questions.quiz_options.eye_colour.4'
  | 'questions.quiz_options.hair_colour.0'
  | 'questions.quiz_options.hair_colour.1'
  | 'questions.quiz_options.hair_colour.2'
  | 'questions.quiz_options.hair_colour.3'
  | 'questions.quiz_options.hair_colour.4'
  | 'questions.quiz_options.skin_colour.0'
  | 'questions.quiz_options.skin_colour.1'
  | 'questions.quiz_options.skin_colour.2'
  | 'questions.quiz_options.skin_colour.3'
  | 'questions.quiz_options.skin_colour.4'
  | 'questions.quiz_options.freckles.0'
  | 'questions.quiz_options.freckles.1'
  | 'questions.quiz_options.freckles.2'
  | 'questions.quiz_options.freckles.3'
  | 'questions.quiz_options.freckles.4'
  | 'questions.quiz_options.sun_reaction.0'
  | 'questions.quiz_options.sun_reaction.1'
  | 'questions.quiz_options.sun_reaction.2'
  | 'questions.quiz_options.sun_reaction.3'
  | 'questions.quiz_options.sun_reaction.4'
  | 'questions.quiz_options.tanning.0'
  | 'questions.quiz_options.tanning.1'
  | 'questions.quiz_options.tanning.2'
  | 'questions.quiz_options.tanning.3'
  | 'questions.quiz_options.tanning.4'
  | 'questions.quiz_options.brown_within_hours.0'
  | 'questions.quiz_options.brown_within_hours.1'
  | 'questions.quiz_options.brown_within_hours.2'
  | 'questions.quiz_options.brown_within_hours.3'
  | 'questions.quiz_options.brown_within_hours.4'
  | 'questions.quiz_options.face_reaction.0'
  | 'questions.quiz_options.face_reaction.1'
  | 'questions.quiz_options.face_reaction.2'
  | 'questions.quiz_options.face_reaction.3'
  | 'questions.quiz_options.face_reaction.4'
  | 'questions.quiz_options.last_sun_exposure.0'
  | 'questions.quiz_options.last_sun_exposure.1'
  | 'questions.quiz_options.last_sun_exposure.2'
  | 'questions.quiz_options.last_sun_exposure.3'
  | 'questions.quiz_options.last_sun_exposure.4'
  | 'questions.quiz_options.face_sun_exposure.0'
  | 'questions.quiz_options.face_sun_exposure.1'
  | 'questions.quiz_options.face_sun_exposure.2'
  | 'questions.quiz_options.face_sun_exposure.3'
  | 'questions.quiz_options.face_sun_exposure.4'
  | 'questions.quiz_result'
  | 'questions.quiz_pending'
  | 'questions.downtimes.none'
  | 'questions.downtimes.one_to_three_days'
  | 'questions.downtimes.up_to_a_week'
  | 'questions.downtimes.two_weeks_or_more'
  | 'questions.downtime_hints.none'
  | 'questions.downtime_hints.one_to_three_days'
  | 'questions.downtime_hints.up_to_a_week'
  | 'questions.downtime_hints.two_weeks_or_more'
  | 'questions.budget_legend'
  | 'questions.budget_hint'
  | 'questions.budgets.up_to_1000'
  | 'questions.budgets.up_to_3000'
  | 'questions.budgets.no_fixed_limit'
  | 'questions.injections_legend'
  | 'questions.injections_hint'
  | 'questions.injections_yes'
  | 'questions.injections_no'
  | 'questions.event_label'
  | 'questions.event_hint'
  | 'questions.start_label'
  | 'questions.start_hint'
  | 'questions.health_groups.now'
  | 'questions.health_groups.medicines'
  | 'questions.health_groups.history'
  | 'questions.health_gate_question'
  | 'questions.health_gates.none'
  | 'questions.health_gates.some'
  | 'questions.health_gates.not_sure'
  | 'questions.condition_names.pregnant_or_breastfeeding'
  | 'questions.condition_names.active_acne'
  | 'questions.condition_names.active_infection'
  | 'questions.condition_names.cold_sore_history'
  | 'questions.condition_names.skin_condition_flare'
  | 'questions.condition_names.open_wounds'
  | 'questions.condition_names.keloid_tendency'
  | 'questions.condition_names.blood_thinners'
  | 'questions.condition_names.immunosuppressants'
  | 'questions.condition_names.uncontrolled_diabetes'
  | 'questions.condition_names.recent_procedure'
  | 'questions.condition_names.sunburn'
  | 'questions.condition_names.skin_cancer'
  | 'questions.condition_names.neuromuscular_disorder'
  | 'questions.condition_names.numbing_or_metal_allergy'
  | 'questions.condition_names.photosensitising_medication'
  | 'questions.condition_names.recent_facial_surgery'
  | 'questions.condition_names.scleroderma'
  | 'questions.condition_names.under_22'
  | 'questions.condition_names.implanted_device'
  | 'questions.condition_names.bleeding_disorder'
  | 'questions.isotretinoin_name'
  | 'questions.conditions.pregnant_or_breastfeeding'
  | 'questions.conditions.active_acne'
  | 'questions.conditions.active_infection'
  | 'questions.conditions.cold_sore_history'
  | 'questions.conditions.skin_condition_flare'
  | 'questions.conditions.open_wounds'
  | 'questions.conditions.keloid_tendency'
  | 'questions.conditions.blood_thinners'
  | 'questions.conditions.immunosuppressants'
  | 'questions.conditions.uncontrolled_diabetes'
  | 'questions.conditions.recent_procedure'
  | 'questions.conditions.sunburn'
  | 'questions.conditions.skin_cancer'
  | 'questions.conditions.neuromuscular_disorder'
  | 'questions.conditions.numbing_or_metal_allergy'
  | 'questions.conditions.photosensitising_medication'
  | 'questions.conditions.recent_facial_surgery'
  | 'questions.conditions.scleroderma'
  | 'questions.conditions.under_22'
  | 'questions.conditions.implanted_device'
  | 'questions.conditions.bleeding_disorder'
  | 'questions.yes_no.no'
  | 'questions.yes_no.yes'
  | 'questions.yes_no.not_sure'
  | 'questions.isotretinoin_question'
  | 'questions.isotretinoin_options.never'
  | 'questions.isotretinoin_options.current'
  | 'questions.isotretinoin_options.stopped'
  | 'questions.isotretinoin_options.not_sure'
  | 'questions.isotretinoin_last_taken'
  | 'results.title'
  | 'results.intro'
  | 'results.summary_best'
  | 'results.summary_best_single'
  | 'results.summary_none'
  | 'results.edit_heading'
  | 'results.edit.concerns'
  | 'results.edit.skin_type'
  | 'results.edit.downtime'
  | 'results.edit.preferences'
  | 'results.edit.health'
  | 'results.ranking_heading'
  | 'results.best_match'
  | 'results.not_offered'
  | 'results.best_variant'
  | 'results.score'
  | 'results.score_label'
  | 'results.why'
  | 'results.contribution'
  | 'results.other_variants'
  | 'results.variant_line'
  | 'results.variant_not_offered'
  | 'results.with_source'
  | 'results.fit_line'
  | 'results.safety_line'
  | 'results.score_meaning'
  | 'results.note_melasma'
  | 'results.set_apart_heading'
  | 'results.set_apart.not_now'
  | 'results.set_apart.injections_declined'
  | 'results.set_apart.not_offered'
  | 'results.set_apart.no_benefit'
  | 'results.not_clear_match'
  | 'results.versus'
  | 'results.versus_same'
  | 'results.versus_separator'
  | 'results.versus_better.treats'
  | 'results.versus_better.skin_tone'
  | 'results.versus_better.downtime'
  | 'results.versus_better.budget'
  | 'results.versus_better.ready_by_event'
  | 'results.versus_worse.treats'
  | 'results.versus_worse.skin_tone'
  | 'results.versus_worse.downtime'
  | 'results.versus_worse.budget'
  | 'results.versus_worse.ready_by_event'
  | 'results.concern_names.fine_lines'
  | 'results.concern_names.expression_lines'
  | 'results.concern_names.acne_scars'
  | 'results.concern_names.other_scars'
  | 'results.concern_names.sun_damage'
  | 'results.concern_names.melasma'
  | 'results.concern_names.pigmentation'
  | 'results.concern_names.uneven_texture'
  | 'results.concern_names.enlarged_pores'
  | 'results.concern_names.dullness'
  | 'results.concern_names.stretch_marks'
  | 'results.concern_names.laxity'
  | 'results.concern_names.volume_loss'
  | 'results.list_or_last'
  | 'results.contribution_scale'
  | 'results.plan_heading'
  | 'results.plan_intro'
  | 'results.plan_cover'
  | 'results.plan_step'
  | 'results.plan_dates'
  | 'results.plan_dates_single'
  | 'results.plan_after'
  | 'results.plan_same_day'
  | 'results.plan_spacing_note'
  | 'results.plan_ready'
  | 'results.plan_not_ready'
  | 'results.plan_full'
  | 'results.list_separator'
  | 'results.list_last'
  | 'results.sources.seed_000'
  | 'results.sources.seed_001'
  | 'results.sources.seed_003'
  | 'results.sources.seeds'
  | 'results.sources.real_self'
  | 'results.sources.alam_2014'
  | 'results.sources.el_domyati'
  | 'results.sources.alster_graham_2017'
  | 'results.sources.jaad_2016'
  | 'results.sources.atrius_health'
  | 'results.sources.waldman_2017'
  | 'results.sources.gilbert_2000'
  | 'results.sources.consumer_prices'
  | 'results.sources.soleymani_2018'
  | 'results.sources.preissig_2012'
  | 'results.sources.asps'
  | 'results.sources.neuromodulator_label'
  | 'results.sources.fda_filler'
  | 'results.sources.hamman_goldman_2013'
  | 'results.sources.karimipour_2010'
  | 'results.sources.fitzpatrick_scale'
  | 'results.sources.safety_policy'
  | 'results.sources.clinic'
  | 'results.sources.ogbechie_godec_2017'
  | 'results.sources.kauvar_2012'
  | 'results.sources.arora_2012'
  | 'results.sources.trivedi_2017'
  | 'results.sources.carruthers_2016'
  | 'results.sources.clinic_spacing'
  | 'results.sources.kaushik_alexis_2017'
  | 'results.sources.manuskiatti_2010'
  | 'results.sources.kang_lu_2022'
  | 'results.sources.asif_2016'
  | 'results.sources.pincelli_2024'
  | 'results.sources.chawla_2014'
  | 'results.sources.kaur_2024'
  | 'results.sources.nanda_2021'
  | 'results.sources.stadelman_behar_2024'
  | 'results.sources.tan_2021'
  | 'results.sources.alexiades_armenakas_2010'
  | 'results.sources.cho_2012'
  | 'results.sources.chandrashekar_2014'
  | 'results.sources.syder_2023'
  | 'results.sources.hsu_2019'
  | 'results.sources.fda_rf_2025'
  | 'results.families.microneedling'
  | 'results.families.chemical_peel'
  | 'results.families.laser'
  | 'results.families.injectables'
  | 'results.families.microdermabrasion'
  | 'results.treatments.microneedling'
  | 'results.treatments.microneedling_rf'
  | 'results.treatments.microneedling_prp'
  | 'results.treatments.peel_superficial'
  | 'results.treatments.peel_medium'
  | 'results.treatments.peel_deep'
  | 'results.treatments.laser_non_ablative'
  | 'results.treatments.laser_ablative'
  | 'results.treatments.neuromodulator'
  | 'results.treatments.filler'
  | 'results.treatments.microdermabrasion'
  | 'results.factors.concerns'
  | 'results.factors.downtime'
  | 'results.factors.skin_tone'
  | 'results.factors.preferences'
  | 'results.verdicts.suitable'
  | 'results.verdicts.talk_to_provider'
  | 'results.verdicts.not_now'
  | 'results.verdict_sentences.suitable'
  | 'results.verdict_sentences.talk_to_provider'
  | 'results.verdict_sentences.not_now'
  | 'results.efficacy.not_indicated'
  | 'results.efficacy.some'
  | 'results.efficacy.good'
  | 'results.tone_risks.low'
  | 'results.tone_risks.moderate'
  | 'results.tone_risks.high'
  | 'results.tone_risks.not_advised'
  | 'results.fits.no'
  | 'results.fits.partly'
  | 'results.fits.fully'
  | 'results.fits.unknown'
  | 'results.detail_treats'
  | 'results.detail_downtime'
  | 'results.detail_tone'
  | 'results.detail_budget'
  | 'results.detail_budget_clinic'
  | 'results.detail_budget_unknown'
  | 'results.detail_injections'
  | 'results.detail_ready'
  | 'results.detail_not_ready'
  | 'results.candidacy_heading'
  | 'results.reasons_heading'
  | 'results.reason_kinds.relative'
  | 'results.reason_kinds.absolute'
  | 'results.not_sure'
  | 'results.reason_condition'
  | 'results.isotretinoin'
  | 'results.reason_skin_type'
  | 'results.reason_test_spot'
  | 'results.reason_melasma'
  | 'results.until_date'
  | 'results.until_months_after_dose'
  | 'results.untils.cleared'
  | 'results.untils.after_pregnancy_and_breastfeeding'
  | 'results.untils.after_treatment_by_doctor'
  | 'results.untils.age22'
  | 'results.untils.indefinitely'
  | 'results.earliest'
  | 'results.source'
  | 'results.prepare_heading'
  | 'results.aftercare_heading'
  | 'results.care_stop_retinoids'
  | 'results.care_avoid_sun_before'
  | 'results.care_no_waxing'
  | 'results.care_redness'
  | 'results.care_flaking'
  | 'results.care_no_makeup'
  | 'results.care_avoid_sun_after'
  | 'results.care_no_actives'
  | 'results.care_antiviral'
  | 'results.care_pause_nsaids'
  | 'results.care_redness_hours'
  | 'results.care_swelling_bruising'
  | 'results.cautions_heading'
  | 'results.cautions.fda_rf_safety'
  | 'results.cautions.licensed_sterile'
  | 'results.cautions.filler_in_the_area'
  | 'results.timeline_heading'
  | 'results.timeline_intro'
  | 'results.chart_title'
  | 'results.event'
  | 'results.event_on'
  | 'results.legend_sessions'
  | 'results.legend_downtime'
  | 'results.legend_first_results'
  | 'results.legend_full_results'
  | 'results.legend_lasting'
  | 'results.legend_fading'
  | 'results.compare_legend'
  | 'results.table_caption'
  | 'results.col_treatment'
  | 'results.col_first_session'
  | 'results.col_last_session'
  | 'results.col_first_results'
  | 'results.col_full_results'
  | 'results.col_ready'
  | 'results.col_sessions'
  | 'results.col_interval'
  | 'results.col_downtime'
  | 'results.col_lasts'
  | 'results.col_maintenance'
  | 'results.yes'
  | 'results.no'
  | 'results.unknown'
  | 'results.sources_heading'
  | 'results.timeline_not_now'
  | 'results.timeline_delayed'
  | 'results.note_ref'
  | 'results.every'
  | 'results.no_downtime'
  | 'results.lasts_years'
  | 'results.lasts_permanent'
  | 'results.not_stated'
  | 'results.maintenance_every'
  | 'results.maintenance_when_worn_off'
  | 'results.maintenance_none'
  | 'results.hours.one'
  | 'results.hours.other'
  | 'results.hours.zero'
  | 'results.hours.two'
  | 'results.hours.few'
  | 'results.hours.many'
  | 'results.days.one'
  | 'results.days.other'
  | 'results.days.zero'
  | 'results.days.two'
  | 'results.days.few'
  | 'results.days.many'
  | 'results.weeks.one'
  | 'results.weeks.other'
  | 'results.weeks.zero'
  | 'results.weeks.two'
  | 'results.weeks.few'
  | 'results.weeks.many'
  | 'results.months.one'
  | 'results.months.other'
  | 'results.months.zero'
  | 'results.months.two'
  | 'results.months.few'
  | 'results.months.many'
  | 'results.sessions.one'
  | 'results.sessions.other'
  | 'results.sessions.zero'
  | 'results.sessions.two'
  | 'results.sessions.few'
  | 'results.sessions.many'
  | 'results.range'
  | 'results.money'
  | 'results.money_code'
  | 'results.thousands_separator'
  | 'results.month_names.1'
  | 'results.month_names.2'
  | 'results.month_names.3'
  | 'results.month_names.4'
  | 'results.month_names.5'
  | 'results.month_names.6'
  | 'results.month_names.7'
  | 'results.month_names.8'
  | 'results.month_names.9'
  | 'results.month_names.10'
  | 'results.month_names.11'
  | 'results.month_names.12'
  | 'results.date_format'
  | 'results.disclaimer'
  | 'results.no_clinic'
  | 'results.print_button'
  | 'results.print_include_health'
  | 'results.print_heading'
  | 'results.print_date'
  | 'results.print_concerns_heading'
  | 'results.print_concern'
  | 'results.print_health_heading'
  | 'results.print_health_rest'
  | 'results.print_health_left_out'
  | 'embed.book'
  | 'embed.next_step'
  | 'embed.ask_clinic'
  | 'embed.no_clinic'
  | 'embed.config_error'
  | 'embed.load_failed'
  | 'embed.notice_restore_failed'
  | 'embed.notice_link_failed'
  | 'embed.notice_link_without_health'
  | 'embed.notice_questions_added'
  | 'embed.notice_dismiss'
  | 'embed.start_over'
  | 'embed.keep_on_device'
  | 'embed.keep_on_device_hint'
  | 'embed.forget'
  | 'embed.forgotten'
  | 'embed.share_button'
  | 'embed.share_health'
  | 'embed.share_health_why'
  | 'embed.share_copied'
  | 'embed.share_copy_yourself'
  | 'embed.booking_tells'
  | 'embed.booking_item_plan'
  | 'embed.booking_item_language'
  | 'embed.booking_item_checks'
  | 'embed.booking_item_answers'
  | 'embed.booking_share_answers'
  | 'embed.crashed'
  | 'embed.unsupported'
  // END text keys
  ;
