//! Every visitor-facing string, per locale.
//!
//! `questions.rs` and `results.rs` define what a language must provide (the [`QuestionText`]
//! and [`ResultText`] structs, with lookups by enum), `sentences.rs` assembles sentences from
//! their templates, and `en/` holds the English data. A new language is a new folder beside
//! `en/` and a [`Locale`] variant: data, not code.

pub(crate) mod embed;
pub mod en;
mod money;
pub(crate) mod questions;
pub(crate) mod results;
mod sentences;

pub use embed::EmbedText;
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
    pub const ALL: [Locale; 1] = [Locale::En];

    /// The language code a page uses for this locale (`locale="en"`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// The locale for a code such as "en" or "EN"; a regional code ("en-GB") falls back to
    /// its language.
    pub fn from_code(code: &str) -> Option<Locale> {
        let language = code.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(language))
    }

    /// "en, fr": the available codes, for error messages.
    pub fn codes() -> String {
        Locale::ALL.map(Locale::code).join(", ")
    }

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
    pub embed: &'static EmbedText,
}

pub static EN: Text = Text { questions: &en::QUESTIONS, results: &en::RESULTS, embed: &en::EMBED };
