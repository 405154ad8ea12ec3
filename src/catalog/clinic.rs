//! A clinic's offer: which treatments it provides, its own prices and its currency.
//! [`Catalog::for_clinic`] turns the standard catalog into the one a clinic's widget compares.

use super::{Catalog, Price, PriceUnit, Range, Source, Sourced, TreatmentId};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ISO 4217 currency code, e.g. USD, EUR, GBP. Serialised as its code ("EUR").
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");
    pub const EUR: Currency = Currency(*b"EUR");
    pub const GBP: Currency = Currency(*b"GBP");

    /// Three ASCII letters, any case (uppercased).
    pub fn parse(code: &str) -> Result<Currency, String> {
        match code.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => {
                Ok(Currency([a, b, c].map(|l| l.to_ascii_uppercase())))
            }
            _ => Err("expected a three-letter ISO 4217 code such as USD or EUR".to_string()),
        }
    }

    /// The three uppercase letters.
    pub fn code(&self) -> &str {
        // Only `parse` and the constants build a Currency: always ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("USD")
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::USD
    }
}

impl std::fmt::Debug for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::parse(&code).map_err(serde::de::Error::custom)
    }
}

/// What the clinic charges for one treatment: a range in the clinic's currency, per session,
/// treatment or syringe (`None`: the catalog's unit for that treatment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClinicPrice {
    pub range: Range,
    pub per: Option<PriceUnit>,
}

/// A clinic's offer. An empty `offered` is not special: it offers nothing (the config layer
/// fills it with all eleven by default).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicOffer {
    pub offered: Vec<TreatmentId>,
    /// The clinic's own prices; where a treatment is listed twice the first entry counts.
    pub prices: Vec<(TreatmentId, ClinicPrice)>,
    /// The clinic's currency: its prices and the visitor's budget are in it.
    pub currency: Currency,
    /// true: treatments not offered are left out of the comparison entirely; false: shown as
    /// "not offered here".
    pub hide_not_offered: bool,
}

impl Default for ClinicOffer {
    /// All nine offered, no prices of its own, US dollars, the others shown.
    fn default() -> Self {
        ClinicOffer {
            offered: TreatmentId::ALL.to_vec(),
            prices: Vec::new(),
            currency: Currency::USD,
            hide_not_offered: false,
        }
    }
}

impl ClinicOffer {
    pub fn price(&self, id: TreatmentId) -> Option<&ClinicPrice> {
        self.prices.iter().find(|(t, _)| *t == id).map(|(_, p)| p)
    }
}

impl Catalog {
    /// The standard catalog as this clinic offers it: only its treatments when it hides the
    /// others (else every one, the others marked as not offered), its own prices in place of
    /// the catalog's (cited as [`Source::Clinic`]), and its currency for the visitor's budget.
    pub fn for_clinic(offer: &ClinicOffer) -> Catalog {
        let mut catalog = Catalog::standard();
        if offer.hide_not_offered {
            catalog = catalog.only(&offer.offered);
        }
        catalog.offered = offer.offered.clone();
        catalog.currency = offer.currency;
        for t in &mut catalog.treatments {
            if let Some(p) = offer.price(t.id) {
                let per = p.per.unwrap_or(t.price.value.per);
                let price = Price { amount: p.range, currency: offer.currency, per };
                t.price = Sourced { value: price, source: Source::Clinic, note: "" };
            }
        }
        catalog
    }
}

#[cfg(test)]
#[path = "clinic_tests.rs"]
mod tests;
