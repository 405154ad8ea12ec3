//! What a language provides for the embedding around the questions and results: the booking
//! line, the message shown instead of the widget when a clinic's configuration is invalid, and
//! the loader's messages when the widget cannot load or has stopped.

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

    // Kept and shared answers, and the booking hand-off.
    /// A stored state from another version, or corrupt.
    pub notice_restore_failed: &'static str,
    /// A shared link that could not be read.
    pub notice_link_failed: &'static str,
    /// A shared link without health answers.
    pub notice_link_without_health: &'static str,
    /// Closes a notice.
    pub notice_dismiss: &'static str,
    /// Clears every answer.
    pub start_over: &'static str,
    /// `remember="device"`: the visitor's explicit choice.
    pub keep_on_device: &'static str,
    pub keep_on_device_hint: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    pub share_button: &'static str,
    pub share_health: &'static str,
    pub share_health_why: &'static str,
    pub share_copied: &'static str,
    /// The link, when the clipboard cannot be used.
    pub share_copy_yourself: &'static str,
    /// What the booking request carries: `{clinic}`, `{what}` (a list).
    pub booking_tells: &'static str,
    /// `{plan}`: its treatments.
    pub booking_item_plan: &'static str,
    pub booking_item_language: &'static str,
    pub booking_item_checks: &'static str,
    pub booking_item_answers: &'static str,
    pub booking_share_answers: &'static str,
    /// Shown by the loader in every widget on the page when the widget's code has failed
    /// (a panic, which stops the WebAssembly instance all of them share).
    pub crashed: &'static str,
}

impl EmbedText {
    pub fn ask(&self, clinic: &str) -> String {
        let clinic = if clinic.is_empty() { self.no_clinic } else { clinic };
        fill(self.ask_clinic, &[("clinic", clinic)])
    }
}
