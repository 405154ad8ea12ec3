//! Every visitor-facing string is declared once, in a data file per language: `src/text/en.json`
//! (the reference: every key, in screen order, with its English) and `src/text/es.json` (the
//! same keys in Spanish). This module turns them into Rust at build time (`build.rs` includes
//! it): the structs the widget reads its strings from (`QuestionText`, `ResultText`,
//! `EmbedText`, their fields named after the keys), the key of every slot, and the English and
//! Spanish values. It also checks them: a built-in language that lacks a key, has a key English
//! does not, or uses a `{placeholder}` its English text lacks stops the build with the key named.
//!
//! A key's shape gives its field's type (`questions.title` → `title: &str`;
//! `questions.concerns.acne_scars` → one element of `concerns: [&str; N]`, in the order written;
//! `questions.quiz_options.hair_colour.4` → `quiz_options: [[&str; 5]; N]`; a group of exactly
//! `one` and `other` → a `Unit`, with the optional CLDR forms `zero`, `two`, `few`, `many`).
//! Tables indexed by an enum keep its order: `src/text/tests.rs` checks every group's keys
//! against its enum.

use super::template::placeholders;

/// The sections of a language, in order, with the struct each one becomes (`language` holds the
/// language's own name and direction, fields of `Strings` itself).
const SECTIONS: [(&str, &str); 4] =
    [("language", ""), ("questions", "QuestionText"), ("results", "ResultText"), ("embed", "EmbedText")];

/// The CLDR plural forms a language may add to a unit, beyond English's `one` and `other`.
pub const EXTRA_PLURALS: [&str; 4] = ["zero", "two", "few", "many"];

/// One field of a generated struct, with the keys of its slots.
#[derive(Debug, PartialEq)]
enum Shape {
    Text,
    Array(Vec<String>),
    Grid(Vec<String>, Vec<String>),
    Unit,
}

/// A section's fields, in order.
type Fields = Vec<(String, Shape)>;

/// The keys and texts of a JSON object whose values are all strings, in the order written.
pub fn flat_object(json: &str) -> Result<Vec<(String, String)>, String> {
    let mut chars = json.chars().peekable();
    let mut out = Vec::new();
    let skip_ws = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
    };
    let expect = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>, want: char| {
        skip_ws(chars);
        match chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected {want:?}, found {other:?}")),
        }
    };
    expect(&mut chars, '{')?;
    skip_ws(&mut chars);
    if chars.peek() == Some(&'}') {
        chars.next();
    } else {
        loop {
            expect(&mut chars, '"')?;
            let key = string(&mut chars)?;
            expect(&mut chars, ':')?;
            expect(&mut chars, '"')?;
            let text = string(&mut chars)?;
            if out.iter().any(|(k, _)| *k == key) {
                return Err(format!("{key} is written twice"));
            }
            out.push((key, text));
            skip_ws(&mut chars);
            match chars.next() {
                Some(',') => continue,
                Some('}') => break,
                other => return Err(format!("expected ',' or '}}' after {:?}, found {other:?}", out.last())),
            }
        }
    }
    skip_ws(&mut chars);
    match chars.next() {
        None => Ok(out),
        Some(c) => Err(format!("unexpected {c:?} after the object")),
    }
}

/// A JSON string's text, its opening quote already read.
fn string(chars: &mut impl Iterator<Item = char>) -> Result<String, String> {
    let mut out = String::new();
    let hex = |chars: &mut dyn Iterator<Item = char>| -> Result<u32, String> {
        let digits: String = chars.take(4).collect();
        u32::from_str_radix(&digits, 16).map_err(|_| format!("bad escape \\u{digits}"))
    };
    loop {
        match chars.next().ok_or("unterminated string")? {
            '"' => return Ok(out),
            '\\' => match chars.next().ok_or("unterminated string")? {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                '/' => out.push('/'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'u' => {
                    let mut code = hex(chars)?;
                    if (0xd800..0xdc00).contains(&code) {
                        if chars.next() != Some('\\') || chars.next() != Some('u') {
                            return Err("a lone surrogate".into());
                        }
                        let low = hex(chars)?;
                        code = 0x10000 + ((code - 0xd800) << 10) + (low.wrapping_sub(0xdc00) & 0x3ff);
                    }
                    out.push(char::from_u32(code).ok_or("a lone surrogate")?);
                }
                c => return Err(format!("bad escape \\{c}")),
            },
            c => out.push(c),
        }
    }
}

/// The fields of every section, from English's keys: each section's keys together, in
/// [`SECTIONS`] order, and each field's keys together.
fn layout(english: &[(String, String)]) -> Result<Vec<Fields>, String> {
    if let Some((key, _)) = english.iter().find(|(_, text)| text.contains('\u{0}')) {
        return Err(format!("{key}: a text cannot hold U+0000"));
    }
    let mut sections: Vec<Fields> = SECTIONS.iter().map(|_| Vec::new()).collect();
    let mut current = 0;
    // (section, field, rest of the key) of each key.
    for (key, _) in english {
        let mut parts = key.splitn(3, '.');
        let (section, field, rest) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next());
        let s = SECTIONS
            .iter()
            .position(|(name, _)| *name == section)
            .ok_or_else(|| format!("{key}: a key starts with one of {}", SECTIONS.map(|(n, _)| n).join(", ")))?;
        if s < current {
            return Err(format!(
                "{key}: the {section} keys must come together, in the order {}",
                SECTIONS.map(|(n, _)| n).join(", ")
            ));
        }
        current = s;
        let valid = |name: &str| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        };
        if !valid(field) || !field.as_bytes()[0].is_ascii_lowercase() || rest.is_some_and(|r| !r.split('.').all(valid))
        {
            return Err(format!(
                "{key}: a key's parts are lower-case letters, digits and _, the first starting with a letter"
            ));
        }
        let fields = &mut sections[s];
        let same_field = fields.last().is_some_and(|(f, _)| f == field);
        if !same_field && fields.iter().any(|(f, _)| f == field) {
            return Err(format!("{key}: the keys of {section}.{field} must come together"));
        }
        if s == 0 && rest.is_some() {
            return Err(format!("{key}: the language section has plain keys only"));
        }
        match (rest, same_field) {
            (None, false) => fields.push((field.to_string(), Shape::Text)),
            (Some(rest), false) => fields.push((
                field.to_string(),
                match rest.split_once('.') {
                    None => Shape::Array(vec![rest.to_string()]),
                    Some((outer, inner)) => Shape::Grid(vec![outer.to_string()], vec![inner.to_string()]),
                },
            )),
            (None, true) => return Err(format!("{key} is both a text and a group of texts")),
            (Some(rest), true) => match (fields.last_mut().map(|(_, shape)| shape), rest.split_once('.')) {
                (Some(Shape::Array(items)), None) => items.push(rest.to_string()),
                (Some(Shape::Grid(outer, inner)), Some((o, i))) => {
                    // The first group gives the inner keys; every group is checked against them below.
                    if outer.last().map(String::as_str) == Some(o) {
                        if outer.len() == 1 {
                            inner.push(i.to_string());
                        }
                    } else if outer.iter().any(|x| x == o) {
                        return Err(format!("{key}: the keys of {section}.{field}.{o} must come together"));
                    } else {
                        outer.push(o.to_string());
                    }
                }
                _ => return Err(format!("{key}: the keys of {section}.{field} have different numbers of parts")),
            },
        }
    }
    for (s, fields) in sections.iter_mut().enumerate() {
        for (field, shape) in fields.iter_mut() {
            if *shape == Shape::Array(vec!["one".into(), "other".into()]) {
                *shape = Shape::Unit;
            }
            if let Shape::Grid(outer, inner) = shape {
                for o in outer.iter() {
                    let prefix = format!("{}.{field}.{o}.", SECTIONS[s].0);
                    let written: Vec<&str> = english.iter().filter_map(|(k, _)| k.strip_prefix(&prefix)).collect();
                    if written != inner.iter().map(String::as_str).collect::<Vec<_>>() {
                        return Err(format!(
                            "{prefix}*: every {}.{field}.* group has the same keys, in the same order",
                            SECTIONS[s].0
                        ));
                    }
                }
            }
        }
    }
    if sections[0].iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>() != ["name", "dir"] {
        return Err("the language section is language.name, then language.dir".into());
    }
    Ok(sections)
}

/// Every slot's key, in the order of the generated structs' fields, and whether a language may
/// leave it out (a unit's extra plural forms). `results.tag` is not a text: its key is empty.
fn slots(sections: &[Fields]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for (s, fields) in sections.iter().enumerate() {
        let section = SECTIONS[s].0;
        if section == "results" {
            out.push((String::new(), true));
        }
        for (field, shape) in fields {
            match shape {
                Shape::Text => out.push((format!("{section}.{field}"), false)),
                Shape::Array(items) => out.extend(items.iter().map(|i| (format!("{section}.{field}.{i}"), false))),
                Shape::Grid(outer, inner) => {
                    for o in outer {
                        out.extend(inner.iter().map(|i| (format!("{section}.{field}.{o}.{i}"), false)));
                    }
                }
                Shape::Unit => {
                    out.extend(["one", "other"].map(|i| (format!("{section}.{field}.{i}"), false)));
                    out.extend(EXTRA_PLURALS.map(|i| (format!("{section}.{field}.{i}"), true)));
                }
            }
        }
    }
    out
}

/// What is wrong with a built-in language's table against English, one line per key: a key it
/// lacks, a key English does not have, a `{placeholder}` English's text lacks (a plural form may
/// use `{n}`), a direction other than `ltr` or `rtl`.
pub fn problems(english: &[(String, String)], table: &[(String, String)]) -> Vec<String> {
    let slots = match layout(english) {
        Ok(sections) => slots(&sections),
        Err(e) => return vec![e],
    };
    let text_of = |key: &str| english.iter().find(|(k, _)| k == key).map(|(_, t)| t.as_str());
    let mut out = Vec::new();
    for (key, _) in english {
        if !table.iter().any(|(k, _)| k == key) {
            out.push(format!("{key}: missing (every key of src/text/en.json needs a translation)"));
        }
    }
    for (key, text) in table {
        let Some((_, optional)) = slots.iter().find(|(k, _)| !k.is_empty() && k == key) else {
            out.push(format!("{key}: not a key of src/text/en.json"));
            continue;
        };
        let base = if *optional {
            key.rsplit_once('.').map_or("", |(unit, _)| unit).to_string() + ".other"
        } else {
            key.clone()
        };
        let allowed = placeholders(text_of(&base).unwrap_or(""));
        if let Some(p) = placeholders(text).into_iter().find(|p| !(allowed.contains(p) || *optional && *p == "n")) {
            out.push(format!("{key}: {{{p}}} is not a placeholder of its English text"));
        }
        if text.contains('\u{0}') {
            out.push(format!("{key}: a text cannot hold U+0000"));
        }
        if key == "language.dir" && text != "ltr" && text != "rtl" {
            out.push(format!("{key}: \"{text}\", expected \"ltr\" or \"rtl\""));
        }
    }
    out
}

/// A built-in language for [`generate`]: the name of its static and its table.
pub type Language<'a> = (&'a str, &'a [(String, String)]);

/// The Rust source of the text structs, the slots' keys, and each built-in language's texts as
/// one string in slot order (read when the language is first shown: no table of pointers in the
/// wasm).
pub fn generate(english: &[(String, String)], languages: &[Language<'_>]) -> Result<String, String> {
    let sections = layout(english)?;
    let all_slots = slots(&sections);
    let mut out =
        String::from("// Generated by build.rs from src/text/en.json (src/text/declare.rs): do not edit.\n\n");
    for (s, fields) in sections.iter().enumerate().skip(1) {
        let (section, name) = SECTIONS[s];
        out.push_str(&format!(
            "/// The `{section}.*` texts of a language (src/text/en.json), one field per key or group of keys.\n\
             #[repr(C)]\n#[derive(Clone, Copy, Debug, PartialEq)]\npub struct {name} {{\n"
        ));
        if section == "results" {
            out.push_str("    /// The BCP 47 tag dates, prices and plural forms are formatted for (not a text key).\n    pub tag: &'static str,\n");
        }
        for (field, shape) in fields {
            let ty = match shape {
                Shape::Text => "&'static str".to_string(),
                Shape::Array(items) => format!("[&'static str; {}]", items.len()),
                Shape::Grid(outer, inner) => format!("[[&'static str; {}]; {}]", inner.len(), outer.len()),
                Shape::Unit => "Unit".to_string(),
            };
            out.push_str(&format!("    pub {field}: {ty},\n"));
        }
        out.push_str("}\n\n");
    }
    let packed = |texts: Vec<&str>| literal(&texts.join("\u{0}"));
    out.push_str(&format!(
        "/// The number of strings of a language (`Strings` seen as `[&str; SLOTS]`).\n\
         pub(crate) const SLOTS: usize = {};\n\
         /// Every slot's key in the order of the structs' fields, each ended by U+0000 (one string\n\
         /// rather than an array of them: no table of pointers in the wasm).\n\
         pub(crate) static KEYS: &str = {};\n",
        all_slots.len(),
        packed(all_slots.iter().map(|(k, _)| k.as_str()).collect())
    ));
    out.push_str("/// Whether a language may leave each slot out.\npub(crate) static OPTIONAL: [bool; SLOTS] = [");
    for (_, optional) in &all_slots {
        out.push_str(if *optional { "true," } else { "false," });
    }
    out.push_str("];\n\n");
    for (static_name, table) in languages {
        let text = |key: &str| table.iter().rev().find(|(k, _)| k == key).map_or("", |(_, t)| t.as_str());
        out.push_str(&format!(
            "/// A built-in language's texts in slot order, each ended by U+0000.\npub(crate) static {static_name}: &str = {};\n\n",
            packed(all_slots.iter().map(|(k, _)| text(k)).collect())
        ));
    }
    Ok(out)
}

/// `text` as a Rust string literal, U+0000 written `\u{0}` (`{:?}` writes `\0`, which reads like
/// an octal escape before a digit).
fn literal(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\u{0}' => out.push_str("\\u{0}"),
            c => out.extend(c.escape_debug()),
        }
    }
    out.push('"');
    out
}
