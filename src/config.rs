//! What a clinic configures: its name and which treatments it offers. Parsed from JSON (the
//! embed's config object); every error names the field.

use crate::catalog::TreatmentId;
use crate::text::{Locale, Text};
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct WidgetConfig {
    /// Shown in the heading and the "book a consultation" line.
    pub clinic_name: String,
    /// Treatments the clinic offers; the others are shown as "not offered here".
    #[serde(default = "all_treatments")]
    pub treatments: Vec<TreatmentId>,
    #[serde(default)]
    pub locale: Locale,
}

fn all_treatments() -> Vec<TreatmentId> {
    TreatmentId::ALL.to_vec()
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig { clinic_name: String::new(), treatments: all_treatments(), locale: Locale::default() }
    }
}

impl WidgetConfig {
    pub fn offers(&self, id: TreatmentId) -> bool {
        self.treatments.contains(&id)
    }

    pub fn text(&self) -> &'static Text {
        self.locale.text()
    }
}
