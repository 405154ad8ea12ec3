//! The one template mechanism of every visitor-facing text: a `{name}` blank (lower-case letters
//! and `_`) stands for a value filled in when the text is shown ("Step {n} of {total}"). Anything
//! else between braces is plain text.
//!
//! The same code reads every template: the build checks the built-in languages with it
//! (`build.rs` includes this file through `declare.rs`), the configuration checks a clinic's own
//! texts and booking link with it, and the widget fills the blanks with it.

/// A template's parts, in order: `Ok(text)` for plain text, `Err(name)` for a `{name}` blank.
fn parts(template: &str) -> impl Iterator<Item = Result<&str, &str>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut from = 0;
        while let Some(open) = rest[from..].find('{').map(|i| from + i) {
            let after = &rest[open + 1..];
            let blank =
                after.find('}').filter(|&c| c > 0 && after[..c].bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            match blank {
                Some(_) if open > 0 => {
                    let text = &rest[..open];
                    rest = &rest[open..];
                    return Some(Ok(text));
                }
                Some(close) => {
                    let name = &after[..close];
                    rest = &after[close + 1..];
                    return Some(Err(name));
                }
                None => from = open + 1,
            }
        }
        let text = rest;
        rest = "";
        Some(Ok(text))
    })
}

/// The `{name}` blanks of a template, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    parts(template).filter_map(Result::err).collect()
}

/// `template` with each `{name}` blank replaced by its value in `args`; a blank without a value
/// stays as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for part in parts(template) {
        match part {
            Ok(text) => out.push_str(text),
            Err(name) => match args.iter().find(|(k, _)| *k == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}
