//! English. Another language is a sibling folder with the same two files and a `Locale` variant.

mod questions;
mod results;

pub use questions::QUESTIONS;
pub use results::RESULTS;
