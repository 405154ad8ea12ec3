//! What a language provides for the embedding around the questions and results: the booking
//! line, the message shown instead of the widget when a clinic's configuration is invalid, and
//! the loader's messages when the widget cannot load or has stopped.

use super::template::fill;
use super::EmbedText;

impl EmbedText {
    pub fn ask(&self, clinic: &str) -> String {
        let clinic = if clinic.is_empty() { self.no_clinic } else { clinic };
        fill(self.ask_clinic, &[("clinic", clinic)])
    }
}
