//! Every visitor-facing string, per locale.
//!
//! `questions.rs` and `results.rs` define what a language must provide (the [`QuestionText`]
//! and [`ResultText`] structs, with lookups by enum), `sentences.rs` assembles sentences from
//! their templates, and `en/` holds the English data. A new language is a new folder beside
//! `en/` and a [`Locale`] variant: data, not code.

pub mod en;
pub(crate) mod questions;
pub(crate) mod results;
mod sentences;

pub use questions::QuestionText;
pub use results::ResultText;

use serde::Deserialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    pub fn text(self) -> &'static Text {
        match self {
            Locale::En => &EN,
        }
    }
}

/// All strings for one locale, by screen.
#[derive(Debug, PartialEq)]
pub struct Text {
    pub questions: &'static QuestionText,
    pub results: &'static ResultText,
}

pub static EN: Text = Text { questions: &en::QUESTIONS, results: &en::RESULTS };
