//! The nine treatments as typed data, one submodule per family. Every figure comes from
//! `shared/clinical-facts.md` and names its [`Source`]; where the sources disagree, the choice
//! is explained in the value's `note` (shown to clinic reviewers) or in a `//` comment.
//!
//! This module holds the shared shorthand: [`s`]/[`noted`] for sourced values, [`indications`]
//! for a row of the G/S/– table, [`absolute`]/[`relative`] for contraindication lists.

mod injectables;
mod lasers;
mod microdermabrasion;
mod microneedling;
mod peels;

use super::{
    CareStep, ContraKind, Contraindication, Currency, Efficacy, Indication, IsotretinoinRule, Lasting, Maintenance,
    Price, PriceUnit, Range, Source, Sourced, ToneRisk, ToneSafety, Treatment, TreatmentId, Until,
};
use crate::answers::{Concern, Condition};

/// All nine treatments, in [`TreatmentId::ALL`] order.
pub(super) fn treatments() -> Vec<Treatment> {
    vec![
        microneedling::microneedling(),
        peels::superficial(),
        peels::medium(),
        peels::deep(),
        lasers::non_ablative(),
        lasers::ablative(),
        injectables::neuromodulator(),
        injectables::filler(),
        microdermabrasion::microdermabrasion(),
    ]
}

/// A sourced value the sources agree on.
fn s<T>(value: T, source: Source) -> Sourced<T> {
    Sourced { value, source, note: "" }
}

/// A sourced value with a note on why this figure (sources disagree, or it is derived). The
/// notes are for the clinic's reviewers (the `assess` JSON, the code); the widget never shows
/// them, so the wasm build leaves them out (about 1.5 KB gzipped).
fn noted<T>(value: T, source: Source, note: &'static str) -> Sourced<T> {
    let note = if cfg!(target_arch = "wasm32") { "" } else { note };
    Sourced { value, source, note }
}

/// A price per unit in US dollars (the sources are US price guides).
fn usd(lo: u32, hi: u32, per: PriceUnit) -> Price {
    Price { amount: Range::new(lo, hi), currency: Currency::USD, per }
}

// The cells of the G/S/– table.
const G: Efficacy = Efficacy::Good;
const S: Efficacy = Efficacy::Some;
const N: Efficacy = Efficacy::NotIndicated;

/// The G/S/– table's columns: fine lines, expression lines, acne scars, other scars, dark spots
/// and sun damage, texture, pores, dullness, stretch marks, laxity, volume loss.
const TABLE_CONCERNS: [Concern; 11] = [
    Concern::FineLines,
    Concern::ExpressionLines,
    Concern::AcneScars,
    Concern::OtherScars,
    Concern::SunDamage,
    Concern::UnevenTexture,
    Concern::EnlargedPores,
    Concern::Dullness,
    Concern::StretchMarks,
    Concern::Laxity,
    Concern::VolumeLoss,
];

/// One row of the G/S/– table, cells in [`TABLE_CONCERNS`] order (its "dark spots / sun damage"
/// column rates sun spots), and melasma rated apart (clinical-facts.md, "Melasma is not sun
/// damage"). "Not sure which" ([`Concern::Pigmentation`]) is rated as melasma: the cautious
/// reading.
fn indications(source: Source, row: [Efficacy; 11], melasma: (Efficacy, Source)) -> Vec<Indication> {
    let mut rows: Vec<Indication> = TABLE_CONCERNS
        .into_iter()
        .zip(row)
        .map(|(concern, level)| Indication { concern, level, when_severe: None, source })
        .collect();
    for concern in [Concern::Melasma, Concern::Pigmentation] {
        rows.push(Indication { concern, level: melasma.0, when_severe: None, source: melasma.1 });
    }
    rows
}

/// Seed 003 puts severe scarring, deep wrinkles and significant sun damage with lasers and deep
/// peels: the concerns whose severe form the gentler treatments rate lower.
const SEVERE_GOES_DEEPER: [Concern; 4] =
    [Concern::FineLines, Concern::AcneScars, Concern::OtherScars, Concern::SunDamage];

/// Sets `when_severe` to `rule(level)` for the [`SEVERE_GOES_DEEPER`] concerns this treatment
/// addresses at all (a "–" stays "–" without an override).
fn severe_rated(mut rows: Vec<Indication>, rule: fn(Efficacy) -> Efficacy) -> Vec<Indication> {
    for i in rows.iter_mut().filter(|i| SEVERE_GOES_DEEPER.contains(&i.concern) && i.level != N) {
        i.when_severe = Some(rule(i.level));
    }
    rows
}

fn one_level_lower(e: Efficacy) -> Efficacy {
    match e {
        Efficacy::Good => Efficacy::Some,
        Efficacy::Some | Efficacy::NotIndicated => Efficacy::NotIndicated,
    }
}

/// Re-cites some cells of a row to a more specific source.
fn cite(mut rows: Vec<Indication>, concerns: &[Concern], source: Source) -> Vec<Indication> {
    for i in rows.iter_mut().filter(|i| concerns.contains(&i.concern)) {
        i.source = source;
    }
    rows
}

/// "Not now": each condition rules the treatment out until [`until_for`] says otherwise.
fn absolute(source: Source, conditions: &[Condition]) -> Vec<Contraindication> {
    let entry = |&condition: &Condition| Contraindication {
        condition,
        kind: ContraKind::Absolute,
        until: until_for(condition),
        source,
    };
    conditions.iter().map(entry).collect()
}

/// "Talk to your provider first": no waiting period, so `until` is [`Until::Indefinitely`].
fn relative(source: Source, conditions: &[Condition]) -> Vec<Contraindication> {
    let entry = |&condition: &Condition| Contraindication {
        condition,
        kind: ContraKind::Relative,
        until: Until::Indefinitely,
        source,
    };
    conditions.iter().map(entry).collect()
}

/// When an absolute contraindication stops applying: temporary states once cleared, permanent
/// ones (scleroderma, neuromuscular disorder, allergy, keloid tendency) never.
fn until_for(c: Condition) -> Until {
    match c {
        Condition::PregnantOrBreastfeeding => Until::AfterPregnancyAndBreastfeeding,
        Condition::SkinCancer => Until::AfterTreatmentByDoctor,
        Condition::Under22 => Until::Age22,
        Condition::Scleroderma
        | Condition::NeuromuscularDisorder
        | Condition::NumbingOrMetalAllergy
        | Condition::KeloidTendency
        | Condition::BloodThinners
        | Condition::Immunosuppressants
        | Condition::UncontrolledDiabetes
        | Condition::ColdSoreHistory => Until::Indefinitely,
        Condition::ActiveAcne
        | Condition::ActiveInfection
        | Condition::SkinConditionFlare
        | Condition::OpenWounds
        | Condition::RecentProcedure
        | Condition::Sunburn
        | Condition::PhotosensitisingMedication
        | Condition::RecentFacialSurgery => Until::Cleared,
    }
}

/// The same skin-tone risk for every Fitzpatrick type.
fn tone_everywhere(risk: ToneRisk, source: Source) -> ToneSafety {
    ToneSafety { types_i_to_iii: risk, type_iv: risk, types_v_vi: risk, source }
}
