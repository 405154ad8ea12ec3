//! The ids the widget shares between its layers: the snake_case key of an enum variant, as the
//! answers JSON, the events, the saved answers, the text keys and the screen's `data-*`
//! attributes write it. A leaf module: it imports nothing of this crate, so the answers, the
//! catalog, the text and the UI can all use it without depending on each other
//! (tests/ids.rs checks it against serde's names for every enum that has one).

/// The snake_case JSON key of a unit enum variant (`Condition::OpenWounds` -> `open_wounds`,
/// `Budget::UpTo1000` -> `up_to_1000`), derived from its Debug name; a test checks it against
/// serde for every enum the UI and the answers file share.
pub fn snake_key<T: std::fmt::Debug>(v: &T) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for ch in format!("{v:?}").chars() {
        let starts_word =
            ch.is_ascii_uppercase() || (ch.is_ascii_digit() && prev.is_some_and(|p| p.is_ascii_alphabetic()));
        if starts_word && prev.is_some() {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
        prev = Some(ch);
    }
    out
}
