//! English. Another language is a sibling folder with the same two files and a `Locale` variant.

mod embed;
mod questions;
mod results;

pub use embed::EMBED;
pub use questions::QUESTIONS;
pub use results::RESULTS;
