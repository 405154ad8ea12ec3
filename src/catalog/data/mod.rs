//! The eleven treatments as typed data, one submodule per family. Every figure comes from
//! `shared/clinical-facts.md` and names its [`Source`]; where the sources disagree, the choice
//! is explained in the value's `note` (shown to clinic reviewers) or in a `//` comment.
//!
//! This module holds the shared shorthand: [`s`]/[`noted`] for sourced values, [`indications`]
//! for a row of the G/S/– table, [`absolute`]/[`relative`] for contraindication lists and
//! `contraindications!` to join them. All of it is `const`: the table is static data, built by
//! the compiler, and a figure that does not fit its type is a build error.

mod injectables;
mod lasers;
mod microdermabrasion;
mod microneedling;
mod peels;

use super::{
    CareStep, Caution, ContraKind, Contraindication, Currency, Efficacy, Indication, IsotretinoinRule, Lasting,
    Maintenance, Price, PriceUnit, Range, Source, Sourced, ToneRisk, ToneSafety, Treatment, TreatmentId, Until,
};
use crate::answers::{Concern, Condition};

/// All eleven treatments, in [`TreatmentId::ALL`] order: static data, nothing is assembled at
/// start-up. A new treatment is one more `const` in its family's file and one line here.
pub(super) static TREATMENTS: [Treatment; 11] = [
    microneedling::MICRONEEDLING,
    microneedling::RF,
    microneedling::PRP,
    peels::SUPERFICIAL,
    peels::MEDIUM,
    peels::DEEP,
    lasers::NON_ABLATIVE,
    lasers::ABLATIVE,
    injectables::NEUROMODULATOR,
    injectables::FILLER,
    microdermabrasion::MICRODERMABRASION,
];

// `TREATMENTS[id as usize]` is the treatment `id` (a build error otherwise).
const _: () = {
    let mut i = 0;
    while i < TREATMENTS.len() {
        assert!(TREATMENTS[i].id as usize == i && TreatmentId::ALL[i] as usize == i);
        i += 1;
    }
    assert!(TREATMENTS.len() == TreatmentId::ALL.len());
};

/// A treatment's contraindications (`&'static [Contraindication]`) from lists written in parts,
/// joined at compile time: `contraindications![absolute(..), relative(..)]`.
macro_rules! contraindications {
    ($($part:expr),+ $(,)?) => {{
        const PARTS: &[&[Contraindication]] = &[$(&$part),+];
        const ROWS: [Contraindication; total(PARTS)] = join(PARTS);
        &ROWS
    }};
}
use contraindications;

/// The number of rows in `parts`.
const fn total<T>(parts: &[&[T]]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < parts.len() {
        n += parts[i].len();
        i += 1;
    }
    n
}

/// The rows of `parts` one after the other (`N` is their [`total`]; the first part is not empty).
const fn join<T: Copy, const N: usize>(parts: &[&[T]]) -> [T; N] {
    let mut out = [parts[0][0]; N];
    let (mut n, mut i) = (0, 0);
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[n] = parts[i][j];
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// A sourced value the sources agree on.
const fn s<T>(value: T, source: Source) -> Sourced<T> {
    Sourced { value, source, note: "" }
}

/// A sourced value with a note on why this figure (sources disagree, or it is derived). The
/// notes are for the clinic's reviewers (the `assess` JSON, the code); the widget never shows
/// them, so the wasm build leaves them out (about 1.5 KB gzipped).
const fn noted<T>(value: T, source: Source, note: &'static str) -> Sourced<T> {
    let note = if cfg!(target_arch = "wasm32") { "" } else { note };
    Sourced { value, source, note }
}

/// A price per unit in US dollars (the sources are US price guides).
const fn usd(lo: u32, hi: u32, per: PriceUnit) -> Price {
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

/// A treatment's row of the efficacy table: every [`Concern`] once.
type Indications = [Indication; 13];

/// One row of the G/S/– table, cells in [`TABLE_CONCERNS`] order (its "dark spots / sun damage"
/// column rates sun spots), and melasma rated apart (clinical-facts.md, "Melasma is not sun
/// damage"). "Not sure which" ([`Concern::Pigmentation`]) is rated as melasma: the cautious
/// reading.
const fn indications(source: Source, row: [Efficacy; 11], melasma: (Efficacy, Source)) -> Indications {
    let (level, source_of_melasma) = melasma;
    let melasma = Indication { concern: Concern::Melasma, level, when_severe: None, source: source_of_melasma };
    let mut rows = [melasma; 13];
    let mut i = 0;
    while i < TABLE_CONCERNS.len() {
        rows[i] = Indication { concern: TABLE_CONCERNS[i], level: row[i], when_severe: None, source };
        i += 1;
    }
    rows[12].concern = Concern::Pigmentation;
    rows
}

/// Seed 003 puts severe scarring, deep wrinkles and significant sun damage with lasers and deep
/// peels: the concerns whose severe form the gentler treatments rate lower.
const SEVERE_GOES_DEEPER: [Concern; 4] =
    [Concern::FineLines, Concern::AcneScars, Concern::OtherScars, Concern::SunDamage];

/// What a gentler treatment's rating becomes for the severe form of a [`SEVERE_GOES_DEEPER`]
/// concern.
#[derive(Clone, Copy)]
enum WhenSevere {
    /// "Some" at best.
    Some,
    /// One level lower ("good" to "some", "some" to "–").
    OneLevelLower,
}

/// Sets `when_severe` by `rule` for the [`SEVERE_GOES_DEEPER`] concerns this treatment
/// addresses at all (a "–" stays "–" without an override).
const fn severe_rated(mut rows: Indications, rule: WhenSevere) -> Indications {
    let mut i = 0;
    while i < rows.len() {
        let row = &mut rows[i];
        if among(row.concern, &SEVERE_GOES_DEEPER) && !matches!(row.level, Efficacy::NotIndicated) {
            row.when_severe = Some(match (rule, row.level) {
                (WhenSevere::OneLevelLower, Efficacy::Good) | (WhenSevere::Some, _) => Efficacy::Some,
                (WhenSevere::OneLevelLower, _) => Efficacy::NotIndicated,
            });
        }
        i += 1;
    }
    rows
}

/// Keeps `concern`'s rating for its severe form too (a variant whose evidence covers severe cases).
const fn severe_kept(mut rows: Indications, concern: Concern) -> Indications {
    let mut i = 0;
    while i < rows.len() {
        if rows[i].concern as u8 == concern as u8 {
            rows[i].when_severe = None;
        }
        i += 1;
    }
    rows
}

/// Re-cites some cells of a row to a more specific source.
const fn cite(mut rows: Indications, concerns: &[Concern], source: Source) -> Indications {
    let mut i = 0;
    while i < rows.len() {
        if among(rows[i].concern, concerns) {
            rows[i].source = source;
        }
        i += 1;
    }
    rows
}

/// `concerns.contains(&c)`, in a `const fn`.
const fn among(c: Concern, concerns: &[Concern]) -> bool {
    let mut i = 0;
    while i < concerns.len() {
        if concerns[i] as u8 == c as u8 {
            return true;
        }
        i += 1;
    }
    false
}

/// "Not now": each condition rules the treatment out until [`until_for`] says otherwise.
const fn absolute<const K: usize>(source: Source, conditions: [Condition; K]) -> [Contraindication; K] {
    listed(source, ContraKind::Absolute, conditions)
}

/// "Talk to your provider first": no waiting period, so `until` is [`Until::Indefinitely`].
const fn relative<const K: usize>(source: Source, conditions: [Condition; K]) -> [Contraindication; K] {
    listed(source, ContraKind::Relative, conditions)
}

/// One contraindication of `kind` per condition.
const fn listed<const K: usize>(source: Source, kind: ContraKind, conditions: [Condition; K]) -> [Contraindication; K] {
    let first = Contraindication { condition: conditions[0], kind, until: Until::Indefinitely, source };
    let mut rows = [first; K];
    let mut i = 0;
    while i < K {
        rows[i].condition = conditions[i];
        if let ContraKind::Absolute = kind {
            rows[i].until = until_for(conditions[i]);
        }
        i += 1;
    }
    rows
}

/// When an absolute contraindication stops applying: temporary states once cleared, permanent
/// ones (scleroderma, neuromuscular disorder, allergy, keloid tendency) never.
const fn until_for(c: Condition) -> Until {
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
        | Condition::ColdSoreHistory
        | Condition::ImplantedDevice
        | Condition::BleedingDisorder => Until::Indefinitely,
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
const fn tone_everywhere(risk: ToneRisk, source: Source) -> ToneSafety {
    ToneSafety { types_i_to_iii: risk, type_iv: risk, types_v_vi: risk, source }
}
