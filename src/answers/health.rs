//! The health screen: every contraindication in clinical-facts.md is one [`Condition`] (answered
//! no / yes / not sure), plus isotretinoin use with the date of the last dose.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// An answer to a yes/no health question where the visitor may not know.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    #[default]
    No,
    Yes,
    NotSure,
}

impl YesNo {
    pub const ALL: [YesNo; 3] = [YesNo::No, YesNo::Yes, YesNo::NotSure];
}

/// Health-screen questions other than isotretinoin (which has a date). Every contraindication in
/// clinical-facts.md maps to one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    PregnantOrBreastfeeding,
    ActiveAcne,
    ActiveInfection,
    ColdSoreHistory,
    SkinConditionFlare,
    OpenWounds,
    KeloidTendency,
    BloodThinners,
    Immunosuppressants,
    UncontrolledDiabetes,
    RecentProcedure,
    Sunburn,
    SkinCancer,
    NeuromuscularDisorder,
    NumbingOrMetalAllergy,
    PhotosensitisingMedication,
    RecentFacialSurgery,
    Scleroderma,
    #[serde(rename = "under_22")]
    Under22,
    /// A pacemaker, defibrillator or other implanted electronic device, or metal implants in the
    /// face (added in December 2026 with RF microneedling).
    ImplantedDevice,
    /// A bleeding or platelet disorder, or a low platelet count (asked apart from blood thinners
    /// since December 2026, with microneedling with PRP).
    BleedingDisorder,
}

impl Condition {
    pub const ALL: [Condition; 21] = [
        Condition::PregnantOrBreastfeeding,
        Condition::ActiveAcne,
        Condition::ActiveInfection,
        Condition::ColdSoreHistory,
        Condition::SkinConditionFlare,
        Condition::OpenWounds,
        Condition::KeloidTendency,
        Condition::BloodThinners,
        Condition::Immunosuppressants,
        Condition::UncontrolledDiabetes,
        Condition::RecentProcedure,
        Condition::Sunburn,
        Condition::SkinCancer,
        Condition::NeuromuscularDisorder,
        Condition::NumbingOrMetalAllergy,
        Condition::PhotosensitisingMedication,
        Condition::RecentFacialSurgery,
        Condition::Scleroderma,
        Condition::Under22,
        Condition::ImplantedDevice,
        Condition::BleedingDisorder,
    ];

    /// The questions of answers saved before December 2026 (saved versions 1 and 2): the first
    /// [`Condition::ALL`], in the same order. The others were added later and are unanswered in
    /// such answers.
    pub const BEFORE_VARIANTS: usize = 19;

    /// Whether this question was added after answers of saved versions 1 and 2 were written.
    pub fn added_with_variants(self) -> bool {
        self as usize >= Condition::BEFORE_VARIANTS
    }

    /// Whether "not sure" is offered; for some questions the visitor always knows.
    pub fn allows_not_sure(self) -> bool {
        !matches!(self, Condition::Sunburn | Condition::OpenWounds | Condition::Under22)
    }
}

/// Oral isotretinoin (Accutane, Roaccutane) use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status", deny_unknown_fields)]
pub enum Isotretinoin {
    #[default]
    Never,
    Current,
    Stopped {
        last_taken: Date,
    },
    NotSure,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Health {
    pub isotretinoin: Isotretinoin,
    /// One answer per [`Condition`]; [`Answers::validate`] insists that every one is answered.
    #[serde(deserialize_with = "deserialize_conditions")]
    pub conditions: Conditions,
}

impl Health {
    /// A health screen with every question answered "no".
    pub fn all_no() -> Health {
        Health {
            isotretinoin: Isotretinoin::Never,
            conditions: Condition::ALL.iter().map(|&c| (c, YesNo::No)).collect(),
        }
    }

    pub fn answer(&self, c: Condition) -> YesNo {
        self.conditions.get(&c).copied().unwrap_or_default()
    }

    pub fn with(mut self, c: Condition, a: YesNo) -> Health {
        self.conditions.insert(c, a);
        self
    }
}

/// Reads the conditions map so that a bad answer names its condition
/// (`sunburn: unknown variant `maybe`...`); a derived map reader loses the key.
fn deserialize_conditions<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Conditions, D::Error> {
    use serde::de::{Error, IntoDeserializer, MapAccess, Visitor};
    struct Reader;
    impl<'de> Visitor<'de> for Reader {
        type Value = Conditions;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object with one answer per health condition")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Conditions::default();
            while let Some(key) = map.next_key::<String>()? {
                let parse_err = |e: serde::de::value::Error| A::Error::custom(format!("{key}: {e}"));
                let condition = Condition::deserialize(key.as_str().into_deserializer()).map_err(parse_err)?;
                let answer: String = map.next_value().map_err(|e| A::Error::custom(format!("{key}: {e}")))?;
                let answer = YesNo::deserialize(answer.as_str().into_deserializer()).map_err(parse_err)?;
                if out.insert(condition, answer).is_some() {
                    return Err(A::Error::custom(format!("{key}: answered twice")));
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(Reader)
}

/// The health screen's answers: one slot per [`Condition`], empty until answered. A fixed array
/// rather than a map: the conditions are a short closed list (and a map's code is about 4 KB
/// gzipped of the wasm).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Conditions([Option<YesNo>; Condition::ALL.len()]);

impl Conditions {
    /// The slot of `c`: its place in [`Condition::ALL`] (a test checks that this is its
    /// declaration order).
    fn slot(c: Condition) -> usize {
        c as usize
    }

    pub fn get(&self, c: &Condition) -> Option<&YesNo> {
        self.0[Self::slot(*c)].as_ref()
    }

    /// Answers `c`; returns the earlier answer, if any.
    pub fn insert(&mut self, c: Condition, a: YesNo) -> Option<YesNo> {
        self.0[Self::slot(c)].replace(a)
    }

    pub fn remove(&mut self, c: &Condition) -> Option<YesNo> {
        self.0[Self::slot(*c)].take()
    }

    /// The answered conditions with their answers, in [`Condition::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Condition, YesNo)> + '_ {
        Condition::ALL.iter().zip(self.0.iter()).filter_map(|(&c, a)| a.map(|a| (c, a)))
    }

    pub fn len(&self) -> usize {
        self.0.iter().flatten().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl FromIterator<(Condition, YesNo)> for Conditions {
    fn from_iter<I: IntoIterator<Item = (Condition, YesNo)>>(items: I) -> Conditions {
        let mut out = Conditions::default();
        for (c, a) in items {
            out.insert(c, a);
        }
        out
    }
}

/// An object of the answered conditions (`{"sunburn": "no", ...}`), as the answers file has it.
impl Serialize for Conditions {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.len()))?;
        for (c, a) in self.iter() {
            map.serialize_entry(&c, &a)?;
        }
        map.end()
    }
}

#[cfg(test)]
#[path = "health_tests.rs"]
mod tests;
