//! Every visitor-facing string, per language.
//!
//! `questions.rs`, `results.rs` and `embed.rs` define what a language provides (the
//! [`QuestionText`], [`ResultText`] and [`EmbedText`] structs, with lookups by enum),
//! `sentences.rs` and `money.rs` assemble sentences and figures from their templates, and `keys.rs`
//! names every string with a key (`results.treatments.microneedling`).
//!
//! English (`en/`) is the reference, compiled in. Every other language is a table of keys and
//! texts laid over English by one mechanism, [`build`]: the built-in Spanish (`es.json`) and
//! any language or override a clinic writes in its configuration. The same checks apply to all
//! of them: an unknown key or a placeholder English does not have is an error naming the key; a
//! key a language lacks falls back to English and is reported.

pub(crate) mod embed;
pub mod en;
pub(crate) mod intl;
pub(crate) mod keys;
mod money;
mod number;
pub(crate) mod questions;
pub(crate) mod results;
mod sentences;
mod table;

pub use embed::EmbedText;
pub use keys::{placeholders, EXTRA_PLURALS};
pub use number::number;
pub use questions::QuestionText;
pub use results::{fill, ResultText};
pub use table::{Pairs, Table};

use keys::{walk, Slot, Strings};
use std::cell::RefCell;

/// All strings of one language, by screen, with the language's code, tag and direction.
#[derive(Debug, PartialEq)]
pub struct Text {
    /// The language of the text table: "en", "es", or a language a clinic added ("fr").
    pub code: &'static str,
    /// The BCP 47 tag the widget's `lang` attribute and the dates' and prices' formats use:
    /// the code, or the regional tag the page asked for ("es-MX").
    pub tag: &'static str,
    /// The language's own name, for the language switch ("Español").
    pub name: &'static str,
    /// `ltr` or `rtl`, for the widget's `dir` attribute.
    pub dir: &'static str,
    pub questions: &'static QuestionText,
    pub results: &'static ResultText,
    pub embed: &'static EmbedText,
}

pub static EN: Text = Text {
    code: "en",
    tag: "en",
    name: "English",
    dir: "ltr",
    questions: &en::QUESTIONS,
    results: &en::RESULTS,
    embed: &en::EMBED,
};

// The built-in Spanish (`es.json`), written by build.rs: `SPANISH_TEXTS`, the texts of the keys
// of `src/text/en.json` in that order (each ended by U+0000; U+0001 for a key es.json lacks),
// `SPANISH_KEY_ORDER`, a fingerprint of that order, and `SPANISH_EXTRA`, es.json's keys that are
// not in it.
include!(concat!(env!("OUT_DIR"), "/es.rs"));

/// The built-in Spanish as the text table `es.json` is: its texts on the keys of English, taken
/// in walk order (the order `src/text/en.json` lists them in, which a test keeps current).
pub fn spanish_table() -> Table {
    let english = english_table();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in english.iter().flat_map(|(key, _)| key.bytes().chain([b'\n'])) {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    // Keys walked in another order than src/text/en.json lists would get the wrong texts: a
    // stale src/text/en.json fails the tests here, and a release build shows English.
    debug_assert_eq!(
        hash, SPANISH_KEY_ORDER,
        "src/text/en.json is out of date: run `TC_WRITE_TEXT_KEYS=1 cargo test --lib text`"
    );
    if hash != SPANISH_KEY_ORDER {
        return Table::new();
    }
    let texts = english.into_iter().zip(SPANISH_TEXTS.split('\u{0}')).filter(|(_, text)| *text != "\u{1}");
    let extra = SPANISH_EXTRA.iter().map(|(key, text)| (key.to_string(), text.to_string()));
    texts.map(|((key, _), text)| (key, text.to_string())).chain(extra).collect()
}

/// The languages built in.
pub const BUILT_IN: [&str; 2] = ["en", "es"];

/// A text table that cannot be used: which key, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextProblem {
    pub key: String,
    pub problem: String,
}

/// The text a widget shows: a language's [`Text`], shared by everything that renders it.
/// Compared by identity: the same language and overrides give the same `Locale`.
#[derive(Clone, Copy, Debug)]
pub struct Locale(&'static Text);

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Locale {}

impl Default for Locale {
    fn default() -> Locale {
        Locale(&EN)
    }
}

impl Locale {
    pub fn text(self) -> &'static Text {
        self.0
    }

    /// The language code ("en", "es", "fr").
    pub fn code(self) -> &'static str {
        self.0.code
    }

    /// A built-in language by its code or a regional tag (`es-MX` is Spanish formatted as in
    /// Mexico, `en-GB` English as in Britain), without clinic overrides.
    pub fn built_in(tag: &str) -> Option<Locale> {
        let code = language_of(tag);
        BUILT_IN.contains(&code.as_str()).then(|| build(&code, tag, &Table::new()).map(|(l, _)| l).ok()).flatten()
    }
}

/// The language of a BCP 47 tag, lower case: "es-MX" and "es_419" are "es".
pub fn language_of(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// Whether `tag` looks like a BCP 47 tag the platform's formats accept: a 2-3 letter language,
/// then optional subtags of 1-8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

thread_local! {
    /// Every text built so far, by what it was built from. Texts live as long as the page
    /// (the widget's components hold `&'static` strings); this keeps one copy of each, so
    /// rebuilding a configuration (an attribute change) allocates nothing new.
    static TEXTS: RefCell<Vec<(String, &'static Text)>> = const { RefCell::new(Vec::new()) };
}

/// A string of a text being built, kept for the page's lifetime (built once per text: see
/// [`TEXTS`]).
fn keep(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// The text of language `code` (formatted for `tag`) with a clinic's `table` on top: for a
/// built-in language its own text, else English. Returns the locale and, the first time this
/// language and table are built, the keys it lacks (filled from English); the same request
/// again returns the same locale and no keys, so a page logs them once.
pub fn build(code: &str, tag: &str, table: &Table) -> Result<(Locale, Vec<String>), TextProblem> {
    let tag = if is_language_tag(tag) && language_of(tag) == code { tag } else { code };
    let mut fingerprint = format!("{code}|{tag}");
    for (key, text) in table.iter() {
        for part in ["\u{0}", key, "\u{1}", text] {
            fingerprint.push_str(part);
        }
    }
    if let Some(text) = TEXTS.with(|t| t.borrow().iter().find(|(f, _)| *f == fingerprint).map(|(_, t)| *t)) {
        return Ok((Locale(text), Vec::new()));
    }
    let spanish;
    let (base, table) = match code {
        // The built-in Spanish itself: its table over English.
        "es" if tag == "es" && table.is_empty() => {
            spanish = spanish_table();
            (&EN, &spanish)
        }
        "es" => (build("es", "es", &Table::new())?.0.text(), table),
        _ => (&EN, table),
    };
    let (strings, lacking) = overlay(base, table)?;
    let missing = if BUILT_IN.contains(&code) { Vec::new() } else { lacking };
    let text = leak(keep(code), keep(tag), strings);
    TEXTS.with(|t| t.borrow_mut().push((fingerprint, text)));
    Ok((Locale(text), missing))
}

/// `base`'s strings with `table`'s on top, and the keys `table` lacks (optional plural forms
/// aside). The table is checked whole before any of its strings is kept.
fn overlay(base: &Text, table: &Table) -> Result<(Strings, Vec<String>), TextProblem> {
    let mut strings = Strings::of(base);
    let mut used = 0;
    let mut missing = Vec::new();
    let mut problem = None;
    walk(&mut strings, &mut |slot: Slot<'_>| match table.get(slot.key) {
        Some(text) => {
            used += 1;
            if problem.is_none() {
                problem = check(slot.key, slot.value, slot.optional, text).err();
            }
        }
        None if !slot.optional => missing.push(slot.key.to_string()),
        None => {}
    });
    if let Some(p) = problem {
        return Err(p);
    }
    if used < table.len() {
        let known: Vec<String> = entries(base).into_iter().map(|(key, _, _)| key).collect();
        if let Some(unknown) = table.keys().find(|k| !known.contains(k)) {
            return Err(TextProblem { key: unknown.clone(), problem: unknown_key(unknown, &known) });
        }
    }
    walk(&mut strings, &mut |slot: Slot<'_>| {
        if let Some(text) = table.get(slot.key) {
            *slot.value = keep(text);
        }
    });
    Ok((strings, missing))
}

/// The longest text a clinic may give for one key (the longest built-in text is under 400).
pub const MAX_TEXT_LEN: usize = 2_000;

/// A translation may use the blanks the English template has (a plural form: `{n}`), in any
/// order, and no other.
fn check(key: &str, base: &str, optional: bool, text: &str) -> Result<(), TextProblem> {
    if text.chars().count() > MAX_TEXT_LEN {
        return Err(TextProblem { key: key.into(), problem: format!("is longer than {MAX_TEXT_LEN} characters") });
    }
    if key == "language.dir" && !["ltr", "rtl"].contains(&text) {
        return Err(TextProblem { key: key.into(), problem: format!("\"{text}\": expected \"ltr\" or \"rtl\"") });
    }
    let allowed = placeholders(base);
    match placeholders(text).into_iter().find(|p| !(allowed.contains(p) || optional && *p == "n")) {
        None => Ok(()),
        Some(p) => {
            let known = if allowed.is_empty() {
                "this text has no placeholders".to_string()
            } else {
                format!(
                    "its placeholders are {}",
                    allowed.iter().map(|a| format!("{{{a}}}")).collect::<Vec<_>>().join(", ")
                )
            };
            Err(TextProblem { key: key.into(), problem: format!("unknown placeholder {{{p}}}: {known}") })
        }
    }
}

/// "unknown text key", with the closest known key when one is near.
fn unknown_key(key: &str, known: &[String]) -> String {
    let nearest = known.iter().map(|k| (edit_distance(key, k), k)).min();
    match nearest {
        Some((d, k)) if d <= 3 => format!("unknown text key (did you mean \"{k}\"?)"),
        _ => "unknown text key (the keys are listed in src/text/en.json)".to_string(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn leak(code: &'static str, tag: &'static str, s: Strings) -> &'static Text {
    let mut results = s.results;
    results.tag = tag;
    Box::leak(Box::new(Text {
        code,
        tag,
        name: s.name,
        dir: s.dir,
        questions: Box::leak(Box::new(s.questions)),
        results: Box::leak(Box::new(results)),
        embed: Box::leak(Box::new(s.embed)),
    }))
}

/// Every key of `t` with its text and whether a language may leave it out, in walk order.
fn entries(t: &Text) -> Vec<(String, &'static str, bool)> {
    let mut out = Vec::new();
    walk(&mut Strings::of(t), &mut |slot: Slot<'_>| out.push((slot.key.to_string(), *slot.value, slot.optional)));
    out
}

/// Every key of the reference English with its text, in the order the keys are walked: the
/// table a clinic copies to add a language (`src/text/en.json`).
pub fn english_table() -> Vec<(String, &'static str)> {
    entries(&EN).into_iter().filter(|(_, _, optional)| !optional).map(|(k, v, _)| (k, v)).collect()
}

/// The text of every key of `locale`, in walk order (tests compare languages with it).
pub fn table_of(locale: Locale) -> Vec<(String, &'static str)> {
    entries(locale.text()).into_iter().map(|(k, v, _)| (k, v)).collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
