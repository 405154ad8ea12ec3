//! Every visitor-facing string, per locale. A new language is a new set of constants here (one
//! per section file) and a new [`Locale`] variant: data, not code.

mod questions;
mod results;

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

pub static EN: Text = Text { questions: &questions::EN, results: &results::EN };
