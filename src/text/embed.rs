//! What a language provides for the embedding around the questions and results: the booking
//! line and the message shown instead of the widget when a clinic's configuration is invalid.

use super::results::fill;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmbedText {
    /// The booking link's label.
    pub book: &'static str,
    /// Before the booking link or the clinic's contact text: "Next step".
    pub next_step: &'static str,
    /// Without a booking link or contact text; `{clinic}`.
    pub ask_clinic: &'static str,
    /// `{clinic}` when the clinic has no name configured.
    pub no_clinic: &'static str,
    /// Before the problem, when the configuration is invalid.
    pub config_error: &'static str,
    /// Shown by the loader (`treatment-compare.js`) when the widget itself cannot load.
    pub load_failed: &'static str,
}

impl EmbedText {
    pub fn ask(&self, clinic: &str) -> String {
        let clinic = if clinic.is_empty() { self.no_clinic } else { clinic };
        fill(self.ask_clinic, &[("clinic", clinic)])
    }
}
