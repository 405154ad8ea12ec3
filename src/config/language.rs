//! Which language a widget shows, and which it offers in its switch: the `locale` and
//! `languages` attributes, the page's languages, and the clinic's own text tables (`text` in the
//! configuration JSON), each checked and built whichever language is shown.

use super::ConfigError;
use crate::text::{self, is_language_tag, language_of, Locale, Pairs, Table, BUILT_IN};

/// The language shown and those the visitor may switch between, from the `locale` attribute,
/// else the page's languages, else English; every language in the clinic's `text` is checked
/// and built, whichever is shown.
pub(super) fn choose_language(
    locale: Option<String>,
    languages: Option<String>,
    tables: &Pairs<Table>,
    page_languages: &[String],
) -> Result<(Locale, Vec<Locale>, Vec<String>), ConfigError> {
    let mut available: Vec<String> = BUILT_IN.map(String::from).to_vec();
    let mut warnings = Vec::new();
    for code in tables.keys() {
        if !is_language_tag(code) || code.contains(['-', '_']) || *code != code.to_ascii_lowercase() {
            return Err(ConfigError::new(
                format!("text.{code}"),
                "not a language code: use a lower-case language code such as \"fr\"",
            ));
        }
        let (_, missing) = build(code, code, tables)?;
        if !missing.is_empty() {
            warnings.push(format!(
                "text.{code}: {} keys are missing and show in English: {}",
                missing.len(),
                missing.join(", ")
            ));
        }
        if !available.contains(code) {
            available.push(code.clone());
        }
    }
    let mut offered: Vec<String> = Vec::new();
    for tag in languages.iter().flat_map(|list| list.split([' ', ',', '\t', '\n']).filter(|t| !t.is_empty())) {
        let code = language_of(tag);
        if !is_language_tag(tag) || !available.contains(&code) {
            return Err(ConfigError::new(
                "languages",
                format!("\"{tag}\" is not available (available: {})", available.join(", ")),
            ));
        }
        if !offered.contains(&code) {
            offered.push(code);
        }
    }
    let candidates = if offered.is_empty() { &available } else { &offered };
    let tag = match locale {
        Some(tag) if is_language_tag(&tag) && candidates.contains(&language_of(&tag)) => tag,
        Some(tag) => {
            return Err(ConfigError::new(
                "locale",
                format!("\"{tag}\" is not available (available: {})", candidates.join(", ")),
            ))
        }
        None => page_languages
            .iter()
            .map(|t| t.trim())
            .find(|t| is_language_tag(t) && candidates.contains(&language_of(t)))
            .map(str::to_string)
            .unwrap_or_else(|| if candidates.iter().any(|c| c == "en") { "en".into() } else { candidates[0].clone() }),
    };
    let (shown, _) = build(&language_of(&tag), &tag, tables)?;
    let mut switch = Vec::new();
    if offered.len() > 1 {
        for code in &offered {
            switch.push(if *code == shown.code() { shown } else { build(code, code, tables)?.0 });
        }
    }
    Ok((shown, switch, warnings))
}

/// Language `code`'s text with the clinic's table for it.
fn build(code: &str, tag: &str, tables: &Pairs<Table>) -> Result<(Locale, Vec<String>), ConfigError> {
    let empty = Table::new();
    text::build(code, tag, tables.get(code).unwrap_or(&empty))
        .map_err(|p| ConfigError::new(format!("text.{code}.{}", p.key), p.problem))
}

/// The language of the message shown when the configuration is invalid: the built-in language
/// the `locale` attribute or the page asks for, else English.
pub fn message_locale(locale: Option<String>, page_languages: &[String]) -> Locale {
    locale.iter().chain(page_languages).find_map(|tag| Locale::built_in(tag.trim())).unwrap_or_default()
}
