//! The treatments and families by id (their JSON names are the answers', the configuration's and
//! the events' ids), and a small set of treatments.

use serde::Serialize;

/// The eleven treatments the engine scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TreatmentId {
    Microneedling,
    MicroneedlingRf,
    MicroneedlingPrp,
    PeelSuperficial,
    PeelMedium,
    PeelDeep,
    LaserNonAblative,
    LaserAblative,
    Neuromodulator,
    Filler,
    Microdermabrasion,
}

/// A set of treatments (the ones ticked for the timeline comparison): one bit per
/// [`TreatmentId`], iterated in catalog order. Small and `Copy`, where a `BTreeSet`'s code would
/// cost the wasm about 1.5 KB gzipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TreatmentSet(u16);

impl TreatmentSet {
    pub fn contains(&self, id: &TreatmentId) -> bool {
        self.0 & (1 << *id as u16) != 0
    }

    /// Adds `id`; false if it was there already.
    pub fn insert(&mut self, id: TreatmentId) -> bool {
        let had = self.contains(&id);
        self.0 |= 1 << id as u16;
        !had
    }

    /// Takes `id` out; false if it was not there.
    pub fn remove(&mut self, id: &TreatmentId) -> bool {
        let had = self.contains(id);
        self.0 &= !(1 << *id as u16);
        had
    }

    /// The treatments in the set, in [`TreatmentId::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = TreatmentId> + '_ {
        TreatmentId::ALL.into_iter().filter(|id| self.contains(id))
    }

    /// The treatments of [`TreatmentId::ALL`] for which `keep` is true.
    pub fn of(keep: impl Fn(TreatmentId) -> bool) -> TreatmentSet {
        let mut set = TreatmentSet::default();
        for id in TreatmentId::ALL.into_iter().filter(|id| keep(*id)) {
            set.insert(id);
        }
        set
    }
}

impl TreatmentId {
    pub const ALL: [TreatmentId; 11] = [
        TreatmentId::Microneedling,
        TreatmentId::MicroneedlingRf,
        TreatmentId::MicroneedlingPrp,
        TreatmentId::PeelSuperficial,
        TreatmentId::PeelMedium,
        TreatmentId::PeelDeep,
        TreatmentId::LaserNonAblative,
        TreatmentId::LaserAblative,
        TreatmentId::Neuromodulator,
        TreatmentId::Filler,
        TreatmentId::Microdermabrasion,
    ];

    pub fn family(self) -> Family {
        match self {
            TreatmentId::Microneedling | TreatmentId::MicroneedlingRf | TreatmentId::MicroneedlingPrp => {
                Family::Microneedling
            }
            TreatmentId::PeelSuperficial | TreatmentId::PeelMedium | TreatmentId::PeelDeep => Family::ChemicalPeel,
            TreatmentId::LaserNonAblative | TreatmentId::LaserAblative => Family::Laser,
            TreatmentId::Neuromodulator | TreatmentId::Filler => Family::Injectables,
            TreatmentId::Microdermabrasion => Family::Microdermabrasion,
        }
    }

    pub fn is_injection(self) -> bool {
        self.family() == Family::Injectables
    }
}

/// The five families the visitor compares; the variants sit inside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Microneedling,
    ChemicalPeel,
    Laser,
    Injectables,
    Microdermabrasion,
}

impl Family {
    pub const ALL: [Family; 5] =
        [Family::Microneedling, Family::ChemicalPeel, Family::Laser, Family::Injectables, Family::Microdermabrasion];

    pub fn variants(self) -> impl Iterator<Item = TreatmentId> {
        TreatmentId::ALL.into_iter().filter(move |t| t.family() == self)
    }
}
